/**
 * Runs `work` over `items` with at most `limit` at once, resolving in the items'
 * order: enough parallel requests to keep the suite short on two cores, few enough
 * that the answers measure the rules, not the machine.
 */
export async function inTurns<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
