/**
 * DataLoaders, created per request. Every nested field goes through one of these, so a request
 * costs one round trip per field per level, however many parents it has (no N+1).
 */
import DataLoader from 'dataloader';
import type { LookupStore } from '../db/lookup-store.js';
import { isPartial } from '../db/mappers.js';
import type { NodeRecord } from '../db/records.js';
import { NODE_KINDS } from '../domain/taxonomy.js';

const KINDS = new Set<string>(NODE_KINDS);

/** A whole node as the store maps it: a record with all its node's properties (not one read for some fields only). */
function asWholeNode(value: unknown): NodeRecord | null {
  const v = value as { id?: unknown; kind?: unknown } | null;
  return v && typeof v.id === 'string' && typeof v.kind === 'string' && KINDS.has(v.kind) && !isPartial(v) ? (v as NodeRecord) : null;
}

type BatchFn<V> = (ids: readonly string[]) => Promise<Map<string, V>>;

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  readonly node: DataLoader<string, NodeRecord | null>;

  constructor(lookups: LookupStore) {
    this.node = this.keyed('node', (ids) => lookups.nodesByIds(ids), null);
  }

  /**
   * The loader for one kind of lookup; `name` must identify the lookup and its arguments, so that
   * siblings asking the same field with the same arguments share one batch.
   */
  keyed<V>(name: string, batch: BatchFn<V>, missing: V): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (ids) => {
        const found = await batch(ids);
        if (name !== 'node') for (const value of found.values()) this.remember(value);
        return ids.map((id) => (found.has(id) ? found.get(id)! : missing));
      });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /**
   * Nodes that arrived whole in a list (neighbours, events of a place, ...) go into the node
   * loader, so a later `node(id)` of the same request (an evidence sentence's article, a path
   * step's end) costs no round trip.
   */
  remember(value: unknown): void {
    if (!Array.isArray(value)) return;
    for (const item of value) {
      const node = asWholeNode(item) ?? asWholeNode((item as { node?: unknown } | null)?.node);
      if (node) this.node.prime(node.id, node);
    }
  }

  /** A list per id (neighbours, ancestors, events of a place, ...), empty when none. */
  list<V>(name: string, batch: BatchFn<V[]>): DataLoader<string, V[]> {
    return this.keyed<V[]>(name, batch, []);
  }
}
