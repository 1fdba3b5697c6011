/**
 * What the page knows of the schema's vocabulary: node kinds (with their colour and shape on the
 * graph and in the legend), ACLED event types, and how to write an enum value for people.
 */

/**
 * Colour and Cytoscape shape per node kind; the legend draws the same shapes in SVG. Cytoscape
 * 3's `diamond`, `star` and `vee` miss clicks on their vertical centre line, hence round-diamond
 * and concave-hexagon.
 */
export const KINDS = {
  Organization: { color: '#d98c00', shape: 'round-rectangle' },
  Government: { color: '#7b3294', shape: 'hexagon' },
  Place: { color: '#1b9e77', shape: 'ellipse' },
  Force: { color: '#b2182b', shape: 'round-diamond' },
  Person: { color: '#2166ac', shape: 'triangle' },
  Event: { color: '#e7298a', shape: 'concave-hexagon' },
  Statement: { color: '#8c6d31', shape: 'tag' },
  Article: { color: '#6b6b6b', shape: 'rectangle' },
};

export const ENTITY_KINDS = ['Organization', 'Government', 'Place', 'Force', 'Person'];
/** Entities that can act; the timeline and map filter on them with `actorId`. */
export const ACTOR_KINDS = ['Organization', 'Government', 'Force', 'Person'];

/** ACLED event types (the EventType enum) with ACLED's own spelling. */
export const EVENT_TYPES = {
  BATTLES: 'Battles',
  EXPLOSIONS_REMOTE_VIOLENCE: 'Explosions/Remote violence',
  VIOLENCE_AGAINST_CIVILIANS: 'Violence against civilians',
  PROTESTS: 'Protests',
  RIOTS: 'Riots',
  STRATEGIC_DEVELOPMENTS: 'Strategic developments',
};

/** Marker colours of the event types on the map. */
export const EVENT_TYPE_COLORS = {
  BATTLES: '#d7301f',
  EXPLOSIONS_REMOTE_VIOLENCE: '#ff7f00',
  VIOLENCE_AGAINST_CIVILIANS: '#984ea3',
  PROTESTS: '#377eb8',
  RIOTS: '#4daf4a',
  STRATEGIC_DEVELOPMENTS: '#666666',
};

/**
 * How precisely an event is placed (the Event field `geoPrecision`, ACLED's geo-precision codes):
 * a short text for the map's tooltips and legend and for the side panel.
 */
export const GEO_PRECISION = {
  1: { legend: 'exact', short: 'exact place', long: 'the exact place is known' },
  2: { legend: 'near a place', short: 'near a named place', long: 'near a named place, or part of a district' },
  3: { legend: 'governorate', short: 'governorate or larger', long: 'only the governorate or a larger area is known' },
};

/** SVG path of each shape in a 16×16 box, for the legend and the search suggestions. */
const SHAPE_PATHS = {
  'round-rectangle': 'M4 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z',
  hexagon: 'M4 2h8l4 6-4 6H4L0 8z',
  ellipse: 'M8 1a7 7 0 1 0 0.01 0z',
  'round-diamond': 'M6.6 1.4a2 2 0 0 1 2.8 0l5.2 5.2a2 2 0 0 1 0 2.8l-5.2 5.2a2 2 0 0 1-2.8 0L1.4 9.4a2 2 0 0 1 0-2.8z',
  triangle: 'M8 1l7 14H1z',
  'concave-hexagon': 'M1 1.4h14L12.6 8 15 14.6H1L3.4 8z',
  tag: 'M1 3h9l5 5-5 5H1z',
  rectangle: 'M2 2h12v12H2z',
};

/** A small inline SVG of a kind's shape in its colour (decorative: hidden from screen readers). */
export function kindIcon(kind, size = 14) {
  const k = KINDS[kind] ?? KINDS.Article;
  return `<svg class="kind-icon" width="${size}" height="${size}" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="${SHAPE_PATHS[k.shape]}" fill="${k.color}"/></svg>`;
}

/** `VIOLENCE_AGAINST_CIVILIANS` → `violence against civilians`. */
export function words(value) {
  return value == null ? '' : String(value).toLowerCase().replace(/_/g, ' ');
}

/** The kind of a node from its id prefix, for nodes met before their kind is known. */
export function kindFromId(id) {
  const prefix = String(id).split(':')[0];
  return (
    {
      org: 'Organization',
      gov: 'Government',
      place: 'Place',
      force: 'Force',
      person: 'Person',
      event: 'Event',
      statement: 'Statement',
      article: 'Article',
    }[prefix] ?? 'Article'
  );
}

/** Escapes text for HTML. Every string from the server goes through it before reaching innerHTML. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** An http(s) link to an outside page, or plain text when the address has any other scheme. */
export function externalLink(url, text) {
  const safe = /^https?:\/\//i.test(String(url ?? ''));
  if (!safe) return esc(url ?? '');
  return `<a href="${esc(url)}" target="_blank" rel="noopener noreferrer">${esc(text)}</a>`;
}
