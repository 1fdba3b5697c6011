import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { count, helpText, listOf, memorySize, oneOf, readArgs, reportError, UsageError } from '../../src/cli/args.js';
import { ConfigError } from '../../src/config.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const spec = {
  name: 'demo',
  usage: 'demo [options] [PATH...]',
  description: 'A demo command.',
  args: { 'PATH...': 'some paths' },
  options: {
    port: { type: 'string', value: 'N', default: '7687', parse: count(0, 65535), description: 'a port' },
    heap: { type: 'string', value: 'SIZE', parse: memorySize, description: 'a heap' },
    ops: { type: 'string', value: 'LIST', default: 'a,b', parse: listOf(oneOf('a', 'b', 'c')), description: 'operations' },
    name: { type: 'string', description: 'a plain string' },
    verbose: { type: 'boolean', short: 'v', description: 'say more' },
  },
  examples: ['demo --port 1 here'],
} as const;

describe('readArgs', () => {
  it('applies and parses defaults, reads given values and positionals', () => {
    expect(readArgs(spec, [])).toEqual({ help: false, values: { port: 7687, heap: undefined, ops: ['a', 'b'], name: undefined, verbose: false }, positionals: [] });
    const { values, positionals } = readArgs(spec, ['-v', '--port=0', '--heap', '2g', '--ops', 'c', 'x', 'y']);
    expect(values).toEqual({ port: 0, heap: '2g', ops: ['c'], name: undefined, verbose: true });
    expect(positionals).toEqual(['x', 'y']);
  });

  it('answers --help and -h before anything else is checked', () => {
    expect(readArgs(spec, ['--nope', '--help']).help).toBe(true);
    expect(readArgs(spec, ['-h']).help).toBe(true);
  });

  it.each([
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['-x'], 'unknown option -x'],
    [['--port'], 'option --port needs a value'],
    [['--port', '--heap', '1g'], 'option --port needs a value'],
    [['--verbose=yes'], 'option --verbose takes no value'],
    [['--port', '70000'], 'option --port must be a whole number from 0 to 65535, got "70000"'],
    [['--heap', 'lots'], 'option --heap must look like 512m or 2g, got "lots"'],
    [['--ops', 'a,z'], 'option --ops must be one of a, b, c, got "z"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => readArgs(spec, argv)).toThrow(new UsageError(message));
  });

  it('counts positionals: none without args, one per name unless a name ends with "..."', () => {
    expect(() => readArgs({ ...spec, args: undefined }, ['x'])).toThrow(new UsageError('unexpected argument "x"'));
    expect(() => readArgs({ ...spec, args: { DIR: 'a folder' } }, ['x', 'y'])).toThrow(new UsageError('unexpected argument "y"'));
  });

  it('generates help with usage, arguments, options with defaults, and examples', () => {
    expect(helpText(spec)).toBe(
      [
        'Usage: demo [options] [PATH...]',
        '',
        'A demo command.',
        '',
        'Arguments:',
        '  PATH...           some paths',
        '',
        'Options:',
        '      --port N      a port (default: 7687)',
        '      --heap SIZE   a heap',
        '      --ops LIST    operations (default: a,b)',
        '      --name VALUE  a plain string',
        '  -v, --verbose     say more',
        '  -h, --help        print this help and exit',
        '',
        'Examples:',
        '  demo --port 1 here',
        '',
      ].join('\n'),
    );
  });
});

describe('reportError', () => {
  afterEach(() => vi.restoreAllMocks());
  const report = (error: unknown): [number, string] => {
    let out = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    const code = reportError('demo', error);
    vi.restoreAllMocks();
    return [code, out];
  };

  it('prints user errors as one line, without a stack', () => {
    expect(report(new UsageError('unknown option --x'))).toEqual([2, 'demo: unknown option --x (see --help)\n']);
    expect(report(new ConfigError(['PORT: must be a number', 'HOST: empty']))).toEqual([1, 'demo: invalid configuration: PORT: must be a number; HOST: empty\n']);
    const missing = Object.assign(new Error("ENOENT: no such file or directory, stat '/no/such'"), { code: 'ENOENT', path: '/no/such', syscall: 'stat' });
    expect(report(missing)).toEqual([1, 'demo: /no/such: no such file or directory\n']);
  });

  it('keeps the stack of anything else (a bug)', () => {
    const [code, out] = report(new TypeError('x is undefined'));
    expect(code).toBe(1);
    expect(out).toMatch(/^demo: TypeError: x is undefined\n\s+at /);
  });
});

// ---------------------------------------------------------------------------- the commands

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command file under tsx, at most one per core at a time (each takes a second or two to load). */
const slots = { free: Math.max(2, os.availableParallelism()), waiting: [] as (() => void)[] };
async function runCommand(file: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  if (slots.free === 0) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.free -= 1;
  try {
    return await new Promise<Ran>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free += 1;
  }
}

const COMMANDS: { name: string; file: string; args?: string[] }[] = [
  { name: 'start', file: 'src/main.ts' },
  { name: 'seed', file: 'src/cli/seed.ts' },
  { name: 'import', file: 'src/cli/import.ts' },
  { name: 'neo4j', file: 'src/cli/neo4j.ts' },
  { name: 'neo4j install', file: 'src/cli/neo4j.ts', args: ['install'] },
  { name: 'neo4j start', file: 'src/cli/neo4j.ts', args: ['start'] },
  { name: 'quality', file: 'scripts/extraction-quality.ts' },
  { name: 'bench', file: 'bench/api/run.ts' },
  { name: 'bench:extraction', file: 'bench/extraction.ts' },
  { name: 'soak', file: 'bench/soak.ts' },
  { name: 'bench:export', file: 'bench/export.ts' },
  { name: 'bench:import', file: 'bench/import.ts' },
  { name: 'bench:neighbourhood', file: 'bench/neighbourhood-profile.ts' },
  { name: 'bench:review-cost', file: 'bench/review-cost.ts' },
  { name: 'bench:generate', file: 'bench/api/generate.ts' },
  { name: 'codegen:check', file: 'scripts/codegen-check.ts' },
  { name: 'check-reference', file: 'scripts/check-reference.ts' },
];

/** Exactly one line on stderr, naming the command, and no stack frame. */
function oneLine(ran: Ran): string {
  expect(ran.stderr).not.toMatch(/^\s+at /m);
  const lines = ran.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe.concurrent('every command', { timeout: 120_000 }, () => {
  it.each(COMMANDS)('$name: --help prints usage and an example (exit 0); an unknown option is one line (exit 2)', async ({ name, file, args = [] }) => {
    const [help, unknown] = await Promise.all([runCommand(file, [...args, '--help']), runCommand(file, [...args, '--no-such-option'])]);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    expect(help.stdout).toMatch(/\nExamples:\n {2}\S/);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(oneLine(unknown)).toBe(`${name}: unknown option --no-such-option (see --help)`);
  });

  it('a bad option value is one line (exit 2)', async () => {
    const ran = await runCommand('src/cli/neo4j.ts', ['start', '--port', 'abc']);
    expect(ran.code).toBe(2);
    expect(oneLine(ran)).toBe('neo4j start: option --port must be a whole number from 0 to 65535, got "abc" (see --help)');
  });

  it('a missing path and a bad configuration are one line (exit 1)', async () => {
    const [missing, config] = await Promise.all([
      runCommand('src/cli/seed.ts', ['--dry-run', 'no/such/folder']),
      runCommand('src/cli/seed.ts', ['--dry-run'], { ARTICLE_MAX_BYTES: 'many' }),
    ]);
    expect(missing.code).toBe(1);
    expect(oneLine(missing)).toBe(`seed: ${path.join(ROOT, 'no/such/folder')}: no such file or directory`);
    expect(config.code).toBe(1);
    expect(oneLine(config)).toMatch(/^seed: invalid configuration: ARTICLE_MAX_BYTES: /);
  });
});
