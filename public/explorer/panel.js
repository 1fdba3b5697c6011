/**
 * The side panel: what is known of the selected node or relationship, and where each fact came
 * from (the sentence and the article), or the paths found in path mode. Rendering only; clicks
 * on its buttons and links are reported through the handlers (one delegated listener).
 */
import { labelOf } from './api.js';
import { ACTOR_KINDS, EVENT_TYPES, GEO_PRECISION, esc, externalLink, kindFromId, kindIcon, words } from './kinds.js';
import { correctionForm, decisionButtons, readCorrection, reviewBadge } from './review-ui.js';

/**
 * A fact's review: its state, who decided, what a later report disagrees on, and (for facts read
 * from articles) the buttons to decide. Reference data has no sources: there is nothing to review.
 */
function reviewBlock(id, kind, review, { extracted = true } = {}) {
  if (!review || !extracted) return '';
  const who = review.by ? `<span class="muted small">${esc(review.by)}${review.at ? `, ${esc(review.at.slice(0, 10))}` : ''}</span>` : '';
  const note = review.note ? `<p class="muted small">“${esc(review.note)}”</p>` : '';
  const overruled = review.overruled
    ? `<p class="muted small">Extractor said: ${Object.entries(review.overruled).map(([k, v]) => `${esc(k)} ${esc(typeof v === 'object' ? JSON.stringify(v) : v)}`).join(', ')}</p>`
    : '';
  const conflicts = review.conflicts?.length
    ? `<ul class="conflicts small">${review.conflicts.map((c) => `<li>${c.field === 'sources' ? `reported again by ${esc(c.article?.title ?? c.value)}` : `${esc(c.field)}: a later report says ${esc(c.value)}, the decision holds ${esc(c.decided)}`}</li>`).join('')}</ul>`
    : '';
  return `<div class="review-block" data-fact-id="${esc(id)}">
    <div class="review-line">${reviewBadge(review)} ${who} ${decisionButtons(id, kind, review)}</div>
    ${note}${overruled}${conflicts}
  </div>`;
}

/** An event's casualty claims, one per source and group, each with its review. */
function claimsSection(n) {
  const claims = n.claims ?? [];
  if (!claims.length) return '';
  const items = claims
    .map((c) => {
      const figures = ['killed', 'injured', 'abducted', 'arrested'].filter((m) => c[m] != null).map((m) => `${m} ${c[m]}`).join(', ');
      return `<li class="claim${c.review?.counts === false ? ' rejected' : ''}">
        <div><strong>${esc(c.actor?.name ?? words(c.group))}</strong>: ${esc(figures || 'no figure')}</div>
        ${c.source?.sentence ? `<blockquote class="evidence">${esc(c.source.sentence)}</blockquote>` : ''}
        ${c.source?.article ? articleCitation(c.source.article) : '<p class="muted small">Curated figure</p>'}
        ${reviewBlock(c.id, 'CASUALTY_CLAIM', c.review, { extracted: Boolean(c.source) })}
      </li>`;
    })
    .join('');
  return `<section><h3>Casualty claims <span class="muted">(${claims.length})</span></h3><ul class="claims">${items}</ul></section>`;
}

/** A button that opens (selects, and draws if needed) another node. */
function nodeLink(node, text = labelOf(node)) {
  if (!node) return '';
  const kind = node.kind ?? kindFromId(node.id);
  return `<button type="button" class="link" data-action="open" data-id="${esc(node.id)}" title="${esc(node.id)}">${kindIcon(kind, 11)}${esc(text || node.id)}</button>`;
}

function row(label, value) {
  if (value == null || value === '' || (Array.isArray(value) && !value.length)) return '';
  return `<tr><th scope="row">${esc(label)}</th><td>${value}</td></tr>`;
}

function estimate(e) {
  if (!e) return '';
  const range = e.low !== e.high ? ` <span class="muted">(${e.low}–${e.high})</span>` : '';
  return `${e.best}${range}`;
}

/** The article a source cites: title (or id), date, publisher and link. */
function articleCitation(article) {
  if (!article) return '';
  const title = article.title ? esc(article.title) : `<span class="muted">untitled article</span>`;
  const url = article.url ? ` · ${externalLink(article.url, 'link')}` : '';
  return `<cite class="article">
      <button type="button" class="link" data-action="open" data-id="${esc(article.id)}">${title}</button>
      <span class="muted">${esc(article.published ?? '')}${article.publisher ? ` · ${esc(article.publisher.name)}` : ''}</span>${url}
      <code class="article-id">${esc(article.id)}</code>
    </cite>`;
}

/** Evidence: each sentence with the article it came from. */
function sourcesList(sources) {
  if (!sources?.length) return '<p class="muted small">Reference data: no article states it.</p>';
  return `<ol class="sources">${sources
    .map(
      (s) => `<li class="source">
        <blockquote class="evidence">${s.sentence ? esc(s.sentence) : '<span class="muted">(no sentence recorded)</span>'}</blockquote>
        ${articleCitation(s.article)}
        ${s.confidence != null ? `<span class="confidence" title="Extractor confidence">confidence ${Math.round(s.confidence * 100)}%</span>` : ''}
      </li>`,
    )
    .join('')}</ol>`;
}

/** One relationship of the selected node: its type, direction, the other end, and its sources. */
function relationshipItem(rel, selfId) {
  const outgoing = rel.from.id === selfId;
  const other = outgoing ? rel.to : rel.from;
  const arrow = outgoing ? `<span class="dir" title="outgoing">→</span>` : `<span class="dir" title="incoming">←</span>`;
  const props = Object.entries(rel.properties ?? {})
    .map(([k, v]) => `${esc(k)}: ${esc(v)}`)
    .join(', ');
  const count = rel.sources?.length ?? 0;
  const out = rel.review?.counts === false;
  return `<li class="rel${out ? ' rejected' : ''}">
    <div class="rel-line">
      ${arrow}<button type="button" class="rel-type link" data-action="fact" data-id="${esc(rel.id)}" title="Select this relationship">${esc(rel.type)}</button>
      ${nodeLink(other)}
      ${props ? `<span class="muted small">${props}</span>` : ''}
      ${count && rel.review && rel.review.state !== 'UNREVIEWED' ? reviewBadge(rel.review) : count ? '<span class="review-badge state-unreviewed" title="Read from an article; no curator has checked it">unreviewed</span>' : ''}
    </div>
    ${
      count
        ? `<details class="rel-sources" data-rel-id="${esc(rel.id)}">
      <summary>Sources (${count})${rel.confidence != null ? ` · confidence ${Math.round(rel.confidence * 100)}%` : ''}</summary>
      ${sourcesList(rel.sources)}
      ${reviewBlock(rel.id, 'RELATIONSHIP', rel.review)}
    </details>`
        : '<p class="no-sources muted small">Reference data (no article)</p>'
    }
  </li>`;
}

function relationshipsSection(node) {
  const rels = node.relationships ?? [];
  if (!rels.length) return '<section><h3>Relationships</h3><p class="muted">None.</p></section>';
  // Sorted by type so relationships of one kind stay together.
  const groups = [...rels]
    .sort((a, b) => a.type.localeCompare(b.type))
    .map((r) => relationshipItem(r, node.id))
    .join('');
  return `<section><h3>Relationships <span class="muted">(${rels.length}${rels.length >= 100 ? '+, first 100' : ''})</span></h3><ul class="rels">${groups}</ul></section>`;
}

function entityRows(n) {
  const location = n.location ? `${n.location.latitude.toFixed(3)}, ${n.location.longitude.toFixed(3)}` : null;
  const wikidata = n.wikidataId
    ? `<a href="https://www.wikidata.org/wiki/${esc(n.wikidataId)}" target="_blank" rel="noopener noreferrer">${esc(n.wikidataId)}</a>`
    : null;
  return [
    row('Aliases', n.aliases?.length ? esc(n.aliases.join(', ')) : null),
    row('Wikidata', wikidata),
    row('Place type', n.placeType ? esc(words(n.placeType)) : null),
    row('Location', location),
    row('Inside', n.parent ? nodeLink({ ...n.parent, kind: 'Place' }) : null),
    row('Organization type', n.organizationType ? esc(words(n.organizationType)) : null),
    row('Level', n.level ? esc(words(n.level)) : null),
    row('Force type', n.forceType ? esc(words(n.forceType)) : null),
    row(
      'Offices',
      n.offices?.length
        ? n.offices.map((o) => `${esc(o.title)}, ${nodeLink(o.of, o.of.name)}${o.current ? '' : ' <span class="muted">(former)</span>'}`).join('<br>')
        : null,
    ),
  ].join('');
}

function eventRows(n) {
  const casualties = (n.casualties ?? [])
    .map(
      (c) => `<tr><td>${esc(c.label)}</td><td>${estimate(c.killed)}</td><td>${estimate(c.injured)}</td><td>${c.abducted?.best ?? ''}</td><td>${c.arrested?.best ?? ''}</td></tr>`,
    )
    .join('');
  const casualtyTable = casualties
    ? `<table class="casualties"><thead><tr><th scope="col">Group</th><th scope="col">Killed</th><th scope="col">Injured</th><th scope="col">Abducted</th><th scope="col">Arrested</th></tr></thead><tbody>${casualties}</tbody></table>`
    : null;
  const actors = (list) => list.map((a) => nodeLink(a, a.name)).join(', ');
  return [
    row('Date', `${esc(n.date)}${n.datePrecision && n.datePrecision !== 'DAY' ? ` <span class="muted">(± ${esc(words(n.datePrecision))})</span>` : ''}`),
    row('Type', `${esc(EVENT_TYPES[n.eventType] ?? n.eventType)} / ${esc(n.acledSubEventType ?? words(n.subEventType))}`),
    row(
      'Place',
      n.place
        ? `${nodeLink({ ...n.place, kind: 'Place' })}${GEO_PRECISION[n.geoPrecision] ? ` <span class="muted" title="ACLED geo-precision ${n.geoPrecision}">(${esc(GEO_PRECISION[n.geoPrecision].long)})</span>` : ''}`
        : null,
    ),
    row('Fatalities', n.fatalities ? `${estimate(n.fatalities)} <span class="muted">best (low–high), ${n.fatalities.sources} source(s)</span>` : null),
    row('Injured', n.injured && n.injured.sources ? estimate(n.injured) : null),
    row('Perpetrators', n.perpetrators?.length ? actors(n.perpetrators) : null),
    row('Targets', n.targets?.length ? actors(n.targets) : null),
    row('Civilians targeted', n.civilianTargeting ? 'yes' : null),
    row('Casualties', casualtyTable),
  ].join('');
}

function statementRows(n) {
  return [
    row('Stance', `${esc(words(n.stance))} <span class="muted">(CAMEO ${esc(n.cameoCode)})</span>`),
    row('Date', n.saidOn ? esc(n.saidOn) : null),
    row('Speaker', n.speaker ? nodeLink(n.speaker, n.speaker.name) : null),
    row('On behalf of', n.onBehalfOf ? nodeLink({ ...n.onBehalfOf, kind: 'Government' }, n.onBehalfOf.name) : null),
    row('About', n.about?.length ? n.about.map((a) => nodeLink(a)).join(', ') : null),
    row('Toward', n.toward?.length ? n.toward.map((a) => nodeLink(a, a.name)).join(', ') : null),
    row('Quote', n.quote ? `<q class="quote">${esc(n.quote)}</q>` : null),
    row('Summary', n.summary ? esc(n.summary) : null),
  ].join('');
}

function articleRows(n) {
  return [
    row('Published', esc(n.published)),
    row('Publisher', n.publisher ? nodeLink({ ...n.publisher, kind: 'Organization' }, n.publisher.name) : null),
    row('Language', esc(n.language)),
    row('URL', n.url ? externalLink(n.url, n.url) : null),
  ].join('');
}

function title(n) {
  switch (n.kind) {
    case 'Event':
      return n.label || `Event ${n.date}`;
    case 'Statement':
      return `${words(n.stance)}${n.speaker ? ` by ${n.speaker.name}` : ''}`;
    case 'Article':
      return n.title || 'Untitled article';
    default:
      return n.name;
  }
}

export class Panel {
  /**
   * @param {HTMLElement} root the panel's content element
   * @param {{onOpen(id), onExpand(id), onFact(id), onPathFrom(id), onPathTo(id), onClearPath()}} handlers
   */
  constructor(root, handlers) {
    this.root = root;
    this.handlers = handlers;
    /** The facts shown, by id, with the values a correction form starts from. */
    this.facts = new Map();
    root.addEventListener('click', (evt) => {
      const target = evt.target.closest('[data-action]');
      if (!target || !root.contains(target)) return;
      const { action, id } = target.dataset;
      if (action === 'confirm' || action === 'reject') {
        evt.preventDefault();
        handlers.onDecide?.(action, id, target.dataset.etag, {});
        return;
      }
      if (action === 'correct') {
        evt.preventDefault();
        this.openCorrection(target);
        return;
      }
      const handler = {
        open: handlers.onOpen,
        expand: handlers.onExpand,
        fact: handlers.onFact,
        'path-from': handlers.onPathFrom,
        'path-to': handlers.onPathTo,
        'clear-path': handlers.onClearPath,
      }[action];
      if (handler) {
        evt.preventDefault();
        handler(id);
      }
    });
  }

  /** Opens the correction form of the fact whose Correct button was pressed, in place. */
  openCorrection(button) {
    const { id, kind, etag } = button.dataset;
    const block = button.closest('.review-block');
    const fact = this.facts.get(id);
    if (!block || !fact || block.querySelector('.correct-form')) return;
    block.insertAdjacentHTML('beforeend', correctionForm(kind, fact));
    const form = block.querySelector('.correct-form');
    const close = () => form.remove();
    form.querySelector('[data-cancel]').addEventListener('click', close);
    form.addEventListener('keydown', (evt) => {
      if (evt.key === 'Escape') close();
    });
    form.addEventListener('submit', (evt) => {
      evt.preventDefault();
      const { input, note } = readCorrection(form, kind, fact);
      if (!Object.keys(input).length) {
        close();
        return;
      }
      this.handlers.onDecide?.('correct', id, etag, { input, note });
    });
    form.querySelector('input, select, textarea')?.focus();
  }

  /** Replaces the content and moves the scroll back to the top. */
  show(html) {
    this.root.innerHTML = html;
    this.root.scrollTop = 0;
  }

  empty() {
    this.show(`<div class="placeholder">
      <h2>Nothing selected</h2>
      <p>Search for an organization, place, force or person above, then click a node to see its
      properties, relationships and the sentences and articles behind each fact.</p>
      <ul class="tips">
        <li>Double-click a node (or <em>Expand</em>) to draw its neighbours.</li>
        <li>Shift-click two nodes to find the paths between them.</li>
        <li>Click a relationship (an edge) to see its sources.</li>
      </ul>
    </div>`);
  }

  loading(what) {
    this.root.setAttribute('aria-busy', 'true');
    this.show(`<p class="muted loading">Loading ${esc(what)}…</p>`);
  }

  error(message) {
    this.root.removeAttribute('aria-busy');
    this.show(`<p class="error" role="alert">${esc(message)}</p>`);
  }

  /** A node with its properties, its own sources (events, statements) and its relationships. */
  node(n, { drawn }) {
    this.root.removeAttribute('aria-busy');
    if (!n) {
      this.show('<p class="error" role="alert">This node no longer exists.</p>');
      return;
    }
    const rows =
      n.kind === 'Event' ? eventRows(n) : n.kind === 'Statement' ? statementRows(n) : n.kind === 'Article' ? articleRows(n) : entityRows(n);
    const reviewed = n.kind === 'Event' || n.kind === 'Statement';
    const ownSources = reviewed ? `<section><h3>Reported in <span class="muted">(${n.sources?.length ?? 0})</span></h3>${sourcesList(n.sources)}</section>` : '';
    const review = reviewed ? `<section class="review-section"><h3>Review</h3>${reviewBlock(n.id, n.kind === 'Event' ? 'EVENT' : 'STATEMENT', n.review, { extracted: Boolean(n.sources?.length) })}</section>` : '';
    this.facts.clear();
    if (reviewed) this.facts.set(n.id, n);
    for (const c of n.claims ?? []) this.facts.set(c.id, c);
    for (const r of n.relationships ?? []) this.facts.set(r.id, r);
    const scope = n.kind === 'Place' ? 'events in this place' : ACTOR_KINDS.includes(n.kind) ? 'events of this actor' : null;
    this.show(`<article class="node" data-node-id="${esc(n.id)}">
      <header class="node-head">
        <h2>${kindIcon(n.kind, 16)} <span class="node-title">${esc(title(n))}</span></h2>
        <p class="muted small"><span class="kind-badge">${esc(n.kind)}</span> <code>${esc(n.id)}</code></p>
        ${n.description ? `<p class="description">${esc(n.description)}</p>` : ''}
        <div class="actions">
          <button type="button" data-action="expand" data-id="${esc(n.id)}">${drawn ? 'Expand' : 'Draw'} neighbours</button>
          <button type="button" data-action="path-from" data-id="${esc(n.id)}">Path from here</button>
          <button type="button" data-action="path-to" data-id="${esc(n.id)}">Path to here</button>
        </div>
        ${scope ? `<p class="muted small">Timeline and map show ${scope}.</p>` : ''}
      </header>
      <section><table class="props">${rows}</table></section>
      ${review}
      ${ownSources}
      ${n.kind === 'Event' ? claimsSection(n) : ''}
      ${relationshipsSection(n)}
    </article>`);
  }

  /** One relationship (a selected edge) and its provenance, sources open. */
  fact(f) {
    this.root.removeAttribute('aria-busy');
    if (!f) {
      this.show('<p class="error" role="alert">This relationship no longer exists.</p>');
      return;
    }
    const props = Object.entries(f.properties ?? {})
      .map(([k, v]) => row(k, esc(v)))
      .join('');
    this.facts.clear();
    this.facts.set(f.id, f);
    this.show(`<article class="fact" data-fact-id="${esc(f.id)}">
      <header class="node-head">
        <h2>Relationship <span class="rel-type">${esc(f.type)}</span></h2>
        <p class="fact-line">${nodeLink(f.from)} <span class="dir">→ ${esc(f.type)} →</span> ${nodeLink(f.to)}</p>
        <p class="muted small"><code>${esc(f.id)}</code></p>
      </header>
      <section><table class="props">
        ${row('Confidence', f.confidence != null ? `${Math.round(f.confidence * 100)}%` : '<span class="muted">reference data</span>')}
        ${props}
      </table></section>
      ${f.sources.length ? `<section class="review-section"><h3>Review</h3>${reviewBlock(f.id, 'RELATIONSHIP', f.review)}</section>` : ''}
      <section><h3>Sources <span class="muted">(${f.sources.length})</span></h3>
        <details class="rel-sources" data-rel-id="${esc(f.id)}" open><summary>Evidence</summary>${sourcesList(f.sources)}</details>
      </section>
    </article>`);
  }

  /** The paths found between two nodes, as text with relationship types and directions. */
  paths(paths, from, to) {
    this.root.removeAttribute('aria-busy');
    const head = `<header class="node-head"><h2>Paths</h2>
      <p>${nodeLink(from)} <span class="muted">to</span> ${nodeLink(to)}</p>
      <div class="actions"><button type="button" data-action="clear-path">Clear paths</button></div></header>`;
    if (!paths.length) {
      this.show(`<article class="paths">${head}<p class="muted">No path of 5 hops or fewer joins them.</p></article>`);
      return;
    }
    const labels = new Map();
    for (const p of paths) for (const n of p.nodes) labels.set(n.id, n);
    const items = paths
      .map((p) => {
        const steps = p.steps
          .map((s) => {
            const arrow = s.forward
              ? `<span class="dir">—${esc(s.relationship.type)}→</span>`
              : `<span class="dir">←${esc(s.relationship.type)}—</span>`;
            return `${arrow} ${nodeLink(labels.get(s.to.id) ?? { id: s.to.id })}`;
          })
          .join(' ');
        const start = p.steps[0] ? nodeLink(labels.get(p.steps[0].from.id) ?? { id: p.steps[0].from.id }) : '';
        return `<li class="path-item"><span class="muted small">${p.length} hop${p.length === 1 ? '' : 's'}:</span> ${start} ${steps}</li>`;
      })
      .join('');
    this.show(`<article class="paths">${head}<p class="muted small">${paths.length} shortest path${paths.length === 1 ? '' : 's'}, highlighted on the graph (filters do not hide them). Arrows show each relationship's direction.</p><ol class="path-list">${items}</ol></article>`);
  }
}
