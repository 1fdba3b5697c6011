/** Per-request state: the stores (counting their queries), fresh DataLoaders, and who is asking. */
import type { Config } from '../config.js';
import type { QueryStats } from '../db/graph.js';
import type { Stores } from '../db/stores.js';
import type { Logger } from '../logger.js';
import type { ArticleIngestion } from '../seed/ingestion.js';
import type { Viewer } from './auth.js';
import { Loaders } from './loaders.js';

/** Long-lived services a request may use, created once per process. */
export interface Services {
  ingestion: ArticleIngestion;
}

export interface RequestContext {
  stores: Stores;
  loaders: Loaders;
  viewer: Viewer;
  stats: QueryStats;
  limits: Config['limits'];
  logger: Logger;
  services: Services;
}

/** `arrivedAt`: when the request reached the server; its deadline is QUERY_TIMEOUT_MS later. */
export function createContext(stores: Stores, viewer: Viewer, limits: Config['limits'], logger: Logger, services: Services, arrivedAt = Date.now()): RequestContext {
  const stats: QueryStats = { queries: 0, deadline: arrivedAt + limits.queryTimeoutMs };
  const counted = stores.withStats(stats);
  return { stores: counted, loaders: new Loaders(counted.lookups), viewer, stats, limits, logger, services };
}
