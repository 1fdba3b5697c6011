/**
 * The explorer's only door to the server: GraphQL over POST on the same origin, and the few
 * operations the page needs. Each function returns plain data (or throws an ApiError).
 */

const ENDPOINT = '/graphql';

/** Requests on their way (for the status line and tests). */
let pending = 0;
export const pendingRequests = () => pending;

/**
 * The editor token for decisions (confirm, correct, reject). It lives in this variable only: never
 * in storage, a cookie or the URL, so it is gone when the page is closed or reloaded.
 */
let editorToken = null;
export const hasToken = () => editorToken !== null;
export function setToken(token) {
  editorToken = token ? String(token).trim() || null : null;
}

/** A GraphQL or HTTP failure, with the server's error code when it gave one. */
export class ApiError extends Error {
  constructor(message, code, extensions = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.extensions = extensions;
  }
}

/**
 * Runs one operation. `signal` lets a caller abandon a request that is no longer wanted (a search
 * superseded by the next keystroke). Partial data with errors is treated as a failure: the page
 * never draws half an answer without saying so.
 */
export async function gql(query, variables = {}, { signal } = {}) {
  pending++;
  try {
    return await post(query, variables, signal);
  } finally {
    pending--;
  }
}

async function post(query, variables, signal) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(editorToken && { authorization: `Bearer ${editorToken}` }) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(`The server did not answer (${err.message})`, 'NETWORK');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without JSON`, 'HTTP');
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code, first.extensions);
  }
  if (!response.ok) throw new ApiError(`The server answered ${response.status}`, 'HTTP');
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// Fragments

/**
 * A readable name for any node: entities have a name, events a label, the rest a few fields.
 * A statement's `date` is nullable and an event's is not, so one of them needs an alias
 * (GraphQL refuses the two in one selection): statements' is `saidOn` throughout.
 */
const NODE_LABEL = `
fragment NodeLabel on Node {
  id
  kind
  ... on Entity { name }
  ... on Event { label date eventType }
  ... on Statement { stance saidOn: date speaker { name } }
  ... on Article { title published }
}`;

/** One source of a fact: the sentence and the article it came from. */
const SOURCE = `
fragment SourceFields on Source {
  sentence
  confidence
  article { id title published url publisher { name } }
}`;

/** A fact's curator review, with the etag a decision sends back. */
const REVIEW = `
fragment ReviewFields on Review {
  state by at note etag counts confidence overruled correctionOf correctedTo
  conflicts { at origin field value decided article { id title } }
}`;

// ---------------------------------------------------------------------------------------------
// Operations

const SEARCH = `
query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) {
    matched
    entity { id name entityKind }
  }
}`;

/** Full-text suggestions for the search box. */
export async function search(query, signal) {
  const data = await gql(SEARCH, { query }, { signal });
  return data.search.map((hit) => ({ id: hit.entity.id, name: hit.entity.name, kind: hit.entity.entityKind, matched: hit.matched }));
}

const NEIGHBOURHOOD = `
query ExplorerNeighbourhood($id: ID!, $hops: Int!, $limit: Int!, $dates: DateRange, $types: [RelationshipType!]) {
  neighbourhood(id: $id, hops: $hops, limit: $limit, dates: $dates, relationshipTypes: $types) {
    truncated
    limit
    nodes { id kind label depth reviewState }
    edges { id type source target reviewState }
  }
}`;

/**
 * The nodes and edges around `id`, ready to draw. Only the fields drawing needs, so it stays
 * small. `types` limits the relationship types followed (the server's default leaves out the
 * provenance links MENTIONS, REPORTS and PUBLISHED).
 */
export async function neighbourhood(id, { hops = 1, limit = 200, dates = null, types = null } = {}) {
  const data = await gql(NEIGHBOURHOOD, { id, hops, limit, dates, types });
  return data.neighbourhood;
}

const EVENT_META = `
query ExplorerEventMeta($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Event { eventType date } }
}`;

/** Type and date of events, for filtering what is drawn; asked in chunks to keep requests small. */
export async function eventMeta(ids) {
  const chunks = [];
  for (let i = 0; i < ids.length; i += 500) chunks.push(ids.slice(i, i + 500));
  const answers = await Promise.all(chunks.map((chunk) => gql(EVENT_META, { ids: chunk })));
  return answers.flatMap((data) => data.nodes.filter(Boolean));
}

const NODE_DETAILS = `
query ExplorerNode($id: ID!) {
  node(id: $id) {
    id
    kind
    ... on Entity { name aliases wikidataId description }
    ... on Place {
      placeType
      location { latitude longitude }
      parent { id name }
    }
    ... on Organization { organizationType }
    ... on Government { level }
    ... on Force { forceType }
    ... on Person { offices { title current of { id name } } }
    ... on Event {
      label description date datePrecision geoPrecision eventType subEventType acledEventType acledSubEventType
      civilianTargeting
      place { id name }
      location { latitude longitude }
      fatalities { best low high sources }
      injured { best low high sources }
      casualties {
        label group
        killed { best low high }
        injured { best low high }
        abducted { best }
        arrested { best }
      }
      perpetrators { id name }
      targets { id name }
      sources { ...SourceFields }
      review { ...ReviewFields }
      claims {
        id group killed injured abducted arrested
        actor { id name }
        source { ...SourceFields }
        review { ...ReviewFields }
      }
    }
    ... on Statement {
      stance cameoCode quote summary saidOn: date
      speaker { id name }
      onBehalfOf { id name }
      about { ...NodeLabel }
      toward { id name }
      sources { ...SourceFields }
      review { ...ReviewFields }
    }
    ... on Article {
      title published url language
      publisher { id name }
    }
    relationships(first: 100, includeRejected: true) {
      id
      type
      from { ...NodeLabel }
      to { ...NodeLabel }
      confidence
      properties
      sources { ...SourceFields }
      review { ...ReviewFields }
    }
  }
}
${NODE_LABEL}
${SOURCE}
${REVIEW}`;

/** Everything the side panel shows for one node: its properties, and its relationships with their sources. */
export async function nodeDetails(id) {
  const data = await gql(NODE_DETAILS, { id });
  return data.node;
}

const FACT = `
query ExplorerFact($id: ID!) {
  fact(id: $id) {
    id type confidence properties
    from { ...NodeLabel }
    to { ...NodeLabel }
    sources { ...SourceFields }
    review { ...ReviewFields }
  }
}
${NODE_LABEL}
${SOURCE}
${REVIEW}`;

/** One relationship by id (`from|TYPE|to`) with its provenance: what selecting an edge shows. */
export async function fact(id) {
  const data = await gql(FACT, { id });
  return data.fact;
}

const PATHS = `
query ExplorerPaths($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to, maxHops: 5, limit: 10) {
    length
    nodes { ...NodeLabel }
    steps {
      forward
      from { id }
      to { id }
      relationship { id type from { id } to { id } }
    }
  }
}
${NODE_LABEL}`;

/** All shortest paths between two nodes (up to 5 hops, 10 paths). */
export async function shortestPaths(from, to) {
  const data = await gql(PATHS, { from, to });
  return data.shortestPaths;
}

const TIMELINE = `
query ExplorerTimeline($filter: EventFilter) {
  timeline(interval: MONTH, filter: $filter) { start end events fatalities }
}`;

/** Events and fatalities per month for an event filter. */
export async function timeline(filter) {
  const data = await gql(TIMELINE, { filter });
  return data.timeline;
}

const MAP_EVENTS = `
query ExplorerMapEvents($filter: EventFilter) {
  events(filter: $filter, first: 100) {
    totalCount
    nodes { id label date eventType geoPrecision fatalities { best } location { latitude longitude } }
  }
}`;

/** Up to 100 events (newest first) with their coordinates and how precise these are, for the map. */
export async function mapEvents(filter) {
  const data = await gql(MAP_EVENTS, { filter });
  return data.events;
}

// ---------------------------------------------------------------------------------------------
// Curator review (the review page and the panel's review buttons)

/** A fact under review with everything the review page shows: evidence, article text, dependants. */
const FACT_DETAILS = `
fragment FactDetails on Fact {
  id kind summary priority sentence
  review { ...ReviewFields }
  article { id title published url text publisher { name } }
  dependants { id kind summary }
  event {
    id label date datePrecision subEventType acledSubEventType civilianTargeting description
    place { id name }
    perpetrators { id name }
    targets { id name }
    fatalities { best low high sources }
    review { state }
  }
  statement { id stance quote summary saidOn: date speaker { id name } about { ...NodeLabel } toward { id name } review { state } }
  relationship { id type properties from { ...NodeLabel } to { ...NodeLabel } }
  claim { id group killed injured abducted arrested actor { id name } }
}`;

const REVIEW_QUEUE = `
query ReviewQueue($filter: ReviewQueueFilter, $first: Int, $after: String) {
  reviewQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...FactDetails }
  }
}
${FACT_DETAILS}
${NODE_LABEL}
${REVIEW}`;

/** One page of the review queue (conflicts first, then least certain and most consequential). */
export async function reviewQueue(filter = null, first = 50, after = null) {
  const data = await gql(REVIEW_QUEUE, { filter, first, after });
  return data.reviewQueue;
}

const REVIEW_FACT = `
query ReviewFact($id: ID!) { reviewFact(id: $id) { ...FactDetails } }
${FACT_DETAILS}
${NODE_LABEL}
${REVIEW}`;

/** One fact for review, read afresh (so a decision sends its current etag). */
export async function reviewFact(id) {
  const data = await gql(REVIEW_FACT, { id });
  return data.reviewFact;
}

const DECIDE = {
  confirm: `mutation Confirm($id: ID!, $etag: String!, $note: String) { confirm(id: $id, etag: $etag, note: $note) { ...FactDetails } }`,
  reject: `mutation Reject($id: ID!, $etag: String!, $note: String) { reject(id: $id, etag: $etag, note: $note) { ...FactDetails } }`,
  correct: `mutation Correct($id: ID!, $etag: String!, $input: CorrectionInput!, $note: String) { correct(id: $id, etag: $etag, input: $input, note: $note) { ...FactDetails } }`,
};

/**
 * Confirms, rejects or corrects a fact (`input`: the corrected fields). Needs the editor token
 * (setToken); throws an ApiError with code CONFLICT when the fact changed since `etag` was read.
 */
export async function decide(action, id, etag, { input = null, note = null } = {}) {
  const data = await gql(`${DECIDE[action]}\n${FACT_DETAILS}\n${NODE_LABEL}\n${REVIEW}`, { id, etag, note, ...(input && { input }) });
  return data[action];
}

/** A label for a node returned with the NodeLabel fragment. */
export function labelOf(node) {
  if (!node) return '';
  switch (node.kind) {
    case 'Event':
      return node.label || `${node.eventType ?? 'Event'} ${node.date ?? ''}`.trim();
    case 'Statement':
      return `${(node.stance ?? 'statement').toLowerCase().replace(/_/g, ' ')}${node.speaker ? ` by ${node.speaker.name}` : ''}${node.saidOn ? ` (${node.saidOn})` : ''}`;
    case 'Article':
      return node.title || `Article ${node.published ?? node.id}`;
    default:
      return node.name ?? node.id;
  }
}
