import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/extract/text.js';

const same = (text: string, re: RegExp) => expect(matchesOf(text, re).map((m) => [m.index, ...m])).toEqual([...text.matchAll(re)].map((m) => [m.index, ...m]));

describe('matchesOf', () => {
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    same('Two soldiers were killed in Tarmiyah and Samarra.', /\b(\p{Lu})[\p{L}]+/gu);
    same('a,b,,c', /,*/g);
    same('x😀y😀', /(?:)/gu);
    same('x😀y😀', /(?:)/g);
    same('no match here', /\d+/g);
  });

  it('starts from lastIndex and leaves it as it was', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    same('1 2 3 4', re);
    expect(matchesOf('1 2 3 4', re).map((m) => m[0])).toEqual(['3', '4']);
    expect(re.lastIndex).toBe(3);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => matchesOf('a', /a/)).toThrow(TypeError);
  });
});
