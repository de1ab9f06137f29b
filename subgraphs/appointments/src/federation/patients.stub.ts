import { foreignStub } from '@hospital/kit';

/** Owned by patients; this subgraph adds the patient's appointments. */
export const Patient = foreignStub('Patient', 'extends');
export type Patient = InstanceType<typeof Patient>;
