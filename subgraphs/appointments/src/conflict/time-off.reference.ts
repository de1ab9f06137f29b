import { requireViewer } from '@hospital/kit';
import type { AppointmentsContext } from '../context.js';
import type { TimeOff } from './time-off.type.js';

/** The representation is all there is: its id, and the doctor and the period the field `@requires`. */
export const timeOffReference = {
  __resolveReference: (reference: Record<string, unknown>, { viewer }: AppointmentsContext): TimeOff => {
    requireViewer(viewer);
    return reference as unknown as TimeOff;
  },
};
