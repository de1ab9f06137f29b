import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

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

function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!DATABASE_DETAIL.some((key) => key in serialized)) return serialized;
  const code = (serialized['code'] ?? serialized['errno'] ?? 'unknown') as string;
  const kept = Object.fromEntries(Object.entries(serialized).filter(([key]) => !DATABASE_DETAIL.includes(key)));
  const stack = typeof kept['stack'] === 'string' ? kept['stack'].split('\n').slice(1).join('\n') : undefined;
  return { ...kept, message: `database error ${code}`, ...(stack ? { stack } : {}) };
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

export function createLogger(options: { name: string; level: string }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
    },
    destination ?? standardOutput(),
  );
}
