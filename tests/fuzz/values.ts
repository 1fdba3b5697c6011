/**
 * Hostile values for the fuzz tests: strings that try Cypher and Lucene injection, odd Unicode,
 * huge and empty strings, impossible dates and coordinates, out-of-range numbers. Each pool is
 * a fast-check arbitrary, so values are drawn (and recorded with the run's seed) like any other.
 */
import fc from 'fast-check';

/** Cypher, Lucene, template and path tricks: none may do anything but be read as data. */
export const INJECTIONS = [
  'x"}) DETACH DELETE n //',
  "x'}) DETACH DELETE n //",
  "' OR 1=1 --",
  '" OR 1=1 //',
  "') RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
  '}) WITH 1 AS x MATCH (n) DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  'CALL db.labels() YIELD label RETURN label',
  'CALL apoc.help("x")',
  '$param',
  '$id',
  '${id}',
  '{{id}}',
  '`',
  '``',
  '`n` DETACH DELETE n',
  'n:`Entity`',
  '\\',
  '\\"',
  '\\u0000',
  '*:*',
  '*',
  '?',
  '*isis',
  'isis~',
  'isis~0.1^10',
  'name:isis',
  'AND OR NOT ~ ^',
  'AND',
  'NOT',
  '&& || ! ( ) { } [ ] ^ " ~ * ? : \\ /',
  '[a TO z]',
  '{a TO z}',
  '"unterminated',
  '(',
  ')',
  '/re.*gex/',
  '-',
  '+',
  '%',
  '_',
  '.*',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '0',
  '-1',
  'place:',
  ':',
  'place:iraq|LOCATED_IN|place:iraq',
  '||',
  'a|B|c|d',
] as const;

/** Right-to-left marks, joiners, emoji, combining marks, lone surrogates (sent as \uD800 in JSON), NUL. */
export const ODD_UNICODE = [
  '\u200F',
  '\u202E\u0645\u0631\u062D\u0628\u0627',
  'isis\u200Fdaesh',
  'da\u200Desh',
  'da\u200Besh',
  '\u200D',
  '\uFEFF',
  '\u00A0',
  '👨‍👩‍👧‍👦',
  '🇮🇶',
  '🏳️‍🌈 peshmerga',
  '\uD800',
  '\uDFFF',
  'a\uD83Dz',
  '\uDC00\uD800',
  '\u0000',
  'isis\u0000daesh',
  '\u0001\u0002\u001F\u007F',
  'Z̵̡̢̛̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼ͅ͏͓͔͕͖͙͚',
  'e\u0301',
  'İstanbul',
  'ß',
  'ﬀ',
  'ﷺ',
  'داعش',
  'الحشد الشعبي',
  'پێشمەرگە',
  '\u2028\u2029',
  '\t\n\r\v\f',
  '   ',
  '\n',
] as const;

const MAX_HUGE = 100_000;

/** About 100 kB strings: ASCII, spaces, emoji (surrogate pairs), a repeated injection. */
export const HUGE = [
  'x'.repeat(MAX_HUGE),
  'a '.repeat(MAX_HUGE / 2),
  '😀'.repeat(MAX_HUGE / 4),
  'x"}) DETACH DELETE n //'.repeat(Math.floor(MAX_HUGE / 23)),
  'place:'.padEnd(MAX_HUGE, 'z'),
  '*:* '.repeat(MAX_HUGE / 4),
];

/** Dates that do not exist or are not dates at all; a few valid ones so filters also match. */
export const BAD_DATES = [
  '2021-13-40',
  '2021-02-29',
  '2021-00-10',
  '2021-12-00',
  '99999-01-01',
  '+275760-09-13',
  '-000001-01-01',
  '0000-00-00',
  '2021-1-1',
  '21-12-03',
  '2021/12/03',
  '03.12.2021',
  '2021-12-03T00:00:00Z',
  '2021-12-03 ',
  ' 2021-12-03',
  'yesterday',
  '',
  'null',
] as const;
export const GOOD_DATES = ['2021-12-03', '2021-12-01', '2021-12-31', '2022-06-30', '1900-01-01', '9999-12-31', '0001-01-01', '2000-02-29'] as const;

/** Integers at and past every boundary that matters (GraphQL Int is 32-bit). */
export const EDGE_INTS = [0, 1, -1, 2, 3, 4, 5, 6, 7, 20, 50, 99, 100, 101, 200, 1999, 2000, 2001, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e21] as const;
export const EDGE_FLOATS = [0, -0, -1, 0.5, 1, 49.9, 50, 100, 1999.99, 2000, 2000.0001, 20_000, 20_000.0001, 1e9, 1e308, -1e308, 5e-324, Number.MIN_VALUE, 90, 90.0001, -90.0001, 180, 180.0001, -180.0001] as const;

export const BAD_URLS = ['not a url', 'http://', 'javascript:alert(1)', 'file:///etc/passwd', 'https://ex ample.org', '//example.org', 'mailto:x@y', `https://example.org/${'a'.repeat(5000)}`, 'https://example.org/x?q="}) DETACH DELETE n //'];
export const GOOD_URLS = ['https://example.org/story', 'http://127.0.0.1:1/x', 'https://shafaq.com/en/Security/x?y=1#z'];

/** Any string worth throwing at a String or ID argument. */
export function nastyString(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...INJECTIONS), weight: 5 },
    { arbitrary: fc.constantFrom(...ODD_UNICODE), weight: 4 },
    { arbitrary: fc.constantFrom(...HUGE), weight: 1 },
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
    {
      // Pieces of the above glued together: "daesh' OR 1=1 \u200F*:*"
      arbitrary: fc.array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.constantFrom(...ODD_UNICODE), fc.string({ maxLength: 8 })), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('')),
      weight: 3,
    },
  );
}

/** Ids that look right but name nothing, and ids that cannot be ids. */
export function unknownIdLike(): fc.Arbitrary<string> {
  const slug = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,30}$/);
  return fc.oneof(
    fc.tuple(fc.constantFrom('place', 'org', 'gov', 'force', 'person', 'event', 'statement', 'article', 'zz'), slug).map(([k, s]) => `${k}:fuzz-${s}`),
    fc.constantFrom('place:nowhere', 'org:nobody', 'event:1999-01-01-nothing', 'article:none', 'PLACE:IRAQ', 'place:Iraq', ' place:iraq', 'place:iraq ', 'place:iraq\u0000', 'place:iraq\u200F', 'place::iraq'),
  );
}

export function nastyInt(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...EDGE_INTS), weight: 6 },
    { arbitrary: fc.integer({ min: -3, max: 120 }), weight: 6 },
    { arbitrary: fc.integer(), weight: 2 },
    { arbitrary: fc.constantFrom(1.5, -0.5, 1e-9, Number.NaN, Infinity), weight: 1 },
    { arbitrary: fc.constantFrom('5', '', true, [], {}), weight: 1 },
  );
}

export function nastyFloat(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...EDGE_FLOATS), weight: 6 },
    { arbitrary: fc.double({ min: -300, max: 3000, noNaN: true }), weight: 4 },
    { arbitrary: fc.double(), weight: 2 },
    { arbitrary: fc.constantFrom('50', '', true, null), weight: 1 },
  );
}

export function dateString(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...GOOD_DATES), weight: 4 },
    { arbitrary: fc.constantFrom(...BAD_DATES), weight: 4 },
    {
      arbitrary: fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      weight: 3,
    },
    { arbitrary: nastyString(), weight: 1 },
    { arbitrary: fc.constantFrom(20211203, 0, true), weight: 1 },
  );
}

/** A JSON object of any shape, with prototype-pollution keys and deep nesting now and then. */
export function anyJsonObject(): fc.Arbitrary<unknown> {
  const deep = fc.integer({ min: 20, max: 200 }).map((depth) => {
    let v: unknown = { leaf: 'x' };
    for (let i = 0; i < depth; i++) v = { nested: v };
    return v;
  });
  return fc.oneof(
    { arbitrary: fc.object({ maxDepth: 3, maxKeys: 6, values: [fc.jsonValue({ maxDepth: 2 }), nastyString()] }), weight: 6 },
    { arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' '), fc.jsonValue({ maxDepth: 2 })), weight: 2 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: fc.constantFrom([], [1, 2], 'text', 1, null, true), weight: 1 },
  );
}
