/**
 * A stateful, model-based test of the curator mutations against the real Neo4j: fast-check draws
 * sequences of createEntity, link, unlink, mergeEntities, changeEntityKind, addAlias, deleteNode
 * and importBatch over a small pool of ids (some existing, some not, some already merged away,
 * with hierarchy links that may close a loop and properties the writer reserves). After every
 * step it checks what must always hold:
 *   - a mutation that answers with an error changed nothing;
 *   - no LOCATED_IN, PART_OF or UNDER chain leads back to where it started;
 *   - no two relationships share their ends, type and key;
 *   - every node's id prefix names its kind, and every relationship joins kinds its type allows;
 *   - the ids the model believes exist are exactly the entities in the graph.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/graph.js';
import type { Stores } from '../../src/db/stores.js';
import { RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../../src/domain/taxonomy.js';
import { KIND_PREFIX, idForKind, kindOfId } from '../../src/import/invariants.js';
import { EDITOR_KEY, execute } from '../helpers/apollo.js';
import { closeGraph, snapshot, testGraph } from '../helpers/graph.js';

const KINDS: EntityKind[] = ['Place', 'Force', 'Government', 'Organization'];
const SLUGS = ['alpha', 'bravo', 'charlie', 'delta'];
const TYPES: RelationshipType[] = ['LOCATED_IN', 'PART_OF', 'UNDER', 'COOPERATES_WITH', 'GOVERNS', 'SUPPORTS'];
const PROPERTIES = ['{}', '{since: "2014"}', '{key: "x"}', '{sources: "article:forged"}', '{confidence: 1}'];

/** The ids the model believes exist, and where merged or re-kinded ids lead. */
interface Model {
  ids: Set<string>;
}

interface Real {
  store: Stores;
  graph: Graph;
}

const ALL_IDS = KINDS.flatMap((k) => SLUGS.map((s) => `${KIND_PREFIX[k]}:${s}`));

async function mutate(real: Real, query: string): Promise<{ ok: boolean; data: Record<string, any> | null | undefined; codes: string[] }> {
  const before = await snapshot(real.graph);
  const result = await execute(real.store, query, {}, { token: EDITOR_KEY });
  const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
  if (codes.length) {
    // An error means nothing changed, and it is an error the client can act on, never a crash.
    expect(codes.filter((c) => c === 'INTERNAL_SERVER_ERROR'), query).toEqual([]);
    expect(await snapshot(real.graph), `a failed mutation changed the graph: ${query}`).toBe(before);
  }
  return { ok: codes.length === 0, data: result.data, codes };
}

async function checkInvariants(real: Real, model: Model): Promise<void> {
  const [row] = await real.graph.read(
    {
      cypher: `CALL () {
  MATCH p = (a)-[:LOCATED_IN|PART_OF|UNDER*1..20]->(a)
  WHERE all(r IN relationships(p) WHERE type(r) = type(relationships(p)[0]))
  RETURN collect(DISTINCT a.id) AS cycles
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, b, type(r) AS t, coalesce(r.key, '') AS k, count(*) AS n WHERE n > 1
  RETURN collect(a.id + ' ' + t + ' ' + b.id) AS duplicates
}
CALL () {
  MATCH (n:Node) RETURN collect([n.id, n.kind]) AS nodes
}
CALL () {
  MATCH (a:Node)-[r]->(b:Node) RETURN collect([type(r), a.kind, b.kind, a.id, b.id]) AS rels
}
RETURN cycles, duplicates, nodes, rels`,
      params: {},
    },
    { tag: 'model-invariants' },
  );
  expect(row!.cycles, 'hierarchy cycles').toEqual([]);
  expect(row!.duplicates, 'duplicate relationships').toEqual([]);
  const nodes = row!.nodes as [string, string][];
  for (const [id, kind] of nodes) expect(kindOfId(id), `${id} stored as a ${kind}`).toBe(kind);
  for (const [type, from, to, a, b] of row!.rels as [RelationshipType, string, string, string, string][]) {
    const rule = RELATIONSHIP_TYPES[type];
    if (!rule) continue;
    expect((rule.from as readonly string[]).includes(from) && (rule.to as readonly string[]).includes(to), `${a} ${type} ${b} joins a ${from} to a ${to}`).toBe(true);
  }
  expect(new Set(nodes.map(([id]) => id))).toEqual(model.ids);
}

type Cmd = fc.AsyncCommand<Model, Real>;

const idArb = fc.constantFrom(...ALL_IDS);

class Create implements Cmd {
  constructor(
    readonly kind: EntityKind,
    readonly slug: string,
    readonly parent: string | null,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const id = `${KIND_PREFIX[this.kind]}:${this.slug}`;
    const parent = this.kind === 'Place' && this.parent ? `, locatedIn: "${this.parent}"` : '';
    const r = await mutate(real, `mutation { createEntity(input: { kind: ${this.kind}, id: "${id}", name: "${this.slug}"${parent} }) { id } }`);
    if (r.ok) model.ids.add(id);
    else expect(r.codes.some((c) => c === 'CONFLICT' || c === 'BAD_USER_INPUT')).toBe(true);
    await checkInvariants(real, model);
  }
  toString = () => `create ${this.kind} ${this.slug} in ${this.parent}`;
}

class Link implements Cmd {
  constructor(
    readonly from: string,
    readonly type: RelationshipType,
    readonly to: string,
    readonly props: string,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const r = await mutate(real, `mutation { link(input: { from: "${this.from}", type: ${this.type}, to: "${this.to}", properties: ${this.props} }) { id } }`);
    if (this.props.includes('key') || this.props.includes('sources') || this.props.includes('confidence') || this.from === this.to) expect(r.ok).toBe(false);
    await checkInvariants(real, model);
  }
  toString = () => `link ${this.from} ${this.type} ${this.to} ${this.props}`;
}

class Unlink implements Cmd {
  constructor(
    readonly from: string,
    readonly type: RelationshipType,
    readonly to: string,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    await mutate(real, `mutation { unlink(from: "${this.from}", type: ${this.type}, to: "${this.to}") { removed } }`);
    await checkInvariants(real, model);
  }
  toString = () => `unlink ${this.from} ${this.type} ${this.to}`;
}

class Merge implements Cmd {
  constructor(
    readonly keep: string,
    readonly merge: string,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const r = await mutate(real, `mutation { mergeEntities(keep: "${this.keep}", merge: "${this.merge}") { entity { id } } }`);
    if (r.ok) model.ids.delete(this.merge);
    await checkInvariants(real, model);
  }
  toString = () => `merge ${this.merge} into ${this.keep}`;
}

class ChangeKind implements Cmd {
  constructor(
    readonly id: string,
    readonly kind: EntityKind,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const r = await mutate(real, `mutation { changeEntityKind(id: "${this.id}", kind: ${this.kind}) { id } }`);
    if (r.ok) {
      const newId = r.data!.changeEntityKind.id as string;
      expect(newId).toBe(kindOfId(this.id) === this.kind ? this.id : idForKind(this.id, this.kind));
      model.ids.delete(this.id);
      model.ids.add(newId);
    }
    await checkInvariants(real, model);
  }
  toString = () => `change ${this.id} to ${this.kind}`;
}

class AddAlias implements Cmd {
  constructor(
    readonly id: string,
    readonly alias: string,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    await mutate(real, `mutation { addAlias(id: "${this.id}", alias: ${JSON.stringify(this.alias)}) { id } }`);
    await checkInvariants(real, model);
  }
  toString = () => `alias ${this.id} ${this.alias}`;
}

class Delete implements Cmd {
  constructor(readonly id: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const r = await mutate(real, `mutation { deleteNode(id: "${this.id}") { deleted } }`);
    if (r.ok) model.ids.delete(this.id);
    await checkInvariants(real, model);
  }
  toString = () => `delete ${this.id}`;
}

class ImportChain implements Cmd {
  constructor(readonly chain: [string, string][]) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const batch = { relationships: this.chain.map(([from, to]) => ({ from, type: 'LOCATED_IN', to })) };
    await mutate(real, `mutation { importBatch(batch: ${toGraphQLObject(batch)}) { ids } }`);
    await checkInvariants(real, model);
  }
  toString = () => `import ${this.chain.map(([a, b]) => `${a}->${b}`).join(', ')}`;
}

/** A JSON value written as a GraphQL object literal (keys unquoted). */
function toGraphQLObject(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toGraphQLObject).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${toGraphQLObject(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

const places = ALL_IDS.filter((id) => id.startsWith('place:'));
const commands = [
  fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom(...SLUGS), fc.option(fc.constantFrom(...places), { nil: null })).map(([k, s, p]) => new Create(k, s, p)),
  fc.tuple(idArb, fc.constantFrom(...TYPES), idArb, fc.constantFrom(...PROPERTIES)).map(([a, t, b, p]) => new Link(a, t, b, p)),
  fc.tuple(idArb, fc.constantFrom(...TYPES), idArb).map(([a, t, b]) => new Unlink(a, t, b)),
  fc.tuple(idArb, idArb).map(([a, b]) => new Merge(a, b)),
  fc.tuple(idArb, fc.constantFrom(...KINDS)).map(([id, k]) => new ChangeKind(id, k)),
  fc.tuple(idArb, fc.constantFrom('Alias', 'ALIAS', 'الموصل', ' ')).map(([id, a]) => new AddAlias(id, a)),
  idArb.map((id) => new Delete(id)),
  fc.array(fc.tuple(fc.constantFrom(...places), fc.constantFrom(...places)), { minLength: 1, maxLength: 3 }).map((c) => new ImportChain(c)),
];

afterAll(closeGraph);

describe('curator mutations, in random order', () => {
  it('never leave the graph broken, and never write anything when they answer with an error', async () => {
    const { graph, store } = await testGraph();
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (cmds) => {
        await graph.writeTx((tx) => tx.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} }), { tag: 'test-reset' });
        const model: Model = { ids: new Set() };
        await fc.asyncModelRun(() => ({ model, real: { store, graph } }), cmds);
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 25), endOnFailure: true },
    );
  }, 600_000);
});
