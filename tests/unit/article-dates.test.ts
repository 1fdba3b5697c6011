/**
 * Articles pasted as they were published: their date printed the way outlets print it, found near
 * the top, in front matter, in a wire dateline with a year, or in the file's name; ambiguous
 * numeric dates and HTML pages refused with the problem named.
 */
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../src/extract/parse.js';
import { datesIn, fileNameDate, publicationDateLine } from '../../src/extract/published.js';

const HEADLINE = 'Roadside bomb wounds two farmers near Khanaqin';
const LEAD = 'A roadside bomb wounded two farmers on Tuesday east of Khanaqin, a local official told reporters.';

function refusal(text: string, fileName?: string): ArticleError {
  try {
    parseArticle(text, { fileName });
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('the article was accepted');
}

describe('dates as outlets print them', () => {
  it.each([
    ['July 9, 2023', '2023-07-09'],
    ['Jul. 9th 2023', '2023-07-09'],
    ['Sept 9, 2023', '2023-09-09'],
    ['9 July 2023', '2023-07-09'],
    ['9th of July, 2023', '2023-07-09'],
    ['09-Jul-2023', '2023-07-09'],
    ['2023-07-09T08:15:00+03:00', '2023-07-09'],
    ['2023/07/09', '2023-07-09'],
    ['09.07.2023', '2023-07-09'],
    ['25/07/2023', '2023-07-25'],
    ['07/25/2023', '2023-07-25'],
    ['07/07/2023', '2023-07-07'],
  ])('%s is %s', (text, date) => {
    expect(datesIn(text)).toEqual([expect.objectContaining({ kind: 'date', date })]);
  });

  it('gives both readings of a numeric date whose day and month could swap', () => {
    expect(datesIn('04/07/2023')).toEqual([expect.objectContaining({ kind: 'ambiguous', readings: ['2023-07-04', '2023-04-07'] })]);
  });

  it('does not read impossible days or years as dates', () => {
    expect(datesIn('February 30, 2023; 31.04.2023; 2023-13-01; 12/12/0099')).toEqual([]);
  });
});

describe('the date line near the top', () => {
  it.each([
    'Published: 9 July 2023',
    'Posted on July 9, 2023 at 10:42 am',
    'Sun 9 Jul 2023 14:35 GMT',
    'By Staff Writer | 09.07.2023',
    'Erbil, Iraq – July 9, 2023',
  ])('finds "%s" after the headline, and cuts it out of the body', (line) => {
    const article = parseArticle(`${HEADLINE}\n${line}\n\n${LEAD}\n`);
    expect(article.published).toBe('2023-07-09');
    expect(article.body).not.toContain('2023');
    expect(article.body).toContain(LEAD);
  });

  it('reads a line that gives both the publication and the update', () => {
    expect(parseArticle(`${HEADLINE}\nUpdated 11 July 2023 | Published 9 July 2023\n\n${LEAD}`).published).toBe('2023-07-09');
    expect(parseArticle(`${HEADLINE}\nBy Jane Doe · 9 July 2023 · Updated 11 July 2023\n\n${LEAD}`).published).toBe('2023-07-09');
  });

  it('prefers the publication date to an update', () => {
    const text = `${HEADLINE}\nLast updated: 11 July 2023\nPublished: 9 July 2023\n\n${LEAD}`;
    expect(parseArticle(text).published).toBe('2023-07-09');
    expect(parseArticle(`${HEADLINE}\nUpdated 11 July 2023\n\n${LEAD}`).published).toBe('2023-07-11');
  });

  it('never takes a date from a sentence of the story', () => {
    expect(publicationDateLine(`${HEADLINE}\n\nOn July 9, 2023, a roadside bomb wounded two farmers east of Khanaqin.`)).toBeNull();
    expect(refusal(`${HEADLINE}\n\nThe bomb went off on 9 July 2023 near the farms of Khanaqin, officials said.`).problem).toBe('no-date');
  });

  it('reads no further than the first lines', () => {
    const filler = Array.from({ length: 9 }, (_, i) => `Short line ${i}`).join('\n');
    expect(publicationDateLine(`${filler}\n9 July 2023\n\n${LEAD}`)).toBeNull();
  });

  it('refuses an ambiguous numeric date and names both readings', () => {
    const error = refusal(`${HEADLINE}\n04/07/2023\n\n${LEAD}`);
    expect(error.problem).toBe('bad-date');
    expect(error.message).toMatch(/"04\/07\/2023" that could be 4 July 2023 or 7 April 2023/);
  });
});

describe('other places a date is given', () => {
  it('reads a front-matter date written in words', () => {
    expect(parseArticle(`---\ntitle: ${HEADLINE}\npublished: July 9, 2023\n---\n${LEAD}`).published).toBe('2023-07-09');
    expect(refusal(`---\npublished: last Tuesday\n---\n${LEAD}`).problem).toBe('bad-date');
    expect(refusal(`---\npublished: 04/07/2023\n---\n${LEAD}`).message).toMatch(/could be 4 July 2023 or 7 April 2023/);
  });

  it('reads a wire dateline that carries the year, at the start or after a headline', () => {
    const opening = parseArticle(`KHANAQIN, July 9, 2023 - ${LEAD}`);
    expect(opening.published).toBe('2023-07-09');
    expect(opening.datelinePlace).toBe('KHANAQIN');
    expect(opening.body.startsWith('A roadside bomb')).toBe(true);
    expect(parseArticle(`${HEADLINE}\n\nKHANAQIN, Iraq, July 9, 2023 (AFP) - ${LEAD}`).published).toBe('2023-07-09');
  });

  it('falls back on the date at the start of the file name', () => {
    expect(fileNameDate('/articles/2023-07-09-khanaqin-bomb.txt')).toBe('2023-07-09');
    expect(fileNameDate('2023-02-30-x.txt')).toBeNull();
    expect(fileNameDate('khanaqin-2023-07-09.txt')).toBeNull();
    expect(parseArticle(`${HEADLINE}\n\n${LEAD}`, { fileName: '2023-07-09-khanaqin-bomb.txt' }).published).toBe('2023-07-09');
  });

  it('lets a date inside the text win over the file name', () => {
    expect(parseArticle(`${HEADLINE}\nJuly 10, 2023\n\n${LEAD}`, { fileName: '2023-07-09-khanaqin-bomb.txt' }).published).toBe('2023-07-10');
  });

  it('still refuses text with no date anywhere, naming every way to give one', () => {
    const error = refusal(`${HEADLINE}\n\n${LEAD}`, 'khanaqin-bomb.txt');
    expect(error.problem).toBe('no-date');
    expect(error.message).toMatch(/front matter.*line of its own.*dateline.*file's name/);
  });
});

describe('the headline of text pasted without front matter', () => {
  it('reads the first line as the title, then the date line, a byline and a wire dateline', () => {
    const article = parseArticle(`${HEADLINE}\nJuly 9, 2023\nBy Jane Doe\n\nKHANAQIN, Iraq (AFP) - ${LEAD}\n`);
    expect(article).toMatchObject({ title: HEADLINE, published: '2023-07-09', source: 'AFP', datelinePlace: 'KHANAQIN' });
    expect(article.body).toBe(LEAD);
  });

  it('reads a Markdown heading and an emphasised date the same way', () => {
    expect(parseArticle(`# ${HEADLINE}\n\n*July 9, 2023*\n\n${LEAD}`)).toMatchObject({ title: HEADLINE, published: '2023-07-09', body: LEAD });
  });

  it('keeps a first line that is a sentence, a dateline or a date in the body', () => {
    const lead = parseArticle(`${LEAD}\nThe farmers were taken to hospital in Khanaqin.`, { fileName: '2023-07-09-x.txt' });
    expect(lead.title).toBeNull();
    expect(lead.body.startsWith(LEAD)).toBe(true);
    const wire = parseArticle(`KHANAQIN, Iraq (AFP) - ${LEAD}\nMore text.`, { fileName: '2023-07-09-x.txt' });
    expect(wire).toMatchObject({ title: null, source: 'AFP', datelinePlace: 'KHANAQIN' });
  });

  it('leaves the text of a file with front matter alone, title or none', () => {
    const article = parseArticle(`---\ntitle: Given\npublished: 2023-07-09\n---\n${HEADLINE}\n\n${LEAD}`);
    expect(article.title).toBe('Given');
    expect(article.body.startsWith(HEADLINE)).toBe(true);
    expect(parseArticle(`---\npublished: 2023-07-09\n---\n${HEADLINE}\n\n${LEAD}`)).toMatchObject({ title: null, body: `${HEADLINE}\n\n${LEAD}` });
  });

  it('takes no line that ends with a colon or holds two sentences as a headline', () => {
    const file = { fileName: '2023-07-09-x.txt' };
    expect(parseArticle(`The ministry issued the following statement:\n"We condemn the attack."`, file).title).toBeNull();
    expect(parseArticle(`Two farmers were wounded. Police blamed ISIS\n\n${LEAD}`, file).title).toBeNull();
  });
});

describe('HTML pages', () => {
  it('refuses a saved web page with the problem named', () => {
    const page = `<!DOCTYPE html><html><body><h1>${HEADLINE}</h1><p>July 9, 2023</p><p>${LEAD}</p></body></html>`;
    expect(refusal(page).problem).toBe('markup');
    expect(refusal(`${HEADLINE}\n<div><p>9 July 2023</p><p>${LEAD}</p></div>`).message).toMatch(/HTML page/);
  });

  it('accepts text that merely mentions a tag', () => {
    expect(parseArticle(`${HEADLINE}\n9 July 2023\n\nA post with a <script> tag was removed. ${LEAD}`).published).toBe('2023-07-09');
  });
});

describe('overlong title, source or url', () => {
  it('refuses a front matter source longer than an outlet name may be, naming the field and the limit', () => {
    const error = refusal(`---\npublished: 2023-07-09\nsource: ${'x'.repeat(301)}\n---\n${LEAD}`);
    expect(error.problem).toBe('too-long');
    expect(error.message).toBe('has a source of 301 characters; the limit is 300');
  });

  it('refuses an overlong title or url given as an override, and keeps one at the limit', () => {
    expect(() => parseArticle(LEAD, { fileName: '2023-07-09-x.txt', overrides: { title: 't'.repeat(1001) } })).toThrow(/title of 1001 characters; the limit is 1000/);
    expect(() => parseArticle(LEAD, { fileName: '2023-07-09-x.txt', overrides: { url: `https://example.org/${'a'.repeat(2000)}` } })).toThrow(/url of 2020 characters/);
    expect(parseArticle(LEAD, { fileName: '2023-07-09-x.txt', overrides: { source: 's'.repeat(300) } }).source).toHaveLength(300);
  });
});
