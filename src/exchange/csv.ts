/**
 * Reading a dataset's CSV as a stream of records, each with the line it starts on, through
 * csv-parse. A record with more or fewer fields than the header is handed on marked, so the
 * importer refuses that row alone; a broken file (an unclosed quote) stops with the line.
 *
 * The separator is read off the header line: a comma as ACLED and UCDP write, or a semicolon or
 * a tab, as a spreadsheet saves a file in many locales or as tab-separated text.
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

const SEPARATORS = [',', ';', '\t'] as const;

/**
 * The separator of a header line: the one of SEPARATORS found most often outside quotes (a comma
 * when none is, or on a tie with it). A header's names hold none of them.
 */
export function separatorOf(header: string): (typeof SEPARATORS)[number] {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (SEPARATORS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return SEPARATORS.reduce((best, sep) => ((counts.get(sep) ?? 0) > (counts.get(best) ?? 0) ? sep : best), SEPARATORS[0]);
}

/** The input's chunks, with the text before its first line break (at most 1 MB) read ahead. */
async function headerOf(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<{ header: string; chunks: AsyncIterable<Buffer | string> }> {
  const iterator = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as AsyncIterator<Buffer | string> | Iterator<Buffer | string>;
  const ahead: (Buffer | string)[] = [];
  let text = '';
  let done = false;
  while (!/[\r\n]/.test(text) && text.length < 1_000_000) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    ahead.push(next.value);
    text += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
  }
  const chunks = (async function* () {
    try {
      yield* ahead;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // A consumer that stops early closes the input (a file stream) as a for-await over it would.
      await iterator.return?.();
    }
  })();
  return { header: text.split(/[\r\n]/)[0] ?? '', chunks };
}

/** Records of a CSV stream (UTF-8, with or without a byte-order mark; separated by commas, semicolons or tabs). */
export async function* csvRecords(input: Readable | AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  const { header, chunks } = await headerOf(input as AsyncIterable<Buffer | string> | Iterable<Buffer | string>);
  const parser = parse({
    delimiter: separatorOf(header),
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    raw: true,
    max_record_size: 1_000_000,
  });
  // Feed the parser from the input, stopping when the consumer stops.
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) {
        // Wait for room, or for the reader to stop (it destroys the parser, which then never drains).
        if (!parser.write(chunk) && !parser.destroyed) {
          await new Promise<void>((resolve) => {
            const go = () => {
              parser.off('drain', go).off('close', go);
              resolve();
            };
            parser.on('drain', go).on('close', go);
          });
        }
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
