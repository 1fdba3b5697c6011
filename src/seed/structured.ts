/**
 * Structured seed files (.yaml / .yml / .json in the import format). The files of one folder
 * form one batch, written in one transaction, so reference files may point at each other.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeIssues, importBatchSchema, type ImportBatch } from '../import/format.js';

export const STRUCTURED_EXTENSIONS = ['.yaml', '.yml', '.json'];

export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'SeedFileError';
  }
}

/** Reads and validates one structured file; every problem is named with the file. */
export async function readStructuredFile(file: string): Promise<{ batch: ImportBatch; text: string }> {
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SeedFileError(file, [`cannot be parsed: ${(error as Error).message.split('\n')[0]}`]);
  }
  const parsed = importBatchSchema.safeParse(data ?? {});
  if (!parsed.success) throw new SeedFileError(file, describeIssues(parsed.error));
  return { batch: { ...parsed.data, origin: path.basename(file) }, text };
}

/** Concatenates batches in order. */
export function combineBatches(batches: ImportBatch[], origin: string): ImportBatch {
  return {
    origin,
    articles: batches.flatMap((b) => b.articles),
    entities: batches.flatMap((b) => b.entities),
    events: batches.flatMap((b) => b.events),
    statements: batches.flatMap((b) => b.statements),
    relationships: batches.flatMap((b) => b.relationships),
  };
}

export function digestOf(parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
}
