/** The part of graphql-markdown (which ships no types) the schema reference uses. */
declare module 'graphql-markdown' {
  import type { IntrospectionQuery } from 'graphql';

  export interface RenderOptions {
    title?: string;
    prologue?: string;
    epilogue?: string;
    skipTableOfContents?: boolean;
    headingLevel?: number;
    printer?: (line: string) => void;
  }

  export function renderSchema(schema: IntrospectionQuery, options?: RenderOptions): void;
}
