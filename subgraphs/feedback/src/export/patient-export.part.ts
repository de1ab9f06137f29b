import type { ExportPart, GatherPart } from '@hospital/kit';
import { Feedback } from '../feedback/feedback.entity.js';

/** Feedback's part of a patient's data export: the ratings and comments she gave. */
export const gatherFeedbackPart: GatherPart = async (manager, patientId): Promise<ExportPart> => {
  return {
    feedback: await manager.find(Feedback, {
      where: { patientId },
      order: { createdAt: 'ASC', id: 'ASC' },
    }),
  };
};
