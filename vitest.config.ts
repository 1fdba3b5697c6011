import { defineConfig } from 'vitest/config';

/**
 * Two tiers: `unit` (pure, no database, parallel) and `integration` (a throwaway Neo4j started
 * by tests/helpers/global-setup.ts, files run one at a time because they share it).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The first extractor test of a file builds the reference gazetteer: on two loaded cores that passes 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/neo4j-local/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
