// Loads the extraction worker from its TypeScript source (development and tests, under tsx):
// a worker thread does not inherit the parent's tsx loader, so it registers its own first.
// The built server (dist/) starts dist/seed/extraction-worker.js directly instead.
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
