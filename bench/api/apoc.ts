/**
 * APOC Core for the Neo4j of the API benchmark. @neo4j/graphql v7's documentation lists APOC
 * Core as a requirement, and `checkNeo4jCompat()` fails without `apoc.util.validatePredicate` and
 * `apoc.date.convertFormat`: the library calls them for @authorization rules, DateTime fields and
 * some mutation operators. The benchmark's queries use none of these, but the server runs as the
 * library's documentation asks.
 *
 * The jars (org.neo4j.procedure:apoc-core and apoc-common 5.26.19, the latest 5.26 on Maven
 * Central, and their libraries) are resolved with Maven from bench/api/apoc/pom.xml into
 * .cache/bench-plugins (git-ignored), once.
 */
import { spawn } from 'node:child_process';
import { access, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

export const APOC_POM = path.resolve(import.meta.dirname, 'apoc/pom.xml');

/** Resolves the jars once; returns the plugins directory to give startLocalNeo4j. */
export async function ensureApoc(dir: string, log: (msg: string) => void = () => {}): Promise<string> {
  try {
    await access(dir);
    if ((await readdir(dir)).some((f) => f.startsWith('apoc-core-'))) return dir;
  } catch {
    // not resolved yet
  }
  log(`resolving APOC Core from Maven Central into ${dir}`);
  await rm(dir, { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn('mvn', ['-q', '-B', '-f', APOC_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${dir}`, '-DincludeScope=runtime'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`mvn failed (${code}): ${output.slice(-2000)}`))));
  });
  return dir;
}
