/**
 * Sends fuzz operations to the real HTTP server and checks every answer against the contract:
 * well-formed JSON with data or errors, every error with a known `extensions.code`, never
 * INTERNAL_SERVER_ERROR, never a stack trace. Violations are collected (with the input that caused
 * them, shortened) rather than thrown, so one run reports every distinct problem.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { ErrorCode } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';

/** The product's codes (src/errors.ts) and GraphQL's / Apollo's own; INTERNAL_SERVER_ERROR is never fine. */
export const ACCEPTED_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | null;
  ms: number;
}

export interface Violation {
  target: string;
  problem: string;
  input: string;
  detail?: string;
}

/** A logger that keeps the server's error lines (what formatError logs for unexpected errors). */
export function capturingLogger(): { logger: Logger; errors: Record<string, unknown>[] } {
  const errors: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        try {
          errors.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          errors.push({ msg: line });
        }
      }
      done();
    },
  });
  return { logger: pino({ level: 'error' }, sink) as unknown as Logger, errors };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as string) : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: Answer['body'] = null;
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = null;
  }
  return { status: res.status, text, body: parsed, ms: performance.now() - started };
}

const STACK_LINE = /\n\s+at .+[:(]\d+:\d+\)?/;

/** What is wrong with an answer, if anything (an empty list when it keeps the contract). */
export function contractProblems(answer: Answer, production = true): string[] {
  const problems: string[] = [];
  const body = answer.body;
  if (answer.status >= 500) problems.push(`HTTP ${answer.status} (${(body?.errors ?? []).map((e) => e?.extensions?.code).join(',') || 'no error code'})`);
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    problems.push(`not a JSON object (HTTP ${answer.status}): ${answer.text.slice(0, 200)}`);
    return problems;
  }
  if (!('data' in body) && !('errors' in body)) problems.push('neither data nor errors');
  if ('errors' in body) {
    if (!Array.isArray(body.errors) || !body.errors.length) problems.push('errors is not a non-empty list');
    for (const error of Array.isArray(body.errors) ? body.errors : []) {
      const code = String(error?.extensions?.code ?? '(none)');
      if (typeof error?.message !== 'string') problems.push('an error without a message');
      if (!ACCEPTED_CODES.has(code)) problems.push(`code ${code}: ${String(error?.message).slice(0, 200)}`);
      if (production && error?.extensions && 'stacktrace' in error.extensions) problems.push(`stack trace in extensions (${code})`);
      if (STACK_LINE.test(String(error?.message))) problems.push(`stack trace in the message (${code})`);
    }
  }
  return problems;
}

export function codesOf(answer: Answer): string[] {
  return (answer.body?.errors ?? []).map((e) => String(e?.extensions?.code ?? '(none)'));
}

/** A JSON rendering of an input for a report: long strings cut, odd characters escaped. */
export function describeInput(value: unknown, max = 600): string {
  if (value instanceof Uint8Array) return `${value.length} bytes: ${describeInput(Buffer.from(value.subarray(0, 300)).toString('latin1'), max)}`;
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 60)}…(${v.length} chars)` : v));
  const escaped = (text ?? String(value)).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ud800-\udfff\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/** Collects violations, at most a few per target and problem, so a report stays readable. */
export class Findings {
  readonly list: Violation[] = [];
  private readonly seen = new Map<string, number>();
  inputs = 0;

  add(v: Violation): void {
    const key = `${v.target} ${v.problem.replace(/"[^"]*"/g, '"…"').slice(0, 120)}`;
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    if (n < 2) this.list.push(v);
  }

  /** How many inputs hit each distinct problem. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.seen);
  }

  report(list: Violation[] = this.list): string {
    return list.map((v) => `- ${v.target}: ${v.problem}\n    input: ${v.input}${v.detail ? `\n    server log: ${v.detail}` : ''}`).join('\n');
  }
}
