import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { throwIfInvalid, type InvalidField } from '../errors.js';

/**
 * Characters no text the hospital keeps may hold: control characters other than
 * tab and line breaks (NUL among them), DEL and the C1 controls, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make a name or a note read differently from what it is.
 * The marks that right-to-left text needs (U+200E, U+200F) stay allowed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export const UNSAFE_TEXT_MESSAGE = 'must not contain control characters or bidirectional overrides';

/** Whether a string may be kept: no unsafe character, and whole UTF-16 (no lone surrogate a database would refuse). */
export const isSafeText = (text: string): boolean => text.isWellFormed() && !UNSAFE.test(text);

/** Every string inside `value` that may not be kept, by its path (`input.name`, `ids[2]`). */
export function unsafeTextIn(value: unknown, path: string): InvalidField[] {
  if (typeof value === 'string') return isSafeText(value) ? [] : [{ field: path, message: UNSAFE_TEXT_MESSAGE }];
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeTextIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => unsafeTextIn(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The arguments written into a document whose strings may not be kept; worked out once per parsed document. */
const unsafeLiterals = new WeakMap<DocumentNode, InvalidField[]>();

function unsafeLiteralsOf(document: DocumentNode): InvalidField[] {
  const known = unsafeLiterals.get(document);
  if (known) return known;
  const found: InvalidField[] = [];
  visit(document, {
    Argument(argument) {
      visit(argument.value, {
        StringValue(node) {
          if (!isSafeText(node.value)) found.push({ field: argument.name.value, message: UNSAFE_TEXT_MESSAGE });
        },
      });
      return false;
    },
    [Kind.VARIABLE_DEFINITION]: () => false,
  });
  unsafeLiterals.set(document, found);
  return found;
}

/**
 * docs/rules.md#limits: text fields refuse control characters and bidirectional overrides.
 * Checked once per request for every string the operation carries, in its
 * variables and written into the document, before anything runs (BAD_USER_INPUT
 * naming each field): on the gateway, and again on each subgraph's own port.
 */
export function safeTextPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          throwIfInvalid([...unsafeLiteralsOf(document), ...unsafeTextIn(request.variables ?? {}, '')]);
        },
      };
    },
  };
}
