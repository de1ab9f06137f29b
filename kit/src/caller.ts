import type { Viewer } from './auth.js';

/** Who is asking (null for nobody signed in), and what the audit trail records of their request. */
interface Asker {
  viewer: Viewer | null;
  requestId?: string;
  clientAddress?: string | null;
}

/**
 * Whom a service acts for, its one entry type in every subgraph. `Caller` is who
 * is asking and what the audit trail records of the request; `Caller<XLoaders>`
 * adds the request's DataLoaders, for a service that reads through them. A
 * subgraph's resolver context is both, so a resolver hands its `ctx` to the
 * service; a caller outside a request (a CLI, a first administrator) names only
 * who it is.
 */
export type Caller<Loaders = never> = [Loaders] extends [never] ? Asker : Asker & { loaders: Loaders };
