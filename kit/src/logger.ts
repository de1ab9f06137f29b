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

export function createLogger(options: { name: string; level: string }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
