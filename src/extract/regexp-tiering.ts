/**
 * Compile every regular expression to machine code at once (V8's `--no-regexp-tier-up`), for the
 * whole process. By default V8 first runs a regex in its bytecode interpreter and compiles it only
 * once it has run a while, and the compiled code of a regex is dropped again by garbage collection;
 * the extractor runs hundreds of rule patterns on every sentence, and on 2026-12-02 spent most of
 * its regex time interpreting them: with the flag it read 113-115 articles per CPU-second against
 * 76-80 (`bench/extraction-cpu.ts`, docs/benchmarks.md). Node does not take the flag in
 * NODE_OPTIONS, so the extractor sets it when it is loaded; it changes how patterns run, never
 * what they match.
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');
