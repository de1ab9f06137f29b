import type { DoctorsContext } from '../context.js';

/** Appointments and billing name services by id; one query per batch through the request's loader. */
export const medicalServiceReference = {
  __resolveReference: (reference: { id: string }, { loaders }: DoctorsContext) =>
    loaders.medicalService.load(reference.id),
};
