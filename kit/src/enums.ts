/**
 * An enum object made from a list of names (`{ PENDING: 'PENDING', … }`), so that a
 * list kept once — the events' `VISIT_STATUSES` — is also what a subgraph's GraphQL
 * enum registers (`registerEnumType`) and its code reads as `AppointmentStatus.PENDING`.
 * A TypeScript `enum` cannot be derived from a list, so it would be a second copy.
 */
export function enumOf<const Names extends readonly string[]>(names: Names): { readonly [N in Names[number]]: N } {
  return Object.fromEntries(names.map((name) => [name, name])) as { readonly [N in Names[number]]: N };
}
