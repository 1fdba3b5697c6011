/** The curation mutations: create, edit, link, unlink, change the kind of, merge and delete nodes. */
import { RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../domain/taxonomy.js';
import { AppError, ErrorCode, badInput, notFound } from '../errors.js';
import { idForKind } from '../import/invariants.js';
import type { ImportBatch } from '../import/format.js';
import { Access, asNode } from './access.js';
import type { Graph, WriteCounters } from './graph.js';
import { emptyCounters, addCounters } from './graph.js';
import { toRelationshipRecord } from './mappers.js';
import * as curate from './queries/curate.js';
import * as read from './queries/read.js';
import { setEventLocations } from './queries/write.js';
import type { EntityRecord, GeoPoint, MergeResultRecord, RelationshipRecord } from './records.js';
import { reconcileEvents, refuseCycles, writeBatch } from './writer.js';

export class CurationStore {
  private readonly db: Access;

  /** Over a Graph (no counting), or over a request's Access (shared with the request's other stores). */
  constructor(db: Graph | Access) {
    this.db = Access.of(db);
  }

  async updateEntity(id: string, set: Record<string, unknown>, location: GeoPoint | null | undefined): Promise<EntityRecord> {
    return this.db.graph.writeTx(
      async (tx) => {
        const [row] = await tx.run(curate.updateEntity(id, set, location));
        if (!row) throw notFound('Entity', id);
        // Events in or under a place that moved or changed type: their location and geoPrecision follow it.
        if (location !== undefined || 'placeType' in set) {
          const [refresh] = await tx.run(curate.refreshEventLocationsUnder(id));
          const ids = (refresh?.ids as string[] | undefined) ?? [];
          if (ids.length) await tx.run(setEventLocations(ids));
        }
        return asNode(row.node) as EntityRecord;
      },
      { tag: 'update-entity', stats: this.db.stats },
    );
  }

  /**
   * Writes a batch that creates one entity and returns it, in one transaction. CONFLICT when
   * `id` exists or was merged into another entity (then nothing is written).
   */
  async createEntity(batch: ImportBatch, id: string): Promise<EntityRecord> {
    return this.db.graph.writeTx(
      async (tx) => {
        await writeBatch(tx, batch, { overwrite: true, origin: 'api', mustBeNew: [id] });
        const [row] = await tx.run(read.nodesByIds([id]));
        return asNode(row!.node) as EntityRecord;
      },
      { tag: 'create-entity', stats: this.db.stats },
    );
  }

  /** Writes a batch of one relationship and returns it as stored, in one transaction. */
  async link(batch: ImportBatch, from: string, type: RelationshipType, to: string): Promise<RelationshipRecord> {
    return this.db.graph.writeTx(
      async (tx) => {
        await writeBatch(tx, batch, { overwrite: true, origin: 'api' });
        const [row] = await tx.run(curate.relationshipAfterLink(from, type, to));
        if (!row) {
          // The writer kept it out: a curator rejected it, replaced it, or rejected an end (docs/adr/0011).
          const id = `${from}|${type}|${to}`;
          throw new AppError(ErrorCode.CONFLICT, `"${id}" was rejected by a curator (or belongs to a rejected event or statement): confirm it instead of linking it again`, { id });
        }
        return toRelationshipRecord(row.rel as Record<string, unknown>);
      },
      { tag: 'link', stats: this.db.stats },
    );
  }

  /** Gives an entity another kind, and with it the id of that kind (see curate.changeKind). */
  async changeKind(id: string, from: EntityKind, to: EntityKind): Promise<EntityRecord> {
    const newId = idForKind(id, to);
    return this.db.graph.writeTx(
      async (tx) => {
        const [taken] = await tx.run(curate.idTaken(newId));
        if (taken?.node || (taken?.redirectTarget && taken.redirectTarget !== id)) {
          const holder = (taken.redirectTarget as string | null) ?? newId;
          throw new AppError(ErrorCode.CONFLICT, `"${newId}", the id of "${id}" as a ${to}, is already taken by "${holder}"; merge the two with mergeEntities instead`, { id: newId, existing: holder });
        }
        const misfits = (await tx.run(curate.relationshipKinds(id))).filter((r) => {
          const rule = RELATIONSHIP_TYPES[r.type as RelationshipType];
          if (!rule) return false;
          const [mine, theirs] = r.outgoing ? [rule.from, rule.to] : [rule.to, rule.from];
          return !(mine as readonly string[]).includes(to) || !(theirs as readonly string[]).includes(r.otherKind as string);
        });
        if (misfits.length) {
          // Every type that does not fit, then the first relationships in a fixed order (the graph returns them in any).
          const types = [...new Set(misfits.map((r) => r.type as string))].sort();
          const ordered = misfits.map((r) => `${r.type as string} ${r.outgoing ? 'to' : 'from'} "${r.otherId as string}"`).sort();
          const list = ordered.slice(0, 5).join(', ');
          throw badInput(`"${id}" cannot become a ${to}: a ${to} cannot have ${types.join(', ')} (${list}${ordered.length > 5 ? ` and ${ordered.length - 5} more` : ''}); unlink them first`, { argument: 'kind' });
        }
        const [row] = await tx.run(curate.changeKind(id, newId, from, to));
        if (!row) throw notFound('Entity', id);
        const [claims] = await tx.run(curate.moveClaims(id, newId));
        const eventIds = (claims?.eventIds as string[] | undefined) ?? [];
        if (eventIds.length) await reconcileEvents(tx, eventIds);
        return asNode(row.node) as EntityRecord;
      },
      { tag: 'change-kind', stats: this.db.stats },
    );
  }

  async addAlias(id: string, alias: string): Promise<EntityRecord> {
    return this.singleEntityWrite(curate.addAlias(id, alias), id, 'add-alias');
  }

  async removeAlias(id: string, alias: string): Promise<EntityRecord> {
    return this.singleEntityWrite(curate.removeAlias(id, alias), id, 'remove-alias');
  }

  private async singleEntityWrite(query: { cypher: string; params: Record<string, unknown> }, id: string, tag: string): Promise<EntityRecord> {
    return this.db.graph.writeTx(
      async (tx) => {
        const [row] = await tx.run(query);
        if (!row) throw notFound('Entity', id);
        return asNode(row.node) as EntityRecord;
      },
      { tag, stats: this.db.stats },
    );
  }

  async unlink(from: string, type: RelationshipType, to: string): Promise<boolean> {
    const rows = await this.db.graph.writeTx(
      async (tx) => {
        const removed = await tx.run(curate.unlink(from, type, to));
        if (type === 'OCCURRED_IN') await tx.run(setEventLocations([from]));
        return removed;
      },
      { tag: 'unlink', stats: this.db.stats },
    );
    return ((rows[0]?.removed as number) ?? 0) > 0;
  }

  async mergeEntities(keep: string, merge: string): Promise<MergeResultRecord> {
    return this.db.graph.writeTx(
      async (tx) => {
        const [outgoing, incoming, claims, final] = curate.mergeEntities(keep, merge);
        const moved = [...(await tx.run(outgoing!)), ...(await tx.run(incoming!))].reduce((n, r) => n + ((r.moved as number) ?? 0), 0);
        const [claimRow] = await tx.run(claims!);
        const [row] = await tx.run(final!);
        if (!row) throw notFound('Entity', keep);
        // keep LOCATED_IN x and x LOCATED_IN merge would now be a loop through keep.
        await refuseCycles(tx, [keep]);
        const eventIds = (claimRow?.eventIds as string[] | undefined) ?? [];
        if (eventIds.length) await reconcileEvents(tx, eventIds);
        // Events of a merged place now lie in the survivor: their location and geoPrecision follow it.
        const [placed] = await tx.run(curate.refreshEventLocationsUnder(keep));
        const placedIds = (placed?.ids as string[] | undefined) ?? [];
        if (placedIds.length) await tx.run(setEventLocations(placedIds));
        return { entity: asNode(row.node) as EntityRecord, mergedId: merge, movedRelationships: moved };
      },
      { tag: 'merge-entities', stats: this.db.stats },
    );
  }

  async deleteNode(id: string): Promise<WriteCounters> {
    return this.db.graph.writeTx(
      async (tx) => addCounters(emptyCounters(), await tx.runForCounters(curate.deleteNode(id))),
      { tag: 'delete-node', stats: this.db.stats },
    );
  }
}
