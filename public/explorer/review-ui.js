/**
 * Curator review in the browser, shared by the explorer's panel and the review page: how a
 * fact's review state is shown, its decision buttons, the correction form of each kind of fact,
 * and the editor token, asked once and kept in memory only (api.js).
 */
import * as api from './api.js';
import { esc, words } from './kinds.js';

/** ACLED sub-event types (the SubEventType enum), for the correction form of an event. */
export const SUB_EVENT_TYPES = [
  'ARMED_CLASH', 'GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'CHEMICAL_WEAPON', 'AIR_DRONE_STRIKE',
  'SUICIDE_BOMB', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 'GRENADE', 'SEXUAL_VIOLENCE', 'ATTACK',
  'ABDUCTION_FORCED_DISAPPEARANCE', 'PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS',
  'VIOLENT_DEMONSTRATION', 'MOB_VIOLENCE', 'AGREEMENT', 'ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'DISRUPTED_WEAPONS_USE',
  'HEADQUARTERS_OR_BASE_ESTABLISHED', 'LOOTING_PROPERTY_DESTRUCTION', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 'OTHER',
];
export const STANCES = ['CONDEMNATION', 'CONDOLENCE', 'SOLIDARITY', 'SUPPORT', 'CONCERN', 'CALL_FOR_ACTION', 'CLAIM_OF_RESPONSIBILITY', 'DENIAL', 'OTHER'];
export const CASUALTY_GROUPS = ['CIVILIANS', 'SECURITY_FORCES', 'MILITANTS', 'UNSPECIFIED'];
const PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

/** How each state is called on the page. */
export const STATE_TEXT = { UNREVIEWED: 'unreviewed', CONFIRMED: 'confirmed', CORRECTED: 'corrected', REJECTED: 'rejected' };

/** A small badge for a review state (with who decided and when, as a tooltip). */
export function reviewBadge(review) {
  if (!review) return '';
  const state = review.counts === false && review.state !== 'REJECTED' ? 'REJECTED' : review.state;
  const text = review.correctedTo ? 'replaced by a correction' : review.counts === false && review.state !== 'REJECTED' ? 'out with a rejected fact' : STATE_TEXT[review.state];
  const who = review.by ? ` by ${review.by}${review.at ? ` on ${review.at.slice(0, 10)}` : ''}` : '';
  const conflict = review.conflicts?.length ? ` <span class="review-badge conflict" title="A later report disagrees: ${esc(review.conflicts.map((c) => `${c.field} ${c.value ?? ''}`).join('; '))}">conflict</span>` : '';
  return `<span class="review-badge state-${esc(state.toLowerCase())}" title="${esc(`${text}${who}${review.note ? ` — ${review.note}` : ''}`)}">${esc(text)}</span>${conflict}`;
}

/**
 * The decision buttons of a fact: confirm, correct, reject. The etag goes with them, so a
 * decision is made on the fact as it was shown (CONFLICT otherwise).
 */
export function decisionButtons(id, kind, review) {
  if (!review || review.correctedTo) return '';
  const attrs = `data-id="${esc(id)}" data-kind="${esc(kind)}" data-etag="${esc(review.etag)}"`;
  const canCorrect = review.counts !== false;
  return `<span class="decide">
    ${review.state !== 'CONFIRMED' ? `<button type="button" class="decide-confirm" data-action="confirm" ${attrs} title="Confirm (c)">Confirm</button>` : ''}
    ${canCorrect ? `<button type="button" class="decide-correct" data-action="correct" ${attrs} title="Correct (e)">Correct</button>` : ''}
    ${review.state !== 'REJECTED' ? `<button type="button" class="decide-reject" data-action="reject" ${attrs} title="Reject (r)">Reject</button>` : ''}
  </span>`;
}

function options(values, selected) {
  return values.map((v) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(words(v))}</option>`).join('');
}

function field(label, control) {
  return `<label class="correct-field"><span>${esc(label)}</span>${control}</label>`;
}

/**
 * The correction form of a fact, filled with its current values. `fact`: the fields api.js
 * reads (an event, a statement, a claim or a relationship, as `kind` says).
 */
export function correctionForm(kind, fact) {
  const v = (x) => esc(x ?? '');
  let fields = '';
  if (kind === 'EVENT') {
    fields = [
      field('Type', `<select name="subEventType">${options(SUB_EVENT_TYPES, fact.subEventType)}</select>`),
      field('Date', `<input name="date" type="date" value="${v(fact.date)}" required>`),
      field('Precision', `<select name="datePrecision">${options(PRECISIONS, fact.datePrecision ?? 'DAY')}</select>`),
      field('Place id', `<input name="placeId" value="${v(fact.place?.id)}" placeholder="place:…" spellcheck="false">`),
      field('Label', `<input name="label" value="${v(fact.label)}">`),
      field('Civilians targeted', `<input name="civilianTargeting" type="checkbox"${fact.civilianTargeting ? ' checked' : ''}>`),
    ].join('');
  } else if (kind === 'STATEMENT') {
    fields = [
      field('Stance', `<select name="stance">${options(STANCES, fact.stance)}</select>`),
      field('Date', `<input name="date" type="date" value="${v(fact.saidOn ?? fact.date)}">`),
      field('Quote', `<textarea name="quote" rows="3">${v(fact.quote)}</textarea>`),
    ].join('');
  } else if (kind === 'CASUALTY_CLAIM') {
    fields = [
      field('Group', `<select name="group">${options(CASUALTY_GROUPS, fact.group)}</select>`),
      ...['killed', 'injured', 'abducted', 'arrested'].map((m) => field(words(m), `<input name="${m}" type="number" min="0" step="1" value="${v(fact[m])}" inputmode="numeric">`)),
    ].join('');
  } else if (kind === 'RELATIONSHIP') {
    fields = [
      field('From', `<input name="from" value="${v(fact.from?.id)}" spellcheck="false">`),
      field(`${fact.type ?? ''} to`, `<input name="to" value="${v(fact.to?.id)}" spellcheck="false">`),
    ].join('');
  }
  return `<form class="correct-form" data-kind="${esc(kind)}">
    ${fields}
    ${field('Note', '<input name="note" placeholder="why (kept in the history)">')}
    <div class="correct-actions"><button type="submit">Save correction</button> <button type="button" data-cancel>Cancel</button>
    <span class="muted small">Enter saves, Esc cancels</span></div>
  </form>`;
}

/**
 * What a correction form changes: only the fields whose value differs from the fact's (so an
 * untouched field is not sent as a correction), and the note.
 */
export function readCorrection(form, kind, fact) {
  const data = new FormData(form);
  const input = {};
  const text = (name) => String(data.get(name) ?? '').trim();
  const set = (name, value, current) => {
    if (value !== (current ?? null)) input[name] = value;
  };
  if (kind === 'EVENT') {
    set('subEventType', text('subEventType'), fact.subEventType);
    set('date', text('date') || null, fact.date);
    set('datePrecision', text('datePrecision'), fact.datePrecision ?? 'DAY');
    if (text('placeId') && text('placeId') !== fact.place?.id) input.placeId = text('placeId');
    set('label', text('label') || null, fact.label);
    set('civilianTargeting', data.get('civilianTargeting') === 'on', Boolean(fact.civilianTargeting));
  } else if (kind === 'STATEMENT') {
    set('stance', text('stance'), fact.stance);
    set('date', text('date') || null, fact.saidOn ?? fact.date);
    set('quote', text('quote') || null, fact.quote);
  } else if (kind === 'CASUALTY_CLAIM') {
    set('group', text('group'), fact.group);
    for (const m of ['killed', 'injured', 'abducted', 'arrested']) set(m, text(m) === '' ? null : Number(text(m)), fact[m]);
  } else if (kind === 'RELATIONSHIP') {
    if (text('from') && text('from') !== fact.from?.id) input.from = text('from');
    if (text('to') && text('to') !== fact.to?.id) input.to = text('to');
  }
  return { input, note: text('note') || null };
}

// ---------------------------------------------------------------------------------------------
// The editor token

let dialog = null;

/** The token dialog (created once per page): a password field, never autofilled or stored. */
function tokenDialog() {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'token-dialog';
  dialog.innerHTML = `<form method="dialog">
    <h2>Editor token</h2>
    <p class="small">Decisions need a bearer token with the editor role. It stays in this page's memory
    only: nothing is stored, and reloading or closing the page forgets it.</p>
    <label>Token <input name="token" type="password" autocomplete="off" spellcheck="false" required></label>
    <p class="token-error error small" hidden></p>
    <div class="correct-actions"><button type="submit" value="ok">Use for this page</button> <button type="submit" value="cancel" formnovalidate>Cancel</button></div>
  </form>`;
  document.body.appendChild(dialog);
  return dialog;
}

/** Asks for the token unless one is set; resolves true when there is one. */
export function ensureToken(message = null) {
  if (api.hasToken()) return Promise.resolve(true);
  const d = tokenDialog();
  const input = d.querySelector('input[name="token"]');
  const error = d.querySelector('.token-error');
  error.hidden = !message;
  error.textContent = message ?? '';
  input.value = '';
  return new Promise((resolve) => {
    d.addEventListener(
      'close',
      () => {
        const ok = d.returnValue === 'ok' && input.value.trim();
        if (ok) api.setToken(input.value);
        // The field is emptied at once: the token is in api.js's variable only.
        input.value = '';
        resolve(Boolean(ok));
      },
      { once: true },
    );
    d.showModal();
    input.focus();
  });
}

/**
 * Runs a decision, asking for the token first when needed, and again when the server refuses
 * it (a wrong key). Returns the fact as the server now has it, or null when the editor cancelled.
 */
export async function decideWithToken(action, id, etag, options = {}) {
  let message = null;
  for (;;) {
    if (!(await ensureToken(message))) return null;
    try {
      return await api.decide(action, id, etag, options);
    } catch (err) {
      if (err.code !== 'UNAUTHENTICATED' && err.code !== 'FORBIDDEN') throw err;
      api.setToken(null);
      message = err.code === 'FORBIDDEN' ? 'That token cannot decide: it needs the editor role.' : 'That token was not accepted.';
    }
  }
}
