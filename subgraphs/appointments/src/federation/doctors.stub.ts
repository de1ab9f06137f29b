import { foreignStub } from '@hospital/kit';

/** Owned by doctors; named here by id only. */
export const Doctor = foreignStub('Doctor', 'points');
export type Doctor = InstanceType<typeof Doctor>;

/** Owned by doctors; named here by id only. */
export const MedicalService = foreignStub('MedicalService', 'points');
export type MedicalService = InstanceType<typeof MedicalService>;
