import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to a local Neo4j, seeded on start, open reads', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({ port: 4000, env: 'development', introspection: true });
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.local).toEqual({ port: 7687, dataDir: '/srv/app/.data/neo4j', heap: '1g' });
    expect(c.seed).toEqual({ onStart: true, paths: ['/srv/app/seed'], articleMaxBytes: 1_000_000 });
    expect(c.auth.readAccess).toBe('open');
  });

  it('uses a given server and does not seed it unless asked', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'secret', NODE_ENV: 'production' });
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(c.seed.onStart).toBe(false);
    expect(c.introspection).toBe(false);
  });

  it('parses API keys with roles', () => {
    const c = loadConfig({ API_KEYS: 'admin:aaaaaaaaaaaaaaaa1, bbbbbbbbbbbbbbbb2' });
    expect([...c.auth.apiKeys]).toEqual([
      ['aaaaaaaaaaaaaaaa1', 'admin'],
      ['bbbbbbbbbbbbbbbb2', 'editor'],
    ]);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost', API_KEYS: 'boss:short', READ_ACCESS: 'maybe', MAX_PAGE_SIZE: '-1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'NEO4J_URI', 'API_KEYS', 'READ_ACCESS', 'MAX_PAGE_SIZE']) expect(problems).toContain(name);
    }
  });

  it('needs a URI for credentials, and a password for a user', () => {
    expect(() => loadConfig({ NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://h:7687', NEO4J_USERNAME: 'neo4j' })).toThrow(/NEO4J_PASSWORD/);
  });
});
