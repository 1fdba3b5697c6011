/**
 * GraphML (http://graphml.graphdrawing.org/) for Gephi and Cytoscape: typed <key> declarations,
 * then nodes, then edges, written piece by piece so a large subgraph streams. Node kinds and
 * relationship types are attributes (`kind`, `relationship`); `label` is what Gephi shows. Pure.
 */
import type { GraphEdgeRow, GraphNodeRow } from '../db/exchange.js';
import type { NodeRecord, RelationshipRecord } from '../db/records.js';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

/** Node attributes, in the order they are declared. */
export const NODE_KEYS: [name: string, type: KeyType][] = [
  ['label', 'string'],
  ['kind', 'string'],
  ['placeType', 'string'],
  ['organizationType', 'string'],
  ['forceType', 'string'],
  ['level', 'string'],
  ['eventType', 'string'],
  ['subEventType', 'string'],
  ['date', 'string'],
  ['datePrecision', 'string'],
  ['geoPrecision', 'int'],
  ['fatalities', 'int'],
  ['stance', 'string'],
  ['url', 'string'],
  ['latitude', 'double'],
  ['longitude', 'double'],
];

export const EDGE_KEYS: [name: string, type: KeyType][] = [
  ['relationship', 'string'],
  ['label', 'string'],
  ['confidence', 'double'],
  ['sources', 'int'],
  ['key', 'string'],
];

/** Characters XML 1.0 does not allow, even escaped. */
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function graphmlHeader(description: string): string {
  const keys = [
    ...NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlEscape(description)}</desc>`,
    ...keys,
    '  <graph id="G" edgedefault="directed">',
    '',
  ].join('\n');
}

export const GRAPHML_FOOTER = '  </graph>\n</graphml>\n';

function data(prefix: 'n' | 'e', keys: [string, KeyType][], values: Record<string, unknown>): string {
  let out = '';
  for (const [name, type] of keys) {
    const v = values[name];
    if (v === null || v === undefined || v === '') continue;
    const text = type === 'int' ? String(Math.round(Number(v))) : type === 'double' ? String(Number(v)) : String(v);
    if ((type === 'int' || type === 'double') && !Number.isFinite(Number(text))) continue;
    out += `<data key="${prefix}_${name}">${xmlEscape(text)}</data>`;
  }
  return out;
}

export function graphmlNode(node: GraphNodeRow): string {
  const label = node.name ?? node.label ?? node.title ?? node.id;
  return `    <node id="${xmlEscape(String(node.id))}">${data('n', NODE_KEYS, { ...node, label })}</node>\n`;
}

export function graphmlEdge(edge: GraphEdgeRow, index: number): string {
  return `    <edge id="e${index}" source="${xmlEscape(edge.from)}" target="${xmlEscape(edge.to)}">${data('e', EDGE_KEYS, {
    relationship: edge.type,
    label: edge.type,
    confidence: edge.confidence,
    sources: edge.sources,
    key: edge.key,
  })}</edge>\n`;
}

/** A node of a neighbourhood (ExploreStore.neighbourhood) as a GraphML node row. */
export function nodeRow(node: NodeRecord): GraphNodeRow {
  const n = node as unknown as Record<string, unknown>;
  const location = n.location as { latitude: number; longitude: number } | null | undefined;
  const pick = (k: string) => (typeof n[k] === 'string' || typeof n[k] === 'number' || typeof n[k] === 'boolean' ? (n[k] as string | number | boolean) : null);
  return {
    id: node.id,
    kind: node.kind,
    name: pick('name'),
    label: pick('label'),
    title: pick('title'),
    placeType: pick('placeType'),
    organizationType: pick('organizationType'),
    forceType: pick('forceType'),
    level: pick('level'),
    eventType: pick('eventType'),
    subEventType: pick('subEventType'),
    date: pick('date') ?? pick('published'),
    datePrecision: pick('datePrecision'),
    geoPrecision: pick('geoPrecision'),
    fatalities: pick('fatalities'),
    stance: pick('stance'),
    url: pick('url'),
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
  };
}

/** A relationship of a neighbourhood as a GraphML edge row. */
export function edgeRow(rel: RelationshipRecord): GraphEdgeRow {
  const key = rel.properties.key;
  return { type: rel.type, from: rel.fromId, to: rel.toId, key: typeof key === 'string' && key ? key : null, confidence: rel.confidence, sources: rel.sources.length };
}
