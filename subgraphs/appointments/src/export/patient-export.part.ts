import { formatDecimal, type ExportPart, type GatherPart } from '@hospital/kit';
import { Appointment } from '../appointment/appointment.entity.js';
import { Notification } from '../notification/notification.entity.js';

/**
 * Appointments' part of a patient's data export: her visits (money as decimals)
 * and the notifications addressed to her, without the dispatcher's own
 * bookkeeping (which replica held a message, and until when).
 */
export const gatherVisitsPart: GatherPart = async (manager, patientId): Promise<ExportPart> => {
  const [appointments, notifications] = await Promise.all([
    manager.find(Appointment, { where: { patientId }, order: { startsAt: 'ASC', id: 'ASC' } }),
    manager.find(Notification, { where: { recipientId: patientId }, order: { createdAt: 'ASC', id: 'ASC' } }),
  ]);
  return {
    appointments: appointments.map(({ priceCents, cancellationFeeCents, ...appointment }) => ({
      ...appointment,
      price: formatDecimal(priceCents),
      cancellationFee: cancellationFeeCents === null ? null : formatDecimal(cancellationFeeCents),
    })),
    notifications: notifications.map(({ claimedBy: _by, claimedUntil: _until, ...notification }) => notification),
  };
};
