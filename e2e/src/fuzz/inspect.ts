/** What an answer to bad input must never hold: a fault, or a word about the platform's insides. */
const INSIDES: { what: string; pattern: RegExp }[] = [
  { what: 'a stack frame', pattern: /\bat \/|\bat \S+ \(\S+:\d+:\d+\)/ },
  { what: 'a stack', pattern: /\bstack(trace)?\b/i },
  { what: 'node_modules', pattern: /node_modules/ },
  { what: 'a path of the checkout', pattern: /\/work\/|\/home\/|\/tmp\// },
  { what: 'SQL', pattern: /\b(SELECT|INSERT|UPDATE|DELETE) [`"\w*]|\bFROM `|\bWHERE `/ },
  { what: 'a driver error', pattern: /\bER_[A-Z_]+|sqlMessage|sqlState|SQLITE_|QueryFailedError|TypeORM/ },
  { what: 'an internal host', pattern: /127\.0\.0\.1|localhost:\d+|\[::1\]|ECONNREFUSED/ },
  { what: 'a JavaScript fault', pattern: /TypeError|ReferenceError|RangeError|Cannot read propert|is not a function/ },
];

/** Codes no bad input may earn: a fault, or a subgraph the input knocked over. */
const FAULTS = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

export interface Inspection {
  /** What is wrong with the answer; empty when it is a proper refusal (or an acceptance). */
  problems: string[];
  /** The mutation's root field came back: the baseline may be used up. */
  accepted: boolean;
  /** The errors' codes, in order. */
  codes: string[];
}

/** Judges one raw HTTP answer to a fuzzed mutation. */
export function inspect(status: number, text: string, rootField: string): Inspection {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: unknown } }[] } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    problems.push('not JSON');
  }
  const codes: string[] = [];
  for (const error of body?.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') problems.push('an error without extensions.code');
    else if (FAULTS.has(code)) problems.push(code);
    codes.push(String(code));
  }
  for (const { what, pattern } of INSIDES) {
    if (pattern.test(text)) problems.push(`shows ${what}`);
  }
  const root = body?.data?.[rootField];
  const accepted = root !== undefined && root !== null && !body?.errors?.length;
  return { problems: [...new Set(problems)], accepted, codes };
}

/** An answer short enough for the failure table, with the long values sent folded. */
export const excerpt = (text: string) => text.replace(/x{40,}/g, (run) => `x…(${run.length})`).slice(0, 400);
