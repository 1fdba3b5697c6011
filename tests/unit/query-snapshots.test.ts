/**
 * Snapshots of the Cypher and parameters of query builders (as @neo4j/graphql's TCK pins its
 * output): a change to a statement shows up in review as a diff of the file in __snapshots__.
 */
import { describe, expect, it } from 'vitest';
import { staleSearchNames, writeSearchNames } from '../../src/db/queries/backfill.js';
import { addAlias, mergeEntities, removeAlias, updateEntity } from '../../src/db/queries/curate.js';
import { entityPage } from '../../src/db/queries/lists.js';
import { searchEntities, toLuceneQuery } from '../../src/db/queries/read.js';
import { upsertNodes } from '../../src/db/queries/write.js';
import { planBatch } from '../../src/import/plan.js';
import { importBatchSchema } from '../../src/import/format.js';

const plan = planBatch(
  importBatchSchema.parse({
    entities: [{ id: 'place:mosul', kind: 'Place', name: 'Mosul', aliases: ['الموصل', 'مووسڵ'], placeType: 'CITY' }],
  }),
);

describe('script-aware search', () => {
  it('upsertNodes stores folded names beside the names', () => {
    expect(upsertNodes(plan.nodes, true)).toMatchSnapshot();
  });

  it('search queries the folded index with a folded query', () => {
    expect(searchEntities(toLuceneQuery('المَوْصِل')!, ['Place'], 10)).toMatchSnapshot();
    expect(entityPage({ nameContains: 'المَوْصِل' }, 'NAME_ASC', 0, 10)).toMatchSnapshot();
  });

  it('curator edits keep folded names parallel to the aliases', () => {
    expect(addAlias('place:mosul', 'نینوێ')).toMatchSnapshot();
    expect(removeAlias('place:mosul', 'مووسڵ')).toMatchSnapshot();
    expect(updateEntity('place:mosul', { name: 'المَوْصِل' }, undefined)).toMatchSnapshot();
    expect(mergeEntities('place:mosul', 'place:mawsil')[3]).toMatchSnapshot();
  });

  it('the backfill folds entities written before', () => {
    expect(staleSearchNames(1, 2000)).toMatchSnapshot();
    expect(writeSearchNames([{ id: 'place:mosul', name: 'Mosul', aliases: ['الموصل'], searchName: 'mosul', searchAliases: ['موصل'] }], 1)).toMatchSnapshot();
  });
});
