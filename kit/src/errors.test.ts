import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BusinessRuleViolation, ConflictError, formatClientError, isClientError, NotFoundError } from './errors.js';

const format = (error: unknown) => {
  const graphQLError =
    error instanceof GraphQLError ? error : new GraphQLError('boom', { originalError: error as Error, path: ['x'] });
  return formatClientError(graphQLError.toJSON(), graphQLError);
};

describe('formatClientError', () => {
  it('shows our errors with their code and rule', () => {
    expect(format(new BusinessRuleViolation('DAILY_CAP', 'The doctor is fully booked that day'))).toMatchObject({
      message: 'The doctor is fully booked that day',
      extensions: { code: 'BUSINESS_RULE_VIOLATION', rule: 'DAILY_CAP' },
    });
    expect(format(new ConflictError('taken')).extensions).toEqual({ code: 'CONFLICT' });
  });

  it('masks anything unexpected, saying nothing of what happened', () => {
    const formatted = format(new Error("ER_NO_SUCH_TABLE: Table 'hospital.users' doesn't exist at 10.0.0.5"));
    expect(formatted).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      path: ['x'],
    });
  });

  it('passes a subgraph error through the gateway without internal extensions', () => {
    const fromSubgraph = new GraphQLError('You are not allowed to do this', {
      extensions: { code: 'FORBIDDEN', serviceName: 'patients', stacktrace: ['at …'] },
    });
    expect(format(fromSubgraph).extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('names every field that failed validation', () => {
    const invalid = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          {
            property: 'input',
            children: [{ property: 'email', constraints: { isEmail: 'must be an e-mail address' } }],
          },
        ],
      },
    });
    expect(format(invalid)).toMatchObject({
      message: 'input.email: must be an e-mail address',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'must be an e-mail address' }] },
    });
  });
});

describe('isClientError', () => {
  /** A subgraph's error as @apollo/gateway hands it on: its JSON as the original, its extensions copied. */
  const fromSubgraph = (code: string) => {
    const json = { message: 'from the subgraph', path: ['createDoctor'], extensions: { code } };
    return new GraphQLError(json.message, {
      originalError: json as unknown as Error,
      path: json.path,
      extensions: { ...json.extensions, serviceName: 'doctors' },
    });
  };

  it("takes a subgraph's refusal passed through the gateway for the client's doing", () => {
    for (const code of ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'BUSINESS_RULE_VIOLATION']) {
      expect(isClientError(fromSubgraph(code))).toBe(true);
    }
  });

  it("takes a subgraph's fault passed through the gateway for a fault", () => {
    expect(isClientError(fromSubgraph('INTERNAL_SERVER_ERROR'))).toBe(false);
  });

  it('tells our own refusals from a plain Error thrown in a resolver, whatever the wrapper says', () => {
    const at = { path: ['doctor'] };
    expect(isClientError(new GraphQLError('x', { ...at, originalError: new NotFoundError('Doctor', '1') }))).toBe(true);
    const fault = new GraphQLError('x', {
      ...at,
      originalError: new Error('ER_DATA_TOO_LONG'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(isClientError(fault)).toBe(false);
  });
});
