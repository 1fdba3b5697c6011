/**
 * Reading a dataset's CSV as a stream of records, each with the line it starts on, through
 * csv-parse. A record with more or fewer fields than the header is handed on marked, so the
 * importer refuses that row alone; a broken file (an unclosed quote) stops with the line.
 */
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { badInput } from '../errors.js';

export interface CsvRecord {
  record: Record<string, string>;
  /** The line the record starts on; the header is line 1. */
  line: number;
  /** Set when the record's field count differs from the header's. */
  fieldCountProblem: string | null;
}

/** Records of a CSV stream (UTF-8, with or without a byte-order mark; comma-separated). */
export async function* csvRecords(input: Readable | AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  const parser = parse({
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    raw: true,
    max_record_size: 1_000_000,
  });
  const source = input as AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  // Feed the parser from the input, stopping when the consumer stops.
  const feeding = (async () => {
    try {
      for await (const chunk of source) {
        if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once('drain', resolve));
        if (parser.destroyed) return;
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let invalid = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; columns: unknown; invalid_field_length: number }; raw: string }>) {
      // info.lines is the record's last line; raw holds the record and the empty lines skipped before it.
      const newlines = (item.raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
      const bad = item.info.invalid_field_length > invalid;
      invalid = item.info.invalid_field_length;
      yield {
        record: item.record,
        line: item.info.lines - newlines,
        fieldCountProblem: bad ? 'the row has a different number of fields than the header' : null,
      };
    }
  } catch (error) {
    const e = error as Error & { code?: string; lines?: number };
    if (e.code?.startsWith('CSV_')) throw badInput(`The file is not valid CSV near line ${e.lines ?? '?'}: ${e.message.replace(/^Invalid [^:]*: /, '')}`, { line: e.lines ?? null });
    throw error;
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feeding.catch(() => undefined);
  }
}

/** The header's column names, checked against those a dataset needs. */
export function missingColumns(record: Record<string, string>, required: readonly string[]): string[] {
  return required.filter((c) => !(c in record));
}
