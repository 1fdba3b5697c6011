/**
 * The explorer page: state, URL parameters, and the wiring between the search box, the graph,
 * the side panel, the filters, path mode, the timeline and the map.
 *
 * URL parameters (all optional):
 *   id        node to open, e.g. place:makhmour-district
 *   hops      1–3, how far out to draw it (default 1)
 *   limit     most nodes to draw, up to 2000 (default 200)
 *   from, to  date filter, YYYY-MM-DD
 *   type      event type filter (ACLED EventType, e.g. BATTLES)
 *   pathFrom, pathTo  path mode ends; both given → the shortest paths are shown
 *
 * For tests and the console, `window.explorer` exposes the Cytoscape instance (`cy`), the graph
 * view and the map, the last draw's figures (`lastDrawMs`: from the neighbourhood request to the
 * end of the layout; `lastDraw` with the server and layout times and counts), `drawCount`, and
 * `busy` / `requests` (draws and GraphQL requests in flight).
 */
import * as api from './api.js';
import { EventMap } from './map.js';
import { GraphView } from './graph.js';
import { ACTOR_KINDS, EVENT_TYPES, KINDS, esc, kindFromId, kindIcon } from './kinds.js';
import { Panel } from './panel.js';
import { decideWithToken } from './review-ui.js';
import { SearchBox } from './search.js';
import { Timeline } from './timeline.js';

const $ = (selector) => document.querySelector(selector);

/** The relationships drawn around an article (see fetchNeighbourhood). */
const ARTICLE_LINKS = ['REPORTS', 'MENTIONS', 'PUBLISHED'];

// ---------------------------------------------------------------------------------------------
// State, read from the URL

const params = new URLSearchParams(location.search);
const intParam = (value, min, max, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};
const dateParam = (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value : null);

const state = {
  /** The neighbourhoods drawn, replayed when the date filter changes: the opened node first, then expansions. */
  loads: [],
  hops: intParam(params.get('hops'), 1, 3, 1),
  limit: intParam(params.get('limit'), 1, 2000, 200),
  filter: {
    from: dateParam(params.get('from')),
    to: dateParam(params.get('to')),
    eventType: params.get('type') in EVENT_TYPES ? params.get('type') : null,
  },
  /** The place or actor the timeline and map are about (null: everything). */
  scope: null,
  path: { from: null, to: null },
  /** True while paths are highlighted (they are found again after a redraw). */
  pathShown: false,
  selected: null,
};

/** The graph view, once Cytoscape has loaded. */
let view = null;

/** The handle tests and the console use. */
const explorer = {
  /** The Cytoscape instance (replaced when the graph grows past 300 nodes or shrinks back). */
  get cy() {
    return view?.cy ?? null;
  },
  get graph() {
    return view;
  },
  /** The map (an EventMap), once Leaflet has loaded. */
  map: null,
  state,
  /** Draws and path searches in progress. */
  busy: 0,
  /** GraphQL requests on their way (graph, panel, timeline, map). */
  get requests() {
    return api.pendingRequests();
  },
  drawCount: 0,
  lastDrawMs: null,
  lastDraw: null,
};
window.explorer = explorer;

// Start fetching the node in the URL before anything else, so the first draw is as early as it can be.
const initialId = params.get('id');
let pendingFirst = null;
if (initialId) {
  state.loads = [{ id: initialId, hops: state.hops, limit: state.limit }];
  pendingFirst = { started: performance.now(), answers: fetchLoads(state.loads) };
  // Not an unhandled rejection before draw() awaits it; draw() reports the error.
  pendingFirst.answers.catch(() => {});
}

/** Runs a classic script (the vendored Cytoscape and Leaflet builds, which define globals). */
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

// Cytoscape loads while the first request is on its way (index.html preloads it). Leaflet is
// only run after the first draw, so that it does not delay it.
await loadScript('/vendor/cytoscape.min.js');

/** The date range to send to the server, or null. */
function dates() {
  const { from, to } = state.filter;
  return from || to ? { from, to } : null;
}

function fetchLoads(loads) {
  return Promise.all(loads.map((l) => fetchNeighbourhood(l)));
}

/**
 * One neighbourhood. A server whose query-cost limit (MAX_QUERY_COST) is below what `limit`
 * nodes would cost refuses with QUERY_TOO_COMPLEX and says both figures: ask again for as many
 * nodes as it allows, and say so on the answer (`reducedFrom`).
 */
async function fetchNeighbourhood(load) {
  // An article is linked only by provenance (what it reports and mentions, who published it),
  // which neighbourhoods leave out unless asked for.
  const types = kindFromId(load.id) === 'Article' ? ARTICLE_LINKS : null;
  const ask = (limit) => api.neighbourhood(load.id, { hops: load.hops, limit, dates: dates(), types });
  try {
    return await ask(load.limit);
  } catch (err) {
    const { cost, limit: maxCost } = err.extensions ?? {};
    if (err.code !== 'QUERY_TOO_COMPLEX' || !cost || !maxCost) throw err;
    const allowed = Math.floor((load.limit * maxCost) / cost) - 1;
    if (allowed < 1) throw err;
    const answer = await ask(allowed);
    return { ...answer, reducedFrom: load.limit };
  }
}

// ---------------------------------------------------------------------------------------------
// Status line, notices and errors

const statusEl = $('#status');
const noticeEl = $('#notice');
const errorEl = $('#error');

function busy(delta, text) {
  explorer.busy += delta;
  statusEl.classList.toggle('busy', explorer.busy > 0);
  if (text) statusEl.textContent = text;
  else if (explorer.busy === 0) statusEl.textContent = '';
}

function notice(html) {
  noticeEl.hidden = !html;
  noticeEl.innerHTML = html ? `${html} <button type="button" data-dismiss>Dismiss</button>` : '';
}
noticeEl.addEventListener('click', (evt) => {
  if (evt.target.closest('[data-dismiss]')) notice(null);
});

function showError(message) {
  errorEl.hidden = !message;
  errorEl.innerHTML = message ? `${esc(message)} <button type="button" data-dismiss>Dismiss</button>` : '';
}
errorEl.addEventListener('click', (evt) => {
  if (evt.target.closest('[data-dismiss]')) showError(null);
});

function updateCounts() {
  $('#empty-hint').hidden = graph.nodeCount > 0;
  const hidden = graph.cy.nodes('.filtered').length;
  $('#counts').textContent = `${graph.nodeCount} nodes · ${graph.edgeCount} edges${hidden ? ` · ${hidden} events hidden by filters` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Components

const graph = new GraphView($('#cy'), {
  onNode: (id) => selectNode(id),
  onEdge: (id) => selectEdge(id),
  onExpand: (id) => expand(id),
  onShiftNode: (id) => pathClick(id),
});
view = graph;
graph.filter = { ...state.filter };

const panel = new Panel($('#panel'), {
  onOpen: (id) => openNode(id),
  onExpand: (id) => expand(id),
  onFact: (id) => {
    if (graph.has(id)) graph.select(id, { centre: false });
    selectEdge(id);
  },
  onPathFrom: (id) => setPathEnd('from', id),
  onPathTo: (id) => setPathEnd('to', id),
  onClearPath: () => clearPath(),
  onDecide: (action, id, etag, options) => decide(action, id, etag, options),
});

new SearchBox($('#search-input'), $('#suggestions'), {
  onPick: (hit, { add }) => (add ? expand(hit.id) : openRoot(hit.id)),
  onError: (message) => showError(message),
});

const timeline = new Timeline($('#timeline'), $('#timeline-caption'), {
  onMonth: ({ start, end }) => setDates(start, end),
});

/** The map, once Leaflet has loaded (see start()). */
let mapReady = null;
function createMap() {
  mapReady ??= loadScript('/vendor/leaflet.js').then(() => {
    explorer.map = new EventMap($('#map'), $('#map-caption'), { onEvent: (id) => openNode(id) });
    return explorer.map;
  });
  return mapReady;
}

// Legend: one entry per kind, with the shape and colour used on the graph, and how review shows.
$('#legend').innerHTML =
  Object.keys(KINDS)
    .map((kind) => `<span>${kindIcon(kind, 12)}${esc(kind)}</span>`)
    .join('') +
  `<span title="Read from an article; no curator has confirmed, corrected or rejected it yet"><svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke="#1d2330" stroke-width="1.6" stroke-dasharray="3 2"/></svg>unreviewed (dashed outline, dotted link)</span>`;

// Filter controls.
const hopsEl = $('#hops');
const fromEl = $('#date-from');
const toEl = $('#date-to');
const typeEl = $('#event-type');
typeEl.insertAdjacentHTML('beforeend', Object.entries(EVENT_TYPES).map(([value, text]) => `<option value="${value}">${esc(text)}</option>`).join(''));
hopsEl.value = String(state.hops);
fromEl.value = state.filter.from ?? '';
toEl.value = state.filter.to ?? '';
typeEl.value = state.filter.eventType ?? '';

hopsEl.addEventListener('change', () => {
  state.hops = Number(hopsEl.value);
  if (state.loads.length) {
    state.loads[0].hops = state.hops;
    redraw();
  }
  updateUrl();
});
fromEl.addEventListener('change', () => setDates(fromEl.value || null, toEl.value || null));
toEl.addEventListener('change', () => setDates(fromEl.value || null, toEl.value || null));
typeEl.addEventListener('change', () => setEventType(typeEl.value || null));
$('#clear-filters').addEventListener('click', () => {
  state.filter.eventType = null;
  typeEl.value = '';
  setDates(null, null);
});
$('#fit').addEventListener('click', () => graph.fit());
$('#zoom-in').addEventListener('click', () => graph.zoomBy(1.4));
$('#zoom-out').addEventListener('click', () => graph.zoomBy(1 / 1.4));
$('#relayout').addEventListener('click', () => graph.relayout());
$('#path-clear').addEventListener('click', () => clearPath());

// ---------------------------------------------------------------------------------------------
// Drawing

/** Increases whenever the whole graph is redrawn, so answers to older requests are dropped. */
let generation = 0;

/**
 * Draws neighbourhoods: the whole graph again (`replace`), or added to what is drawn. `answers`
 * may already be on its way (the first load starts before the page is wired). Records the time
 * from the request to the end of the layout in `explorer.lastDrawMs`.
 */
async function draw(loads, { replace, started = performance.now(), answers = fetchLoads(loads), select = null }) {
  const mine = replace ? ++generation : generation;
  busy(+1, 'Loading…');
  try {
    const results = await answers;
    const fetchMs = performance.now() - started;
    if (mine !== generation) return;
    if (replace) graph.clear();
    // One merge for everything asked together: a single layout.
    const nodes = results.flatMap((r) => r.nodes);
    const edges = results.flatMap((r) => r.edges);
    const truncated = results.some((r) => r.truncated);
    const merged = await graph.merge({ nodes, edges }, loads[0].id);
    const ms = performance.now() - started;
    explorer.lastDrawMs = Math.round(ms);
    explorer.lastDraw = {
      ms: Math.round(ms),
      fetchMs: Math.round(fetchMs),
      layoutMs: Math.round(merged.layoutMs),
      added: merged,
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      truncated,
      layout: merged.big ? 'radial (preset)' : 'cose',
      sinceNavigationMs: Math.round(performance.now()),
    };
    explorer.drawCount++;
    $('#cy').dataset.drawCount = String(explorer.drawCount);
    const reduced = results.find((r) => r.reducedFrom);
    const reducedText = reduced
      ? ` The server's query-cost limit allows ${reduced.limit} nodes per request, not the ${reduced.reducedFrom} asked for (MAX_QUERY_COST).`
      : '';
    if (truncated) {
      const limit = Math.max(...results.map((r) => r.limit));
      notice(`<strong>Truncated:</strong> more nodes lie within reach than the limit of ${limit} allowed. Expand a node further out (double-click) to see more.${reducedText}`);
    } else if (reduced) notice(reducedText.trim());
    else if (replace) notice(null);
    updateCounts();
    statusEl.textContent = `${graph.nodeCount} nodes drawn in ${explorer.lastDrawMs} ms`;
    loadEventMeta();
    if (state.path.from && state.path.to && state.pathShown) await runPaths({ quiet: true });
    if (select) selectNode(select);
  } catch (err) {
    showError(`Could not load the graph: ${err.message}`);
  } finally {
    busy(-1);
  }
}

/** Opens a node as the new centre of the graph (search, URL). */
function openRoot(id) {
  state.loads = [{ id, hops: state.hops, limit: state.limit }];
  state.pathShown = false;
  updateUrl();
  return draw(state.loads, { replace: true, select: id });
}

/** Draws a node's neighbours (one hop) into the graph. */
function expand(id) {
  if (!state.loads.length) return openRoot(id);
  const load = { id, hops: 1, limit: 200 };
  state.loads.push(load);
  return draw([load], { replace: false, select: id });
}

/** Draws everything again with the current filters and hops. */
function redraw() {
  if (!state.loads.length) return Promise.resolve();
  return draw(state.loads, { replace: true, select: state.selected?.id ?? null });
}

/** Selects a node anywhere: drawn ones directly, others by drawing their neighbourhood first. */
function openNode(id) {
  if (graph.has(id)) {
    graph.select(id);
    return selectNode(id);
  }
  return expand(id);
}

/** Types and dates of the drawn events, for the event-type filter (asked after drawing). */
async function loadEventMeta() {
  const ids = graph.eventsWithoutMeta();
  if (!ids.length) return;
  try {
    graph.setEventMeta(await api.eventMeta(ids));
    updateCounts();
  } catch (err) {
    showError(`Could not load event types: ${err.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Selection and the panel

/** Increases with every selection, so a slow answer for an earlier one is not shown. */
let selection = 0;

async function selectNode(id) {
  const mine = ++selection;
  state.selected = { id };
  graph.select(id, { centre: false });
  const drawn = graph.data(id);
  panel.loading(drawn?.label ?? id);
  try {
    const node = await api.nodeDetails(id);
    if (mine !== selection) return;
    panel.node(node, { drawn: graph.has(id) });
    if (node) {
      state.selected.kind = node.kind;
      state.selected.label = api.labelOf(node);
      if (node.kind === 'Place' || ACTOR_KINDS.includes(node.kind)) setScope({ id: node.id, kind: node.kind, name: node.name, location: node.location });
    }
  } catch (err) {
    if (mine === selection) panel.error(`Could not load ${id}: ${err.message}`);
  }
}

async function selectEdge(id) {
  const mine = ++selection;
  state.selected = null;
  panel.loading('relationship');
  try {
    const fact = await api.fact(id);
    if (mine === selection) panel.fact(fact);
  } catch (err) {
    if (mine === selection) panel.error(`Could not load the relationship: ${err.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Curator review: decisions from the panel

/**
 * Confirms, corrects or rejects a fact shown in the panel (asking once for the editor token),
 * then shows the fact again and redraws: a rejected fact leaves the graph, a confirmed one is
 * drawn solid. A fact changed meanwhile (CONFLICT) is shown again as it now is.
 */
async function decide(action, id, etag, options) {
  const selected = state.selected?.id ?? null;
  busy(+1, action === 'confirm' ? 'Confirming…' : action === 'reject' ? 'Rejecting…' : 'Correcting…');
  try {
    const fact = await decideWithToken(action, id, etag, options);
    if (!fact) return;
    statusEl.textContent = `${fact.summary}: ${fact.review.state.toLowerCase()}`;
  } catch (err) {
    showError(err.code === 'CONFLICT' ? 'The fact changed since it was shown (a new report, or another editor): it is shown again as it now is.' : `Could not save the decision: ${err.message}`);
  } finally {
    busy(-1);
  }
  // Drawing again also shows the selected node again (draw selects it).
  if (state.loads.length) await redraw();
  else if (selected) await selectNode(selected);
  if (!selected && id.includes('|') && !id.startsWith('claim:')) await selectEdge(id);
}

// ---------------------------------------------------------------------------------------------
// Filters

function setDates(from, to) {
  if (from && to && from > to) [from, to] = [to, from];
  state.filter.from = from;
  state.filter.to = to;
  fromEl.value = from ?? '';
  toEl.value = to ?? '';
  graph.applyFilter(state.filter);
  timeline.setRange(from, to);
  updateUrl();
  refreshStats();
  // The server leaves out events outside the range (and what lies beyond them): draw again.
  return redraw();
}

function setEventType(type) {
  state.filter.eventType = type;
  graph.applyFilter(state.filter);
  updateCounts();
  updateUrl();
  refreshStats();
  loadEventMeta();
}

// ---------------------------------------------------------------------------------------------
// Timeline and map

function setScope(scope) {
  if (state.scope?.id === scope?.id) return;
  state.scope = scope;
  createMap().then((map) => map.setFocus(scope?.kind === 'Place' ? scope.location : null, scope?.name));
  refreshStats();
}

let statsGeneration = 0;

/** Asks the timeline and the map for the current filters and scope. */
async function refreshStats() {
  const mine = ++statsGeneration;
  const { scope } = state;
  const base = {};
  if (state.filter.eventType) base.eventTypes = [state.filter.eventType];
  if (scope?.kind === 'Place') base.placeId = scope.id;
  else if (scope) base.actorId = scope.id;
  const scopeText = scope ? (scope.kind === 'Place' ? `in ${scope.name}` : `involving ${scope.name}`) : 'all events';
  const typeText = state.filter.eventType ? ` · ${EVENT_TYPES[state.filter.eventType]}` : '';
  try {
    // The timeline shows every month (the chosen range is shaded); the map only the range.
    const [buckets, events, eventMap] = await Promise.all([api.timeline(base), api.mapEvents({ ...base, ...(dates() && { dates: dates() }) }), createMap()]);
    if (mine !== statsGeneration) return;
    timeline.set(buckets, `${scopeText}${typeText}`);
    const rangeText = dates() ? ` · ${state.filter.from ?? '…'} to ${state.filter.to ?? '…'}` : '';
    eventMap.set(events, `${scopeText}${typeText}${rangeText}`);
  } catch (err) {
    if (mine === statsGeneration) showError(`Could not load the timeline or the map: ${err.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Path mode

function endLabel(id) {
  const drawn = graph.data(id);
  if (drawn) return drawn.label;
  if (state.selected?.id === id && state.selected.label) return state.selected.label;
  return id;
}

function renderPathBar() {
  for (const end of ['from', 'to']) {
    const chip = $(`#path-${end}`);
    const id = state.path[end];
    chip.dataset.empty = String(!id);
    chip.innerHTML = id ? `${end}: ${kindIcon(kindFromId(id), 11)} ${esc(endLabel(id))}` : `${end}: <em>pick a node</em>`;
    chip.title = id ?? '';
  }
}

function setPathEnd(end, id) {
  state.path[end] = id;
  renderPathBar();
  updateUrl();
  if (state.path.from && state.path.to) runPaths();
  else statusEl.textContent = `Path ${end} set: now pick the other end (“Path ${end === 'from' ? 'to' : 'from'} here” or shift-click).`;
}

/** Shift-click: the first node is where the path starts, the second where it ends. */
function pathClick(id) {
  if (!state.path.from || (state.path.from && state.path.to)) {
    state.path.to = null;
    setPathEnd('from', id);
  } else setPathEnd('to', id);
}

async function runPaths({ quiet = false } = {}) {
  const { from, to } = state.path;
  if (!from || !to) return;
  busy(+1, 'Finding paths…');
  try {
    const paths = await api.shortestPaths(from, to);
    state.pathShown = true;
    const drawable = paths.map((p) => ({ ...p, nodes: p.nodes.map((n) => ({ id: n.id, kind: n.kind, label: api.labelOf(n) })) }));
    await graph.showPaths(drawable, from, to);
    updateCounts();
    loadEventMeta();
    renderPathBar();
    const labels = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
    if (!quiet) panel.paths(paths, labels.get(from) ?? { id: from }, labels.get(to) ?? { id: to });
    statusEl.textContent = `${paths.length} path${paths.length === 1 ? '' : 's'} found`;
  } catch (err) {
    showError(`Could not find paths: ${err.message}`);
  } finally {
    busy(-1);
  }
}

function clearPath() {
  state.path = { from: null, to: null };
  state.pathShown = false;
  graph.clearPaths();
  renderPathBar();
  updateUrl();
}

// ---------------------------------------------------------------------------------------------
// URL

function updateUrl() {
  const p = new URLSearchParams();
  if (state.loads.length) p.set('id', state.loads[0].id);
  if (state.hops !== 1) p.set('hops', String(state.hops));
  if (state.limit !== 200) p.set('limit', String(state.limit));
  if (state.filter.from) p.set('from', state.filter.from);
  if (state.filter.to) p.set('to', state.filter.to);
  if (state.filter.eventType) p.set('type', state.filter.eventType);
  if (state.path.from) p.set('pathFrom', state.path.from);
  if (state.path.to) p.set('pathTo', state.path.to);
  // Ids keep their colon readable (`id=place:iraq`), which URLSearchParams would escape.
  const query = p.toString().replace(/%3A/gi, ':');
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

// ---------------------------------------------------------------------------------------------
// Start

async function start() {
  timeline.setRange(state.filter.from, state.filter.to);
  state.path.from = params.get('pathFrom');
  state.path.to = params.get('pathTo');
  renderPathBar();
  if (initialId) $('#empty-hint').hidden = true;
  const withPath = Boolean(state.path.from && state.path.to);
  if (pendingFirst) {
    await draw(state.loads, { replace: true, started: pendingFirst.started, answers: pendingFirst.answers, select: withPath ? null : initialId });
  } else panel.empty();
  if (withPath) await runPaths();
  // The timeline and map wait for the first draw, so they do not compete with it.
  createMap();
  refreshStats();
}

start();
