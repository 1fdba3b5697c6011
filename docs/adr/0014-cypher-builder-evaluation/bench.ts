/** ns per build, ours vs @neo4j/cypher-builder: 100,000 builds per round, 5 rounds, median (after a warm-up round). */
import { eventPageLib, hopLib } from './lib-builders.ts';
import { eventPage } from './repo/src/db/queries/lists.ts';
import { hop } from './repo/src/db/queries/explore.ts';

const N = 100_000;
const PLACE = { placeId: 'place:nineveh-governorate', from: '2022-03-15', to: '2022-03-31', eventTypes: ['BATTLES'] };
const FROM = { from: '2022-03-15', eventTypes: ['BATTLES'] };
const SPEC = { types: ['PERPETRATED', 'OCCURRED_IN'] as never[], kinds: ['Event'] as never[], from: '2022-03-15', to: null };
const cases: [string, () => unknown, () => unknown][] = [
  ['eventPage (place subtree, dates, type)', () => eventPage(PLACE, 'DATE_DESC', 0, 20), () => eventPageLib(PLACE, 'DATE_DESC', 0, 20)],
  ['eventPage (from a date: 4-part union)', () => eventPage(FROM, 'DATE_DESC', 0, 20), () => eventPageLib(FROM, 'DATE_DESC', 0, 20)],
  ['hop (2 types, a kind, dated)', () => hop(['org:isis'], [], SPEC, 100, 401), () => hopLib(['org:isis'], [], SPEC, 100, 401)],
];
let sink = 0;
function round(f: () => unknown): number {
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    // charCodeAt flattens the string (V8 keeps concatenations as ropes until read), as the driver's encoding would.
    const c = (f() as { cypher: string }).cypher;
    sink += c.charCodeAt(c.length >> 1);
  }
  return Number(process.hrtime.bigint() - t) / N;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`node ${process.version}, ${N} builds per round, median of 5 rounds`);
for (const [name, ours, lib] of cases) {
  round(ours);
  round(lib);
  const o: number[] = [], l: number[] = [];
  for (let r = 0; r < 5; r++) {
    o.push(round(ours));
    l.push(round(lib));
  }
  const mo = median(o), ml = median(l);
  console.log(`${name}: ours ${mo.toFixed(0)} ns/call, library ${ml.toFixed(0)} ns/call (${(ml / mo).toFixed(1)}x)`);
}
if (sink === 0) console.log('');
