/** Plans and answers of ours vs the library's statements on the same graph (reference data + 3,000 synthetic events). */
import { readFileSync } from 'node:fs';
import neo4j from './repo/node_modules/neo4j-driver/lib/index.js';
import { eventPageLib, hopLib } from './lib-builders.ts';
import { eventPage } from './repo/src/db/queries/lists.ts';
import { hop } from './repo/src/db/queries/explore.ts';
import type { EventFilterInput, EventSort } from './repo/src/db/queries/lists.ts';

const uri = readFileSync('./db.out', 'utf8').trim().split('\n').pop()!;
const driver = neo4j.driver(uri);
const session = driver.session();
const tree = (p: any): string => `${p.operatorType.replace(/@.*/, '')}(${(p.children ?? []).map(tree).join(',')})`;
const indexes = (p: any): string[] => [...(/Index|Seek|Scan/.test(p.operatorType) ? [p.operatorType.replace(/@.*/, '')] : []), ...(p.children ?? []).flatMap(indexes)];
/** The library's statements pass counts as numbers (ours are Neo4j integers already): typed here, by name. */
const libIntegers = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, ['limit', 'offset', 'perNode'].includes(k) && Number.isInteger(v) ? neo4j.int(v as number) : v]));
const hits = (p: any): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((s: number, c: any) => s + hits(c), 0);

const pages: [EventFilterInput, EventSort][] = [
  [{ placeId: 'place:nineveh-governorate', from: '2022-03-15', to: '2022-09-30' }, 'DATE_DESC'],
  [{ placeId: 'place:iraq', eventTypes: ['BATTLES'] }, 'FATALITIES_DESC'],
  [{ from: '2022-03-15', eventTypes: ['BATTLES'] }, 'DATE_DESC'],
  [{ from: '2021-06-01', to: '2021-12-31' }, 'DATE_ASC'],
  [{ perpetratorId: 'force:zeravani', targetId: 'org:pkk', from: '2021-01-01' }, 'DATE_DESC'],
  [{ actorId: 'org:pkk', minFatalities: 0, reviewed: false }, 'DATE_DESC'],
  [{ near: { latitude: 36.34, longitude: 43.13, radiusKm: 80 } }, 'DISTANCE_ASC'],
  [{ to: '2022-01-01', subEventTypes: ['ARMED_CLASH'] }, 'DATE_DESC'],
];
const cases: [string, { cypher: string; params: Record<string, unknown> }, { cypher: string; params: Record<string, unknown> }][] = [
  ...pages.map(([f, s]) => [`eventPage ${JSON.stringify(f)} ${s}`, eventPage(f, s, 0, 20), eventPageLib(f, s, 0, 20)] as const),
  ...[
    { types: ['PERPETRATED', 'TARGETED'], kinds: ['Event'], from: '2022-01-01', to: null },
    { types: ['LOCATED_IN', 'OCCURRED_IN'], kinds: null, from: null, to: null },
  ].map((spec) => [`hop ${JSON.stringify(spec)}`, hop(['force:zeravani', 'place:mosul'], ['force:zeravani'], spec as never, 100, 401), hopLib(['force:zeravani', 'place:mosul'], ['force:zeravani'], spec as never, 100, 401)] as const),
] as never;

let same = 0;
for (const [name, ours, lib] of cases) {
  const po = (await session.run(`PROFILE ${ours.cypher}`, ours.params)) as any;
  const pl = (await session.run(`PROFILE ${lib.cypher}`, libIntegers(lib.params))) as any;
  const ro = JSON.stringify(po.records.map((r: any) => r.toObject()));
  const rl = JSON.stringify(pl.records.map((r: any) => r.toObject()));
  const to = tree(po.summary.profile), tl = tree(pl.summary.profile);
  const ok = ro === rl && to === tl;
  if (ok) same++;
  console.log(`${ok ? 'SAME' : 'DIFF'} ${name}\n  rows ${po.records.length}/${pl.records.length} answers ${ro === rl ? 'equal' : 'DIFFER'}; plan ${to === tl ? 'same operators' : 'DIFFERENT operators'}; db hits ${hits(po.summary.profile)}/${hits(pl.summary.profile)}; indexes ${[...new Set(indexes(po.summary.profile))].join(', ') || 'none'} / ${[...new Set(indexes(pl.summary.profile))].join(', ') || 'none'}`);
  if (to !== tl) console.log(`  ours ${to}\n  lib  ${tl}`);
}
console.log(`${same}/${cases.length} statements: same answers and same plan operators`);
await session.close();
await driver.close();
