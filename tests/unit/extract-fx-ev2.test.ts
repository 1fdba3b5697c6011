/**
 * Events on dev18/dev19 phenomena (fx-ev2 round): each rule in new words, with a near sentence that
 * must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const events = (text: string, published = '2023-01-17') =>
  extract(text, published).events.map((e) => `${e.subEventType} ${e.date} ${e.place ? ref(e.place) : '-'}`);

describe('fx-ev2: event dates', () => {
  it('dates a blast told hours after a night battle that ran past midnight on the next day', () => {
    expect(events('Late on Sunday, ISIS militants attacked a Peshmerga post near a village in Daquq district. The fighting raged until dawn before the attackers withdrew. Some three hours after the fighting had ended, a roadside bomb struck a Peshmerga vehicle on the road to the post, wounding two fighters.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:daquq-district',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:daquq-district',
    ]);
  });

  it('keeps the day of a blast told hours after a battle that ended the same evening', () => {
    expect(events('On Sunday afternoon, ISIS militants attacked a Peshmerga post near a village in Daquq district. The fighting lasted for two hours before the attackers withdrew. Some three hours after the fighting had ended, a roadside bomb struck a Peshmerga vehicle on the road to the post, wounding two fighters.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:daquq-district',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15 place:daquq-district',
    ]);
  });
});
