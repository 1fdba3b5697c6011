/**
 * A local Neo4j Community for development and tests: provisioned from Maven Central on first
 * use, run as a child Java process with Bolt on 127.0.0.1. See docs in server.ts and install.ts.
 */
export {
  defaultCacheDir,
  ensureNeo4jInstalled,
  javaTool,
  Neo4jProvisioningError,
  type InstallOptions,
  type Neo4jInstallation,
} from './install.js';
export {
  findFreePort,
  isPortOpen,
  LocalNeo4jStartError,
  startLocalNeo4j,
  type LocalNeo4j,
  type StartLocalNeo4jOptions,
} from './server.js';
