/**
 * Limits on what one request may ask, checked before anything runs: nesting depth, a cost in
 * which list fields multiply the cost of what they select by their page size (`first`, `limit`),
 * and counts of aliases, root fields and directives as the operation expands (a fragment spread
 * twice counts twice). A refused operation gets QUERY_TOO_DEEP or QUERY_TOO_COMPLEX with the
 * limit and its setting in the message. (The token count is capped earlier, by the parser.)
 *
 * The analysis is linear in the document: each fragment is measured once per context and the
 * result reused at every spread, so nested spreads (`F0 { ...F1 ...F1 }`, `F1 { ...F2 ...F2 }`, …)
 * cost one walk each, while their expanded cost still doubles at each level as execution would.
 * Page sizes are read from literals, from the request's variables, from the variables' default
 * values in the operation, and from the argument defaults in the schema, in that order.
 */
import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError, ErrorCode } from '../errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
}

export interface Measured {
  depth: number;
  cost: number;
  aliases: number;
  rootFields: number;
  directives: number;
  /** Root fields by name, expanded (`ingestArticle` twice through aliases counts 2). */
  rootFieldNames: Record<string, number>;
}

/** A list field without a page-size argument counts as this many items. */
const UNSIZED_LIST = 5;
const SIZE_ARGUMENTS = ['first', 'limit'];

/** What a selection set costs when reached once (its multiplier is applied by the caller). */
interface Unit {
  cost: number;
  /** Levels of fields below this set, counting its own. */
  depth: number;
  aliases: number;
  directives: number;
  fields: Map<string, number>;
}

// Types are inspected structurally, not with graphql's instanceof helpers: the schema may come from
// another copy of graphql (Apollo's CommonJS build next to our ES module build).
function isList(type: GraphQLType | undefined): boolean {
  return Boolean(type && String(type).replace(/!$/, '').startsWith('['));
}

type WithFields = { getFields(): Record<string, GraphQLField<unknown, unknown>> };

function namedFields(type: GraphQLType | null | undefined): Record<string, GraphQLField<unknown, unknown>> {
  let t = type as unknown as { ofType?: unknown } | null | undefined;
  while (t && t.ofType) t = t.ofType as typeof t;
  const named = t as Partial<WithFields> | null | undefined;
  return named && typeof named.getFields === 'function' ? named.getFields() : {};
}

/** The variables a request gives, completed with the defaults its operation declares. */
function effectiveVariables(operation: OperationDefinitionNode, given: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const value = given[name];
    values[name] = value !== undefined && value !== null ? value : definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
  }
  return values;
}

function sizeValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return valueFromASTUntyped(node, variables);
}

function pageSizeOf(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, variables: Record<string, unknown>): number | null {
  for (const name of SIZE_ARGUMENTS) {
    const given = field.arguments?.find((a) => a.name.value === name);
    let value = given ? sizeValue(given.value, variables) : undefined;
    if (value === undefined || value === null) value = definition?.args.find((a) => a.name === name)?.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  // A list of ids given as an argument (`nodes(ids:)`) sizes the list it returns.
  const ids = field.arguments?.find((a) => a.name.value === 'ids');
  if (ids) {
    const value = sizeValue(ids.value, variables);
    if (Array.isArray(value)) return value.length;
  }
  return null;
}

const addInto = (into: Map<string, number>, from: Map<string, number>, times = 1) => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v * times);
};

/** Depth, cost and counts of an operation, with its variables. */
export function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  givenVariables: Record<string, unknown>,
): Measured {
  const variables = effectiveVariables(operation, givenVariables);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const memo = new Map<string, Unit>();
  const inProgress = new Set<string>();

  const walk = (set: SelectionSetNode, parentType: GraphQLType | null | undefined, paged: boolean): Unit => {
    const unit: Unit = { cost: 0, depth: 0, aliases: 0, directives: 0, fields: new Map() };
    const fields = namedFields(parentType);
    // The lists right under a paged field (a connection's edges and nodes, a neighbourhood's
    // nodes) are the page its `first` or `limit` already priced.
    const connection = paged || /Connection!?$/.test(String(parentType ?? ''));
    for (const selection of set.selections) {
      unit.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (selection.alias) unit.aliases += 1;
        unit.fields.set(name, (unit.fields.get(name) ?? 0) + 1);
        if (name.startsWith('__')) continue;
        unit.depth = Math.max(unit.depth, 1);
        unit.cost += 1;
        if (!selection.selectionSet) continue;
        const definition = fields[name];
        const size = pageSizeOf(selection, definition, variables);
        const factor = Math.max(connection ? 1 : (size ?? (isList(definition?.type) ? UNSIZED_LIST : 1)), 1);
        const child = walk(selection.selectionSet, definition?.type, size !== null && !isList(definition?.type));
        unit.cost += factor * child.cost;
        unit.depth = Math.max(unit.depth, 1 + child.depth);
        unit.aliases += child.aliases;
        unit.directives += child.directives;
      } else {
        let child: Unit;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
          child = walk(selection.selectionSet, type as GraphQLType, paged);
        } else {
          const fragment = fragments[selection.name.value];
          const key = `${selection.name.value}|${paged}`;
          // Validation refuses unknown fragments and cycles before this runs; guard anyway.
          if (!fragment || inProgress.has(key)) continue;
          let known = memo.get(key);
          if (!known) {
            inProgress.add(key);
            known = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLType, paged);
            inProgress.delete(key);
            memo.set(key, known);
          }
          child = known;
        }
        unit.cost += child.cost;
        unit.depth = Math.max(unit.depth, child.depth);
        unit.aliases += child.aliases;
        unit.directives += child.directives;
        addInto(unit.fields, child.fields);
      }
    }
    return unit;
  };

  const unit = walk(operation.selectionSet, root, false);
  const rootFieldNames = Object.fromEntries([...unit.fields].filter(([name]) => !name.startsWith('__')));
  return {
    depth: unit.depth,
    cost: unit.cost,
    aliases: unit.aliases,
    directives: unit.directives + (operation.directives?.length ?? 0),
    rootFields: Object.values(rootFieldNames).reduce((a, b) => a + b, 0),
    rootFieldNames,
  };
}

function refuse(code: ErrorCode, message: string, value: number, limit: number, key: string): never {
  throw new AppError(code, message, { [key]: value, limit, http: { status: 400 } });
}

export function enforce(measured: Measured, limits: QueryLimits): void {
  if (measured.depth > limits.maxDepth) {
    refuse(ErrorCode.QUERY_TOO_DEEP, `The query nests ${measured.depth} levels deep; the limit is ${limits.maxDepth} (MAX_QUERY_DEPTH)`, measured.depth, limits.maxDepth, 'depth');
  }
  if (measured.aliases > limits.maxAliases) {
    refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query uses ${measured.aliases} aliases; the limit is ${limits.maxAliases} (MAX_QUERY_ALIASES)`, measured.aliases, limits.maxAliases, 'aliases');
  }
  if (measured.rootFields > limits.maxRootFields) {
    refuse(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The operation asks for ${measured.rootFields} top-level fields; the limit is ${limits.maxRootFields} (MAX_ROOT_FIELDS). Split it into several requests`,
      measured.rootFields,
      limits.maxRootFields,
      'rootFields',
    );
  }
  if ((measured.rootFieldNames.ingestArticle ?? 0) > 1) {
    refuse(ErrorCode.QUERY_TOO_COMPLEX, 'A request may ingest one article; send each article in its own request', measured.rootFieldNames.ingestArticle!, 1, 'ingestArticle');
  }
  if (measured.directives > limits.maxDirectives) {
    refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query uses ${measured.directives} directives; the limit is ${limits.maxDirectives} (MAX_QUERY_DIRECTIVES)`, measured.directives, limits.maxDirectives, 'directives');
  }
  if (measured.cost > limits.maxCost) {
    refuse(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query could touch about ${measured.cost} items; the limit is ${limits.maxCost} (MAX_QUERY_COST). Ask for smaller pages (first, limit) or fewer nested lists`,
      measured.cost,
      limits.maxCost,
      'cost',
    );
  }
}
