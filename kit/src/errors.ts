import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The codes of docs/rules.md#error-codes; a client can switch on `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BUSINESS_RULE_VIOLATION: 'BUSINESS_RULE_VIOLATION',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for the client: its message and extensions are shown as they are. */
export class DomainError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
    status = 200,
    headers?: Map<string, string>,
  ) {
    super(message, { extensions: { ...extensions, code, http: { status, ...(headers ? { headers } : {}) } } });
    this.name = 'DomainError';
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this') {
    super(ErrorCode.UNAUTHENTICATED, message, {}, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export interface InvalidField {
  field: string;
  message: string;
}

export class BadUserInputError extends DomainError {
  constructor(message: string, fields: InvalidField[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError(`${field}: ${message}`, [{ field, message }]);
  }
}

/** BAD_USER_INPUT naming every broken field at once, so a form can show them all in one round trip. */
export function throwIfInvalid(problems: InvalidField[]): void {
  if (problems.length)
    throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
}

/** A document over one of the front door's limits (`extensions.limit` names which, `allowed` its value). */
export class LimitExceededError extends DomainError {
  constructor(limit: string, allowed: number, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { limit, allowed }, 400);
  }
}

/** Too many requests or attempts: `retryAfterSeconds` says when to try again, as does HTTP's Retry-After. */
export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterMs: number, extensions: Record<string, unknown> = {}) {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    super(
      ErrorCode.RATE_LIMITED,
      message,
      { ...extensions, retryAfterSeconds },
      429,
      new Map([['retry-after', String(retryAfterSeconds)]]),
    );
  }
}

/**
 * A part of the platform this answer needed is down, too slow or failing: the
 * client may try again shortly. It names the part (`extensions.service`: a
 * subgraph's name, as partners see the domains in the schema) and never its
 * address; why it failed stays in `detail` and the cause, for the logs.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(
    readonly service: string,
    readonly detail: string,
    options: { cause?: unknown; retryAfterMs?: number } = {},
  ) {
    super(ErrorCode.SERVICE_UNAVAILABLE, `The ${service} service is unavailable; try again shortly`, {
      service,
      ...(options.retryAfterMs ? { retryAfterSeconds: Math.max(1, Math.ceil(options.retryAfterMs / 1000)) } : {}),
    });
    this.name = 'ServiceUnavailableError';
    if (options.cause !== undefined) Object.defineProperty(this, 'cause', { value: options.cause });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${id} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extensions);
  }
}

/**
 * A broken business rule, named in `extensions.rule`: docs/rules.md#booking-rules lists them,
 * with INVALID_TRANSITION in docs/rules.md#appointment-lifecycle and LAST_ADMIN in docs/rules.md#accounts.
 */
export class BusinessRuleViolation extends DomainError {
  constructor(
    readonly rule: string,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(ErrorCode.BUSINESS_RULE_VIOLATION, message, { ...extensions, rule });
  }
}

/** Codes that graphql-js and Apollo Server give to errors in the request itself. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Codes meant for the client: ours (but a fault) and the request errors. */
function isClientCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    code !== ErrorCode.INTERNAL_SERVER_ERROR &&
    (Object.hasOwn(ErrorCode, code) || REQUEST_ERROR_CODES.has(code))
  );
}

/**
 * The code a client is shown for an error of code `code`: ours and the request
 * errors' as they are, anything else (absent, a library's own) the
 * INTERNAL_SERVER_ERROR that `formatClientError` masks it as. A bounded set, so
 * fit for a metric's label.
 */
export const clientCode = (code: unknown): string => (isClientCode(code) ? code : ErrorCode.INTERNAL_SERVER_ERROR);

/** Extensions that say something about our insides: never shown. */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'http', 'serviceName', 'exception']);

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

function flattenValidationErrors(errors: ClassValidatorError[], prefix = ''): InvalidField[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function validationErrorsOf(error: unknown): ClassValidatorError[] | undefined {
  return (error as { extensions?: { validationErrors?: ClassValidatorError[] } } | null)?.extensions?.validationErrors;
}

/** Whether an error was meant for the client; anything else is a fault to log and mask. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (validationErrorsOf(original)) return true;
  if (original instanceof GraphQLError) return isClientCode(original.extensions['code']);
  // The gateway hands on a subgraph's error with that error's JSON as its original, not
  // an Error: the code the subgraph gave it decides (a fault there is logged there).
  const fromSubgraph = error instanceof GraphQLError && original !== error && !(original instanceof Error);
  return fromSubgraph && isClientCode(error.extensions['code']);
}

/**
 * The one place that decides what a client sees of an error, in every subgraph
 * and in the gateway: errors with a client code (ours, the request's, or a
 * subgraph's passed through the gateway) are shown without internal extensions;
 * class-validator failures become BAD_USER_INPUT naming the fields; everything
 * else is a bare INTERNAL_SERVER_ERROR (the error logging plugin has already
 * logged it with the request's correlation id).
 */
export function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { path, locations } = formatted;
  const base = { ...(path ? { path } : {}), ...(locations ? { locations } : {}) };
  const validationErrors = validationErrorsOf(unwrapResolverError(error));
  if (validationErrors) {
    const fields = flattenValidationErrors(validationErrors);
    const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input';
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
  }
  if (isClientCode(formatted.extensions?.['code'])) {
    const extensions = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
    );
    return { ...base, message: formatted.message, extensions };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
