import type { DoctorsContext } from '../context.js';

/** The gateway asks for departments by id (`_entities`); one query per batch through the request's loader. */
export const departmentReference = {
  __resolveReference: (reference: { id: string }, { loaders }: DoctorsContext) => loaders.department.load(reference.id),
};
