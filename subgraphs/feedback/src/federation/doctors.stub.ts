import { foreignStub } from '@hospital/kit';

/** Owned by doctors; this subgraph adds the doctor's rating summary, and names her on each feedback. */
export const Doctor = foreignStub('Doctor', 'extends');
export type Doctor = InstanceType<typeof Doctor>;
