/**
 * Static pages and the third-party browser files they load, all served by this process so the
 * explorer and the playground work with no internet (no CDN).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Browser files from npm packages, by the URL they are served at under /vendor/. */
export const VENDOR_FILES: Record<string, string> = {
  'cytoscape.min.js': 'cytoscape/dist/cytoscape.min.js',
  'leaflet.js': 'leaflet/dist/leaflet.js',
  'leaflet.css': 'leaflet/dist/leaflet.css',
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'graphiql.min.css': 'graphiql/graphiql.min.css',
};

function vendorPath(relative: string): string {
  return path.join(ROOT, 'node_modules', relative);
}

/** /vendor/<file> for the files above, cached by browsers for a day. */
export function vendorRouter(): Router {
  const router = express.Router();
  for (const [name, relative] of Object.entries(VENDOR_FILES)) {
    const file = vendorPath(relative);
    router.get(`/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  return router;
}

export const PUBLIC_DIR = path.join(ROOT, 'public');
export const EXAMPLES_DIR = path.join(ROOT, 'examples');
