/**
 * Reads of only the properties a request asks (src/graphql/prefetch.ts propertiesFor, read.ts
 * NODE): which properties a selection reads, that any field the table does not know reads the
 * whole node, and what the projection holds.
 */
import { describe, expect, it } from 'vitest';
import { NODE } from '../../src/db/queries/read.js';
import { isPartial, markPartial, NODE_PROPERTIES, toNeighbourRecords } from '../../src/db/mappers.js';
import { propertiesFor } from '../../src/graphql/prefetch.js';

describe('propertiesFor', () => {
  it('reads the properties the fields show, and none for the fields a loader answers by id', () => {
    expect(propertiesFor(['id', 'name', '__typename', 'events', 'aliases'])).toEqual(['aliases', 'name']);
    expect(propertiesFor(['id', 'speaker', 'sources'])).toEqual([]);
  });

  it('reads what a derived field is made from, once', () => {
    expect(propertiesFor(['cameoCode', 'stance', 'date'])).toEqual(['date', 'stance']);
  });

  it('reads the whole node when any field is not in the table', () => {
    expect(propertiesFor(['name', 'distanceTo'])).toBeUndefined();
    expect(propertiesFor(['label'])).toBeUndefined();
    expect(propertiesFor(['fatalities', 'id'])).toBeUndefined();
  });

  it('names only stored properties', () => {
    const names = ['name', 'aliases', 'wikidataId', 'description', 'placeType', 'location', 'organizationType', 'level', 'forceType', 'stance', 'quote', 'summary', 'date', 'title', 'url', 'published', 'language', 'text', 'ingestedAt'];
    for (const p of propertiesFor(names)!) expect(NODE_PROPERTIES).toContain(p);
  });
});

describe('NODE with properties', () => {
  it('projects the id, kind and review state with the properties asked, and nothing else', () => {
    expect(NODE('m', ['title', 'published'])).toBe('m {.id, .kind, .reviewState, .title, .published}');
    expect(NODE('m', [])).toBe('m {.id, .kind, .reviewState}');
    expect(NODE('m', ['id', 'kind', 'name'])).toBe('m {.id, .kind, .reviewState, .name}');
  });

  it('projects every property the mappers read when none are given', () => {
    expect(NODE('m')).toBe(`m {${NODE_PROPERTIES.map((p) => `.${p}`).join(', ')}}`);
  });

  it('refuses a property the mappers do not know, rather than splice it into the statement', () => {
    expect(() => NODE('m', ['name} RETURN 1 //'])).toThrow(/unknown node property/);
    expect(() => NODE('m', ['createdAt'])).toThrow(/unknown node property: createdAt/);
  });
});

describe('partial records', () => {
  it('are marked where a loader can tell, and nowhere a client can see', () => {
    const [partial] = toNeighbourRecords([{ node: { id: 'org:a', kind: 'Organization', name: 'A' }, rel: { type: 'MADE', from: 'org:a', to: 'statement:s', props: {} } }], true);
    const [whole] = toNeighbourRecords([{ node: { id: 'org:a', kind: 'Organization', name: 'A' }, rel: { type: 'MADE', from: 'org:a', to: 'statement:s', props: {} } }]);
    expect(isPartial(partial!.node)).toBe(true);
    expect(isPartial(whole!.node)).toBe(false);
    expect(JSON.stringify(partial!.node)).toBe(JSON.stringify(whole!.node));
    expect(Object.keys(markPartial({ id: 'x' }))).toEqual(['id']);
  });
});
