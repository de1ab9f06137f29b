import type { OperationError } from '@hospital/client';
import type { Caller, Outcome, Tolerated } from './matrix.js';

/** What came back for one caller's attempt: an HTTP answer, or what a subscriber's socket saw. */
export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: OperationError[];
  /** Subscriptions: the socket was acknowledged on connection_init. */
  acknowledged?: boolean;
  /** Subscriptions: the close code, when the server closed the socket. */
  closeCode?: number;
  /** Subscriptions: how many events reached the subscriber. */
  events?: number;
}

/** What must not come back to a caller who is refused, wholly or in part, or narrowed to their own. */
export interface Secrets {
  /** Values of the subject (her name, her visit's id) that a refused or narrowed caller must never see. */
  subject: readonly string[];
  /** For a field refusal: what the refused field holds, by its path in the matrix. */
  fields?: Readonly<Record<string, string>>;
}

export interface Verdict {
  ok: boolean;
  /** The caller was shown something of the subject it should not see. */
  leak: boolean;
  got: string;
}

const codesOf = (answer: Answer) => (answer.errors ?? []).map((error) => String(error.extensions?.code ?? '?'));
const pathOf = (error: OperationError) => (error.path ?? []).join('.');
const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split('.')
      .map((part) => (part === '*' ? '\\d+' : part.replace(/[$^\\]/g, '\\$&')))
      .join('\\.')}$`,
  ).test(path);

/** Every value in `data` at a path matching `pattern`, with that path. */
function valuesAt(data: unknown, pattern: string): { path: string; value: unknown }[] {
  const walk = (value: unknown, parts: string[], at: string[]): { path: string; value: unknown }[] => {
    if (!parts.length) return [{ path: at.join('.'), value }];
    if (value === null || typeof value !== 'object') return [];
    const [part, ...rest] = parts as [string, ...string[]];
    if (part === '*') {
      return Array.isArray(value) ? value.flatMap((item, index) => walk(item, rest, [...at, String(index)])) : [];
    }
    return part in value ? walk((value as Record<string, unknown>)[part], rest, [...at, part]) : [];
  };
  return walk(data, pattern.split('.'), []);
}

/** A short account of an answer for the mismatch table. */
export function describe(answer: Answer, rootField: string): string {
  if (answer.acknowledged !== undefined) {
    const socket = answer.acknowledged ? 'acknowledged' : `closed ${answer.closeCode ?? '?'} before acknowledging`;
    const errors = answer.errors?.length ? `, errors ${codesOf(answer).join(',')}` : '';
    return `${socket}${errors}, ${answer.events ?? 0} event(s)`;
  }
  const root = answer.data?.[rootField];
  const data = root === undefined || root === null ? `${rootField}: null` : `${rootField}: data`;
  const errors = (answer.errors ?? []).map((error) => `${error.extensions?.code ?? '?'}@${pathOf(error) || '-'}`);
  return [data, ...errors].join(', ');
}

/**
 * Compares one answer with its cell. A business error from reusing a fixture is
 * accepted only when the row says so (`tolerated`); anything else unexpected,
 * an INTERNAL_SERVER_ERROR included, is a mismatch: the attempt proved nothing.
 */
export function judge(
  outcome: Outcome,
  answer: Answer,
  rootField: string,
  secrets: Secrets,
  tolerated: Tolerated | undefined,
): Verdict {
  const got = describe(answer, rootField);
  const codes = codesOf(answer);
  const json = JSON.stringify(answer.data ?? null);
  const shows = (values: readonly string[]) => values.some((value) => value && json.includes(value));
  const rootShown = answer.data?.[rootField] !== undefined && answer.data?.[rootField] !== null;
  const subscription = answer.acknowledged !== undefined;
  const received = (answer.events ?? 0) > 0;
  const unexpected = codes.filter(
    (code) => code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED' && !tolerated?.codes.includes(code),
  );

  if (outcome === 'forbidden' || outcome === 'unauthenticated') {
    const code = outcome === 'forbidden' ? 'FORBIDDEN' : 'UNAUTHENTICATED';
    const leak = rootShown || received || shows(secrets.subject);
    // A socket refused at connection_init cannot carry a code: closing it unacknowledged is the refusal.
    const refused = codes.includes(code) || (subscription && outcome === 'unauthenticated' && !answer.acknowledged);
    return {
      ok: refused && !leak && !codes.includes(outcome === 'forbidden' ? 'UNAUTHENTICATED' : 'FORBIDDEN'),
      leak,
      got,
    };
  }

  const refusedPaths = typeof outcome === 'object' ? outcome.refused : [];
  const strayRefusals = (answer.errors ?? []).filter(
    (error) =>
      (error.extensions?.code === 'FORBIDDEN' || error.extensions?.code === 'UNAUTHENTICATED') &&
      !refusedPaths.some((pattern) => matches(pattern, pathOf(error))),
  );
  // Done means the root came back, or a business error the row expects for this caller stopped it.
  const done = subscription
    ? answer.acknowledged === true && received
    : rootShown || codes.some((code) => tolerated?.codes.includes(code));
  let ok = done && strayRefusals.length === 0 && unexpected.length === 0;
  let leak = outcome === 'scoped' && shows(secrets.subject);
  for (const pattern of refusedPaths) {
    const refusal = (answer.errors ?? []).some(
      (error) => error.extensions?.code === 'FORBIDDEN' && matches(pattern, pathOf(error)),
    );
    const shown = valuesAt(answer.data, pattern).some(({ value }) => value !== null);
    const secret = secrets.fields?.[pattern];
    if (shown || (secret !== undefined && shows([secret]))) leak = true;
    if (!refusal) ok = false;
  }
  return { ok: ok && !leak, leak, got };
}

/** One cell that did not come out as the matrix says. */
export interface Mismatch {
  operation: string;
  caller: Caller;
  expected: string;
  got: string;
  leak: boolean;
}

export const outcomeText = (outcome: Outcome) =>
  typeof outcome === 'string' ? outcome : `allowed, refusing ${outcome.refused.join(' and ')}`;

/** The mismatches as a table a reader can act on. */
export function mismatchTable(mismatches: Mismatch[]): string {
  const rows = [
    ['operation', 'caller', 'expected', 'got', 'leak'],
    ...mismatches.map((m) => [m.operation, m.caller, m.expected, m.got, m.leak ? 'LEAK' : '']),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return ['', line(rows[0]!), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(1).map(line)].join('\n');
}
