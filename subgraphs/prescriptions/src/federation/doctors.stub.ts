import { foreignStub } from '@hospital/kit';

/** Owned by doctors; named here by id only. */
export const Doctor = foreignStub('Doctor', 'points');
export type Doctor = InstanceType<typeof Doctor>;
