/**
 * The review page: walks the review queue (conflicts first, then the least certain and most
 * consequential facts), showing each fact with its evidence sentence highlighted in its article,
 * what depends on it, and the decisions, keyboard first:
 *
 *   j / k   next / previous fact
 *   c       confirm
 *   r       reject
 *   e       edit: the correction form (Enter saves, Esc cancels)
 *   o       open the fact in the explorer
 *
 * The editor token is asked on the first decision and kept in memory only (api.js).
 *
 * URL parameters: `kind` (a FactKind), `conflicts=1`, `article` and `event` (ids) narrow the queue.
 * For tests and the console, `window.review` exposes the queue, the position and the fact shown.
 */
import * as api from './api.js';
import { esc, kindFromId, kindIcon, words } from './kinds.js';
import { correctionForm, decideWithToken, ensureToken, readCorrection, reviewBadge } from './review-ui.js';

const $ = (selector) => document.querySelector(selector);
const params = new URLSearchParams(location.search);
const KINDS = ['EVENT', 'STATEMENT', 'RELATIONSHIP', 'CASUALTY_CLAIM'];
const KIND_TEXT = { EVENT: 'event', STATEMENT: 'statement', RELATIONSHIP: 'relationship', CASUALTY_CLAIM: 'casualty figure' };

const state = {
  filter: {
    kinds: KINDS.includes(params.get('kind')) ? [params.get('kind')] : null,
    conflictsOnly: params.get('conflicts') === '1' || null,
    articleId: params.get('article'),
    eventId: params.get('event'),
  },
  /** The queue as loaded (facts in queue order), and what was decided on this page. */
  items: [],
  decided: new Map(),
  total: 0,
  after: null,
  index: -1,
  /** The fact shown, read afresh when it was selected (its etag is what a decision sends). */
  current: null,
  busy: false,
};
window.review = state;

const statusEl = $('#status');
const itemEl = $('#item');
const queueEl = $('#queue');

function status(text) {
  statusEl.textContent = text;
}

function tokenState() {
  $('#token-state').textContent = api.hasToken() ? 'editor token set for this page' : 'no editor token yet';
  $('#token-button').hidden = api.hasToken();
}

// ---------------------------------------------------------------------------------------------
// The queue

function filter() {
  const f = Object.fromEntries(Object.entries(state.filter).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  return Object.keys(f).length ? f : null;
}

async function loadQueue({ more = false } = {}) {
  status('Loading the queue…');
  try {
    const page = await api.reviewQueue(filter(), 50, more ? state.after : null);
    state.items = more ? [...state.items, ...page.nodes] : page.nodes;
    state.total = page.totalCount;
    state.after = page.pageInfo.endCursor;
    $('#more').hidden = !page.pageInfo.hasNextPage;
    renderQueue();
    status(`${state.total} fact${state.total === 1 ? '' : 's'} waiting`);
    if (!more) await select(state.items.length ? 0 : -1);
  } catch (err) {
    status(`Could not load the queue: ${err.message}`);
  }
}

function queueItem(fact, i) {
  const decided = state.decided.get(fact.id);
  return `<li class="queue-item${i === state.index ? ' current' : ''}${decided ? ' decided' : ''}" data-index="${i}" data-fact-id="${esc(fact.id)}"
      role="option" aria-selected="${i === state.index}">
    <button type="button" class="link queue-pick" data-index="${i}">
      <span class="queue-kind">${esc(KIND_TEXT[fact.kind])}</span>
      <span class="queue-summary">${esc(fact.summary)}</span>
    </button>
    ${decided ? reviewBadge({ state: decided }) : fact.review.conflicts.length ? reviewBadge({ state: fact.review.state, conflicts: fact.review.conflicts }) : ''}
  </li>`;
}

function renderQueue() {
  $('#queue-count').textContent = `(${state.total})`;
  queueEl.innerHTML = state.items.map(queueItem).join('') || '<li class="muted">Nothing waits for review.</li>';
  queueEl.querySelector('.current')?.scrollIntoView({ block: 'nearest' });
}

queueEl.addEventListener('click', (evt) => {
  const pick = evt.target.closest('.queue-pick');
  if (pick) select(Number(pick.dataset.index));
});

// ---------------------------------------------------------------------------------------------
// One fact

function nodeName(n) {
  if (!n) return '';
  return n.name ?? n.label ?? n.title ?? (n.stance ? words(n.stance) : n.id);
}

function link(n) {
  if (!n) return '';
  const kind = n.kind ?? kindFromId(n.id);
  return `<a href="./?id=${encodeURIComponent(n.id).replace(/%3A/gi, ':')}" title="${esc(n.id)}">${kindIcon(kind, 11)} ${esc(nodeName(n))}</a>`;
}

function row(label, value) {
  return value ? `<tr><th scope="row">${esc(label)}</th><td>${value}</td></tr>` : '';
}

function details(fact) {
  const e = fact.event;
  switch (fact.kind) {
    case 'EVENT':
      return [
        row('Date', `${esc(e.date)}${e.datePrecision !== 'DAY' ? ` <span class="muted">(± ${esc(words(e.datePrecision))})</span>` : ''}`),
        row('Type', esc(e.acledSubEventType)),
        row('Place', e.place ? link({ ...e.place, kind: 'Place' }) : '<span class="muted">unknown</span>'),
        row('Perpetrators', e.perpetrators.map(link).join(', ')),
        row('Targets', e.targets.map(link).join(', ')),
        row('Fatalities', e.fatalities.sources ? `${e.fatalities.best} <span class="muted">(${e.fatalities.low}–${e.fatalities.high}, ${e.fatalities.sources} source(s))</span>` : ''),
        row('Civilians targeted', e.civilianTargeting ? 'yes' : ''),
      ].join('');
    case 'CASUALTY_CLAIM': {
      const c = fact.claim;
      return [
        row('Group', esc(c.actor?.name ?? words(c.group))),
        ...['killed', 'injured', 'abducted', 'arrested'].map((m) => row(words(m), c[m] != null ? `<strong>${esc(c[m])}</strong>` : '')),
        row('Event', e ? `${link({ ...e, kind: 'Event' })} <span class="muted">${esc(e.date)}</span>` : ''),
      ].join('');
    }
    case 'RELATIONSHIP': {
      const r = fact.relationship;
      return [
        row('Fact', `${link(r.from)} <span class="rel-type">${esc(r.type)}</span> ${link(r.to)}`),
        ...Object.entries(r.properties ?? {}).map(([k, v]) => row(k, esc(v))),
        row('Event', e ? link({ ...e, kind: 'Event' }) : ''),
      ].join('');
    }
    case 'STATEMENT': {
      const s = fact.statement;
      return [
        row('Speaker', s.speaker ? link({ ...s.speaker, kind: kindFromId(s.speaker.id) }) : ''),
        row('Stance', esc(words(s.stance))),
        row('Date', esc(s.saidOn ?? '')),
        row('About', s.about.map(link).join(', ')),
        row('Toward', s.toward.map((t) => link({ ...t, kind: kindFromId(t.id) })).join(', ')),
        row('Quote', s.quote ? `<q class="quote">${esc(s.quote)}</q>` : ''),
      ].join('');
    }
    default:
      return '';
  }
}

/** The values a correction form starts from, per kind of fact. */
function correctable(fact) {
  if (fact.kind === 'EVENT') return fact.event;
  if (fact.kind === 'STATEMENT') return fact.statement;
  if (fact.kind === 'CASUALTY_CLAIM') return fact.claim;
  return fact.relationship;
}

function renderItem(fact) {
  const r = fact.review;
  const conflicts = r.conflicts.length
    ? `<section><h3>A later report disagrees</h3><ul class="conflicts">${r.conflicts
        .map((c) => `<li>${c.field === 'sources' ? `reported again by ${esc(c.article?.title ?? c.value)}` : `${esc(c.field)}: ${esc(c.value)} (the decision holds ${esc(c.decided)})`}${c.origin ? ` <span class="muted">from ${esc(c.origin)}</span>` : ''}</li>`)
        .join('')}</ul></section>`
    : '';
  const overruled = r.overruled ? row('Extractor said', esc(Object.entries(r.overruled).map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', '))) : '';
  itemEl.innerHTML = `<article class="review-item" data-fact-id="${esc(fact.id)}" data-state="${esc(r.state)}">
    <header class="node-head">
      <p class="muted small"><span class="kind-badge">${esc(KIND_TEXT[fact.kind])}</span> ${state.index + 1} of ${state.total} · priority ${fact.priority.toFixed(2)}${r.confidence != null ? ` · extractor confidence ${Math.round(r.confidence * 100)}%` : ''}</p>
      <h2 class="review-summary">${esc(fact.summary)}</h2>
      <div class="review-line">${reviewBadge(r)}${r.by ? ` <span class="muted small">${esc(r.by)}${r.at ? `, ${esc(r.at.slice(0, 10))}` : ''}</span>` : ''}</div>
      <div class="actions decide-bar">
        <button type="button" data-do="confirm" title="c"><kbd>c</kbd> Confirm</button>
        <button type="button" data-do="edit" title="e"><kbd>e</kbd> Edit</button>
        <button type="button" data-do="reject" class="decide-reject" title="r"><kbd>r</kbd> Reject</button>
      </div>
    </header>
    <div class="edit-slot"></div>
    <section><table class="props">${details(fact)}${overruled}</table></section>
    <section><h3>Evidence</h3>
      ${fact.sentence ? `<blockquote class="evidence">${esc(fact.sentence)}</blockquote>` : '<p class="muted">No sentence was recorded.</p>'}
    </section>
    ${conflicts}
    <section><h3>What depends on it <span class="muted">(${fact.dependants.length})</span></h3>
      ${fact.dependants.length ? `<ul class="dependants">${fact.dependants.map((d) => `<li><span class="queue-kind">${esc(KIND_TEXT[d.kind])}</span> ${esc(d.summary)}</li>`).join('')}</ul>` : '<p class="muted small">Nothing else.</p>'}
    </section>
  </article>`;
}

/** The article with the evidence sentence marked (where the text holds it word for word). */
function renderArticle(fact) {
  const a = fact.article;
  const el = $('#article');
  $('#article-caption').textContent = a ? `${a.title ?? a.id}${a.published ? ` · ${a.published}` : ''}${a.publisher ? ` · ${a.publisher.name}` : ''}` : '';
  if (!a) {
    el.innerHTML = '<p class="muted">Reference data: no article states it.</p>';
    return;
  }
  const text = a.text ?? '';
  if (!text) {
    el.innerHTML = `<p class="muted">Only the article's details were imported, not its text.</p>`;
    return;
  }
  const sentence = fact.sentence ?? '';
  const at = sentence ? text.indexOf(sentence) : -1;
  el.innerHTML =
    at >= 0
      ? `${esc(text.slice(0, at))}<mark id="evidence-mark">${esc(sentence)}</mark>${esc(text.slice(at + sentence.length))}`
      : `${sentence ? `<p class="muted small">The sentence is not in the text word for word.</p>` : ''}${esc(text)}`;
  el.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

let selecting = 0;

/** Shows the fact at `index`, read afresh (its etag then is the one a decision sends). */
async function select(index) {
  if (index < 0 || index >= state.items.length) {
    if (!state.items.length) {
      itemEl.innerHTML = '<p class="muted">Nothing waits for review under this filter.</p>';
      $('#article').innerHTML = '';
    }
    return;
  }
  const mine = ++selecting;
  state.index = index;
  renderQueue();
  itemEl.dataset.ready = 'false';
  try {
    const fact = (await api.reviewFact(state.items[index].id)) ?? state.items[index];
    if (mine !== selecting) return;
    state.current = fact;
    renderItem(fact);
    renderArticle(fact);
    itemEl.dataset.ready = 'true';
  } catch (err) {
    if (mine === selecting) status(`Could not load the fact: ${err.message}`);
  }
}

function move(step) {
  const next = state.index + step;
  if (next >= state.items.length && !$('#more').hidden) {
    loadQueue({ more: true }).then(() => select(next));
    return;
  }
  select(Math.max(0, Math.min(state.items.length - 1, next)));
}

// ---------------------------------------------------------------------------------------------
// Decisions

async function decide(action, options = {}) {
  const fact = state.current;
  if (!fact || state.busy) return;
  state.busy = true;
  status(action === 'confirm' ? 'Confirming…' : action === 'reject' ? 'Rejecting…' : 'Saving the correction…');
  try {
    const after = await decideWithToken(action, fact.id, fact.review.etag, options);
    tokenState();
    if (!after) {
      status('Cancelled: no editor token.');
      return;
    }
    state.decided.set(fact.id, after.review.state);
    // A corrected relationship is a new one: the queue item now stands for it.
    state.items[state.index] = { ...state.items[state.index], ...after };
    if (after.id !== fact.id) state.decided.set(after.id, after.review.state);
    status(`${after.summary}: ${after.review.state.toLowerCase()}`);
    const next = state.items.findIndex((f, i) => i > state.index && !state.decided.has(f.id));
    if (next >= 0) await select(next);
    else {
      state.current = after;
      renderQueue();
      renderItem(after);
    }
  } catch (err) {
    if (err.code === 'CONFLICT') {
      status('The fact changed since it was shown (a new report, or another editor): here it is as it now is.');
      await select(state.index);
    } else status(`Could not save the decision: ${err.message}`);
  } finally {
    state.busy = false;
  }
}

function edit() {
  const fact = state.current;
  if (!fact) return;
  const slot = itemEl.querySelector('.edit-slot');
  if (!slot || slot.querySelector('form')) return;
  const values = correctable(fact);
  slot.innerHTML = correctionForm(fact.kind, values);
  const form = slot.querySelector('form');
  const close = () => {
    slot.innerHTML = '';
    itemEl.focus();
  };
  form.querySelector('[data-cancel]').addEventListener('click', close);
  form.addEventListener('keydown', (evt) => {
    if (evt.key === 'Escape') {
      evt.preventDefault();
      close();
    }
  });
  form.addEventListener('submit', (evt) => {
    evt.preventDefault();
    const { input, note } = readCorrection(form, fact.kind, values);
    if (!Object.keys(input).length) {
      status('Nothing changed: the correction was not sent.');
      close();
      return;
    }
    decide('correct', { input, note });
  });
  const first = form.querySelector('input[type="number"], input:not([type="checkbox"]), select, textarea');
  first?.focus();
  first?.select?.();
}

itemEl.addEventListener('click', (evt) => {
  const button = evt.target.closest('[data-do]');
  if (!button) return;
  const what = button.dataset.do;
  if (what === 'edit') edit();
  else decide(what);
});

function openInExplorer() {
  const fact = state.current;
  if (!fact) return;
  const id = fact.event?.id ?? fact.statement?.id ?? fact.relationship?.from?.id ?? fact.id;
  window.open(`./?id=${encodeURIComponent(id).replace(/%3A/gi, ':')}`, '_blank', 'noopener');
}

document.addEventListener('keydown', (evt) => {
  if (evt.ctrlKey || evt.metaKey || evt.altKey) return;
  const target = evt.target;
  if (target.closest?.('input, textarea, select, dialog, [contenteditable="true"]')) return;
  const action = { j: () => move(1), k: () => move(-1), c: () => decide('confirm'), r: () => decide('reject'), e: () => edit(), o: () => openInExplorer() }[evt.key];
  if (!action) return;
  evt.preventDefault();
  action();
});

// ---------------------------------------------------------------------------------------------
// Filters and start

$('#kind').value = state.filter.kinds?.[0] ?? '';
$('#conflicts').checked = Boolean(state.filter.conflictsOnly);
$('#kind').addEventListener('change', () => {
  state.filter.kinds = $('#kind').value ? [$('#kind').value] : null;
  updateUrl();
  loadQueue();
});
$('#conflicts').addEventListener('change', () => {
  state.filter.conflictsOnly = $('#conflicts').checked || null;
  updateUrl();
  loadQueue();
});
$('#more').addEventListener('click', () => loadQueue({ more: true }));
$('#token-button').addEventListener('click', async () => {
  await ensureToken();
  tokenState();
});

function updateUrl() {
  const p = new URLSearchParams();
  if (state.filter.kinds) p.set('kind', state.filter.kinds[0]);
  if (state.filter.conflictsOnly) p.set('conflicts', '1');
  if (state.filter.articleId) p.set('article', state.filter.articleId);
  if (state.filter.eventId) p.set('event', state.filter.eventId);
  const query = p.toString().replace(/%3A/gi, ':');
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

tokenState();
loadQueue();
