import { describe, expect, it } from 'vitest';
import { reconcile, type Claim } from '../../src/domain/reconcile.js';

const claim = (c: Partial<Claim>): Claim => ({
  group: 'UNSPECIFIED',
  actorId: null,
  killed: null,
  injured: null,
  abducted: null,
  arrested: null,
  sourceId: 'article:a',
  confidence: 0.9,
  published: '2021-12-04',
  ...c,
});

describe('reconcile', () => {
  it('sums a source before comparing sources: 10 + 3 against 12 gives low 12, high 13', () => {
    const r = reconcile([
      claim({ actorId: 'force:peshmerga', group: 'SECURITY_FORCES', killed: 10 }),
      claim({ group: 'CIVILIANS', killed: 3 }),
      claim({ sourceId: 'article:b', killed: 12 }),
    ]);
    expect(r.totals.killed).toEqual({ best: 13, low: 12, high: 13, sources: 2 });
    // The more detailed source wins at equal confidence; its breakdown is what totals aggregate.
    expect(r.bestBreakdown.map((b) => [b.key, b.values.killed])).toEqual([
      ['actor:force:peshmerga', 10],
      ['group:CIVILIANS', 3],
    ]);
  });

  it('prefers the more confident source, then the later one', () => {
    const confident = reconcile([claim({ killed: 4, confidence: 0.6 }), claim({ sourceId: 'article:b', killed: 5, confidence: 0.9 })]);
    expect(confident.totals.killed?.best).toBe(5);
    const later = reconcile([claim({ killed: 4, published: '2023-01-17' }), claim({ sourceId: 'article:b', killed: 7, published: '2023-01-18' })]);
    expect(later.totals.killed).toEqual({ best: 7, low: 4, high: 7, sources: 2 });
  });

  it('keeps each measure to the sources that report it', () => {
    const r = reconcile([claim({ killed: 2, injured: 3 }), claim({ sourceId: 'article:b', killed: 2 })]);
    expect(r.totals.injured).toEqual({ best: 3, low: 3, high: 3, sources: 1 });
    expect(r.totals.abducted).toBeUndefined();
  });

  it('treats a curated figure as fully confident', () => {
    const r = reconcile([claim({ sourceId: null, confidence: null, killed: 9 }), claim({ killed: 10 })]);
    expect(r.totals.killed?.best).toBe(9);
  });

  it('returns nothing for no claims', () => {
    expect(reconcile([])).toEqual({ groups: [], totals: {}, bestBreakdown: [] });
  });
});
