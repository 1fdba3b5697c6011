/**
 * The map panel: Leaflet with no tile layer (the page works offline), a plain background with a
 * one-degree graticule, a scale, and the events of the current filters as circles coloured by
 * type and sized by fatalities. Clicking a circle reports the event's id.
 *
 * Leaflet is loaded by index.html as the global `L`.
 */
import { EVENT_TYPES, EVENT_TYPE_COLORS, esc } from './kinds.js';

/** Iraq and its borders, the view before any event is known. */
const IRAQ = [
  [29.0, 38.8],
  [37.4, 48.6],
];

export class EventMap {
  /**
   * @param {HTMLElement} container
   * @param {HTMLElement} caption a line of text above the map
   * @param {{onEvent(id)}} handlers
   */
  constructor(container, caption, handlers) {
    this.caption = caption;
    this.handlers = handlers;
    this.map = L.map(container, {
      preferCanvas: true,
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0.25,
      minZoom: 3,
      maxZoom: 12,
      worldCopyJump: false,
    });
    this.map.fitBounds(IRAQ);
    // Zoom buttons on the right, where they hide no degree label.
    L.control.zoom({ position: 'topright' }).addTo(this.map);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(this.map);
    this.drawGraticule();
    this.events = L.layerGroup().addTo(this.map);
    this.focus = L.layerGroup().addTo(this.map);
    // The container is sized by CSS grid; tell Leaflet when that changes.
    new ResizeObserver(() => this.map.invalidateSize()).observe(container);
  }

  /** Lines every degree from 25°N to 40°N and 35°E to 52°E; labels along the top and left edges. */
  drawGraticule() {
    const style = { color: '#9aa7b8', weight: 0.6, opacity: 0.7, interactive: false };
    const grid = L.layerGroup();
    for (let lat = 25; lat <= 40; lat++) L.polyline([[lat, 35], [lat, 52]], style).addTo(grid);
    for (let lon = 35; lon <= 52; lon++) L.polyline([[25, lon], [40, lon]], style).addTo(grid);
    grid.addTo(this.map);
    this.gridLabels = L.layerGroup().addTo(this.map);
    this.map.on('moveend zoomend', () => this.labelGraticule());
    this.labelGraticule();
  }

  /** Re-places the degree labels on the visible edges (a handful of small markers). */
  labelGraticule() {
    this.gridLabels.clearLayers();
    const b = this.map.getBounds();
    const step = b.getEast() - b.getWest() > 10 ? 2 : 1;
    const label = (text, anchor) => L.divIcon({ className: 'graticule-label', html: text, iconSize: [34, 12], iconAnchor: anchor });
    for (let lat = Math.ceil(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step) {
      if (lat < 25 || lat > 40) continue;
      L.marker([lat, b.getWest()], { icon: label(`${lat}°N`, [-3, 6]), interactive: false, keyboard: false }).addTo(this.gridLabels);
    }
    for (let lon = Math.ceil(b.getWest() / step) * step; lon <= b.getEast(); lon += step) {
      if (lon < 35 || lon > 52) continue;
      L.marker([b.getNorth(), lon], { icon: label(`${lon}°E`, [-2, -2]), interactive: false, keyboard: false }).addTo(this.gridLabels);
    }
  }

  /** Draws the events (from `events(filter, first: 100)`), replacing the previous ones. */
  set(connection, scopeText) {
    const withPlace = connection.nodes.filter((e) => e.location);
    this.events.clearLayers();
    /** Marker per event id. */
    this.markers = new Map();
    for (const e of withPlace) {
      const marker = L.circleMarker([e.location.latitude, e.location.longitude], {
        radius: Math.min(16, 5 + Math.sqrt(e.fatalities?.best ?? 0) * 1.5),
        color: '#ffffff',
        weight: 1,
        fillColor: EVENT_TYPE_COLORS[e.eventType] ?? '#444444',
        fillOpacity: 0.85,
      });
      marker.bindTooltip(`${esc(e.label ?? e.id)}<br><span class="muted">${esc(e.date)} · ${esc(EVENT_TYPES[e.eventType] ?? e.eventType)} · ${e.fatalities?.best ?? 0} killed</span>`);
      marker.on('click', () => this.handlers.onEvent?.(e.id));
      marker.addTo(this.events);
      this.markers.set(e.id, marker);
    }
    const shown = connection.totalCount > connection.nodes.length ? `newest ${connection.nodes.length} of ${connection.totalCount}` : `${connection.totalCount}`;
    const unplaced = connection.nodes.length - withPlace.length;
    this.caption.textContent = `${scopeText} · ${shown} events${unplaced ? ` (${unplaced} without coordinates)` : ''}`;
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

  /** Marks the selected place (a ring), or clears the mark. */
  setFocus(location, name) {
    this.focus.clearLayers();
    if (!location) return;
    L.circleMarker([location.latitude, location.longitude], { radius: 11, color: '#0b63ce', weight: 2, fill: false, interactive: false })
      .bindTooltip(esc(name), { permanent: false })
      .addTo(this.focus);
  }
}
