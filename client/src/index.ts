/** The typed documents of every client operation, their result and variable types, and the schema's types. */
export * from './generated/graphql.js';
export { graphql } from './generated/gql.js';
export * from './request.js';
