import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { requireViewer, type Viewer } from './auth.js';

/** A type another subgraph owns, as this one sees it: its key, `id`, and nothing else. */
export interface ForeignStub {
  new (): { id: string };
}

/** The GraphQL name of each stub this subgraph extends (`buildFederatedSchema({ stubs })` reads it). */
const extendedNames = new WeakMap<ForeignStub, string>();

/**
 * A type another subgraph owns. `points`: this subgraph only points at it
 * (`doctor: Doctor`), so `@key(fields: "id", resolvable: false)` and the gateway
 * fetches the rest from the owner. `extends`: this subgraph adds fields to it
 * (`Patient.invoices`), so the key is resolvable and `buildFederatedSchema`
 * answers its references from the id alone.
 */
export function foreignStub(name: string, use: 'points' | 'extends'): ForeignStub {
  @ObjectType(name)
  @Directive(use === 'points' ? '@key(fields: "id", resolvable: false)' : '@key(fields: "id")')
  class Stub {
    @Field(() => ID)
    id!: string;
  }
  if (use === 'extends') extendedNames.set(Stub, name);
  return Stub;
}

/** The name of a stub made by `foreignStub(name, 'extends')`; a stub only pointed at has no references to answer. */
export function extendedStubName(stub: ForeignStub): string {
  const name = extendedNames.get(stub);
  if (name === undefined) throw new Error('only a stub this subgraph extends answers references');
  return name;
}

/**
 * The reference resolver of a stub this subgraph extends: nothing to load, the
 * fields it adds need the id only and check who asks themselves. The caller is
 * checked all the same, as a query would check them: the gateway asks on their
 * behalf, and an anonymous caller learns nothing, not even which ids would be answered.
 */
export const stubReference = {
  __resolveReference: (reference: Record<string, unknown>, { viewer }: { viewer: Viewer | null }) => {
    requireViewer(viewer);
    return { id: String(reference['id']) };
  },
};
