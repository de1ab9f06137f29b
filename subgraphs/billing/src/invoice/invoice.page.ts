import {
  BadUserInputError,
  cursorTime,
  DEFAULT_PAGE_SIZE,
  withTotalCount,
  type Connection,
  type PageArgs,
} from '@hospital/kit';
import type { SelectQueryBuilder } from 'typeorm';
import type { Invoice } from './invoice.entity.js';

const encode = (invoice: Invoice): string =>
  Buffer.from(JSON.stringify([cursorTime(invoice.createdAt), invoice.id])).toString('base64url');

function decode(cursor: string): [createdAt: string, id: string] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === 2 && values.every((value) => typeof value === 'string')) {
      return values as [string, string];
    }
  } catch {
    // not JSON: refused below like any other foreign cursor
  }
  throw BadUserInputError.field('after', 'is not a cursor this list gave out');
}

/**
 * Keyset pagination, newest first (by created_at, then id, both descending):
 * one indexed range read however deep the reader has paged. The kit's
 * `paginate` reads ascending only; a direction there would make this its job.
 */
export async function newestFirst(
  query: SelectQueryBuilder<Invoice>,
  alias: string,
  page: PageArgs,
): Promise<Connection<Invoice>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const countQuery = query.clone();
  const pageQuery = query.clone();
  if (page.after) {
    const [createdAt, id] = decode(page.after);
    pageQuery.andWhere(
      `(${alias}.createdAt < :afterCreatedAt OR (${alias}.createdAt = :afterCreatedAt AND ${alias}.id < :afterId))`,
      { afterCreatedAt: createdAt, afterId: id },
    );
  }
  const rows = await pageQuery
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(first + 1)
    .getMany();
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encode(node) }));
  return withTotalCount(countQuery, {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  });
}
