/**
 * Imports an ACLED or UCDP GED file: each row becomes an event whose source is the dataset row
 * (an Article `article:acled-irq12345` titled "ACLED IRQ12345", published by org:acled, whose
 * text is the row as the file gave it, its non-empty cells by column name, and whose contentHash
 * is the row's digest). Every write goes through the writer (WriteStore.importBatch), in chunks
 * of rows, one transaction each (docs/adr/0010-data-exchange.md):
 *
 * - Identity: a row is its dataset and its row id. Its event is `event:acled-<id>` (or the event
 *   a file this product exported names in its `id` column), unless it joined an event already
 *   in the graph; the provenance article's REPORTS link finds that event again on the next import.
 * - Idempotent: a row whose digest is stored is skipped; a changed row (ACLED revises figures)
 *   updates its own event (its figures are one claim per source, replaced) and nothing else.
 * - Joining: a new row may join an event an article (or the other dataset) reported, through the
 *   writer's incident matching (`mergeWithExisting`); it is asked to only when the best
 *   candidate is not a row of the same dataset, which by its own account is another event.
 * - Bad rows are refused with their line and reason; the rest land. A chunk the writer refuses
 *   is written again row by row, so one row's problem costs only that row. A killed import,
 *   run again, skips the rows already written and completes to the same graph.
 */
import type { Readable } from 'node:stream';
import type { ExchangeStore } from '../db/exchange.js';
import type { WriteStore } from '../db/write-store.js';
import { AppError, ErrorCode, badInput } from '../errors.js';
import { ACLED_LABELS, eventTypeOf, EVENT_TYPES, type SubEventType } from '../domain/taxonomy.js';
import { bestIncidentMatch, incidentReportOf, withStoredPlace, type IncidentReport } from '../domain/incident-match.js';
import type { CasualtyInput, EntityInput, EventInput, ImportBatch, ArticleInput } from '../import/format.js';
import { slugify } from '../import/slug.js';
import { periodEnd } from '../domain/precision.js';
import { ACLED_REQUIRED, parseAcledRow } from './acled.js';
import { ActorIndex, resolveActor, type ActorResolution } from './actors.js';
import { csvRecords, missingColumns } from './csv.js';
import { PlaceIndex, resolvePlace } from './places.js';
import { DATASET_LABEL, type Dataset, type DatasetRow, type Refusal, type RowResult } from './rows.js';
import { UCDP_REQUIRED, parseUcdpRow } from './ucdp.js';

export const DEFAULT_BATCH_ROWS = 2000;
/**
 * Transactions a chunk is written in side by side: Neo4j runs one transaction on one core, and a
 * chunk's rows of different governorates share no place to lock (docs/adr/0012).
 */
export const DEFAULT_WRITERS = 2;

const PUBLISHERS: Record<Dataset, EntityInput> = {
  acled: {
    kind: 'Organization',
    id: 'org:acled',
    name: 'Armed Conflict Location & Event Data',
    aliases: ['ACLED', 'Armed Conflict Location and Event Data Project', 'ACLED project'],
    organizationType: 'OTHER',
    description: 'Publisher of the ACLED dataset of political violence and protest events; the source of events imported from ACLED files.',
    sources: [],
  },
  ucdp: {
    kind: 'Organization',
    id: 'org:ucdp',
    name: 'Uppsala Conflict Data Program',
    aliases: ['UCDP', 'UCDP GED', 'Uppsala Conflict Data Program Georeferenced Event Dataset'],
    organizationType: 'OTHER',
    description: 'Publisher of the UCDP Georeferenced Event Dataset (GED); the source of events imported from GED files.',
    sources: [],
  },
};

const PARSERS: Record<Dataset, { parse: (raw: Record<string, string>, line: number) => RowResult; required: readonly string[] }> = {
  acled: { parse: parseAcledRow, required: ACLED_REQUIRED },
  ucdp: { parse: parseUcdpRow, required: UCDP_REQUIRED },
};

export interface ImportProgress {
  rowsRead: number;
  written: number;
  unchanged: number;
  refused: number;
}

export interface ImportOptions {
  dataset: Dataset;
  batchRows?: number;
  /**
   * New rows that join nothing are created by the writer's bulk path (WriteOptions.newEvents);
   * false sends them through its general path, as every row went before (the tests compare the two).
   */
  bulk?: boolean;
  /** Transactions a chunk is written in at once, over rows of different governorates (DEFAULT_WRITERS). */
  writers?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSummary {
  dataset: Dataset;
  rowsRead: number;
  /** Rows written (new or changed). */
  written: number;
  unchanged: number;
  refused: Refusal[];
  events: {
    created: number;
    /** Rows that joined an event already in the graph (an article's, the other dataset's, or the one the file named). */
    joined: { line: number; key: string; event: string }[];
    /** Changed rows written again. */
    updated: number;
  };
  actors: {
    matched: { name: string; id: string; rows: number }[];
    created: { name: string; id: string; kind: string; rows: number }[];
    /** Rows naming only groups that are no one in particular (civilians, protesters, unidentified). */
    unnamed: number;
  };
  places: {
    matched: number;
    created: { id: string; name: string; in: string | null }[];
  };
  seconds: number;
}

/**
 * Splits a chunk into at most `n` groups of whole regions, as even in rows as they go (the
 * largest region first, each to the smallest group), each group in file order.
 */
export function splitByRegion<T>(rows: T[], n: number, regionOf: (row: T) => string): T[][] {
  const byRegion = new Map<string, T[]>();
  for (const row of rows) {
    const region = regionOf(row);
    const list = byRegion.get(region);
    if (list) list.push(row);
    else byRegion.set(region, [row]);
  }
  const groups: { rows: Set<T> }[] = Array.from({ length: Math.max(1, Math.min(n, byRegion.size)) }, () => ({ rows: new Set<T>() }));
  for (const list of [...byRegion.values()].sort((a, b) => b.length - a.length)) {
    const smallest = groups.reduce((a, b) => (b.rows.size < a.rows.size ? b : a));
    for (const row of list) smallest.rows.add(row);
  }
  return groups.filter((g) => g.rows.size).map((g) => rows.filter((row) => g.rows.has(row)));
}

export const articleIdOf = (dataset: Dataset, key: string) => `article:${dataset}-${slugify(key, 150) || 'row'}`;
export const eventIdOf = (dataset: Dataset, key: string) => `event:${dataset}-${slugify(key, 150) || 'row'}`;

/** A row made ready to write: everything it needs, so it can also be written on its own. */
interface PreparedRow {
  row: DatasetRow;
  mode: 'new' | 'changed';
  /** The event the row writes: its own id, or the event it joined before. */
  eventId: string;
  /** The event exists and is the row's own (its id is the row's or the file's): a changed row may overwrite it. */
  ownEvent: boolean;
  /** A new row whose event and article the existence check found nowhere in the graph. */
  absent: boolean;
  entities: EntityInput[];
  article: ArticleInput;
  event: EventInput;
}

class Tally {
  readonly matched = new Map<string, { id: string; rows: number }>();
  readonly created = new Map<string, { id: string; kind: string; rows: number }>();
  unnamed = 0;
  readonly placesMatched = new Set<string>();
  readonly placesCreated = new Map<string, { name: string; in: string | null }>();
}

/**
 * Imports the rows of a CSV stream. The graph's places and actors are read once at the start
 * and extended with what the import creates.
 */
export async function importDataset(input: Readable | AsyncIterable<Buffer | string> | Iterable<Buffer | string>, store: WriteStore, exchange: ExchangeStore, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const { dataset } = options;
  const parser = PARSERS[dataset];
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const writers = options.writers ?? DEFAULT_WRITERS;
  const [places, actors] = await Promise.all([exchange.places(), exchange.actors()]);
  const placeIndex = new PlaceIndex(places);
  const actorIndex = new ActorIndex(actors);
  const tally = new Tally();
  const summary: ImportSummary = {
    dataset,
    rowsRead: 0,
    written: 0,
    unchanged: 0,
    refused: [],
    events: { created: 0, joined: [], updated: 0 },
    actors: { matched: [], created: [], unnamed: 0 },
    places: { matched: 0, created: [] },
    seconds: 0,
  };
  /**
   * Entities this import creates, by id, from the moment a row resolves to them: every row that
   * points at one carries it (fill-only, so writing it again changes nothing), so a row written
   * alone, or after the row that introduced it was refused, still finds it.
   */
  const createdEntities = new Map<string, EntityInput>();
  /** Of those, the ones a committed batch wrote: rows need not carry them any more. */
  const writtenEntities = new Set<string>();
  const seenKeys = new Map<string, number>();
  const governorateOf = (placeId: string): string | null => placeIndex.chain(placeId).find((e) => e.placeType === 'GOVERNORATE')?.id ?? null;
  const progress = () => options.onProgress?.({ rowsRead: summary.rowsRead, written: summary.written, unchanged: summary.unchanged, refused: summary.refused.length });

  let chunk: DatasetRow[] = [];
  /** Lines refused while reading, reported when the chunk they precede is written (so in file order). */
  let lineRefusals: Refusal[] = [];
  /**
   * The write of the chunk before: a chunk is read and prepared while it runs (on a 2-core
   * machine Neo4j writes on one core while Node prepares on the other). What a prepared chunk
   * reads must not depend on that write: a chunk whose rows name their events (a file this
   * product exported) reads only after it, and so does the full incident-candidate read (which
   * weighs the dataset's own rows); the importer's other reads see only rows of the chunk itself
   * and events no row of the dataset created. At most one write is in flight; chunks are written
   * and counted in file order.
   */
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!chunk.length) return;
    const rows = chunk;
    chunk = [];
    const refusals = lineRefusals;
    lineRefusals = [];
    const previous = writing;
    const prepared = await prepareChunk(rows, previous);
    await previous;
    writing = writeChunk(prepared, refusals);
    // Not left unhandled while the next chunk is read; awaited by the next flush or at the end, where its error surfaces.
    writing.catch(() => undefined);
  };

  const prepareChunk = async (rows: DatasetRow[], previous: Promise<void>): Promise<PreparedRow[]> => {
    if (rows.some((r) => r.eventId)) await previous;
    const articleIds = rows.map((r) => articleIdOf(dataset, r.key));
    const state = await exchange.importedRows(articleIds, rows.flatMap((r) => (r.eventId ? [r.eventId] : [])));
    const prepared: PreparedRow[] = [];
    for (const row of rows) {
      const articleId = articleIdOf(dataset, row.key);
      const stored = state.articles.get(articleId);
      if (stored && stored.hash === row.digest) {
        summary.unchanged += 1;
        continue;
      }
      const existing = stored?.events[0] ?? (row.eventId ? state.events.get(row.eventId) : undefined);
      const eventId = existing ?? row.eventId ?? eventIdOf(dataset, row.key);
      const ownEvent = existing !== undefined && (existing === eventIdOf(dataset, row.key) || existing === row.eventId);
      prepared.push(prepareRow(row, stored ? 'changed' : 'new', eventId, ownEvent, existing !== undefined));
    }
    await decideJoins(prepared.filter((p) => p.mode === 'new' && p.event.mergeWithExisting), previous);
    return prepared;
  };

  const writeChunk = async (prepared: PreparedRow[], refusals: Refusal[]) => {
    summary.refused.push(...refusals);
    await writePrepared(prepared);
    progress();
  };

  const writePrepared = async (prepared: PreparedRow[]) => {
    if (!prepared.length) return;
    // Rows of different governorates point at no common place: their transactions run side by side (ADR 12).
    const groups = splitByRegion(prepared, writers, (p) => governorateOf(p.event.place as string) ?? '');
    if (groups.length > 1) await writeShared(groups);
    const outcomes = await Promise.allSettled(groups.map(writeGroup));
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
    summary.refused.push(...outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : [])).sort((a, b) => a.line - b.line));
  };

  /**
   * Writes first, on their own, the entities this import creates that several groups point at
   * (the publisher, a new actor): two transactions creating one node wait on each other's lock,
   * so the second group would otherwise wait for the whole first one. They only fill gaps; a
   * refusal leaves them to the groups, which report it per row.
   */
  const writeShared = async (groups: PreparedRow[][]) => {
    const seen = new Map<string, number>();
    for (const group of groups) {
      const ids = new Set(group.flatMap((p) => p.entities.filter((e) => e.kind !== 'Place' && !writtenEntities.has(e.id)).map((e) => e.id)));
      if (!writtenEntities.has(PUBLISHERS[dataset].id)) ids.add(PUBLISHERS[dataset].id);
      for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    const shared = [...seen].filter(([, n]) => n > 1).map(([id]) => (id === PUBLISHERS[dataset].id ? PUBLISHERS[dataset] : createdEntities.get(id))).filter((e): e is EntityInput => e !== undefined);
    if (!shared.length) return;
    const origin = `${DATASET_LABEL[dataset]} import`;
    try {
      await store.importBatch({ origin, articles: [], entities: shared, events: [], statements: [], relationships: [] }, { overwrite: false, origin });
    } catch (error) {
      if (error instanceof AppError && (error.code === ErrorCode.BAD_USER_INPUT || error.code === ErrorCode.CONFLICT)) return;
      throw error;
    }
    for (const e of shared) writtenEntities.add(e.id);
  };

  /** Writes a group of rows in one transaction; when a row's problem refuses it, each row alone. The rows refused. */
  const writeGroup = async (rows: PreparedRow[]): Promise<Refusal[]> => {
    try {
      await writeRows(rows);
      return [];
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== ErrorCode.BAD_USER_INPUT && error.code !== ErrorCode.CONFLICT)) throw error;
      // One row's problem (a loop in the places, a kind the graph stores otherwise): find it, write the rest.
      const refused: Refusal[] = [];
      for (const p of rows) {
        try {
          await writeRows([p]);
        } catch (rowError) {
          if (!(rowError instanceof AppError) || (rowError.code !== ErrorCode.BAD_USER_INPUT && rowError.code !== ErrorCode.CONFLICT)) throw rowError;
          refused.push({ line: p.row.line, key: p.row.key, reason: rowError.message });
        }
      }
      return refused;
    }
  };

  /** Writes rows: first what only fills gaps (new rows, entities), then what replaces (changed rows' own events, their digests). */
  const writeRows = async (rows: PreparedRow[]) => {
    const entities = new Map<string, EntityInput>();
    // The publisher travels until a committed batch wrote it: every chunk after that points at it
    // without writing it again, so the chunk's one hub node is not locked (and updated) each time.
    if (!writtenEntities.has(PUBLISHERS[dataset].id)) entities.set(PUBLISHERS[dataset].id, PUBLISHERS[dataset]);
    // One entity per id: what several rows say of it, merged (a place one row created, another gave coordinates).
    // An entity the import created that a row carried when it was prepared, and that a committed
    // batch has written since (the chunk before, written while this one was prepared), stays behind.
    for (const p of rows) {
      for (const e of p.entities) if (!(writtenEntities.has(e.id) && createdEntities.get(e.id) === e)) entities.set(e.id, { ...e, ...entities.get(e.id) } as EntityInput);
    }
    const fill = rows.filter((p) => p.mode === 'new' || !p.ownEvent);
    const replace = rows.filter((p) => p.mode === 'changed');
    const first: ImportBatch = {
      origin: `${DATASET_LABEL[dataset]} import`,
      articles: fill.filter((p) => p.mode === 'new').map((p) => p.article),
      entities: [...entities.values()],
      events: fill.map((p) => p.event),
      statements: [],
      relationships: [],
    };
    // New rows that join nothing: nothing of theirs is in the graph, the writer creates them in bulk.
    const newEvents = options.bulk === false ? [] : fill.filter((p) => p.absent && !p.event.mergeWithExisting).map((p) => p.event.id);
    // So are the places the import created and no committed batch has written yet.
    const newPlaces = newEvents.length ? [...entities.keys()].filter((id) => id.startsWith('place:') && createdEntities.has(id) && !writtenEntities.has(id)) : [];
    const result = await store.importBatch(first, { overwrite: false, origin: first.origin, ...(newEvents.length ? { newEvents, newPlaces } : {}) });
    if (replace.length) {
      await store.importBatch(
        {
          origin: first.origin,
          articles: replace.map((p) => p.article),
          entities: [],
          events: replace.filter((p) => p.ownEvent).map((p) => p.event),
          statements: [],
          relationships: [],
        },
        { overwrite: true, origin: first.origin },
      );
    }
    // Count only once the rows are written.
    for (const id of entities.keys()) writtenEntities.add(id);
    const created = new Set(result.created);
    for (const p of rows) {
      summary.written += 1;
      if (p.mode === 'changed') summary.events.updated += 1;
      const joined = result.mergedEvents[p.event.id];
      if (p.mode === 'new' && (joined || !created.has(p.event.id))) summary.events.joined.push({ line: p.row.line, key: p.row.key, event: joined ?? p.event.id });
      else if (p.mode === 'new') summary.events.created += 1;
      for (const e of p.entities) {
        if (e.kind === 'Place' && created.has(e.id)) tally.placesCreated.set(e.id, { name: e.name, in: e.locatedIn ? (typeof e.locatedIn === 'string' ? e.locatedIn : e.locatedIn.ref) : null });
      }
    }
  };

  const prepareRow = (row: DatasetRow, mode: 'new' | 'changed', eventId: string, ownEvent: boolean, exists: boolean): PreparedRow => {
    const origin = `${DATASET_LABEL[dataset]} ${row.key}`;
    const entities: EntityInput[] = [];
    const include = (id: string) => {
      // An entity this import created earlier travels with every row that points at it, with its parents.
      for (let e = createdEntities.get(id); e && !writtenEntities.has(e.id) && !entities.some((x) => x.id === e!.id); ) {
        entities.push(e);
        const parent = e.kind === 'Place' && e.locatedIn ? (typeof e.locatedIn === 'string' ? e.locatedIn : e.locatedIn.ref) : null;
        e = parent ? createdEntities.get(parent) : undefined;
      }
    };
    const place = resolvePlace(row.place, placeIndex, origin);
    entities.push(...place.created, ...place.completed);
    for (const e of place.created) createdEntities.set(e.id, e);
    for (const id of [...place.matched, place.placeId]) include(id);
    for (const id of place.matched) tally.placesMatched.add(id);

    const actorOf = (spec: DatasetRow['actor1']): string | null => {
      if (!spec) return null;
      const r: ActorResolution = resolveActor(spec, actorIndex, origin);
      if (r.kind === 'none') return null;
      if (r.kind === 'new') {
        entities.push(r.entity);
        createdEntities.set(r.id, r.entity);
        const t = tally.created.get(spec.name) ?? { id: r.id, kind: r.entity.kind, rows: 0 };
        t.rows += 1;
        tally.created.set(spec.name, t);
      } else {
        include(r.id);
        const created = tally.created.get(spec.name);
        if (created) created.rows += 1;
        else {
          const t = tally.matched.get(spec.name) ?? { id: r.id, rows: 0 };
          t.rows += 1;
          tally.matched.set(spec.name, t);
        }
      }
      return r.id;
    };
    const a1 = actorOf(row.actor1);
    const a2 = actorOf(row.actor2);
    if (!a1 && !a2) tally.unnamed += 1;
    // Associated actors are linked when the graph knows them; they create nothing.
    const known = (names: string[]) =>
      names.flatMap((n) => {
        const id = actorIndex.find(n)?.id;
        if (id) include(id);
        return id ? [id] : [];
      });
    const perpetrators = [...new Set([...(a1 ? [a1] : []), ...known(row.assoc1)])];
    const targets = [...new Set([...(a2 ? [a2] : []), ...known(row.assoc2)])];

    const articleId = articleIdOf(dataset, row.key);
    const casualties = new Map<string, CasualtyInput>();
    for (const f of row.figures) {
      const actor = f.side === 1 ? a1 : f.side === 2 ? a2 : null;
      const key = actor ?? f.group;
      const prior = casualties.get(key);
      const add = (x: number | undefined, y: number | undefined) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
      casualties.set(key, {
        group: f.group,
        ...(actor ? { actor } : {}),
        ...(add(prior?.killed, f.killed) !== undefined ? { killed: add(prior?.killed, f.killed) } : {}),
        ...(add(prior?.injured, f.injured) !== undefined ? { injured: add(prior?.injured, f.injured) } : {}),
      });
    }
    const placeName = row.place.location || row.place.admin3 || row.place.admin2 || row.place.admin1 || row.place.country;
    const label = (row.raw.label?.trim() || `${ACLED_LABELS[row.subEventType]}${placeName ? ` in ${placeName}` : ''}`).slice(0, 200);
    const sentence = row.description.slice(0, 5000);
    const event: EventInput = {
      id: eventId,
      subEventType: row.subEventType,
      date: row.date,
      datePrecision: row.datePrecision,
      geoPrecision: row.geoPrecision,
      place: place.placeId,
      perpetrators,
      targets,
      civilianTargeting: row.civilianTargeting,
      casualties: [...casualties.values()],
      sources: [{ article: articleId, ...(sentence ? { sentence } : {}), confidence: 1 }],
      label,
      ...(row.description ? { description: row.description.slice(0, 5000) } : {}),
      // A new event of the row's own may join the same incident reported before; decided in decideJoins.
      mergeWithExisting: mode === 'new' && !exists,
    };
    const article: ArticleInput = {
      id: articleId,
      title: `${DATASET_LABEL[dataset]} ${row.key}`.slice(0, 1000),
      publisher: PUBLISHERS[dataset].id,
      published: row.published,
      language: 'en',
      // The row's non-empty cells by column (the export reads a missing one as empty): an ACLED row
      // leaves about a fifth of its columns empty, and every byte is sent and stored.
      text: JSON.stringify(Object.fromEntries(Object.entries(row.raw).filter(([, v]) => v !== ''))),
      contentHash: row.digest,
    };
    return { row, mode, eventId, ownEvent, absent: mode === 'new' && !exists, entities, article, event };
  };

  /**
   * Lets the writer join a new row's event to the incident it reports only when the best
   * candidate is no row of the same dataset (see the module header); otherwise the row is an
   * event of its own.
   */
  const decideJoins = async (rows: PreparedRow[], previous: Promise<void>) => {
    if (!rows.length) return;
    const incoming = rows.map((p) => {
      const batch = { entities: p.entities };
      const report = incidentReportOf(p.event, batch);
      const region = governorateOf(p.event.place as string);
      const family = eventTypeOf(p.event.subEventType as SubEventType);
      const violent = ['BATTLES', 'EXPLOSIONS_REMOTE_VIOLENCE', 'VIOLENCE_AGAINST_CIVILIANS'];
      return {
        p,
        report,
        input: {
          id: p.event.id,
          date: p.event.date,
          dateEnd: periodEnd(p.event.date, p.event.datePrecision),
          place: report.report.placeChain[0] ?? null,
          anchor: report.anchor,
          eventTypes: violent.includes(family) ? violent : EVENT_TYPES.filter((t) => t === family),
          region,
        },
      };
    });
    // Most rows of a bulk import have nothing to join: a cheap check spares them the full read.
    const open = await exchange.incidentOpenings(incoming.map((i) => i.input), dataset);
    const asked = incoming.filter((i) => open.has(i.input.id));
    // The full read weighs the dataset's own rows as candidates too: it waits for the chunk before to be written.
    if (asked.length) await previous;
    const rowsOut = await exchange.incidentCandidates(asked.map((i) => i.input));
    const byId = new Map(rowsOut.map((r) => [r.id, r]));
    // Two rows of this chunk never join the same event: by the dataset's account they are two.
    const claimed = new Set<string>();
    for (const { p, report } of incoming) {
      const found = byId.get(p.event.id);
      if (!found) {
        p.event.mergeWithExisting = false;
        continue;
      }
      const full: IncidentReport = withStoredPlace(report, found.anchorChain, found.placeNames, found.placeType);
      const best = bestIncidentMatch(full, found.candidates);
      const candidate = best && found.candidates.find((c) => c.id === best.id);
      p.event.mergeWithExisting = Boolean(candidate && !candidate.datasets.includes(dataset) && !claimed.has(candidate.id));
      if (p.event.mergeWithExisting) claimed.add(candidate!.id);
    }
  };

  const readAll = async () => {
    let header = true;
    for await (const { record, line, fieldCountProblem } of csvRecords(input)) {
      if (header) {
        const missing = missingColumns(record, parser.required);
        if (missing.length) throw badInput(`The file lacks the ${DATASET_LABEL[dataset]} column(s) ${missing.join(', ')}`, { missing });
        header = false;
      }
      summary.rowsRead += 1;
      if (fieldCountProblem) {
        lineRefusals.push({ line, key: null, reason: fieldCountProblem });
        continue;
      }
      const parsed = parser.parse(record, line);
      if (!parsed.ok) {
        lineRefusals.push(parsed.refusal);
        continue;
      }
      const firstLine = seenKeys.get(parsed.row.key);
      if (firstLine !== undefined) {
        lineRefusals.push({ line, key: parsed.row.key, reason: `the same row id as line ${firstLine}` });
        continue;
      }
      seenKeys.set(parsed.row.key, line);
      chunk.push(parsed.row);
      if (chunk.length >= batchRows) await flush();
    }
    if (header) throw badInput(`The file is empty: a ${DATASET_LABEL[dataset]} CSV starts with a header line`);
    await flush();
  };
  try {
    await readAll();
    await writing;
  } catch (error) {
    // A failure while reading or preparing leaves no write running behind the caller's back.
    await writing.catch(() => undefined);
    throw error;
  }
  summary.refused.push(...lineRefusals);

  summary.actors = {
    matched: [...tally.matched.entries()].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)),
    created: [...tally.created.entries()].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)),
    unnamed: tally.unnamed,
  };
  // Groups of a chunk are written side by side: what they report is put back in file order.
  summary.events.joined.sort((a, b) => a.line - b.line);
  summary.places = { matched: tally.placesMatched.size, created: [...tally.placesCreated.entries()].map(([id, p]) => ({ id, ...p })) };
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
