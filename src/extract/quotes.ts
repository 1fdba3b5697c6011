/** Quoted spans of a sentence. */
import { matchesOf } from './text.js';

export interface Quote {
  /** Offsets in the sentence, the quotation marks included. */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  text: string;
}

/**
 * Quotes are paired in order; an odd mark out means the quote began in an earlier sentence (a
 * closing mark) or goes on into the next (an opening mark: at the start, a curly opening mark, or a
 * straight mark after a space or a colon with a word right after it).
 */
export function quotesOf(text: string): Quote[] {
  const marks = matchesOf(text, /["“”]/g).map((m) => m.index ?? 0);
  if (marks.length % 2 === 1) {
    // A straight mark opens when it follows a space or a colon and a word follows it ('statement: "The ...').
    const first = marks[0]!;
    const opens = first === 0 || text[first] === '“' || (text[first] === '"' && /[\s:(]/.test(text[first - 1] ?? ' ') && /\S/.test(text[first + 1] ?? ''));
    if (opens) marks.push(text.length);
    else marks.unshift(-1);
  }
  const out: Quote[] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const start = Math.max(0, marks[i]!);
    const end = Math.min(text.length, marks[i + 1]! + 1);
    const quote = text.slice(marks[i]! + 1, marks[i + 1]).trim();
    if (quote.length >= 2) out.push({ start, end, text: quote });
  }
  return out;
}

/** True when the span [start, end) of the sentence lies inside a quote. */
export function inQuote(quotes: Quote[], start: number, end: number): boolean {
  return quotes.some((q) => start >= q.start && end <= q.end);
}

/** The sentence with quoted text blanked out (offsets kept). */
export function outsideQuotes(text: string, quotes: Quote[]): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}
