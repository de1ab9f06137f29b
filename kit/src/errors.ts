import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The codes of RULES.md; a client can switch on `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BUSINESS_RULE_VIOLATION: 'BUSINESS_RULE_VIOLATION',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for the client: its message and extensions are shown as they are. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, status = 200) {
    super(message, { extensions: { ...extensions, code, http: { status } } });
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

/** A broken business rule, named in `extensions.rule` (RULES.md lists them). */
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
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

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
  return (error as { extensions?: { validationErrors?: ClassValidatorError[] } } | null)?.extensions
    ?.validationErrors;
}

function isRequestErrorCode(code: unknown): boolean {
  return typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || code === ErrorCode.UNAUTHENTICATED);
}

/** Whether an error was meant for the client; anything else is a fault to log and mask. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || validationErrorsOf(original)) return true;
  return original instanceof GraphQLError && isRequestErrorCode(original.extensions?.code);
}

/**
 * The one place that decides what a client sees of an error: our own errors and
 * errors in the request pass through (without stack traces); class-validator
 * failures become BAD_USER_INPUT naming the fields; everything else is shown as a
 * bare INTERNAL_SERVER_ERROR (the server's error logging plugin has already
 * logged it with the request's correlation id).
 */
export function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { path, locations } = formatted;
  const base = { ...(path ? { path } : {}), ...(locations ? { locations } : {}) };

  if (original instanceof DomainError) {
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  const validationErrors = validationErrorsOf(original);
  if (validationErrors) {
    const fields = flattenValidationErrors(validationErrors);
    const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input';
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
  }
  if (isRequestErrorCode(formatted.extensions?.code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
