import { trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { currentRequestId } from './request-scope.js';

export type Logger = PinoLogger;

/**
 * Personal data never reaches the logs: names, contact details and medical text
 * are replaced wherever they appear in a logged object, as are credentials.
 */
const PII_KEYS = [
  'email',
  'phone',
  'name',
  'address',
  'dateOfBirth',
  'diagnosis',
  'notes',
  'reason',
  'password',
  'token',
  'authorization',
];
const REDACT_PATHS = [
  ...PII_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]),
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * Database errors carry the statement, its parameters and the server's message
 * (MySQL writes `Duplicate entry 'olena@…'`), all of which may hold personal data:
 * a logged error keeps its name, code and stack, and the rest of it stays out.
 */
const DATABASE_DETAIL = ['query', 'parameters', 'sql', 'sqlMessage', 'driverError', 'values'];

/** The first error of `error`'s chain of causes that a database raised, and how far down it is. */
function databaseFaultIn(error: unknown): { fault: Record<string, unknown>; depth: number } | undefined {
  let current = error;
  for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth += 1) {
    const fault = current as Record<string, unknown>;
    if (DATABASE_DETAIL.some((key) => key in fault)) return { fault, depth };
    current = fault['cause'];
  }
  return undefined;
}

const withoutFirstLine = (stack: unknown) =>
  typeof stack === 'string' ? stack.split('\n').slice(1).join('\n') : undefined;

function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const found = databaseFaultIn(error);
  if (!found) return serialized;
  const code = (found.fault['code'] ?? found.fault['errno'] ?? 'unknown') as string;
  const kept = Object.fromEntries(Object.entries(serialized).filter(([key]) => !DATABASE_DETAIL.includes(key)));
  // pino writes each cause's message after the error's own, and its stack after the error's: a database
  // fault among the causes gives both away, so the error keeps its own message and stack only.
  const message =
    found.depth === 0 ? `database error ${code}` : `${(error as Error).message} (caused by database error ${code})`;
  const stack = withoutFirstLine((error as Error).stack);
  const { cause: _cause, ...rest } = kept;
  return { ...rest, message, ...(stack ? { stack } : {}) };
}

/**
 * Standard output, buffered: a line per operation in every process would
 * otherwise cost a write each (a tenth of the gateway's CPU under load). Lines
 * go out once 4 KiB have gathered or 100 ms have passed, whichever comes first,
 * and pino flushes what is left when the process exits. One stream per process,
 * so that two loggers' lines never interleave.
 */
let output: DestinationStream | undefined;
const standardOutput = () =>
  (output ??= pino.destination({ dest: 1, sync: false, minLength: 4_096, periodicFlush: LOG_FLUSH_MS }));

/** The longest a log line waits in the buffer. */
export const LOG_FLUSH_MS = 100;

/**
 * What ties a line to its request: the request id of the code that logs it (see
 * request-scope.ts) and, when tracing is on, the trace and span it runs in, so
 * that a line found in the logs leads to its trace and back.
 */
function correlation(): Record<string, string> {
  const requestId = currentRequestId();
  const span = trace.getActiveSpan()?.spanContext();
  return {
    ...(requestId ? { requestId } : {}),
    ...(span && trace.isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {}),
  };
}

export function createLogger(options: { name: string; level: string }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      mixin: correlation,
    },
    destination ?? standardOutput(),
  );
}
