/**
 * The mean of `count` ratings summing to `sum`, rounded half up to 2 decimals in
 * integer arithmetic (a float division would round 2.005 down); null for none.
 */
export function averageOf(sum: number, count: number): number | null {
  if (count === 0) return null;
  return Math.floor((200 * sum + count) / (2 * count)) / 100;
}
