/**
 * Builds public/explorer/data/iraq-boundaries.geojson, the boundaries the explorer's map draws
 * offline: Iraq's 18 governorates, the land borders and coasts of the countries around it, and
 * a label point for each.
 *
 * Source: Natural Earth, "Admin 1 – States, Provinces", 1:10m (version 4.x, cultural vectors),
 * which is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/: "No
 * permission is needed to use Natural Earth"). The copy used is the TopoJSON conversion kept in
 * the elastic/ems-file-service repository on GitHub:
 *
 *   path     sources/world/ne_10m_admin_1_states_provinces.topo.json.gz
 *   commit   d4c50cfbdcc9137ed33212c1ae414e2a8e64e3fe (repository head used, 2026-07-21);
 *            the file last changed in 3f1043e85222710e461c02923e4113cd6a05dc23 (2022-06-21)
 *   blob     360336bb36925c46f1de4d0bea29e58d9cedf493
 *   sha256   see SOURCE_SHA256 below (of the .gz file)
 *
 * (The repository's LICENSE puts its data/ folder, Elastic's own outputs, under the ODbL; this
 * file lies in sources/ and is Natural Earth's layer converted, which stays in the public domain.)
 * That file is Natural Earth's geometry and five of its attributes (name, iso_3166_2, iso_a2,
 * adm0_a3, admin), quantized to about 50 m; Elastic's own fixes touch other countries (Denmark,
 * India, the UK, Lithuania, China, Tokelau). Iraq's outer border in it lies within 0.001° of
 * Natural Earth 4.0.0's 10m land boundary lines at 97% of its vertices (the rest is coast, which
 * those lines do not cover), which is how its origin was checked.
 *
 * What the script does, with no network access (it only reads the file it is given):
 *   1. decodes the topology's arcs to longitude/latitude;
 *   2. simplifies each arc once (Douglas-Peucker, 0.01° for arcs that touch Iraq, 0.02° for the
 *      rest), so that neighbouring shapes keep sharing exactly the same border;
 *   3. writes Iraq's governorates as they are, with the names and ids this project's gazetteer
 *      uses (seed/reference/places.yaml) next to Natural Earth's own name;
 *   4. dissolves every other country's provinces into one shape, clips it to the region around
 *      Iraq (CLIP below), drops islands under MIN_AREA, and writes its land borders (arcs shared
 *      by two countries) as lines, so the clipped edges are never stroked;
 *   5. rounds coordinates to 3 decimals (about 100 m) and adds a label point per governorate
 *      (the point inside it farthest from its edges) and per named neighbour (placed by hand,
 *      near Iraq, in NEIGHBOURS).
 *
 * Natural Earth draws Halabja Governorate (split from Sulaymaniyah in 2014) inside Sulaymaniyah;
 * the Sulaymaniyah feature says so in its `note`.
 *
 * Usage (run again only to change the output; the file it writes is committed):
 *   node scripts/build-boundaries.mjs [source.topo.json(.gz)] [output.geojson]
 * The source defaults to .cache/natural-earth/ne_10m_admin_1_states_provinces.topo.json.gz; when
 * it is absent the script says where the file comes from and exits 1.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_SOURCE = path.join(ROOT, '.cache/natural-earth/ne_10m_admin_1_states_provinces.topo.json.gz');
const DEFAULT_OUTPUT = path.join(ROOT, 'public/explorer/data/iraq-boundaries.geojson');
const SOURCE_SHA256 = '0fe8e18d4d3c70e7c8e366a5eded4d364315d7aa851b485782cfaa5a15e11323';

/** The region kept around Iraq: [west, south, east, north] in degrees. */
const CLIP = [22, 14, 66, 46];
/** Islands and other parts smaller than this (square degrees, about 40 km² here) are dropped. */
const MIN_AREA = 0.004;
const TOLERANCE_IRAQ = 0.01;
const TOLERANCE_OTHER = 0.02;
const DECIMALS = 3;

/** Iraq's governorates by ISO 3166-2 code: the gazetteer's id and short name. */
const GOVERNORATES = {
  'IQ-DA': { id: 'place:duhok-governorate', name: 'Duhok', region: 'Kurdistan Region' },
  'IQ-AR': { id: 'place:erbil-governorate', name: 'Erbil', region: 'Kurdistan Region' },
  'IQ-SU': {
    id: 'place:sulaymaniyah-governorate',
    name: 'Sulaymaniyah',
    region: 'Kurdistan Region',
    note: 'Includes Halabja Governorate (separate since 2014), whose border Natural Earth does not draw',
  },
  'IQ-NI': { id: 'place:nineveh-governorate', name: 'Nineveh' },
  'IQ-KI': { id: 'place:kirkuk-governorate', name: 'Kirkuk' },
  'IQ-SD': { id: 'place:salah-al-din-governorate', name: 'Salah al-Din' },
  'IQ-DI': { id: 'place:diyala-governorate', name: 'Diyala' },
  'IQ-AN': { id: 'place:anbar-governorate', name: 'Anbar' },
  'IQ-BG': { id: 'place:baghdad-governorate', name: 'Baghdad' },
  'IQ-BB': { id: 'place:babil-governorate', name: 'Babil' },
  'IQ-KA': { id: 'place:karbala-governorate', name: 'Karbala' },
  'IQ-NA': { id: 'place:najaf-governorate', name: 'Najaf' },
  'IQ-QA': { id: 'place:qadisiyyah-governorate', name: 'Al-Qadisiyyah' },
  'IQ-WA': { id: 'place:wasit-governorate', name: 'Wasit' },
  'IQ-MA': { id: 'place:maysan-governorate', name: 'Maysan' },
  'IQ-DQ': { id: 'place:dhi-qar-governorate', name: 'Dhi Qar' },
  'IQ-MU': { id: 'place:muthanna-governorate', name: 'Muthanna' },
  'IQ-BA': { id: 'place:basra-governorate', name: 'Basra' },
};

/** Iraq's neighbours, named on the map, with a label point near Iraq ([lon, lat]). */
const NEIGHBOURS = {
  TUR: { name: 'Turkey', label: [40.2, 37.85] },
  SYR: { name: 'Syria', label: [38.9, 35.2] },
  IRN: { name: 'Iran', label: [48.2, 34.2] },
  JOR: { name: 'Jordan', label: [37.8, 32.0] },
  SAU: { name: 'Saudi Arabia', label: [41.2, 29.9] },
  KWT: { name: 'Kuwait', label: [47.55, 29.35] },
};

// ---------------------------------------------------------------------------------------------

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const [sourcePath = DEFAULT_SOURCE, outputPath = DEFAULT_OUTPUT] = process.argv.slice(2);
if (!existsSync(sourcePath)) {
  fail(
    `build-boundaries: ${sourcePath} is not there. It is sources/world/ne_10m_admin_1_states_provinces.topo.json.gz ` +
      'of the elastic/ems-file-service repository on GitHub (Natural Earth 10m admin-1, public domain); see this script\'s header.',
  );
}
const raw = readFileSync(sourcePath);
const sha256 = createHash('sha256').update(raw).digest('hex');
if (sourcePath.endsWith('.gz') && sha256 !== SOURCE_SHA256) {
  process.stderr.write(`build-boundaries: note: the source's sha256 is ${sha256}, not the one recorded (${SOURCE_SHA256}).\n`);
}
const topology = JSON.parse((sourcePath.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
const layer = Object.values(topology.objects)[0];
const features = layer.geometries.map((g) => ({ ...g, polygons: g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [] }));

// 1. Arcs to degrees.
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const arcIndex = (i) => (i < 0 ? ~i : i);

/** Countries (adm0_a3) that use each arc. */
const arcCountries = arcs.map(() => new Set());
for (const f of features) for (const polygon of f.polygons) for (const ring of polygon) for (const i of ring) arcCountries[arcIndex(i)].add(f.properties.adm0_a3);

// 2. Simplify each arc once.
function perpendicular(p, a, b) {
  const vx = b[0] - a[0];
  const vy = b[1] - a[1];
  const length = Math.hypot(vx, vy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(vx * (a[1] - p[1]) - vy * (a[0] - p[0])) / length;
}

function douglasPeucker(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let worst = -1;
    let at = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i], points[first], points[last]);
      if (d > worst) [worst, at] = [d, i];
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([first, at], [at, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed arc (an island) is split at its farthest point so that both halves keep their shape. */
function simplifyArc(points, tolerance) {
  const [x0, y0] = points[0];
  const [xn, yn] = points[points.length - 1];
  if (points.length > 3 && x0 === xn && y0 === yn) {
    let far = 1;
    for (let i = 1; i < points.length - 1; i++) if (Math.hypot(points[i][0] - x0, points[i][1] - y0) > Math.hypot(points[far][0] - x0, points[far][1] - y0)) far = i;
    return [...douglasPeucker(points.slice(0, far + 1), tolerance).slice(0, -1), ...douglasPeucker(points.slice(far), tolerance)];
  }
  return douglasPeucker(points, tolerance);
}

const round = (v) => Number(v.toFixed(DECIMALS));
const simplified = arcs.map((points, i) => {
  const tolerance = arcCountries[i].has('IRQ') ? TOLERANCE_IRAQ : TOLERANCE_OTHER;
  const out = [];
  for (const [x, y] of simplifyArc(points, tolerance)) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
});

/** The points of an arc in the direction a ring uses it. */
const oriented = (i) => (i < 0 ? simplified[~i].slice().reverse() : simplified[i]);

/** A ring from its arcs: consecutive arcs share their end point. */
function ringOf(indices) {
  const ring = [];
  for (const i of indices) {
    const points = oriented(i);
    ring.push(...(ring.length ? points.slice(1) : points));
  }
  return ring;
}

// Geometry helpers.
function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}

function inside(point, ring) {
  let yes = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) yes = !yes;
  }
  return yes;
}

function distanceToRings(point, rings) {
  let best = Infinity;
  for (const ring of rings) for (let i = 1; i < ring.length; i++) best = Math.min(best, perpendicularSegment(point, ring[i - 1], ring[i]));
  return best;
}

function perpendicularSegment(p, a, b) {
  const vx = b[0] - a[0];
  const vy = b[1] - a[1];
  const l2 = vx * vx + vy * vy;
  const s = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / l2)) : 0;
  return Math.hypot(a[0] + s * vx - p[0], a[1] + s * vy - p[1]);
}

/** The point of a polygon ([outer, ...holes]) farthest from its edges, by a grid refined around the best cell. */
function labelPoint(polygon) {
  const [outer] = polygon;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) [west, south, east, north] = [Math.min(west, x), Math.min(south, y), Math.max(east, x), Math.max(north, y)];
  let best = null;
  let score = -1;
  let [cx, cy, wx, wy] = [(west + east) / 2, (south + north) / 2, (east - west) / 2, (north - south) / 2];
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 0; i <= 24; i++) {
      for (let j = 0; j <= 24; j++) {
        const p = [cx - wx + (2 * wx * i) / 24, cy - wy + (2 * wy * j) / 24];
        if (!inside(p, outer) || polygon.slice(1).some((hole) => inside(p, hole))) continue;
        const d = distanceToRings(p, polygon);
        if (d > score) [best, score] = [p, d];
      }
    }
    if (!best) break;
    [cx, cy, wx, wy] = [best[0], best[1], wx / 6, wy / 6];
  }
  return best ? [round(best[0]), round(best[1])] : [round((west + east) / 2), round((south + north) / 2)];
}

/** Sutherland-Hodgman against the CLIP rectangle. */
function clipRing(ring) {
  const [west, south, east, north] = CLIP;
  const edges = [
    [(p) => p[0] >= west, (a, b) => [west, a[1] + ((b[1] - a[1]) * (west - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= east, (a, b) => [east, a[1] + ((b[1] - a[1]) * (east - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= south, (a, b) => [a[0] + ((b[0] - a[0]) * (south - a[1])) / (b[1] - a[1]), south]],
    [(p) => p[1] <= north, (a, b) => [a[0] + ((b[0] - a[0]) * (north - a[1])) / (b[1] - a[1]), north]],
  ];
  let points = ring.slice(0, -1);
  for (const [keep, cut] of edges) {
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[(i + points.length - 1) % points.length];
      const b = points[i];
      if (keep(b)) {
        if (!keep(a)) out.push(cut(a, b));
        out.push(b);
      } else if (keep(a)) out.push(cut(a, b));
    }
    points = out;
    if (!points.length) return null;
  }
  points = points.map(([x, y]) => [round(x), round(y)]);
  return points.length >= 3 ? [...points, points[0]] : null;
}

/** Liang-Barsky for each segment of a line; returns the parts inside CLIP. */
function clipLine(line) {
  const [west, south, east, north] = CLIP;
  const parts = [];
  let current = null;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    let [t0, t1] = [0, 1];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let visible = true;
    for (const [p, q] of [[-dx, a[0] - west], [dx, east - a[0]], [-dy, a[1] - south], [dy, north - a[1]]]) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (!visible || t0 > t1) {
      current = null;
      continue;
    }
    const start = [round(a[0] + t0 * dx), round(a[1] + t0 * dy)];
    const end = [round(a[0] + t1 * dx), round(a[1] + t1 * dy)];
    if (!current || t0 > 0) {
      current = [start];
      parts.push(current);
    }
    current.push(end);
    if (t1 < 1) current = null;
  }
  return parts.filter((part) => part.length >= 2);
}

const bboxOf = (ring) => ring.reduce(([w, s, e, n], [x, y]) => [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)], [Infinity, Infinity, -Infinity, -Infinity]);
const overlapsClip = ([w, s, e, n]) => e >= CLIP[0] && w <= CLIP[2] && n >= CLIP[1] && s <= CLIP[3];

/** Rings (closed point lists) into polygons [outer, ...holes], by their winding and containment. */
function polygonsOf(rings) {
  if (!rings.length) return [];
  // The winding that the largest ring has is the outer one.
  const largest = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  const outerSign = Math.sign(ringArea(largest));
  const outers = rings.filter((r) => Math.sign(ringArea(r)) === outerSign).map((r) => [r]);
  for (const hole of rings.filter((r) => Math.sign(ringArea(r)) !== outerSign)) {
    const host = outers.find(([outer]) => inside(hole[0], outer));
    if (host) host.push(hole);
  }
  return outers;
}

/** The geometry of rings given as arc lists (one feature, or a dissolved country). */
function geometryOf(polygons) {
  const list = polygons.map((p) => p.map((ring) => ringOf(ring)));
  return list.length === 1 ? { type: 'Polygon', coordinates: list[0] } : { type: 'MultiPolygon', coordinates: list };
}

/** Joins the arcs of a country that no other province of it uses into closed rings. */
function dissolve(countryFeatures) {
  const uses = new Map();
  for (const f of countryFeatures) for (const polygon of f.polygons) for (const ring of polygon) for (const i of ring) uses.set(arcIndex(i), (uses.get(arcIndex(i)) ?? 0) + 1);
  const outside = [];
  for (const f of countryFeatures) for (const polygon of f.polygons) for (const ring of polygon) for (const i of ring) if (uses.get(arcIndex(i)) === 1) outside.push(i);
  const key = (p) => `${p[0]},${p[1]}`;
  const byStart = new Map();
  for (const i of outside) {
    const points = oriented(i);
    const k = key(points[0]);
    if (!byStart.has(k)) byStart.set(k, []);
    byStart.get(k).push(points);
  }
  const rings = [];
  for (const start of byStart.keys()) {
    while (byStart.get(start)?.length) {
      let points = byStart.get(start).pop();
      const ring = [...points];
      let guard = 0;
      while (key(ring[ring.length - 1]) !== key(ring[0]) && guard++ < 100000) {
        const next = byStart.get(key(ring[ring.length - 1]))?.pop();
        if (!next) break;
        points = next;
        ring.push(...points.slice(1));
      }
      if (ring.length >= 4 && key(ring[ring.length - 1]) === key(ring[0])) rings.push(ring);
    }
  }
  return rings;
}

// 3. Iraq's governorates.
const out = [];
for (const f of features.filter((g) => g.properties.adm0_a3 === 'IRQ')) {
  const code = f.properties.iso_3166_2;
  const gazetteer = GOVERNORATES[code];
  if (!gazetteer) fail(`build-boundaries: unknown governorate ${code} (${f.properties.name})`);
  const geometry = geometryOf(f.polygons);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const main = polygons.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a));
  out.push({
    type: 'Feature',
    properties: {
      kind: 'governorate',
      iso: code,
      name: gazetteer.name,
      placeId: gazetteer.id,
      neName: f.properties.name,
      ...(gazetteer.region && { region: gazetteer.region }),
      ...(gazetteer.note && { note: gazetteer.note }),
      label: labelPoint(main),
    },
    geometry,
  });
}
if (out.length !== Object.keys(GOVERNORATES).length) fail(`build-boundaries: ${out.length} governorates found, ${Object.keys(GOVERNORATES).length} expected`);

// 4. The other countries, dissolved and clipped, then their land borders.
const byCountry = new Map();
for (const f of features) {
  const code = f.properties.adm0_a3;
  if (code === 'IRQ') continue;
  if (!byCountry.has(code)) byCountry.set(code, { name: f.properties.admin, features: [] });
  byCountry.get(code).features.push(f);
}
for (const [code, country] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
  const near = country.features.some((f) => f.polygons.some((p) => p.some((ring) => overlapsClip(bboxOf(ringOf(ring))))));
  if (!near) continue;
  const rings = dissolve(country.features)
    .filter((ring) => overlapsClip(bboxOf(ring)))
    .map(clipRing)
    .filter((ring) => ring && Math.abs(ringArea(ring)) >= MIN_AREA);
  const polygons = polygonsOf(rings);
  if (!polygons.length) continue;
  const neighbour = NEIGHBOURS[code];
  out.push({
    type: 'Feature',
    properties: { kind: 'country', iso: code, name: neighbour?.name ?? country.name, neighbour: Boolean(neighbour), ...(neighbour && { label: neighbour.label }) },
    geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
  });
}
for (const code of Object.keys(NEIGHBOURS)) if (!out.some((f) => f.properties.iso === code)) fail(`build-boundaries: neighbour ${code} not found`);

const borders = { iraq: [], other: [] };
arcCountries.forEach((countries, i) => {
  if (countries.size < 2 || !overlapsClip(bboxOf(simplified[i]))) return;
  for (const part of clipLine(simplified[i])) (countries.has('IRQ') ? borders.iraq : borders.other).push(part);
});
for (const [which, lines] of Object.entries(borders)) {
  out.push({ type: 'Feature', properties: { kind: 'border', iraq: which === 'iraq' }, geometry: { type: 'MultiLineString', coordinates: lines } });
}

// 5. Write.
const collection = {
  type: 'FeatureCollection',
  source: 'Natural Earth 1:10m Admin 1 – States, Provinces (version 4.x), via the TopoJSON in elastic/ems-file-service sources/world (commit d4c50cfbdcc9137ed33212c1ae414e2a8e64e3fe); simplified by scripts/build-boundaries.mjs',
  license: 'Public domain (Natural Earth: no permission is needed to use it)',
  clip: CLIP,
  features: out,
};
const text = `${JSON.stringify(collection)}\n`;
writeFileSync(outputPath, text);
const points = out.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
process.stdout.write(
  `build-boundaries: wrote ${path.relative(ROOT, outputPath)}: ${out.filter((f) => f.properties.kind === 'governorate').length} governorates, ` +
    `${out.filter((f) => f.properties.kind === 'country').length} countries, ${borders.iraq.length + borders.other.length} border lines, ` +
    `about ${points} points, ${(text.length / 1024).toFixed(0)} KB (source sha256 ${sha256})\n`,
);
