/**
 * The query limits (src/graphql/limits.ts) over generated document shapes: one selection tree is
 * written out in different ways (inline literals; variables given; variables left to their
 * defaults; sub-selections moved into named fragments; aliases on fields) and every way must
 * measure the same. Nested fragment spreads that double at each level must be measured without
 * walking every expansion, and refused.
 */
import fc from 'fast-check';
import {
  buildASTSchema,
  parse,
  validate,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { enforce, measure } from '../../src/graphql/limits.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const schema: GraphQLSchema = buildASTSchema(loadTypeDefs());
const LIMITS = loadConfig({}).limits;

function measureText(text: string, variables: Record<string, unknown> = {}) {
  const doc = parse(text);
  const errors = validate(schema, doc);
  if (errors.length) throw new Error(`invalid document: ${errors.map((e) => e.message).join('; ')}\n${text}`);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return measure(schema, op, fragments, variables);
}

// ---------------------------------------------------------------------------------------------
// A selection tree over the real schema, and the ways to write it.

interface Sel {
  field: string;
  /** Required scalar arguments, already written as literals. */
  args: string[];
  /** `first` / `limit` when the field takes one. */
  size: { name: string; value: number } | null;
  children: Sel[];
}

const named = (t: unknown): { name: string; getFields?: () => Record<string, GraphQLField<unknown, unknown>>; getValues?: () => { name: string }[] } => {
  let x = t as { ofType?: unknown };
  while (x.ofType) x = x.ofType as typeof x;
  return x as never;
};

function literalFor(type: unknown): string | null {
  const n = named(type);
  if (n.name === 'ID' || n.name === 'String') return '"x"';
  if (n.name === 'Int') return '1';
  if (n.name === 'Float') return '1.5';
  if (n.name === 'Boolean') return 'true';
  if (n.name === 'Date') return '"2021-12-03"';
  if (n.getValues) return n.getValues()[0]!.name;
  return null;
}

/** Fields of a type that a generated document can select: required arguments are all scalars or enums. */
function selectable(typeName: string): { name: string; args: string[]; sizeArg: string | null; object: boolean; type: string }[] {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const out = [];
  for (const f of Object.values(type.getFields())) {
    const required = f.args.filter((a) => String(a.type).endsWith('!') && a.defaultValue === undefined);
    const literals = required.map((a) => literalFor(a.type));
    if (literals.some((l) => l === null)) continue;
    const target = named(f.type);
    const object = Boolean(target.getFields);
    // Interfaces and unions need inline fragments to go further; keep to object types and leaves.
    if (object && !(schema.getType(target.name) as { getInterfaces?: unknown }).getInterfaces) continue;
    out.push({
      name: f.name,
      args: required.map((a, i) => `${a.name}: ${literals[i]}`),
      sizeArg: f.args.find((a) => a.name === 'first' || a.name === 'limit')?.name ?? null,
      object,
      type: target.name,
    });
  }
  return out;
}

const FIELDS = new Map<string, ReturnType<typeof selectable>>();
const fieldsOf = (type: string) => FIELDS.get(type) ?? (FIELDS.set(type, selectable(type)), FIELDS.get(type)!);

function selectionArb(type: string, depth: number): fc.Arbitrary<Sel[]> {
  const options = fieldsOf(type).filter((f) => !f.object || depth > 0);
  const leaves = fieldsOf(type).filter((f) => !f.object);
  const pool = options.length ? options : leaves;
  const one = fc.constantFrom(...pool).chain((f): fc.Arbitrary<Sel> =>
    fc.record({
      field: fc.constant(f.name),
      args: fc.constant(f.args),
      size: f.sizeArg ? fc.option(fc.record({ name: fc.constant(f.sizeArg), value: fc.integer({ min: 0, max: 60 }) }), { nil: null }) : fc.constant(null),
      children: f.object ? selectionArb(f.type, depth - 1) : fc.constant<Sel[]>([]),
    }),
  );
  // Distinct fields per set, so written-out forms never merge two fields into one.
  return fc.uniqueArray(one, { minLength: 1, maxLength: 3, selector: (s) => s.field });
}

type SizeStyle = 'literal' | 'variable' | 'default';

interface Writing {
  sizes: SizeStyle;
  fragments: boolean;
  aliases: boolean;
}

/** Writes a tree out as an operation (and fragments); counts the aliases it used. */
function write(root: Sel[], how: Writing): { text: string; variables: Record<string, unknown>; aliases: number } {
  const defs: string[] = [];
  const fragments: string[] = [];
  const variables: Record<string, unknown> = {};
  let aliases = 0;
  let counter = 0;
  const set = (sels: Sel[], type: string): string => {
    const parts = sels.map((s) => {
      const args = [...s.args];
      if (s.size) {
        if (how.sizes === 'literal') args.push(`${s.size.name}: ${s.size.value}`);
        else {
          const v = `v${counter++}`;
          defs.push(how.sizes === 'default' ? `$${v}: Int = ${s.size.value}` : `$${v}: Int`);
          if (how.sizes === 'variable') variables[v] = s.size.value;
          args.push(`${s.size.name}: $${v}`);
        }
      }
      const alias = how.aliases ? `a${counter++}: ` : '';
      if (alias) aliases += 1;
      const head = `${alias}${s.field}${args.length ? `(${args.join(', ')})` : ''}`;
      if (!s.children.length) return head;
      const childType = named((schema.getType(type) as GraphQLObjectType).getFields()[s.field]!.type).name;
      const inner = set(s.children, childType);
      if (!how.fragments) return `${head} { ${inner} }`;
      const name = `F${counter++}`;
      fragments.push(`fragment ${name} on ${childType} { ${inner} }`);
      return `${head} { ...${name} }`;
    });
    return parts.join(' ');
  };
  const body = set(root, 'Query');
  const text = `query Q${defs.length ? `(${defs.join(', ')})` : ''} { ${body} }\n${fragments.join('\n')}`;
  return { text, variables, aliases };
}

describe('query limits over generated document shapes', () => {
  it('measure a tree the same however it is written: literals, variables, defaults, fragments, aliases', () => {
    fc.assert(
      fc.property(selectionArb('Query', 3), fc.constantFrom<SizeStyle>('variable', 'default'), fc.boolean(), fc.boolean(), (tree, sizes, fragments, aliases) => {
        const plain = measureText(write(tree, { sizes: 'literal', fragments: false, aliases: false }).text);
        const other = write(tree, { sizes, fragments, aliases });
        const measured = measureText(other.text, other.variables);
        expect(measured.cost).toBe(plain.cost);
        expect(measured.depth).toBe(plain.depth);
        expect(measured.rootFields).toBe(plain.rootFields);
        expect(measured.aliases).toBe(other.aliases);
      }),
      { numRuns: 300 },
    );
  });

  it('never price a larger page lower', () => {
    fc.assert(
      fc.property(selectionArb('Query', 3), fc.integer({ min: 1, max: 40 }), (tree, extra) => {
        const bigger = structuredClone(tree);
        const grow = (sels: Sel[]) => sels.forEach((s) => (s.size && (s.size.value += extra), grow(s.children)));
        grow(bigger);
        const render = (t: Sel[]) => measureText(write(t, { sizes: 'default', fragments: true, aliases: false }).text).cost;
        expect(render(bigger)).toBeGreaterThanOrEqual(render(tree));
      }),
      { numRuns: 200 },
    );
  });

  it('refuse every shape over a limit with a stable code, and let the rest through', () => {
    fc.assert(
      fc.property(selectionArb('Query', 4), fc.constantFrom<SizeStyle>('literal', 'variable', 'default'), (tree, sizes) => {
        const { text, variables } = write(tree, { sizes, fragments: true, aliases: true });
        const measured = measureText(text, variables);
        const over = measured.depth > LIMITS.maxDepth || measured.cost > LIMITS.maxCost || measured.aliases > LIMITS.maxAliases || measured.rootFields > LIMITS.maxRootFields;
        try {
          enforce(measured, LIMITS);
          expect(over).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect(['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']).toContain((error as AppError).code);
          expect(over).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('query limits on known attacks', () => {
  it('price a variable default like the literal it stands for (a 260-byte query that once took the server down)', () => {
    const nested = (size: string) =>
      `{node(id:"gov:iraq"){relationships(first:${size}){to{relationships(first:${size}){to{relationships(first:${size}){to{relationships(first:${size}){to{id} from{id}}}from{id}}}from{id}}}from{id}}}}`;
    const byDefault = measureText(`query($n:Int=50)${nested('$n')}`);
    const literal = measureText(`query${nested('50')}`);
    expect(byDefault.cost).toBe(literal.cost);
    expect(() => enforce(byDefault, LIMITS)).toThrow(/MAX_QUERY_COST/);
    // A variable sent as null falls back to the schema's default page size, not to zero.
    expect(measureText(`query($n:Int)${nested('$n')}`, { n: null }).cost).toBe(measureText(`query${nested('50')}`).cost);
  });

  it('measure fragments that double at every level once each, and refuse them', () => {
    // 2^60 expansions: a walk of every expansion would never finish; the memoised walk visits 61 fragments.
    let fragments = '';
    for (let i = 0; i < 60; i++) fragments += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    fragments += 'fragment F60 on Query { search(query: "x") { score } }';
    const measured = measureText(`query { ...F0 }\n${fragments}`);
    expect(measured.rootFields).toBe(2 ** 60);
    expect(() => enforce(measured, LIMITS)).toThrow(/MAX_ROOT_FIELDS|MAX_QUERY_COST/);
  });

  it('count aliases, directives and root fields as the operation expands', () => {
    const aliased = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(() => enforce(measureText(aliased), LIMITS)).toThrow(/MAX_QUERY_ALIASES/);
    const spread = `query { ...A ...A } fragment A on Query { ${Array.from({ length: 16 }, (_, i) => `x${i}: __typename`).join(' ')} }`;
    expect(measureText(spread).aliases).toBe(32);
    const directives = `query($t: Boolean = true) { ${Array.from({ length: LIMITS.maxDirectives + 1 }, (_, i) => `__typename @include(if: $t)`).join(' ')} }`;
    expect(() => enforce(measureText(directives), LIMITS)).toThrow(/MAX_QUERY_DIRECTIVES/);
    const roots = `{ ${Array.from({ length: LIMITS.maxRootFields + 1 }, (_, i) => `s${i}: search(query: "x", first: 1) { score }`).join(' ')} }`;
    expect(() => enforce(measureText(roots), { ...LIMITS, maxAliases: 1000 })).toThrow(/MAX_ROOT_FIELDS/);
  });

  it('let one request ingest one article', () => {
    const two = 'mutation($t: String!) { a: ingestArticle(input: {text: $t}) { articleId } b: ingestArticle(input: {text: $t}) { articleId } }';
    expect(() => enforce(measureText(two, { t: 'x' }), LIMITS)).toThrow(/one article/);
    const one = 'mutation($t: String!) { ingestArticle(input: {text: $t}) { articleId } }';
    expect(() => enforce(measureText(one, { t: 'x' }), LIMITS)).not.toThrow();
  });

  it('price the explorer neighbourhood by its limit, from a default too', () => {
    const q = (n: number) => `query($l: Int = 2000) { ${Array.from({ length: n }, (_, i) => `n${i}: neighbourhood(id: "x", limit: $l) { nodes { id } }`).join(' ')} }`;
    expect(measureText(q(1)).cost).toBeGreaterThan(2000);
    expect(() => enforce(measureText(q(200)), LIMITS)).toThrow(AppError);
  });
});
