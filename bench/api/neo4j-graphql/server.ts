/**
 * The @neo4j/graphql v7 server the benchmark compares against: the generated schema of
 * type-defs.ts served by Apollo Server 5 with Express, in its own child process, on its own port.
 *
 *   node --import tsx bench/api/neo4j-graphql/server.ts   (env: BENCH_NEO4J_URI, PORT)
 *
 * Prints `READY <port>` once it listens; stops on SIGTERM.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { typeDefs } from './type-defs.js';

const uri = process.env.BENCH_NEO4J_URI;
if (!uri) throw new Error('BENCH_NEO4J_URI is required');
const user = process.env.BENCH_NEO4J_USERNAME;
const password = process.env.BENCH_NEO4J_PASSWORD;
// The same pool size as our server (NEO4J_MAX_POOL_SIZE defaults to 50).
const driver = neo4j.driver(uri, user && password ? neo4j.auth.basic(user, password) : undefined, { maxConnectionPoolSize: 50 });

const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
if (process.env.BENCH_CHECK_COMPAT === 'true') {
  // Fails when the APOC functions the library needs (apoc.util.validatePredicate, apoc.date.convertFormat) are missing.
  await neoSchema.checkNeo4jCompat();
  process.stdout.write('COMPAT ok\n');
}

const app = express();
const httpServer = http.createServer(app);
const apollo = new ApolloServer({ schema, introspection: false, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
await apollo.start();
app.use('/graphql', express.json({ limit: '2mb' }), expressMiddleware(apollo, { context: async ({ req }) => ({ token: req.headers.authorization }) }));
const port = await new Promise<number>((resolve) => {
  httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = httpServer.address();
    resolve(typeof address === 'object' && address ? address.port : 0);
  });
});
process.stdout.write(`READY ${port}\n`);

const stop = async () => {
  await apollo.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
