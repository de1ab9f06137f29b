import { foreignStub } from '@hospital/kit';

/** Owned by accounts; this subgraph adds whether the account is a doctor's. */
export const User = foreignStub('User', 'extends');
export type User = InstanceType<typeof User>;
