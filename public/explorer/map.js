/**
 * The map panel: Leaflet with no tile layer (the page works offline). It draws Iraq's
 * governorates and the countries around it from a boundary file served with the page
 * (data/iraq-boundaries.geojson, simplified from Natural Earth, which is in the public domain;
 * scripts/build-boundaries.mjs makes it), a scale, and the events of the current filters as
 * circles coloured by type and sized by fatalities. How precisely an event is placed (its
 * `geoPrecision`, ACLED's codes) changes how it is drawn, and a legend says how:
 *   1  exact place: a solid circle;
 *   2  near a named place: a hollow dashed circle inside a small shaded ring (about 8 km);
 *   3  only the governorate or larger: a faint dashed circle inside a large shaded area (about 35 km).
 * Hovering a governorate names it; from zoom 6 the names are written on the map. Clicking a
 * circle reports the event's id.
 *
 * Leaflet is loaded by index.html as the global `L`.
 */
import { EVENT_TYPES, EVENT_TYPE_COLORS, GEO_PRECISION, esc } from './kinds.js';

/** Iraq and its borders, the view before any event is known. */
const IRAQ = [
  [29.0, 38.8],
  [37.4, 48.6],
];

/** The boundary file, beside this module (so /explorer/data/…, from this server). */
const BOUNDARIES_URL = new URL('./data/iraq-boundaries.geojson', import.meta.url).href;

/** From this zoom the governorates' names are written on the map (below it, on hover only). */
const LABEL_ZOOM = 6;

/** Radius in metres of the shaded area around an imprecise event, by geoPrecision. */
const AREA_RADIUS = { 2: 8_000, 3: 35_000 };

/** Colours of the base map. */
const STYLE = {
  country: { stroke: false, fillColor: '#ebe7de', fillOpacity: 1, interactive: false, className: 'country' },
  governorate: { color: '#98a3b3', weight: 0.8, fillColor: '#ffffff', fillOpacity: 1, className: 'governorate' },
  /** The Kurdistan Region's governorates, a little warmer. */
  kurdistan: { fillColor: '#fbf6ea' },
  hover: { color: '#0b63ce', weight: 2 },
  border: { color: '#a59f94', weight: 0.9, opacity: 1, fill: false, interactive: false, className: 'border' },
  iraqBorder: { color: '#4b5563', weight: 1.6, opacity: 1, fill: false, interactive: false, className: 'border iraq-border' },
};

/** Level 1..3, or 1 for an event whose precision is not given (drawn as before the field existed). */
const precisionOf = (event) => (event.geoPrecision >= 1 && event.geoPrecision <= 3 ? event.geoPrecision : 1);

export class EventMap {
  /**
   * @param {HTMLElement} container
   * @param {HTMLElement} caption a line of text above the map
   * @param {{onEvent(id)}} handlers
   */
  constructor(container, caption, handlers) {
    this.container = container;
    this.caption = caption;
    this.handlers = handlers;
    this.map = L.map(container, {
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0.25,
      minZoom: 4,
      maxZoom: 12,
      worldCopyJump: false,
    });
    this.map.fitBounds(IRAQ);
    // Zoom buttons on the right, above the legend.
    L.control.zoom({ position: 'topright' }).addTo(this.map);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(this.map);
    // Layers, bottom to top: land and borders, place names, the areas of imprecise events, the
    // event circles (the overlay pane), tooltips. Names and areas never take the mouse.
    this.map.createPane('land').style.zIndex = '250';
    this.map.createPane('placeNames').style.zIndex = '380';
    this.map.getPane('placeNames').style.pointerEvents = 'none';
    this.map.createPane('eventAreas').style.zIndex = '390';
    this.map.getPane('eventAreas').style.pointerEvents = 'none';
    this.legend = this.drawLegend();
    this.events = L.layerGroup().addTo(this.map);
    this.focus = L.layerGroup().addTo(this.map);
    this.map.on('zoomend', () => this.showNames());
    this.showNames();
    /** Resolves once the boundaries are drawn (with their counts), or with `error` when they could not be. */
    this.boundaries = this.drawBoundaries();
    // The container is sized by CSS grid; tell Leaflet when that changes.
    new ResizeObserver(() => this.map.invalidateSize()).observe(container);
  }

  /** Loads the boundary file and draws it: countries, then governorates, then borders and names. */
  async drawBoundaries() {
    let data;
    try {
      const response = await fetch(BOUNDARIES_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = await response.json();
    } catch (err) {
      this.boundaryError = `boundaries could not be loaded (${err.message})`;
      this.caption.dataset.boundaries = 'missing';
      return { governorates: 0, countries: 0, error: this.boundaryError };
    }
    const of = (kind) => ({ ...data, features: data.features.filter((f) => f.properties.kind === kind) });
    L.geoJSON(of('country'), { pane: 'land', style: () => STYLE.country }).addTo(this.map);
    this.governorates = L.geoJSON(of('governorate'), {
      pane: 'land',
      style: (f) => ({ ...STYLE.governorate, ...(f.properties.region && STYLE.kurdistan) }),
      onEachFeature: (f, layer) => {
        const p = f.properties;
        layer.bindTooltip(
          `<strong>${esc(p.name)} Governorate</strong>${p.region ? `<br><span class="muted">${esc(p.region)}</span>` : ''}${p.note ? `<br><span class="muted">${esc(p.note)}</span>` : ''}`,
          { sticky: true, direction: 'top', offset: [0, -8], className: 'place-tooltip' },
        );
        layer.on('mouseover', () => layer.setStyle(STYLE.hover));
        layer.on('mouseout', () => this.governorates.resetStyle(layer));
      },
    }).addTo(this.map);
    L.geoJSON(of('border'), { pane: 'land', style: (f) => (f.properties.iraq ? STYLE.iraqBorder : STYLE.border) }).addTo(this.map);
    this.names = L.layerGroup().addTo(this.map);
    const name = (feature, className) => {
      const [lon, lat] = feature.properties.label;
      L.marker([lat, lon], {
        pane: 'placeNames',
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className, html: `<span>${esc(feature.properties.name)}</span>`, iconSize: [0, 0] }),
      }).addTo(this.names);
    };
    for (const f of data.features) {
      if (f.properties.kind === 'governorate') name(f, 'place-name governorate-name');
      else if (f.properties.kind === 'country' && f.properties.label) name(f, 'place-name country-name');
    }
    const counts = { governorates: of('governorate').features.length, countries: of('country').features.length };
    this.caption.dataset.boundaries = 'drawn';
    return counts;
  }

  /** Governorate names only from LABEL_ZOOM on (CSS hides them below it). */
  showNames() {
    this.container.classList.toggle('show-governorate-names', this.map.getZoom() >= LABEL_ZOOM);
  }

  /** The legend of the event circles: one line, how precisely each is placed (the long text on hover). */
  drawLegend() {
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'map-legend');
      div.setAttribute('role', 'note');
      div.setAttribute('aria-label', 'Legend: how precisely events are placed');
      const icon = {
        1: '<circle cx="10" cy="10" r="5.5" fill="#555" fill-opacity="0.85" stroke="#fff" stroke-width="1"/>',
        2: '<circle cx="10" cy="10" r="8.5" fill="#555" fill-opacity="0.12" stroke="#555" stroke-opacity="0.6" stroke-dasharray="3 3"/><circle cx="10" cy="10" r="4.5" fill="#555" fill-opacity="0.35" stroke="#555" stroke-width="1.5" stroke-dasharray="3 2"/>',
        3: '<circle cx="10" cy="10" r="9.3" fill="#555" fill-opacity="0.08" stroke="#555" stroke-opacity="0.5" stroke-dasharray="2 3"/><circle cx="10" cy="10" r="4.5" fill="#555" fill-opacity="0.15" stroke="#555" stroke-width="1.5" stroke-dasharray="2 3"/>',
      };
      div.innerHTML = [1, 2, 3]
        .map(
          (level) =>
            `<span class="map-legend-item" data-precision="${level}" title="Event placed: ${esc(GEO_PRECISION[level].long)} (ACLED geo-precision ${level})">` +
            `<svg width="14" height="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false">${icon[level]}</svg>${esc(GEO_PRECISION[level].legend)}</span>`,
        )
        .join('');
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    return legend.addTo(this.map);
  }

  /** Draws the events (from `events(filter, first: 100)`), replacing the previous ones. */
  set(connection, scopeText) {
    const withPlace = connection.nodes.filter((e) => e.location);
    this.events.clearLayers();
    /** Marker per event id, and how it was drawn (for tests and the console). */
    this.markers = new Map();
    this.drawn = new Map();
    const counts = {};
    for (const e of withPlace) {
      const level = precisionOf(e);
      counts[level] = (counts[level] ?? 0) + 1;
      const at = [e.location.latitude, e.location.longitude];
      const color = EVENT_TYPE_COLORS[e.eventType] ?? '#444444';
      let area = null;
      if (level > 1) {
        area = L.circle(at, {
          pane: 'eventAreas',
          radius: AREA_RADIUS[level],
          color,
          weight: 1,
          opacity: level === 2 ? 0.6 : 0.5,
          dashArray: level === 2 ? '3 3' : '2 4',
          fillColor: color,
          fillOpacity: level === 2 ? 0.12 : 0.08,
          interactive: false,
          className: `event-area precision-${level}`,
        }).addTo(this.events);
      }
      const marker = L.circleMarker(at, {
        radius: Math.min(16, 5 + Math.sqrt(e.fatalities?.best ?? 0) * 1.5),
        color: level === 1 ? '#ffffff' : color,
        weight: level === 1 ? 1 : 1.5,
        dashArray: level === 1 ? null : level === 2 ? '3 2' : '2 3',
        fillColor: color,
        fillOpacity: level === 1 ? 0.85 : level === 2 ? 0.35 : 0.15,
        className: `event-marker precision-${level}`,
      });
      const where = e.geoPrecision ? ` · placed: ${esc(GEO_PRECISION[level].short)}` : '';
      marker.bindTooltip(`${esc(e.label ?? e.id)}<br><span class="muted">${esc(e.date)} · ${esc(EVENT_TYPES[e.eventType] ?? e.eventType)} · ${e.fatalities?.best ?? 0} killed${where}</span>`);
      marker.on('click', () => this.handlers.onEvent?.(e.id));
      marker.addTo(this.events);
      this.markers.set(e.id, marker);
      this.drawn.set(e.id, { precision: level, marker, area });
    }
    const shown = connection.totalCount > connection.nodes.length ? `newest ${connection.nodes.length} of ${connection.totalCount}` : `${connection.totalCount}`;
    const unplaced = connection.nodes.length - withPlace.length;
    const vague = [counts[2] && `${counts[2]} near a place`, counts[3] && `${counts[3]} by governorate only`].filter(Boolean).join(', ');
    const notes = [unplaced && `${unplaced} without coordinates`, vague].filter(Boolean).join('; ');
    this.caption.textContent = `${scopeText} · ${shown} events${notes ? ` (${notes})` : ''}${this.boundaryError ? ` · ${this.boundaryError}` : ''}`;
    if (withPlace.length) {
      const bounds = L.latLngBounds(withPlace.map((e) => [e.location.latitude, e.location.longitude]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8, animate: false });
    } else {
      this.map.fitBounds(IRAQ, { animate: false });
    }
  }

  /** Where an event's marker is, in pixels from the map's top left (null when not shown). */
  markerPoint(id) {
    const marker = this.markers?.get(id);
    if (!marker) return null;
    const p = this.map.latLngToContainerPoint(marker.getLatLng());
    return { x: p.x, y: p.y };
  }

  /** How an event is drawn: its precision level, the circle's style and the shaded area's radius (null when not shown). */
  markerStyle(id) {
    const drawn = this.drawn?.get(id);
    if (!drawn) return null;
    const { fillOpacity, dashArray, weight, color } = drawn.marker.options;
    return { precision: drawn.precision, fillOpacity, dashArray: dashArray ?? null, weight, color, areaRadius: drawn.area ? drawn.area.getRadius() : null };
  }

  /** Marks the selected place (a ring), or clears the mark. */
  setFocus(location, name) {
    this.focus.clearLayers();
    if (!location) return;
    L.circleMarker([location.latitude, location.longitude], { radius: 11, color: '#0b63ce', weight: 2, fill: false, interactive: false })
      .bindTooltip(esc(name), { permanent: false })
      .addTo(this.focus);
  }
}
