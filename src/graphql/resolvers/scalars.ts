/** Scalars from graphql-scalars. `Date` keeps ISO calendar dates as strings (LocalDate semantics). */
import { GraphQLScalarType } from 'graphql';
import {
  DateTimeResolver,
  JSONObjectResolver,
  LatitudeResolver,
  LocalDateResolver,
  LongitudeResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';

const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
});

export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeResolver,
  Latitude: LatitudeResolver,
  Longitude: LongitudeResolver,
  NonNegativeInt: NonNegativeIntResolver,
  PositiveInt: PositiveIntResolver,
  URL: URLResolver,
  JSONObject: JSONObjectResolver,
};
