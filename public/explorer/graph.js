/**
 * The drawn graph: a Cytoscape instance, its style, how neighbourhoods are merged into it and
 * laid out, event filtering and path highlighting. It knows nothing of the API or the panel; it
 * reports clicks through the callbacks given to its constructor.
 *
 * Cytoscape (UMD build) is loaded by index.html as the global `cytoscape`.
 */
import { KINDS } from './kinds.js';

/** Above this many nodes the force-directed layout is too slow: a radial tree is used instead. */
export const BIG_GRAPH = 300;
/** Room per node on a ring of the radial layout, in model pixels. */
const SPACING = 42;
/** Distance between the rings of successive depths. */
const RING_GAP = 170;
/** Fitting a small graph to the view zooms in no further than this. */
const FIT_MAX_ZOOM = 1.5;
/** Labels are cut to this many characters (the panel shows them whole). */
const LABEL_CHARS = 28;
/** Relationship types that only record provenance; drawn dashed and light. */
const PROVENANCE = new Set(['MENTIONS', 'REPORTS', 'PUBLISHED']);

/** A node as Cytoscape data: its kind's colour, shape and size, and a short label. */
export function nodeData(n) {
  const kind = KINDS[n.kind] ?? KINDS.Article;
  return {
    id: n.id,
    kind: n.kind,
    label: n.label,
    short: shortLabel(n.label),
    depth: n.depth,
    color: kind.color,
    shape: kind.shape,
    size: n.kind === 'Event' ? 26 : 22,
    // Events and statements no curator has checked yet are drawn with a dashed outline.
    review: n.reviewState ?? 'NONE',
  };
}

/** An edge as Cytoscape data; relationships read from articles that no curator checked are dotted. */
export function edgeData(e) {
  return { id: e.id, source: e.source, target: e.target, type: e.type, review: e.reviewState ?? 'NONE' };
}

/** A node's label on the graph: short, so it is measured once and overlaps less. */
export function shortLabel(text) {
  const t = String(text ?? '');
  return t.length > LABEL_CHARS ? `${t.slice(0, LABEL_CHARS - 1).trimEnd()}…` : t;
}

/**
 * The stylesheet. A big graph (`big`) is drawn more cheaply: straight "haystack" edges without
 * arrows (the panel gives each direction), and labels without outlines, shown only when zoomed in.
 * Few rules on purpose: matching every element against every rule is much of the cost of drawing.
 */
function style(big = false) {
  return [
    {
      // Colour, shape and size come from each node's data (see nodeData): one rule for all kinds.
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        shape: 'data(shape)',
        label: 'data(short)',
        'font-size': 10,
        'font-family': 'system-ui, sans-serif',
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': big ? 0 : 2,
        // Labels are skipped (cheaply) while zoomed out.
        'min-zoomed-font-size': big ? 9 : 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.root', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1d2330', 'font-weight': 'bold', 'font-size': 12 } },
    {
      selector: 'edge',
      style: {
        width: big ? 0.8 : 1.2,
        'line-color': '#a3acb9',
        'target-arrow-color': '#a3acb9',
        'target-arrow-shape': big ? 'none' : 'triangle',
        'arrow-scale': 0.7,
        'curve-style': big ? 'haystack' : 'bezier',
        'haystack-radius': 0,
      },
    },
    // Edge labels (and, on a big graph, arrows) only where they are looked at: the hovered,
    // selected and path edges.
    {
      selector: 'edge.hover, edge:selected, edge.path',
      style: {
        label: 'data(type)',
        'font-size': 8,
        color: '#39414f',
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        ...(big && { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' }),
      },
    },
    { selector: 'edge.provenance', style: { 'line-style': 'dashed', opacity: 0.6 } },
    // Review: what the extractor read and no curator has checked yet.
    { selector: 'node[review = "UNREVIEWED"]', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#1d2330' } },
    { selector: 'edge[review = "UNREVIEWED"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge.hover', style: { width: 2.5, 'line-color': '#6d7888', 'target-arrow-color': '#6d7888', 'z-index': 15 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#ff7a00', 'z-index': 10, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.path', style: { width: 4, 'line-color': '#ff7a00', 'target-arrow-color': '#ff7a00', 'z-index': 10, 'min-zoomed-font-size': 0 } },
    { selector: 'node.path-end', style: { width: 34, height: 34, 'border-color': '#ff7a00', 'border-width': 4 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b63ce', 'min-zoomed-font-size': 0, 'z-index': 20 } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#0b63ce', 'target-arrow-color': '#0b63ce', 'min-zoomed-font-size': 0, 'z-index': 20 } },
  ];
}

/**
 * Positions for a neighbourhood as a radial tree around `rootId`: each depth on its own ring,
 * children within the angle of their parent (so related nodes stay together), and crowded rings
 * split into staggered sub-rings. Linear in nodes and edges, so 2,000 nodes cost a few ms.
 */
export function radialPositions(nodes, edges, rootId, centre = { x: 0, y: 0 }) {
  const ids = new Set(nodes.map((n) => n.id));
  const adjacent = new Map();
  for (const id of ids) adjacent.set(id, []);
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    adjacent.get(e.source).push(e.target);
    adjacent.get(e.target).push(e.source);
  }
  const root = ids.has(rootId) ? rootId : nodes[0]?.id;
  if (!root) return new Map();

  // Breadth-first tree from the root.
  const parent = new Map([[root, null]]);
  const depth = new Map([[root, 0]]);
  const order = [root];
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    for (const next of adjacent.get(id)) {
      if (parent.has(next)) continue;
      parent.set(next, id);
      depth.set(next, depth.get(id) + 1);
      order.push(next);
    }
  }
  // Anything not reached (it should not happen for one neighbourhood) goes on an outer ring.
  const maxDepth = Math.max(0, ...depth.values());
  for (const id of ids) {
    if (parent.has(id)) continue;
    parent.set(id, root);
    depth.set(id, maxDepth + 1);
    order.push(id);
  }

  // Subtree sizes, then angular spans shared out in proportion to them.
  const size = new Map();
  const children = new Map();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i];
    size.set(id, (size.get(id) ?? 0) + 1);
    const p = parent.get(id);
    if (p != null) {
      size.set(p, (size.get(p) ?? 0) + size.get(id));
      if (!children.has(p)) children.set(p, []);
      children.get(p).push(id);
    }
  }
  const angle = new Map([[root, 0]]);
  const span = new Map([[root, [0, 2 * Math.PI]]]);
  for (const id of order) {
    const kids = children.get(id);
    if (!kids) continue;
    const [start, end] = span.get(id);
    const total = kids.reduce((sum, k) => sum + size.get(k), 0);
    let at = start;
    for (const k of kids) {
      const width = ((end - start) * size.get(k)) / total;
      span.set(k, [at, at + width]);
      angle.set(k, at + width / 2);
      at += width;
    }
  }

  // One ring per depth; a ring with more nodes than fit is split into sub-rings.
  const levels = [];
  for (const id of order) {
    const d = depth.get(id);
    (levels[d] ??= []).push(id);
  }
  const positions = new Map([[root, { ...centre }]]);
  let radius = 0;
  for (let d = 1; d < levels.length; d++) {
    const level = (levels[d] ?? []).sort((a, b) => angle.get(a) - angle.get(b));
    if (!level.length) continue;
    radius += RING_GAP;
    const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / SPACING));
    const rings = Math.ceil(level.length / capacity);
    level.forEach((id, i) => {
      const r = radius + (i % rings) * SPACING * 0.9;
      const a = angle.get(id);
      positions.set(id, { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
    });
    radius += (rings - 1) * SPACING * 0.9;
  }
  return positions;
}

/**
 * The box around the centres of some Cytoscape nodes. Cheap, unlike Cytoscape's own bounding
 * boxes, which measure every label (hundreds of ms at 2,000 nodes). Null when there are none.
 */
function centresBox(nodes) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const p = n.position();
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  });
  return x1 === Infinity ? null : { x1, y1, x2, y2 };
}

/** Positions for nodes new to the graph: rings around the node they were expanded from. */
function ringAround(anchor, count, outward) {
  const radius = Math.max(90, (count * SPACING) / (2 * Math.PI));
  const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / SPACING));
  const rings = Math.ceil(count / capacity);
  // Push the ring away from the rest of the graph so it overlaps less.
  const centre = { x: anchor.x + outward.x * radius, y: anchor.y + outward.y * radius };
  const out = [];
  for (let i = 0; i < count; i++) {
    const r = radius + (i % rings) * SPACING;
    const a = (2 * Math.PI * i) / count;
    out.push({ x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
  }
  return out;
}

export class GraphView {
  /**
   * @param {HTMLElement} container
   * @param {{onNode(id, evt), onEdge(id), onExpand(id), onShiftNode(id), onBackground()}} handlers
   */
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    /** eventType and date per Event id, for the client-side filter. */
    this.eventMeta = new Map();
    this.filter = { from: null, to: null, eventType: null };
    this.big = false;
    this.cy = this.create(false);
    // Cytoscape only watches the window; the grid can resize the container on its own.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  /**
   * A Cytoscape instance with the page's handlers. A big graph gets the cheaper stylesheet and
   * skips edges and labels while the view is being panned or zoomed, which keeps 2,000 nodes
   * fluid; a small one draws everything all the time.
   */
  create(big) {
    const cy = cytoscape({
      container: this.container,
      style: style(big),
      elements: [],
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: false,
      hideEdgesOnViewport: big,
      hideLabelsOnViewport: big,
      motionBlur: false,
      pixelRatio: 1,
    });
    // The targets of the last two taps: Cytoscape reports any two quick taps as a double tap,
    // even on two different nodes (two quick shift-clicks of path mode, say).
    this.taps = [null, null];
    cy.on('tap', (evt) => {
      this.taps = [this.taps[1], evt.target === cy ? null : evt.target.id()];
      if (evt.target === cy) this.handlers.onBackground?.();
    });
    cy.on('tap', 'node', (evt) => {
      const id = evt.target.id();
      if (evt.originalEvent?.shiftKey) this.handlers.onShiftNode?.(id);
      else this.handlers.onNode?.(id);
    });
    cy.on('dbltap', 'node', (evt) => {
      const id = evt.target.id();
      if (evt.originalEvent?.shiftKey || this.taps[0] !== id) return;
      this.handlers.onExpand?.(id);
    });
    cy.on('tap', 'edge', (evt) => this.handlers.onEdge?.(evt.target.id()));
    cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
    cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
    return cy;
  }

  get nodeCount() {
    return this.cy.nodes().length;
  }

  get edgeCount() {
    return this.cy.edges().length;
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  /** Data of a drawn node (id, kind, label, eventType, date), or null. */
  data(id) {
    const el = this.cy.getElementById(id);
    return el.nonempty() ? el.data() : null;
  }

  clear() {
    this.cy.elements().remove();
  }

  /**
   * Switches between the small-graph and the big-graph Cytoscape (see create()), moving what is
   * drawn over; cheapest when called before a big neighbourhood is added to an empty graph.
   */
  setBig(big) {
    if (big === this.big) return;
    this.big = big;
    const old = this.cy;
    const elements = old.elements().jsons();
    const viewport = { zoom: old.zoom(), pan: old.pan() };
    old.destroy();
    this.cy = this.create(big);
    if (elements.length) {
      this.cy.add(elements);
      this.cy.viewport(viewport);
    }
  }

  /**
   * Adds a neighbourhood's nodes and edges that are not drawn yet, in one batch, and lays the
   * graph out. `anchor` is the node it was loaded around. Resolves when the layout has stopped,
   * with the counts of what was added and the layout time.
   */
  merge({ nodes, edges }, anchor) {
    const fresh = nodes.filter((n) => !this.has(n.id));
    const wasEmpty = this.nodeCount === 0;
    const big = this.nodeCount + fresh.length > BIG_GRAPH;
    // Before anything is added: switching is free on an empty graph.
    this.setBig(big);
    const cy = this.cy;

    // Where new nodes start: a radial tree for a first load, rings around the anchor otherwise.
    let place;
    if (wasEmpty) {
      const radial = radialPositions(nodes, edges, anchor);
      place = (n) => radial.get(n.id) ?? { x: 0, y: 0 };
    } else {
      // The anchor, or (when it is not drawn yet) a drawn node of the neighbourhood.
      const a = cy.getElementById(anchor);
      const known = nodes.find((n) => this.has(n.id));
      const at = a.nonempty() ? a.position() : known ? cy.getElementById(known.id).position() : { x: 0, y: 0 };
      const bb = centresBox(cy.nodes()) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
      const mid = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
      const dx = at.x - mid.x;
      const dy = at.y - mid.y;
      const len = Math.hypot(dx, dy) || 1;
      const ring = ringAround(at, fresh.length, { x: dx / len, y: dy / len });
      const index = new Map(fresh.map((n, i) => [n.id, i]));
      place = (n) => ring[index.get(n.id)];
    }

    const additions = fresh.map((n) => ({
      group: 'nodes',
      data: nodeData(n),
      position: { ...place(n) },
      classes: n.id === anchor && wasEmpty ? 'root' : '',
    }));
    for (const e of edges) {
      if (this.has(e.id)) continue;
      additions.push({
        group: 'edges',
        data: edgeData(e),
        classes: PROVENANCE.has(e.type) ? 'provenance' : '',
      });
    }
    const started = performance.now();
    const t = { start: started };
    cy.batch(() => {
      // Edges whose ends are both known to the graph (a neighbourhood's edges always are).
      cy.add(additions.filter((el) => el.group === 'nodes'));
      cy.add(additions.filter((el) => el.group === 'edges' && this.has(el.data.source) && this.has(el.data.target)));
    });
    t.added = performance.now();
    this.applyFilter(this.filter);
    t.filtered = performance.now();
    const added = { nodes: fresh.length, edges: additions.length - fresh.length };
    return this.layout({ big, fitAll: wasEmpty, focus: anchor }).then(() => {
      t.laidOut = performance.now();
      /** Where the last merge spent its time, in ms (for diagnosis from the console). */
      this.timings = { add: t.added - t.start, filter: t.filtered - t.added, layout: t.laidOut - t.filtered };
      return { ...added, layoutMs: performance.now() - started, big };
    });
  }

  /**
   * Lays the graph out. Small graphs: force-directed (cose) from the current positions, without
   * animation. Big graphs: the positions already given (radial tree, rings) stay; nothing runs.
   */
  layout({ big = this.nodeCount > BIG_GRAPH, fitAll = true, focus = null } = {}) {
    const cy = this.cy;
    if (big) {
      if (fitAll) this.fit();
      else if (focus && this.has(focus)) cy.center(cy.getElementById(focus));
      return Promise.resolve();
    }
    const visible = cy.elements(':visible');
    const options = {
      // Starts from the radial tree (or the previous positions), so a short, cool run (about
      // 55 iterations) untangles it, in a fifth of the defaults' time.
      name: 'cose',
      animate: false,
      randomize: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: () => 80,
      nodeRepulsion: () => 12000,
      edgeElasticity: () => 100,
      gravity: 0.5,
      numIter: 80,
      coolingFactor: 0.92,
      initialTemp: 100,
      componentSpacing: 60,
    };
    return new Promise((resolve) => {
      const layout = visible.layout(options);
      layout.one('layoutstop', () => {
        if (fitAll) this.fit();
        else if (focus && this.has(focus)) cy.animate({ center: { eles: cy.getElementById(focus) } }, { duration: 200 });
        resolve();
      });
      layout.run();
    });
  }

  /** Re-runs the layout from scratch (the "Re-layout" button). */
  relayout() {
    const roots = this.cy.nodes('.root');
    const rootId = roots.nonempty() ? roots[0].id() : this.cy.nodes()[0]?.id();
    if (!rootId) return Promise.resolve();
    const nodes = this.cy.nodes().map((n) => ({ id: n.id() }));
    const edges = this.cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
    const radial = radialPositions(nodes, edges, rootId);
    this.cy.batch(() => this.cy.nodes().forEach((n) => n.position(radial.get(n.id()) ?? n.position())));
    return this.layout({ fitAll: true });
  }

  /**
   * Fits the visible graph in the view. For a big graph the box is taken from node centres
   * (Cytoscape's own fit measures every label, which costs hundreds of ms at 2,000 nodes).
   */
  fit(padding = 30) {
    const cy = this.cy;
    if (!this.big) {
      const visible = cy.elements(':visible');
      cy.fit(visible, padding);
      // A handful of nodes would be blown up to the maximum zoom: keep them at a readable size.
      if (cy.zoom() > FIT_MAX_ZOOM) {
        cy.zoom(FIT_MAX_ZOOM);
        cy.center(visible);
      }
      return;
    }
    const box = centresBox(cy.nodes(':visible'));
    if (!box) return;
    const { x1, y1, x2, y2 } = box;
    const margin = 20; // half a node and a little
    const w = x2 - x1 + 2 * margin;
    const h = y2 - y1 + 2 * margin;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((x1 + x2) / 2), y: cy.height() / 2 - zoom * ((y1 + y2) / 2) } });
  }

  zoomBy(factor) {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Selects and centres one node or edge (from the panel, search, map). */
  select(id, { centre = true } = {}) {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      el.select();
    });
    if (centre && el.isNode()) this.cy.animate({ center: { eles: el } }, { duration: 200 });
  }

  unselect() {
    this.cy.$(':selected').unselect();
  }

  /** Ids of drawn Event nodes whose type and date are not known yet. */
  eventsWithoutMeta() {
    return this.cy
      .nodes('[kind = "Event"]')
      .map((n) => n.id())
      .filter((id) => !this.eventMeta.has(id));
  }

  /** Records events' type and date (from `nodes(ids:)`), then re-applies the filter. */
  setEventMeta(list) {
    for (const m of list) this.eventMeta.set(m.id, { eventType: m.eventType, date: m.date });
    this.cy.batch(() => {
      for (const m of list) {
        const node = this.cy.getElementById(m.id);
        if (node.nonempty()) node.data({ eventType: m.eventType, date: m.date });
      }
    });
    this.applyFilter(this.filter);
  }

  /**
   * Hides Event nodes outside the date range or of another type (their edges go with them). An
   * event whose type is not known yet is hidden while a type is chosen, and shown once known to
   * match. Nodes on a highlighted path stay visible.
   */
  applyFilter(filter) {
    this.filter = { ...filter };
    const { from, to, eventType } = this.filter;
    let hidden = 0;
    this.cy.batch(() => {
      this.cy.nodes('[kind = "Event"]').forEach((node) => {
        const meta = this.eventMeta.get(node.id());
        let keep = true;
        if (eventType) keep = meta ? meta.eventType === eventType : false;
        if (keep && meta?.date && from && meta.date < from) keep = false;
        if (keep && meta?.date && to && meta.date > to) keep = false;
        if (node.hasClass('path')) keep = true;
        if (keep) node.removeClass('filtered');
        else {
          node.addClass('filtered');
          hidden++;
        }
      });
    });
    return hidden;
  }

  /**
   * Highlights paths (from `shortestPaths`): adds the nodes and relationships not drawn yet,
   * marks the path's elements and fades the rest. Resolves when laid out.
   */
  showPaths(paths, fromId, toId) {
    const cy = this.cy;
    this.clearPaths();
    const nodes = new Map();
    const edges = new Map();
    for (const p of paths) {
      for (const n of p.nodes) nodes.set(n.id, n);
      for (const s of p.steps) {
        const r = s.relationship;
        edges.set(r.id, { id: r.id, type: r.type, source: r.from.id, target: r.to.id });
      }
    }
    const missing = [...nodes.values()].filter((n) => !this.has(n.id));
    // A new node starts next to a neighbour on the path that is drawn already.
    const near = (id) => {
      for (const e of edges.values()) {
        const other = e.source === id ? e.target : e.target === id ? e.source : null;
        if (other && this.has(other)) return cy.getElementById(other).position();
      }
      return { x: 0, y: 0 };
    };
    cy.batch(() => {
      cy.add(
        missing.map((n, i) => {
          const p = near(n.id);
          return {
            group: 'nodes',
            data: nodeData(n),
            position: { x: p.x + 60 * Math.cos(i), y: p.y + 60 * Math.sin(i) },
          };
        }),
      );
      cy.add(
        [...edges.values()]
          .filter((e) => !this.has(e.id))
          .map((e) => ({ group: 'edges', data: e, classes: PROVENANCE.has(e.type) ? 'provenance' : '' })),
      );
      const onPath = cy.collection();
      for (const id of nodes.keys()) onPath.merge(cy.getElementById(id));
      for (const id of edges.keys()) onPath.merge(cy.getElementById(id));
      onPath.addClass('path');
      cy.getElementById(fromId).addClass('path-end');
      cy.getElementById(toId).addClass('path-end');
      cy.elements().not(onPath).addClass('faded');
      this.pathElements = onPath;
    });
    this.applyFilter(this.filter);
    const done = missing.length && this.nodeCount <= BIG_GRAPH ? this.layout({ fitAll: false }) : Promise.resolve();
    return done.then(() => {
      if (this.pathElements?.nonempty()) cy.animate({ fit: { eles: this.pathElements, padding: 60 } }, { duration: 250 });
    });
  }

  clearPaths() {
    this.cy.batch(() => {
      this.cy.elements('.path, .path-end, .faded').removeClass('path path-end faded');
    });
    this.pathElements = null;
    this.applyFilter(this.filter);
  }
}
