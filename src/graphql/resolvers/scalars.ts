/**
 * Scalars from graphql-scalars. `Date` keeps ISO calendar dates as strings (LocalDate semantics);
 * `URL` is our own: graphql-scalars parses it into a URL object (which Neo4j cannot store) and
 * accepts any scheme, including javascript:, which the explorer would turn into a live link.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import {
  DateTimeResolver,
  JSONObjectResolver,
  LatitudeResolver,
  LocalDateResolver,
  LongitudeResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
} from 'graphql-scalars';

const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
});

/** An absolute http(s) URL in its normalised string form, or a GraphQLError naming the problem. */
export function parseHttpUrl(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError(`URL must be a string, got ${value === null ? 'null' : typeof value}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GraphQLError(`URL is not an absolute URL: ${JSON.stringify(value.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new GraphQLError(`URL must use http or https, not ${url.protocol.slice(0, 40)}`);
  }
  return url.href;
}

const UrlScalar = new GraphQLScalarType<string, string>({
  name: 'URL',
  description: 'An absolute http or https URL.',
  serialize: (value) => String(value),
  parseValue: parseHttpUrl,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`URL must be a string literal, got ${ast.kind}`, { nodes: ast });
    return parseHttpUrl(ast.value);
  },
});

export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeResolver,
  Latitude: LatitudeResolver,
  Longitude: LongitudeResolver,
  NonNegativeInt: NonNegativeIntResolver,
  PositiveInt: PositiveIntResolver,
  URL: UrlScalar,
  JSONObject: JSONObjectResolver,
};
