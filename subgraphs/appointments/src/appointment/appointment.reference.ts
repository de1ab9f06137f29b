import { ForbiddenError, requireViewer } from '@hospital/kit';
import type { AppointmentsContext } from '../context.js';
import { mayRead } from './appointment.rules.js';

/**
 * Other subgraphs (billing, prescriptions, feedback) name appointments by id; the
 * gateway asks on behalf of its caller, who may read only what `appointment(id)`
 * would show them. One query per batch through the request's loader.
 */
export const appointmentReference = {
  __resolveReference: async (reference: { id: string }, { viewer, loaders }: AppointmentsContext) => {
    const caller = requireViewer(viewer);
    const appointment = await loaders.appointment.load(reference.id);
    if (appointment && !mayRead(caller, appointment)) throw new ForbiddenError('You may not see this appointment');
    return appointment;
  },
};
