import { Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors.js';

@ObjectType({ description: 'Where a page of a connection ends' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more follow this page' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page' })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many to return: ${DEFAULT_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE}`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  /** Counted only when a client selects it: see `withTotalCount`. */
  readonly totalCount: number | Promise<number>;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** The Relay connection and edge types for a node type: `PatientConnection`, `PatientEdge`. */
export function ConnectionType<T extends object>(Node: ClassType<T>) {
  const { name } = Node;

  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its place in the list` })
  class EdgeType implements Edge<T> {
    @Field(() => String, {
      description:
        'Where this one stands in the list: pass it as `after` to read on from it. Opaque: send it back as given',
    })
    cursor!: string;

    @Field(() => Node, { description: `The ${name} itself` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} nodes, in the list's order, at most ${MAX_PAGE_SIZE} at a time`,
  })
  class ConnectionClass implements Connection<T> {
    @Field(() => Int, {
      description: `How many ${name} nodes the whole list holds, every page together; counted only when asked for`,
    })
    totalCount!: number | Promise<number>;

    @Field(() => [EdgeType], { description: `This page's ${name} nodes, in the list's order; empty past the end` })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more follow, and from where to read them' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

type SortValue = string | number;

function encodeCursor(values: SortValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): SortValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as SortValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw BadUserInputError.field('after', 'is not a cursor this list gave out');
}

export interface KeysetOrder<T> {
  /** Columns of the query, as `alias.property`, most significant first; the last must be unique. */
  columns: string[];
  /** The values of those columns for a row, in the same order. */
  values(row: T): SortValue[];
  /** Largest first (newest first, say); smallest first by default. */
  descending?: boolean;
}

/**
 * Keyset pagination: a page starts after the cursor's sort values, so a page is
 * one indexed range read however deep the reader has paged, and rows inserted
 * meanwhile neither repeat nor vanish.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  page: PageArgs,
): Promise<Connection<T>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const countQuery = query.clone();
  const pageQuery = query.clone();
  if (page.after) {
    const after = decodeCursor(page.after, order.columns.length);
    // (a, b, c) > (x, y, z), spelled out so that every dialect uses the index.
    const beyond = order.descending ? '<' : '>';
    const clauses = order.columns.map((column, i) => {
      const equal = order.columns.slice(0, i).map((previous, j) => `${previous} = :cursor${j}`);
      return `(${[...equal, `${column} ${beyond} :cursor${i}`].join(' AND ')})`;
    });
    const parameters = Object.fromEntries(after.map((value, i) => [`cursor${i}`, value]));
    pageQuery.andWhere(`(${clauses.join(' OR ')})`, parameters);
  }
  const direction = order.descending ? 'DESC' : 'ASC';
  order.columns.forEach((column, i) => {
    if (i === 0) pageQuery.orderBy(column, direction);
    else pageQuery.addOrderBy(column, direction);
  });
  const rows = await pageQuery.take(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(order.values(node)) }));
  return withTotalCount(countQuery, { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } });
}

/**
 * A page whose totalCount is a COUNT over the whole filter, run the first time
 * the field is read: a client that only pages (most do) never pays for it.
 */
export function withTotalCount<T extends ObjectLiteral>(
  countQuery: SelectQueryBuilder<T>,
  page: Omit<Connection<T>, 'totalCount'>,
): Connection<T> {
  let counted: Promise<number> | undefined;
  return {
    ...page,
    get totalCount() {
      counted ??= countQuery.getCount();
      return counted;
    },
  };
}

/**
 * A datetime as a keyset cursor value: `YYYY-MM-DD HH:MM:SS.mmm` in UTC, the form
 * both MySQL and SQLite store and compare, so `column > :cursor` orders right.
 */
export const cursorTime = (date: Date): string => date.toISOString().replace('T', ' ').slice(0, 23);
