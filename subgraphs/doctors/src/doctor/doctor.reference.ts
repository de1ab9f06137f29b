import type { DoctorsContext } from '../context.js';

/** Appointments, prescriptions and feedback name doctors by id; one query per batch through the request's loader. */
export const doctorReference = {
  __resolveReference: (reference: { id: string }, { loaders }: DoctorsContext) => loaders.doctor.load(reference.id),
};
