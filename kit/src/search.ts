/**
 * The escape character of our LIKE patterns. Not a backslash: MariaDB and SQLite
 * read a backslash in a string literal differently, `!` means the same to both.
 * Use as `column LIKE :pattern ESCAPE '!'`.
 */
export const LIKE_ESCAPE = '!';

/** A LIKE pattern matching text that contains `search` literally, its % and _ included. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[!%_]/g, (character) => `${LIKE_ESCAPE}${character}`)}%`;
}
