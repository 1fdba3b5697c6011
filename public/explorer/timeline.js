/**
 * The timeline strip: events per month as bars above a baseline, fatalities as bars below it,
 * drawn in one SVG. Months without events are shown empty so gaps read as gaps. Clicking a
 * month (or Enter on it) reports its first and last day; the chosen date range is shaded.
 */
import { esc } from './kinds.js';

const SVG = 'http://www.w3.org/2000/svg';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every month from the first bucket's to the last's, with the buckets' figures (zero if none). */
function months(buckets) {
  if (!buckets.length) return [];
  const byStart = new Map(buckets.map((b) => [b.start.slice(0, 7), b]));
  const [y0, m0] = buckets[0].start.split('-').map(Number);
  const [y1, m1] = buckets[buckets.length - 1].start.split('-').map(Number);
  const out = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((m = 1), y++) : m++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const b = byStart.get(key);
    out.push({ key, year: y, month: m, start: `${key}-01`, end: `${key}-${String(last).padStart(2, '0')}`, events: b?.events ?? 0, fatalities: b?.fatalities ?? 0 });
  }
  return out;
}

function el(name, attrs = {}, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

export class Timeline {
  /**
   * @param {HTMLElement} container where the SVG goes
   * @param {HTMLElement} caption a line of text above it (scope and totals)
   * @param {{onMonth({start, end})}} handlers
   */
  constructor(container, caption, handlers) {
    this.container = container;
    this.caption = caption;
    this.handlers = handlers;
    this.data = [];
    this.range = { from: null, to: null };
    this.scopeText = '';
    new ResizeObserver(() => this.draw()).observe(container);
  }

  /** New figures (from the `timeline` query) and what they are about. */
  set(buckets, scopeText) {
    this.data = months(buckets);
    this.scopeText = scopeText;
    this.draw();
  }

  /** The date filter, shaded on the bars. */
  setRange(from, to) {
    this.range = { from, to };
    this.draw();
  }

  draw() {
    const { container } = this;
    const width = Math.max(200, container.clientWidth);
    const height = Math.max(80, container.clientHeight);
    const totals = this.data.reduce((t, m) => ({ events: t.events + m.events, fatalities: t.fatalities + m.fatalities }), { events: 0, fatalities: 0 });
    this.caption.innerHTML = `${esc(this.scopeText)} · <span class="swatch events"></span>${totals.events} events · <span class="swatch fatalities"></span>${totals.fatalities} fatalities${
      this.data.length ? ' · click a month to filter by it' : ''
    }`;
    container.replaceChildren();
    if (!this.data.length) {
      const p = document.createElement('p');
      p.className = 'muted empty';
      p.textContent = 'No events match the filters.';
      container.appendChild(p);
      return;
    }

    const margin = { left: 40, right: 8, top: 6, bottom: 18 };
    const plotW = width - margin.left - margin.right;
    const plotH = height - margin.top - margin.bottom;
    // The events half is a little taller than the fatalities half.
    const upH = plotH * 0.55;
    const downH = plotH - upH - 2;
    const base = margin.top + upH;
    const maxEvents = Math.max(1, ...this.data.map((m) => m.events));
    const maxDeaths = Math.max(1, ...this.data.map((m) => m.fatalities));
    const slot = plotW / this.data.length;
    const barW = Math.max(1, Math.min(28, slot * 0.75));

    // Fatalities on a square-root scale: one massacre would otherwise flatten every other month.
    const deathHeight = (n) => Math.max(2, Math.sqrt(n / maxDeaths) * downH);
    const svg = el('svg', { width, height, role: 'group', 'aria-label': 'Events (above the line) and fatalities (below, square-root scale) per month' }, container);
    // Axes: baseline, and the maxima as labels.
    el('line', { x1: margin.left, x2: width - margin.right, y1: base, y2: base, class: 'axis' }, svg);
    el('text', { x: margin.left - 4, y: margin.top + 8, class: 'tick', 'text-anchor': 'end' }, svg).textContent = String(maxEvents);
    el('text', { x: margin.left - 4, y: base - 2, class: 'tick', 'text-anchor': 'end' }, svg).textContent = 'events';
    el('text', { x: margin.left - 4, y: base + 11, class: 'tick', 'text-anchor': 'end' }, svg).textContent = 'killed';
    el('text', { x: margin.left - 4, y: base + 2 + downH, class: 'tick', 'text-anchor': 'end' }, svg).textContent = String(maxDeaths);

    const { from, to } = this.range;
    const inRange = (m) => (!from || m.end >= from) && (!to || m.start <= to);
    const filtered = Boolean(from || to);
    const labelEvery = Math.ceil(40 / slot);

    this.data.forEach((m, i) => {
      const x = margin.left + i * slot;
      const cx = x + (slot - barW) / 2;
      const g = el(
        'g',
        {
          class: `month${filtered && inRange(m) ? ' chosen' : ''}${filtered && !inRange(m) ? ' outside' : ''}`,
          tabindex: 0,
          role: 'button',
          'data-start': m.start,
          'aria-label': `${MONTHS[m.month - 1]} ${m.year}: ${m.events} events, ${m.fatalities} fatalities. Filter to this month.`,
        },
        svg,
      );
      el('title', {}, g).textContent = `${MONTHS[m.month - 1]} ${m.year}: ${m.events} events, ${m.fatalities} fatalities`;
      // A full-height hit area, so thin or empty months are still easy to click.
      el('rect', { x, y: margin.top, width: slot, height: plotH, class: 'hit' }, g);
      if (m.events) {
        const h = Math.max(2, (m.events / maxEvents) * upH);
        el('rect', { x: cx, y: base - h, width: barW, height: h, class: 'bar events' }, g);
      }
      if (m.fatalities) {
        const h = deathHeight(m.fatalities);
        el('rect', { x: cx, y: base + 2, width: barW, height: h, class: 'bar fatalities' }, g);
      }
      if (i % labelEvery === 0) {
        const label = m.month <= labelEvery || i === 0 ? `${MONTHS[m.month - 1]} ${String(m.year).slice(2)}` : MONTHS[m.month - 1];
        el('text', { x: x + slot / 2, y: height - 4, class: 'tick', 'text-anchor': 'middle' }, svg).textContent = label;
      }
      const choose = () => this.handlers.onMonth?.({ start: m.start, end: m.end });
      g.addEventListener('click', choose);
      g.addEventListener('keydown', (evt) => {
        if (evt.key === 'Enter' || evt.key === ' ') {
          evt.preventDefault();
          choose();
        }
      });
    });
  }
}
