import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/extract/clauses.js';
import { inQuote, outsideQuotes, quotesOf } from '../../src/extract/quotes.js';

const kinds = (text: string) => clausesOf(text, quotesOf(text)).map((c) => `${c.kind}:${text.slice(c.start, c.end).trim()}`);

describe('clauses and quotes', () => {
  it('opens a relative clause at "that" before an event verb', () => {
    expect(kinds('the attack yesterday in Tarmiyah that took the lives of two soldiers')).toEqual([
      'main:the attack yesterday in Tarmiyah',
      'relative:that took the lives of two soldiers',
    ]);
  });

  it('ends a leading subordinate clause at its comma ("After gunmen killed two soldiers, police arrested ...")', () => {
    expect(kinds('After gunmen killed two soldiers in Daquq, police arrested three suspects on Monday.')).toEqual([
      'subordinate:After gunmen killed two soldiers in Daquq',
      'main:, police arrested three suspects on Monday.',
    ]);
  });

  it('keeps "said that" a complement, not a relative clause', () => {
    expect(kinds('The official said that militants attacked the post').map((k) => k.split(':')[0])).toEqual(['main']);
  });

  it('separates subordinate clauses and attributions', () => {
    expect(kinds('Two soldiers were killed when a bomb hit their vehicle, a police source said.').map((k) => k.split(':')[0])).toEqual([
      'main',
      'subordinate',
      'attribution',
    ]);
  });

  it('cuts quotes out as their own clauses', () => {
    const text = 'He condemned "this cowardly crime" on Monday.';
    expect(kinds(text).map((k) => k.split(':')[0])).toEqual(['main', 'quote', 'main']);
    const q = quotesOf(text);
    expect(q[0]!.text).toBe('this cowardly crime');
    expect(inQuote(q, text.indexOf('cowardly'), text.indexOf('cowardly') + 8)).toBe(true);
    expect(outsideQuotes(text, q)).not.toContain('cowardly');
  });

  it('pairs an odd quote mark with the sentence before or after', () => {
    expect(quotesOf('"We will not stop,').map((q) => q.text)).toEqual(['We will not stop,']);
    expect(quotesOf('he added, we will act."').map((q) => q.text)).toEqual(['he added, we will act.']);
  });

  it('opens a straight quote that follows a colon and runs on into the next sentence', () => {
    expect(quotesOf('The embassy released the following statement: "The United States condemns the attack.').map((q) => q.text)).toEqual(['The United States condemns the attack.']);
  });
});

describe('headings', () => {
  it('reads a title-case line above a paragraph as a sentence of its own, and keeps hard-wrapped prose together', async () => {
    const { splitSentences } = await import('../../src/extract/text.js');
    expect(splitSentences('SALAHADDIN | Tooz\nTwo fishermen were found dead.\n\nThe army said\nthat it was fine.').map((s) => s.text)).toEqual([
      'SALAHADDIN | Tooz',
      'Two fishermen were found dead.',
      'The army said that it was fine.',
    ]);
  });
});
