import { foreignStub } from '@hospital/kit';

/** Owned by the doctors subgraph; here only its key, so the gateway fetches the rest from there. */
export const Doctor = foreignStub('Doctor', 'points');
export type Doctor = InstanceType<typeof Doctor>;
