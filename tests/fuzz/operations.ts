/**
 * Fuzz targets read from the schema itself: every argument of every root query and mutation,
 * and every argument of every field on a node type (reached through `node(id:)`). A new argument
 * in schema/ becomes a new target without touching the tests. Values for each argument are drawn
 * from its GraphQL type, with hostile strings, numbers, dates and nested input objects.
 */
import fc from 'fast-check';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { KIND_PREFIX } from '../../src/import/invariants.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { BAD_URLS, GOOD_URLS, anyJsonObject, dateString, nastyFloat, nastyInt, nastyString, unknownIdLike } from './values.js';

export function fuzzSchema(): GraphQLSchema {
  return buildASTSchema(loadTypeDefs());
}

export interface Target {
  operation: 'query' | 'mutation';
  /** `Query.events`, `Mutation.link`, `Place.nearby`. */
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** For a field of a node type: the type, reached with `node(id:) { ... on Type { field } }`. */
  parentType?: string;
}

/** Every field that takes arguments, and the ones the fuzzer cannot reach (should be none). */
export function targets(schema: GraphQLSchema): { roots: Target[]; nested: Target[]; mutations: Target[]; unreachable: string[] } {
  const roots = Object.values(schema.getQueryType()!.getFields()).map((field) => ({ operation: 'query' as const, name: `Query.${field.name}`, field }));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ operation: 'mutation' as const, name: `Mutation.${field.name}`, field }));
  const nested: Target[] = [];
  const unreachable: string[] = [];
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || rootTypes.has(type.name)) continue;
    const isNode = type.getInterfaces().some((i) => i.name === 'Node');
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      if (isNode) nested.push({ operation: 'query', name: `${type.name}.${field.name}`, field, parentType: type.name });
      else unreachable.push(`${type.name}.${field.name}`);
    }
  }
  return { roots, nested, mutations, unreachable };
}

/** A selection for a result type: its leaf fields, and one level of leaves below its objects. */
export function selectionFor(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const sub = getNamedType(field.type) as GraphQLNamedType;
    if (isLeafType(sub)) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionFor(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** Marks an argument left out of the call (as opposed to sent as null). */
export const OMIT = Symbol('omit');
export type ArgValues = Record<string, unknown>;

/** The operation calling `target` with the given argument values, each passed as a variable. */
export function operationFor(target: Target, args: ArgValues, parentId?: string): Operation {
  const defs: string[] = [];
  const call: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of target.field.args) {
    const value = args[arg.name];
    if (value === OMIT || !(arg.name in args)) continue;
    defs.push(`$a_${arg.name}: ${String(arg.type)}`);
    call.push(`${arg.name}: $a_${arg.name}`);
    variables[`a_${arg.name}`] = value;
  }
  const invocation = `${target.field.name}${call.length ? `(${call.join(', ')})` : ''} ${selectionFor(target.field.type)}`;
  if (target.parentType) {
    defs.push('$parent: ID!');
    variables.parent = parentId;
    return { query: `query Fuzz(${defs.join(', ')}) { node(id: $parent) { __typename ... on ${target.parentType} { ${invocation} } } }`, variables };
  }
  const head = defs.length ? `(${defs.join(', ')})` : '';
  return { query: `${target.operation} Fuzz${head} { ${invocation} }`, variables };
}

export interface IdPools {
  /** Every id in the graph, and by kind prefix (`place`, `org`, `event`, ...). */
  all: string[];
  byPrefix: Map<string, string[]>;
}

export interface ValueOptions {
  ids: IdPools;
  /** IDs never name an existing node (for mutations that must then be refused). */
  unknownIdsOnly?: boolean;
  /** Every argument and input field gets a value (none left out or null), so each one is driven at least once. */
  allPresent?: boolean;
}

function knownIdFor(name: string, pools: IdPools): fc.Arbitrary<string> {
  const pick = (...prefixes: string[]) => {
    const ids = prefixes.flatMap((p) => pools.byPrefix.get(p) ?? []);
    return ids.length ? fc.constantFrom(...ids) : fc.constantFrom(...pools.all);
  };
  if (/place|within|^from$|^to$/i.test(name)) return fc.oneof(pick('place'), fc.constantFrom(...pools.all));
  if (/article/i.test(name)) return pick('article');
  if (/event/i.test(name)) return pick('event');
  if (/government/i.test(name)) return pick('gov');
  if (/perpetrator|actor|speaker|target|toward|subject|object|publisher|keep|merge|about/i.test(name)) return pick('org', 'gov', 'force', 'person', 'place', 'event');
  return fc.constantFrom(...pools.all);
}

function idValue(name: string, options: ValueOptions): fc.Arbitrary<unknown> {
  const known = new Set(options.ids.all);
  if (options.unknownIdsOnly) {
    return fc.oneof({ arbitrary: unknownIdLike(), weight: 2 }, { arbitrary: nastyString(), weight: 3 }, { arbitrary: fc.constantFrom(0, 42, -1), weight: 1 }).filter((v) => !known.has(String(v)));
  }
  return fc.oneof(
    { arbitrary: knownIdFor(name, options.ids), weight: 5 },
    { arbitrary: unknownIdLike(), weight: 1 },
    { arbitrary: nastyString(), weight: 3 },
    { arbitrary: fc.constantFrom(0, 42, 2 ** 53, true, null), weight: 1 },
  );
}

function stringValue(name: string, options: ValueOptions): fc.Arbitrary<unknown> {
  const cursors = fc.oneof(
    fc.nat({ max: 200 }).map((n) => Buffer.from(`o:${n}`).toString('base64url')),
    fc.constantFrom('o:5', Buffer.from('o:999999999').toString('base64url'), Buffer.from('o:-1').toString('base64url'), Buffer.from('o:1e3').toString('base64url'), '====', '$'),
  );
  const wordy = fc.constantFrom('daesh', 'isis', 'peshmerga', 'hashd', 'makhmour', 'erbil', 'Masrour Barzani', 'pmf', 'qatar', 'iraq');
  return fc.oneof(
    { arbitrary: nastyString(), weight: 6 },
    { arbitrary: name === 'after' ? cursors : wordy, weight: 3 },
    { arbitrary: fc.constantFrom(1, true, null, ['a']), weight: 1 },
  );
}

function scalarValue(type: GraphQLNamedType, name: string, options: ValueOptions): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      return idValue(name, options);
    case 'String':
      return stringValue(name, options);
    case 'Int':
    case 'NonNegativeInt':
    case 'PositiveInt':
      return nastyInt();
    case 'Float':
    case 'Latitude':
    case 'Longitude':
      return nastyFloat();
    case 'Boolean':
      return fc.oneof({ arbitrary: fc.boolean(), weight: 8 }, { arbitrary: fc.constantFrom('true', 1, 0, 'yes'), weight: 1 });
    case 'Date':
      return dateString();
    case 'DateTime':
      return fc.oneof(fc.constantFrom('2021-12-03T10:00:00Z', '2021-12-03T10:00:00+03:00', '2021-13-03T10:00:00Z', '2021-12-03'), nastyString());
    case 'URL':
      return fc.oneof(fc.constantFrom(...GOOD_URLS), fc.constantFrom(...BAD_URLS), nastyString());
    case 'JSONObject':
      return anyJsonObject();
    default:
      // A scalar this fuzzer does not know yet: still throw strings, numbers and objects at it.
      return fc.oneof(nastyString(), nastyInt(), anyJsonObject());
  }
}

/** Values for an input type: mostly well-typed (so resolvers run), sometimes not (so coercion refuses). */
export function valueFor(type: GraphQLInputType, name: string, options: ValueOptions, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, name, options, depth);
  if (isListType(type)) {
    const item = valueFor(type.ofType, name, options, depth + 1);
    return fc.oneof(
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 8 },
      { arbitrary: item, weight: 1 }, // a single value where a list is expected (GraphQL coerces it)
      { arbitrary: fc.array(item, { minLength: 400, maxLength: 700 }), weight: 1 },
      { arbitrary: fc.constant([null]), weight: 1 },
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 12 }, { arbitrary: fc.constantFrom('NOPE', '', values[0]!.toLowerCase(), `${values[0]} `), weight: 1 });
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const entries = fields.map((f) => fieldEntry(f.name, f.type, f.defaultValue !== undefined, options, depth + 1));
    // Now and then a field the input type does not have (coercion must refuse it).
    const extra = fc.oneof(
      { arbitrary: fc.constant(null), weight: 15 },
      { arbitrary: fc.tuple(fc.constantFrom('bogus', '__proto__', 'constructor', 'id2', ''), fc.jsonValue({ maxDepth: 1 })), weight: 1 },
    );
    return fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => {
      const object: Record<string, unknown> = {};
      for (const [key, value] of pairs) if (value !== OMIT) object[key] = value;
      if (more) Object.defineProperty(object, more[0], { value: more[1], enumerable: true, writable: true, configurable: true });
      return object;
    });
  }
  return scalarValue(type as GraphQLNamedType, name, options);
}

function fieldEntry(name: string, type: GraphQLInputType, hasDefault: boolean, options: ValueOptions, depth: number): fc.Arbitrary<[string, unknown]> {
  const value = valueFor(type, name, options, depth);
  const required = isNonNullType(type) && !hasDefault;
  const choice = options.allPresent
    ? value
    : required
    ? fc.oneof({ arbitrary: value, weight: 30 }, { arbitrary: fc.constant(OMIT), weight: 1 }, { arbitrary: fc.constant(null), weight: 1 })
    : fc.oneof({ arbitrary: value, weight: 5 }, { arbitrary: fc.constant(OMIT), weight: 5 }, { arbitrary: fc.constant(null), weight: 1 });
  return choice.map((v) => [name, v] as [string, unknown]);
}

/** Values for all of a field's arguments. */
export function argumentsFor(args: readonly GraphQLArgument[], options: ValueOptions): fc.Arbitrary<ArgValues> {
  if (!args.length) return fc.constant({});
  return fc.tuple(...args.map((a) => fieldEntry(a.name, a.type, a.defaultValue !== undefined, options, 0))).map((pairs) => Object.fromEntries(pairs));
}

/** The node types, by the id prefix that names them (for `node(id:)` parents of nested targets). */
export const PREFIX_OF_TYPE: Record<string, string> = KIND_PREFIX;

