/**
 * <overview-strip>: a zoomable density strip of a round's events, drawn on one canvas so that thousands of
 * events cost no DOM nodes. Properties: `days` (ISO day strings, one per event), `start`, `end` (ISO days).
 * Zoom buckets events by day, week or month; clicking a bar fires `bucket-selected` with its first day.
 */
class OverviewStrip extends HTMLElement {
  static get observedAttributes() { return ['zoom']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `
      <style>
        :host { display: block; font: inherit; }
        .bar { display: flex; flex-wrap: wrap; gap: var(--lumo-space-s, .5rem); align-items: center;
               justify-content: space-between; margin-block-end: var(--lumo-space-xs, .25rem); }
        .zoom { display: inline-flex; gap: 2px; }
        button { font: inherit; font-size: var(--lumo-font-size-s, .875rem); padding: 2px 10px; border-radius: 6px;
                 border: 1px solid var(--lumo-contrast-30pct, #bbb); background: var(--lumo-base-color, #fff);
                 color: var(--lumo-body-text-color, #222); cursor: pointer; min-height: 32px; }
        button[aria-pressed="true"] { background: var(--lumo-primary-color, #1a5fb4); color: #fff;
                 border-color: var(--lumo-primary-color, #1a5fb4); }
        button:focus-visible, canvas:focus-visible { outline: 2px solid var(--lumo-primary-color, #1a5fb4); outline-offset: 2px; }
        canvas { width: 100%; height: 64px; display: block; cursor: pointer; border-radius: 6px;
                 background: var(--lumo-contrast-5pct, #f4f5f7); }
        .caption { font-size: var(--lumo-font-size-xs, .75rem); color: var(--lumo-secondary-text-color, #555); }
      </style>
      <div class="bar">
        <span class="caption" id="summary" aria-live="polite"></span>
        <span class="zoom" role="group" aria-label="Zoom the overview">
          <button type="button" data-zoom="day">Day</button>
          <button type="button" data-zoom="week">Week</button>
          <button type="button" data-zoom="month">Month</button>
        </span>
      </div>
      <canvas tabindex="0" role="img"></canvas>`;
    this._days = [];
    this._zoom = 'day';
    this._buckets = [];
    this.shadowRoot.querySelectorAll('button').forEach(b =>
      b.addEventListener('click', () => this.setAttribute('zoom', b.dataset.zoom)));
    const canvas = this.shadowRoot.querySelector('canvas');
    canvas.addEventListener('click', e => this._select(e.offsetX / canvas.clientWidth));
    canvas.addEventListener('keydown', e => {
      if (e.key === 'Enter' && this._buckets.length) this._select(0);
    });
    this._resize = new ResizeObserver(() => this._draw());
  }

  connectedCallback() { this._resize.observe(this); this._draw(); }
  disconnectedCallback() { this._resize.disconnect(); }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'zoom' && value) { this._zoom = value; this._draw(); }
  }

  set days(value) { this._days = (value || []).slice().sort(); this._draw(); }
  get days() { return this._days; }

  _bucketStart(iso) {
    const d = new Date(iso + 'T00:00:00Z');
    if (this._zoom === 'month') return iso.slice(0, 7) + '-01';
    if (this._zoom === 'week') {
      const dow = (d.getUTCDay() + 6) % 7; // weeks start on Monday
      d.setUTCDate(d.getUTCDate() - dow);
      return d.toISOString().slice(0, 10);
    }
    return iso;
  }

  _step(iso) {
    const d = new Date(iso + 'T00:00:00Z');
    if (this._zoom === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (this._zoom === 'week' ? 7 : 1));
    return d.toISOString().slice(0, 10);
  }

  _draw() {
    this.shadowRoot.querySelectorAll('button').forEach(b =>
      b.setAttribute('aria-pressed', String(b.dataset.zoom === this._zoom)));
    const canvas = this.shadowRoot.querySelector('canvas');
    const width = canvas.clientWidth || 300;
    const height = canvas.clientHeight || 64;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const ctx = canvas.getContext('2d');
    ctx.scale(ratio, ratio);
    ctx.clearRect(0, 0, width, height);
    const counts = new Map();
    for (const day of this._days) {
      const key = this._bucketStart(day);
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const first = this._bucketStart(this.getAttribute('start') || this._days[0] || '');
    const last = this._bucketStart(this.getAttribute('end') || this._days[this._days.length - 1] || '');
    this._buckets = [];
    if (first && last) {
      for (let b = first; b <= last && this._buckets.length < 5000; b = this._step(b)) {
        this._buckets.push([b, counts.get(b) || 0]);
      }
    }
    const max = Math.max(1, ...this._buckets.map(b => b[1]));
    const slot = width / Math.max(1, this._buckets.length);
    const style = getComputedStyle(this);
    ctx.fillStyle = style.getPropertyValue('--lumo-primary-color').trim() || '#1a5fb4';
    this._buckets.forEach(([, count], i) => {
      if (!count) return;
      const h = Math.max(3, (height - 8) * count / max);
      ctx.fillRect(i * slot + slot * 0.15, height - h - 2, Math.max(1, slot * 0.7), h);
    });
    const busiest = this._buckets.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
    const summary = `${this._days.length} dated events over ${this._buckets.length} ${this._zoom}s` +
      (busiest[1] ? `; busiest ${this._zoom} starts ${busiest[0]} (${busiest[1]})` : '');
    this.shadowRoot.getElementById('summary').textContent = summary;
    canvas.setAttribute('aria-label', 'Event density: ' + summary);
  }

  _select(fraction) {
    if (!this._buckets.length) return;
    const index = Math.min(this._buckets.length - 1, Math.max(0, Math.floor(fraction * this._buckets.length)));
    this.dispatchEvent(new CustomEvent('bucket-selected', { detail: { day: this._buckets[index][0] }, bubbles: true }));
  }
}

customElements.define('overview-strip', OverviewStrip);
