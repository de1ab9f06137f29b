import { foreignStub } from '@hospital/kit';

/** Owned by appointments; this subgraph adds the visit's invoice. */
export const Appointment = foreignStub('Appointment', 'extends');
export type Appointment = InstanceType<typeof Appointment>;
