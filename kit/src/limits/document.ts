import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Request, RequestHandler } from 'express';
import {
  buildSchema,
  GraphQLError,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { LimitExceededError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * What a document may hold before anyone validates or plans it. Validation is
 * where a hostile document costs most (graphql-js compares every pair of fields
 * that share a response name), so these are counted first, in time linear in
 * the document: tokens by the lexer, then aliases, directives and depth by
 * graphql-armor's rules run on their own.
 */
export interface DocumentLimits {
  /** Lexical tokens (names, punctuation, values): bounds everything else, parsing included. */
  tokens: number;
  /** Aliased fields, `__typename` included: aliases are how one field is asked for a thousand times. */
  aliases: number;
  directives: number;
  /** Nested fields; fragments do not add a level, `__schema` is bounded by the cost instead. */
  depth: number;
}

/**
 * The contract's largest operation (AppointmentDetail) has 80 tokens and a full
 * introspection query 184: 2,000 leaves room for what frontends write without
 * letting through the documents that make validation slow.
 */
export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = { tokens: 2_000, aliases: 30, directives: 30, depth: 10 };

/**
 * Mutations that hash a password. One per request, or aliases multiply the
 * hashing (each costs tens of milliseconds of a core on purpose).
 */
export const CREDENTIAL_FIELDS: ReadonlySet<string> = new Set(['signIn', 'signUp', 'changePassword', 'resetPassword']);

/** Counts tokens without building anything, and stops one past the limit. */
export function countTokens(source: string, limit: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Parses a document once its token count is known to fit; refuses it otherwise. */
export function parseWithinLimits(source: string, limits: DocumentLimits): DocumentNode {
  assertTokens(source, limits);
  return parse(source);
}

function assertTokens(source: string, limits: DocumentLimits): void {
  const tokens = countTokens(source, limits.tokens);
  if (tokens > limits.tokens) {
    throw new LimitExceededError('tokens', limits.tokens, `The document has more than ${limits.tokens} tokens`);
  }
}

/** Root fields of a mutation that hash a password, however they are aliased or spread. */
export function credentialFieldCount(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  );
  const count = (set: SelectionSetNode, seen: Set<string>): number =>
    set.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) return total + (CREDENTIAL_FIELDS.has(selection.name.value) ? 1 : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return total;
      return total + count(fragment, new Set(seen).add(name));
    }, 0);
  // One operation of a document runs per request: the largest count is what it can cost.
  return Math.max(
    0,
    ...document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation'
        ? count(definition.selectionSet, new Set())
        : 0,
    ),
  );
}

/**
 * armor's rules read only the document (its fragments), not the types: they run
 * against this stand-in schema, so that the limits need no schema and are the
 * same on every server.
 */
const ANY_SCHEMA = buildSchema('type Query { _: Boolean }');

/**
 * The document's aliases, directives, depth and password-hashing fields against
 * the limits; the first one over is thrown as BAD_USER_INPUT with `extensions.limit`.
 * armor's rules run alone here, in one linear pass, not beside graphql-js's own.
 */
export function assertDocumentLimits(document: DocumentNode, limits: DocumentLimits): void {
  const refusals: LimitExceededError[] = [];
  const refuse = (limit: string, allowed: number) => (_context: unknown, error: GraphQLError) => {
    refusals.push(new LimitExceededError(limit, allowed, error.message.replace(/^Syntax Error: /, '')));
  };
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  const rules: ValidationRule[] = [
    maxAliasesRule({ ...common, n: limits.aliases, allowList: [], onReject: [refuse('aliases', limits.aliases)] }),
    maxDirectivesRule({ ...common, n: limits.directives, onReject: [refuse('directives', limits.directives)] }),
    maxDepthRule({
      ...common,
      n: limits.depth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [refuse('depth', limits.depth)],
    }),
  ] as unknown as ValidationRule[];
  validate(ANY_SCHEMA, document, rules);
  const first = refusals[0];
  if (first) throw first;
  if (credentialFieldCount(document) > 1) {
    throw new LimitExceededError(
      'credentials',
      1,
      `A request may hold one of ${[...CREDENTIAL_FIELDS].join(', ')}, not several`,
    );
  }
}

/** The texts of documents that passed, so that a client's usual operations are measured once. */
class VettedDocuments {
  private readonly texts = new Map<string, true>();

  constructor(
    private readonly capacity = 1_000,
    private readonly longest = 16_384,
  ) {}

  has(text: string): boolean {
    return this.texts.has(text);
  }

  add(text: string): void {
    if (text.length > this.longest) return;
    const oldest = this.texts.size >= this.capacity ? this.texts.keys().next() : undefined;
    if (oldest && !oldest.done) this.texts.delete(oldest.value);
    this.texts.set(text, true);
  }
}

/** The document a GraphQL request over HTTP carries: a POST's `query`, or a GET's. */
function queryOf(req: Request): string | undefined {
  const body = req.body as { query?: unknown } | undefined;
  const query = req.method === 'GET' ? req.query['query'] : body?.query;
  return typeof query === 'string' ? query : undefined;
}

/**
 * Express middleware, after the body is read and before Apollo Server sees the
 * request: the document is measured against the limits and refused with HTTP 400
 * and BAD_USER_INPUT (`extensions.limit`) before Apollo parses or validates it.
 * (Apollo Server turns an error thrown from its parsing or validation hooks into
 * a 500, so the measuring happens here.) A document that passed is remembered by
 * its text, so the operations a client sends again and again are measured once.
 */
export function documentLimitsGuard(limits: DocumentLimits, logger: Logger): RequestHandler {
  const vetted = new VettedDocuments();
  return (req, res, next) => {
    const query = queryOf(req);
    if (query === undefined || vetted.has(query)) return next();
    try {
      assertDocumentLimits(parseWithinLimits(query, limits), limits);
    } catch (error) {
      if (error instanceof LimitExceededError) {
        logger.info({ limit: error.extensions['limit'] }, 'operation refused: over a document limit');
        const { http: _http, ...extensions } = error.extensions;
        res.status(400).json({ errors: [{ message: error.message, extensions }] });
        return;
      }
      // Not GraphQL at all: Apollo Server answers that with its own syntax error.
      return next();
    }
    vetted.add(query);
    next();
  };
}
