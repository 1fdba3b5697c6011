/**
 * Command-line arguments for every command of the project (npm start, seed, neo4j, quality, the
 * benchmarks and the scripts), over Node's util.parseArgs.
 *
 * A command declares its options (with descriptions, defaults and, for values that are not plain
 * strings, a parser), its positional arguments and at least one example; parseCommand() then
 * - prints the generated help for -h / --help and exits 0;
 * - refuses an unknown option, a missing value, a value given to a flag, an unexpected argument
 *   or a bad value with one line on stderr (`seed: unknown option --frobnicate (see --help)`)
 *   and exits 2;
 * - reports any error the command lets escape as reportError() does (see below).
 *
 * run(name, main) runs an async main and exits with its status. User errors (UsageError: exit 2;
 * ConfigError, a missing or unreadable file, a local Neo4j that cannot start: exit 1) are printed
 * without a stack; anything else is a bug and keeps its stack.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';

/** A wrong argument or option value; the message completes "<command>: …". Exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface FlagOption {
  type: 'boolean';
  short?: string;
  description: string;
}
interface ValueOption {
  type: 'string';
  short?: string;
  /** Placeholder for the value in the help, e.g. `N`, `DIR` (default VALUE). */
  value?: string;
  description: string;
  /** Parsed like a given value. */
  default?: string;
  /** Turns the text into the value, or throws an Error whose message completes "option --x …" ("must be …, got …"). */
  parse?: (raw: string) => unknown;
}
export type Option = FlagOption | ValueOption;

export interface CommandSpec<O extends Record<string, Option>> {
  /** Names the command in messages: `seed: unknown option --x`. */
  name: string;
  /** Usage lines without the "Usage:" prefix, e.g. `npm run seed -- [options] [PATH...]`. */
  usage: string | string[];
  /** What the command does, as it should print. */
  description: string;
  options: O;
  /**
   * Positional arguments, name -> meaning. Without it none are accepted; otherwise at most one
   * per name, or any number when a name ends with "...".
   */
  args?: Record<string, string>;
  /** At least one command line, printed under "Examples:". */
  examples: readonly [string, ...string[]];
  /** Printed last, e.g. the environment variables that apply. */
  notes?: string;
}

type ValueOf<T> = T extends FlagOption
  ? boolean
  : T extends { parse: (raw: string) => infer R }
    ? T extends { default: string }
      ? R
      : R | undefined
    : T extends { default: string }
      ? string
      : string | undefined;
export type Values<O extends Record<string, Option>> = { -readonly [K in keyof O]: ValueOf<O[K]> };

/** The help text of a command. */
export function helpText(spec: CommandSpec<Record<string, Option>>): string {
  const usage = typeof spec.usage === 'string' ? [spec.usage] : spec.usage;
  const options: [string, string][] = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    const fallback = o.type === 'string' && o.default !== undefined ? ` (default: ${o.default === '' ? '""' : o.default})` : '';
    return [flag, o.description + fallback];
  });
  options.push(['-h, --help', 'print this help and exit']);
  const args = Object.entries(spec.args ?? {});
  const width = Math.max(...[...args, ...options].map(([k]) => k.length)) + 2;
  const rows = (entries: [string, string][]): string[] => entries.map(([k, v]) => `  ${k.padEnd(width)}${v}`);
  return [
    `Usage: ${usage[0]}`,
    ...usage.slice(1).map((u) => `       ${u}`),
    '',
    spec.description.trim(),
    ...(args.length ? ['', 'Arguments:', ...rows(args)] : []),
    '',
    'Options:',
    ...rows(options),
    '',
    'Examples:',
    ...spec.examples.map((e) => `  ${e}`),
    ...(spec.notes ? ['', spec.notes.trim()] : []),
    '',
  ].join('\n');
}

/**
 * Parses `argv` (default: this process's arguments) against the command's options. Prints the
 * help and exits 0 on --help; prints one line and exits 2 on a usage error. From then on, an
 * error the command does not catch (also from top-level await) is reported by reportError().
 */
export function parseCommand<const O extends Record<string, Option>>(
  spec: CommandSpec<O>,
  argv: string[] = process.argv.slice(2),
): { values: Values<O>; positionals: string[] } {
  reportUncaughtErrors(spec.name);
  try {
    const { help, values, positionals } = readArgs(spec, argv);
    if (help) {
      process.stdout.write(helpText(spec));
      process.exit(0);
    }
    return { values, positionals };
  } catch (error) {
    process.exit(reportError(spec.name, error));
  }
}

/** parseCommand without its effects: `help` says --help was given; problems throw UsageError. */
export function readArgs<const O extends Record<string, Option>>(
  spec: CommandSpec<O>,
  argv: string[],
): { help: boolean; values: Values<O>; positionals: string[] } {
  const options: Record<string, Option> = spec.options;
  // Not strict: the tokens let each problem be named exactly (checked below, as strict mode would).
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const parsed: Record<string, unknown> = { ...values };
  delete parsed.help;
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { help: true, values: parsed as Values<O>, positionals };
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const option = options[t.name];
    if (!option) throw new UsageError(`unknown option ${t.rawName}`);
    if (option.type === 'boolean' && t.value !== undefined) throw new UsageError(`option ${t.rawName} takes no value`);
    // Like strict parseArgs: `--port --heap 1g` is a missing value, not the value "--heap".
    if (option.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-')))) {
      throw new UsageError(`option ${t.rawName} needs a value`);
    }
  }
  const names = Object.keys(spec.args ?? {});
  const max = names.some((n) => n.endsWith('...')) ? Infinity : names.length;
  if (positionals.length > max) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[max])}`);
  for (const [name, option] of Object.entries(options)) {
    if (option.type === 'boolean') parsed[name] ??= false;
    else if (option.parse && parsed[name] !== undefined) {
      try {
        parsed[name] = option.parse(parsed[name] as string);
      } catch (error) {
        throw new UsageError(`option --${name} ${(error as Error).message}`);
      }
    }
  }
  return { help: false, values: parsed as Values<O>, positionals };
}

const FILE_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EEXIST', 'ENOTEMPTY', 'EROFS']);
/** Errors whose message already tells the user what is wrong and what to do (Java missing, port taken, …). */
const EXPLAINED_ERRORS = new Set(['LocalNeo4jStartError', 'Neo4jProvisioningError', 'SeedFileError']);

/** Prints an error for the user and returns the exit status: 2 for usage, 1 otherwise. */
export function reportError(name: string, error: unknown): number {
  const say = (line: string): void => void process.stderr.write(`${name}: ${line}\n`);
  if (error instanceof UsageError) {
    say(`${error.message} (see --help)`);
    return 2;
  }
  if (error instanceof ConfigError) {
    say(`invalid configuration: ${error.problems.join('; ')}`);
    return 1;
  }
  const e = error as NodeJS.ErrnoException;
  if (e instanceof Error && e.code && FILE_ERRORS.has(e.code) && e.path) {
    // "ENOENT: no such file or directory, stat '/x'" -> "/x: no such file or directory"
    say(`${e.path}: ${e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*$/s, '')}`);
    return 1;
  }
  if (e instanceof Error && EXPLAINED_ERRORS.has(e.name)) {
    say(e.message);
    return 1;
  }
  say(e instanceof Error ? (e.stack ?? e.message) : String(e));
  return 1;
}

let reporting = false;
/** Reports what escapes the command (thrown, rejected, or from top-level await) and exits. */
function reportUncaughtErrors(name: string): void {
  if (reporting) return;
  reporting = true;
  process.on('uncaughtException', (error) => process.exit(reportError(name, error)));
}

/** Runs the command's main and exits with the status it returns (0 when none). */
export function run(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => process.exit(reportError(name, error)),
  );
}

// ------------------------------------------------------------------- parsers for option values

/** A number from `min` to `max`, a whole one when `integer`. */
export function number({ min = -Infinity, max = Infinity, integer = false } = {}): (raw: string) => number {
  const kind = integer ? 'a whole number' : 'a number';
  const range = min > -Infinity && max < Infinity ? ` from ${min} to ${max}` : min > -Infinity ? ` >= ${min}` : max < Infinity ? ` <= ${max}` : '';
  return (raw) => {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) throw new UsageError(`must be ${kind}${range}, got ${JSON.stringify(raw)}`);
    return n;
  };
}

/** A whole number from `min` (default 1). */
export const count = (min = 1, max = Infinity): ((raw: string) => number) => number({ min, max, integer: true });

/** A positive number (durations, scales). */
export const positive = (raw: string): number => {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`must be a number > 0, got ${JSON.stringify(raw)}`);
  return n;
};

/** One of the given words. */
export function oneOf<const T extends string>(...choices: T[]): (raw: string) => T {
  return (raw) => {
    if (!(choices as string[]).includes(raw)) throw new UsageError(`must be one of ${choices.join(', ')}, got ${JSON.stringify(raw)}`);
    return raw as T;
  };
}

/** A comma-separated list, each item read by `item` (whose error names the wrong item). */
export function listOf<T>(item: (raw: string) => T): (raw: string) => T[] {
  return (raw) => raw.split(',').map((s) => item(s.trim()));
}

/** A JVM memory size such as 512m or 2g. */
export const memorySize = (raw: string): string => {
  if (!/^[0-9]+[mg]$/.test(raw)) throw new UsageError(`must look like 512m or 2g, got ${JSON.stringify(raw)}`);
  return raw;
};

/** pino log levels. */
export const logLevel = oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent');
