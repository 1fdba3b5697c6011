/**
 * "Download this view": links to the server's exports (/export/*, README "Data in and out") for
 * what the explorer shows, read from its URL (see main.js): the events of the opened place (its
 * subtree), of the opened actor or of the opened article, in the date range and of the event type
 * chosen, as CSV (ACLED's layout) or GeoJSON; the drawn neighbourhood (node and hops) as GraphML.
 * The links are brought up to date whenever the pointer or focus reaches them, so they follow the
 * view without main.js telling them.
 */
const ACTOR_PREFIXES = ['org', 'gov', 'force', 'person'];

/** The export URLs for a page URL's parameters. */
export function exportLinks(search) {
  const view = new URLSearchParams(search);
  const id = view.get('id');
  const prefix = id ? id.slice(0, id.indexOf(':')) : '';
  const filter = new URLSearchParams();
  if (prefix === 'place') filter.set('placeId', id);
  else if (ACTOR_PREFIXES.includes(prefix)) filter.set('actorId', id);
  else if (prefix === 'article') filter.set('articleId', id);
  if (view.get('from')) filter.set('from', view.get('from'));
  if (view.get('to')) filter.set('to', view.get('to'));
  if (view.get('type')) filter.set('eventTypes', view.get('type'));
  const query = (p) => (p.toString() ? `?${p.toString().replace(/%3A/gi, ':')}` : '');
  const graph = id ? new URLSearchParams({ root: id, hops: view.get('hops') ?? '1' }) : filter;
  return {
    csv: `/export/events.csv${query(filter)}`,
    geojson: `/export/events.geojson${query(filter)}`,
    graphml: `/export/graph.graphml${query(graph)}`,
  };
}

function refresh() {
  const links = exportLinks(location.search);
  for (const a of document.querySelectorAll('#download-view a[data-format]')) a.href = links[a.dataset.format];
}

const box = typeof document === 'undefined' ? null : document.querySelector('#download-view');
if (box) {
  for (const event of ['pointerenter', 'focusin', 'click']) box.addEventListener(event, refresh, true);
  refresh();
}
