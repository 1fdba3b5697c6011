/**
 * The search box: an ARIA combobox that asks `search(query, first: 8)` as you type (debounced,
 * stale answers dropped), lists the entities with the name or alias that matched, and opens the
 * one picked with Enter or a click (Shift adds it to the current graph instead of replacing it).
 */
import { search } from './api.js';
import { esc, kindIcon } from './kinds.js';

const DEBOUNCE_MS = 180;

export class SearchBox {
  /**
   * @param {HTMLInputElement} input
   * @param {HTMLUListElement} list the listbox under it
   * @param {{onPick(hit, {add: boolean}), onError(message)}} handlers
   */
  constructor(input, list, handlers) {
    this.input = input;
    this.list = list;
    this.handlers = handlers;
    this.hits = [];
    this.active = -1;
    this.timer = null;
    this.controller = null;

    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (evt) => this.onKey(evt));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.hits.length) this.open();
    });
    // mousedown (not click) so the input's blur does not close the list first.
    list.addEventListener('mousedown', (evt) => {
      const item = evt.target.closest('[role="option"]');
      if (!item) return;
      evt.preventDefault();
      this.pick(Number(item.dataset.index), { add: evt.shiftKey });
    });
  }

  schedule() {
    clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (query.length < 2) {
      this.controller?.abort();
      this.render([]);
      return;
    }
    this.timer = setTimeout(() => this.run(query), DEBOUNCE_MS);
  }

  async run(query) {
    // Only the latest query's answer is shown.
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const hits = await search(query, controller.signal);
      if (controller.signal.aborted) return;
      this.shownQuery = query;
      this.render(hits);
    } catch (err) {
      if (err.name === 'AbortError') return;
      this.handlers.onError?.(`Search failed: ${err.message}`);
    }
  }

  render(hits) {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    if (!hits.length) {
      const query = this.input.value.trim();
      this.list.innerHTML = query.length >= 2 ? `<li class="no-hit" role="presentation">No match for “${esc(query)}”</li>` : '';
      if (query.length >= 2) this.open();
      else this.close();
      return;
    }
    this.list.innerHTML = hits
      .map(
        (h, i) => `<li role="option" id="suggestion-${i}" data-index="${i}" data-id="${esc(h.id)}" aria-selected="${i === 0}">
          ${kindIcon(h.kind)}
          <span class="name">${esc(h.name)}</span>
          ${h.matched && h.matched !== h.name ? `<span class="matched">matched “${esc(h.matched)}”</span>` : ''}
          <span class="kind">${esc(h.kind)}</span>
        </li>`,
      )
      .join('');
    this.open();
    this.highlight(0);
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  highlight(index) {
    this.active = index;
    for (const li of this.list.querySelectorAll('[role="option"]')) li.setAttribute('aria-selected', String(Number(li.dataset.index) === index));
    if (index >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${index}`);
  }

  onKey(evt) {
    const n = this.hits.length;
    if (evt.key === 'ArrowDown' && n) {
      evt.preventDefault();
      this.open();
      this.highlight((this.active + 1) % n);
    } else if (evt.key === 'ArrowUp' && n) {
      evt.preventDefault();
      this.highlight((this.active - 1 + n) % n);
    } else if (evt.key === 'Enter') {
      evt.preventDefault();
      const add = evt.shiftKey;
      const query = this.input.value.trim();
      if (query !== this.shownQuery && query.length >= 2) {
        // Typed faster than the debounce: ask now, then open the best hit.
        clearTimeout(this.timer);
        this.run(query).then(() => {
          if (this.shownQuery === query && this.hits.length) this.pick(0, { add });
        });
      } else if (this.active >= 0) this.pick(this.active, { add });
    } else if (evt.key === 'Escape') {
      this.close();
    }
  }

  pick(index, { add }) {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.name;
    this.close();
    this.handlers.onPick(hit, { add });
  }
}
