import DataLoader from 'dataloader';

/**
 * A per-request loader of rows by id: one query for every id asked for in the
 * same tick, answered in the order asked, `null` for an id that names nothing.
 * Build a fresh one per request (the context does) so that no cache outlives it.
 */
export function loaderById<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  idOf: (row: T) => string,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetch(ids);
    const byId = new Map(rows.map((row) => [idOf(row), row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A per-request loader of the rows that belong to each key (a department's services, say). */
export function loaderOfMany<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
