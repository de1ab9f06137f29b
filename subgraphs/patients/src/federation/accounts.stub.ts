import { foreignStub } from '@hospital/kit';

/** Owned by accounts; this subgraph adds the user's patient profile to it. */
export const User = foreignStub('User', 'extends');
export type User = InstanceType<typeof User>;
