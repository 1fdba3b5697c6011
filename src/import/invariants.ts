/**
 * Structural rules every write obeys, whatever the path (mutations, importBatch, seeding, article
 * ingestion): checked on the write plan before anything is sent, so a batch that breaks one is
 * refused whole, with every problem named. Rules that need the stored graph (no cycles through
 * what is already there, a stored kind never changes) are checked inside the write transaction by
 * src/db/writer.ts.
 */
import { NODE_KINDS, type NodeKind, type RelationshipType } from '../domain/taxonomy.js';
import type { WritePlan } from './plan.js';
import { REVIEW_PROPERTIES } from '../domain/review.js';

/** The id prefix of each kind: `place:makhmour-district` is a Place, and only a Place. */
export const KIND_PREFIX: Record<NodeKind, string> = {
  Place: 'place',
  Organization: 'org',
  Government: 'gov',
  Force: 'force',
  Person: 'person',
  Event: 'event',
  Statement: 'statement',
  Article: 'article',
};

const KIND_OF_PREFIX = new Map(NODE_KINDS.map((k) => [KIND_PREFIX[k], k]));

/** The kind an id's prefix names, or null for an unknown prefix. */
export function kindOfId(id: string): NodeKind | null {
  return KIND_OF_PREFIX.get(id.slice(0, id.indexOf(':'))) ?? null;
}

/** The id of `id` for another kind: same slug, the kind's prefix. */
export function idForKind(id: string, kind: NodeKind): string {
  return `${KIND_PREFIX[kind]}:${id.slice(id.indexOf(':') + 1)}`;
}

/**
 * Relationship properties the writer owns: the key that tells parallel relationships apart, the
 * provenance lists, and the curator review (docs/adr/0011; decided through confirm, correct and
 * reject only). A client sets provenance only through sources, never as properties.
 */
export const RESERVED_PROPERTIES = [
  'key', 'sources', 'sentences', 'confidences', 'confidence', 'createdAt', 'updatedAt', 'id', 'type', 'from', 'to',
  ...REVIEW_PROPERTIES,
] as const;
const RESERVED = new Set<string>(RESERVED_PROPERTIES);

/** Relationships that form hierarchies: following one of them must never lead back to the start. */
export const HIERARCHY_TYPES: readonly RelationshipType[] = ['LOCATED_IN', 'PART_OF', 'UNDER'];

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/** Every rule the plan breaks, in words a curator can act on; empty when it may be written. */
export function planProblems(plan: WritePlan): string[] {
  const problems: string[] = [];
  const kinds = new Map<string, NodeKind>();
  for (const node of plan.nodes) {
    const named = kindOfId(node.id);
    if (named !== node.kind) {
      problems.push(
        named
          ? `"${node.id}" names a ${named} but is given as a ${node.kind}; a ${node.kind} id starts with "${KIND_PREFIX[node.kind]}:"`
          : `"${node.id}" has no known kind prefix; a ${node.kind} id starts with "${KIND_PREFIX[node.kind]}:"`,
      );
    }
    const seen = kinds.get(node.id);
    if (seen && seen !== node.kind) problems.push(`"${node.id}" is given twice, as a ${seen} and as a ${node.kind}`);
    kinds.set(node.id, node.kind);
    const url = node.props.url;
    if (typeof url === 'string' && !isHttpUrl(url)) problems.push(`the url of "${node.id}" must be an absolute http or https address, not "${url.slice(0, 80)}"`);
  }
  for (const r of plan.relationships) {
    if (r.from === r.to) problems.push(`"${r.from}" cannot be ${r.type} itself`);
    const reserved = Object.keys(r.props).filter((k) => RESERVED.has(k));
    if (reserved.length) {
      problems.push(`${r.type} from "${r.from}" to "${r.to}": ${reserved.map((k) => `"${k}"`).join(', ')} cannot be set as a property (the writer keeps keys and provenance; give provenance as a source)`);
    }
  }
  return problems;
}
