/** What a value outside a label's bounded set is counted as. */
export const OTHER = 'other';

/** A value of a closed set as a label: itself when the set has it, else `other` (absent values too). */
export function knownOr(known: ReadonlySet<string>, value: string | null | undefined): string {
  return value && known.has(value) ? value : OTHER;
}

/**
 * Label values from a set that is small but not known in advance (the
 * hospital's departments, named by an administrator): the first `max` distinct
 * values this process meets are kept as they are, cut to `longest` characters,
 * and any after them are `other`, so that no number of new names can grow the
 * series without end.
 */
export function boundedLabel(max: number, longest = 64): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    const label = value.trim().slice(0, longest);
    if (!label) return OTHER;
    if (seen.has(label)) return label;
    if (seen.size >= max) return OTHER;
    seen.add(label);
    return label;
  };
}
