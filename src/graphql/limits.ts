/**
 * Limits on what one request may ask: nesting depth, and a cost computed with the variables, in
 * which list fields multiply the cost of what they select by their page size (`first`, `limit`).
 * A refused operation gets QUERY_TOO_DEEP or QUERY_TOO_COMPLEX with the limit in the message,
 * before anything runs.
 */
import {
  Kind,
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
}

export interface Measured {
  depth: number;
  cost: number;
}

/** A list field without a page-size argument counts as this many items. */
const UNSIZED_LIST = 5;
const SIZE_ARGUMENTS = ['first', 'limit'];

function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    default:
      return undefined;
  }
}

function pageSizeOf(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, variables: Record<string, unknown>): number | null {
  for (const name of SIZE_ARGUMENTS) {
    const given = field.arguments?.find((a) => a.name.value === name);
    const value = given ? argumentValue(given.value, variables) : definition?.args.find((a) => a.name === name)?.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return null;
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

/** Depth and cost of an operation, with its variables. */
export function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Measured {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  let depth = 0;
  const walk = (set: SelectionSetNode, parentType: GraphQLType | null | undefined, level: number, multiplier: number, seen: Set<string>, paged = false): number => {
    let cost = 0;
    const fields = namedFields(parentType);
    // The lists right under a paged field (a connection's edges and nodes, a neighbourhood's
    // nodes) are the page its `first` or `limit` already priced.
    const connection = paged || /Connection!?$/.test(String(parentType ?? ''));
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        depth = Math.max(depth, level);
        const definition = fields[selection.name.value];
        const size = pageSizeOf(selection, definition, variables);
        const factor = connection ? 1 : (size ?? (isList(definition?.type) ? UNSIZED_LIST : 1));
        cost += multiplier;
        if (selection.selectionSet) cost += walk(selection.selectionSet, definition?.type, level + 1, multiplier * Math.max(factor, 1), seen, size !== null && !isList(definition?.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        cost += walk(selection.selectionSet, type as GraphQLType, level, multiplier, seen, paged);
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLType;
        cost += walk(fragment.selectionSet, type, level, multiplier, new Set([...seen, fragment.name.value]), paged);
      }
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, root, 1, 1, new Set());
  return { depth, cost };
}

export function enforce(measured: Measured, limits: QueryLimits): void {
  if (measured.depth > limits.maxDepth) {
    throw new AppError(ErrorCode.QUERY_TOO_DEEP, `The query nests ${measured.depth} levels deep; the limit is ${limits.maxDepth} (MAX_QUERY_DEPTH)`, {
      depth: measured.depth,
      limit: limits.maxDepth,
      http: { status: 400 },
    });
  }
  if (measured.cost > limits.maxCost) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query could touch about ${measured.cost} items; the limit is ${limits.maxCost} (MAX_QUERY_COST). Ask for smaller pages (first, limit) or fewer nested lists`,
      { cost: measured.cost, limit: limits.maxCost, http: { status: 400 } },
    );
  }
}
