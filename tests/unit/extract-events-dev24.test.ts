/**
 * Events on dev24-dev27 phenomena (round of 2026-12-02): detection, splitting and typing. Each rule in new words, with a
 * near sentence that must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const events = (text: string, published = '2023-01-17') =>
  extract(text, published).events.map((e) => `${e.subEventType} ${e.date} ${e.place ? ref(e.place) : '-'}`);
const types = (text: string, published = '2023-01-17') => extract(text, published).events.map((e) => e.subEventType);

describe('devices made safe', () => {
  it('takes a hyphen-laden vehicle that engineers dismantled for a disrupted bombing', () => {
    expect(events('On Monday police engineers dismantled an explosives-laden car left outside a school in Kirkuk.')).toEqual([
      'DISRUPTED_WEAPONS_USE 2023-01-16 place:kirkuk',
    ]);
  });

  it('reads the bare infinitive "dismantle" after "managed to" as a deed done', () => {
    expect(events('On Monday a police unit managed to dismantle a car bomb parked near the market in Baqubah.')).toEqual([
      'DISRUPTED_WEAPONS_USE 2023-01-16 place:baqubah',
    ]);
  });

  it('keeps a car bomb that went off a bombing', () => {
    expect(types('On Monday an explosives-laden car exploded near a school in Kirkuk, wounding four pupils.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('takes a vehicle bomb destroyed by helicopters on its way to troops for a disrupted bombing, not a blast', () => {
    expect(types('On Monday helicopters destroyed a booby-trapped tanker heading for an army post west of Baqubah, before it could reach the soldiers.')).toEqual([
      'DISRUPTED_WEAPONS_USE',
    ]);
  });

  it('keeps a vehicle bomb that reached its target a bombing', () => {
    expect(types('On Monday a booby-trapped tanker blew up at an army post west of Baqubah, killing three soldiers.')).not.toContain('DISRUPTED_WEAPONS_USE');
  });
});
