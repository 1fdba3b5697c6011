/**
 * Schema migrations, applied at every start. Each statement is idempotent (IF NOT EXISTS), so
 * several replicas starting together against one cluster are safe. Then data backfills give
 * nodes written by earlier versions what the writer now derives; each touches only nodes still
 * lacking it, so once done it costs one read per start.
 */
import { FOLD_VERSION, foldName } from '../domain/fold.js';
import type { Graph, Tx } from './graph.js';
import type { Logger } from '../logger.js';
import * as backfill from './queries/backfill.js';

const KIND_LABELS = ['Organization', 'Government', 'Place', 'Force', 'Person', 'Event', 'Statement', 'Article'];

export const MIGRATIONS: { name: string; cypher: string }[] = [
  { name: 'node_id', cypher: 'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE' },
  ...KIND_LABELS.map((label) => ({
    name: `${label.toLowerCase()}_id`,
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  { name: 'redirect_id', cypher: 'CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE' },
  { name: 'event_day_lock', cypher: 'CREATE CONSTRAINT event_day_lock IF NOT EXISTS FOR (l:EventDayLock) REQUIRE l.day IS UNIQUE' },
  { name: 'claim_id', cypher: 'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:CasualtyClaim) REQUIRE c.id IS UNIQUE' },
  {
    name: 'import_digest',
    cypher: 'CREATE CONSTRAINT import_digest IF NOT EXISTS FOR (i:Import) REQUIRE i.digest IS UNIQUE',
  },
  // Full-text search runs over names and aliases folded by src/domain/fold.ts (Arabic-script
  // variants, diacritics), stored by the writer; the index over the raw names it replaced goes.
  {
    name: 'entity_search_fulltext',
    cypher:
      "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchName, n.searchAliases] " +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}",
  },
  { name: 'drop_entity_names_fulltext', cypher: 'DROP INDEX entity_names IF EXISTS' },
  { name: 'entity_search_text', cypher: 'CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText)' },
  { name: 'place_location', cypher: 'CREATE POINT INDEX place_location IF NOT EXISTS FOR (p:Place) ON (p.location)' },
  { name: 'event_location', cypher: 'CREATE POINT INDEX event_location IF NOT EXISTS FOR (e:Event) ON (e.location)' },
  { name: 'event_date', cypher: 'CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)' },
  { name: 'event_subtype_date', cypher: 'CREATE INDEX event_subtype_date IF NOT EXISTS FOR (e:Event) ON (e.subEventType, e.date)' },
  { name: 'event_type_date', cypher: 'CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.eventType, e.date)' },
  // Events of a week, month or year that began before a date filter's start (src/db/queries/lists.ts).
  { name: 'event_precision_date', cypher: 'CREATE INDEX event_precision_date IF NOT EXISTS FOR (e:Event) ON (e.datePrecision, e.date)' },
  { name: 'statement_date', cypher: 'CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date)' },
  { name: 'statement_stance', cypher: 'CREATE INDEX statement_stance IF NOT EXISTS FOR (s:Statement) ON (s.stance)' },
  { name: 'article_published', cypher: 'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)' },
  { name: 'entity_name', cypher: 'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)' },
  // The audit trail of a fact (docs/adr/0011): decisions and later ingestions, by fact id.
  { name: 'review_log_fact', cypher: 'CREATE INDEX review_log_fact IF NOT EXISTS FOR (l:ReviewLog) ON (l.factId)' },
];

/** A data backfill: one step changes at most a batch of nodes and says how many it changed. */
export interface Backfill {
  name: string;
  batch: number;
  step: (tx: Tx, batch: number) => Promise<number>;
}

export const BACKFILLS: Backfill[] = [
  {
    name: 'entity_search_names',
    batch: 2000,
    step: async (tx, batch) => {
      const rows = await tx.run(backfill.staleSearchNames(FOLD_VERSION, batch));
      if (!rows.length) return 0;
      const folded = rows.map((r) => {
        const name = (r.name as string | null) ?? '';
        const aliases = r.aliases as string[];
        return { id: r.id as string, name, aliases, searchName: foldName(name), searchAliases: aliases.map(foldName) };
      });
      const [written] = await tx.run(backfill.writeSearchNames(folded, FOLD_VERSION));
      return (written?.changed as number | undefined) ?? 0;
    },
  },
  {
    name: 'event_date_ends',
    batch: 10_000,
    step: async (tx, batch) => ((await tx.run(backfill.eventDateEnds(batch)))[0]?.changed as number | undefined) ?? 0,
  },
  {
    name: 'event_geo_precisions',
    batch: 5_000,
    step: async (tx, batch) => ((await tx.run(backfill.eventGeoPrecisions(batch)))[0]?.changed as number | undefined) ?? 0,
  },
];

/** Runs a backfill's steps until a step finds less than a full batch; returns how many nodes it changed. */
async function runBackfill(graph: Graph, b: Backfill): Promise<number> {
  let total = 0;
  for (;;) {
    const changed = await graph.writeTx((tx) => b.step(tx, b.batch), { tag: `migrate:${b.name}`, timeoutMs: 300_000 });
    total += changed;
    if (changed < b.batch) return total;
  }
}

/** Applies every migration and backfill and waits until the indexes are online. */
export async function migrate(graph: Graph, logger?: Logger): Promise<void> {
  const started = Date.now();
  for (const migration of MIGRATIONS) {
    try {
      await graph.writeTx((tx) => tx.run({ cypher: migration.cypher, params: {} }), { tag: `migrate:${migration.name}` });
    } catch (error) {
      // Another replica created the same rule between our check and our write: that is the goal anyway.
      if (!String((error as Error).message).includes('EquivalentSchemaRuleAlreadyExists')) throw error;
    }
  }
  for (const b of BACKFILLS) {
    const changed = await runBackfill(graph, b);
    if (changed) logger?.info({ backfill: b.name, nodes: changed }, 'data backfill applied');
  }
  await graph.readTx((tx) => tx.run({ cypher: 'CALL db.awaitIndexes(300)', params: {} }), {
    tag: 'migrate:await-indexes',
    timeoutMs: 310_000,
  });
  logger?.info({ migrations: MIGRATIONS.length, ms: Date.now() - started }, 'schema migrations applied');
}
