import { foreignStub } from '@hospital/kit';

/** Owned by appointments; this subgraph adds the prescriptions issued at the visit. */
export const Appointment = foreignStub('Appointment', 'extends');
export type Appointment = InstanceType<typeof Appointment>;
