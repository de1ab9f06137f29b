import { foreignStub } from '@hospital/kit';

/** Owned by doctors; analytics adds the doctor's performance. */
export const Doctor = foreignStub('Doctor', 'extends');
export type Doctor = InstanceType<typeof Doctor>;

/** Owned by doctors, which resolves its name; analytics knows departments by id. */
export const Department = foreignStub('Department', 'points');
export type Department = InstanceType<typeof Department>;
