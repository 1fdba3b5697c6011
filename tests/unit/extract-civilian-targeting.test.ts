/**
 * ACLED's civilian targeting: set when civilians were the main or only target of an event, not whenever civilians are
 * among the dead. A battle is between armed sides; a protest's crowd is not a target.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './extract-fixtures.js';

const flags = (text: string) => extract(text).events.map((e) => `${e.subEventType} ${Boolean(e.civilianTargeting)}`);

describe('civilian targeting', () => {
  it('is not set on a clash between armed sides in which civilians were also hit', () => {
    expect(flags('ISIS militants clashed with the Iraqi Army near Tarmiyah on Monday. Four soldiers and a farmer were killed in the fighting.')).toEqual(['ARMED_CLASH false']);
  });

  it('is set on a battle that began as an attack on a village', () => {
    expect(flags('ISIS militants attacked a village near Tarmiyah on Monday, killing two villagers and three soldiers who came to help.')).toEqual(['ARMED_CLASH true']);
  });

  it('is not set on a protest the police dispersed, though protesters were hurt', () => {
    expect(flags('Police fired tear gas to disperse hundreds of protesters in Nasiriyah on Sunday. Six protesters were injured.')).toEqual(['PROTEST_WITH_INTERVENTION false']);
  });

  it('stays set on a bombing of civilians and an attack on them', () => {
    expect(flags('A car bomb exploded at a crowded market in Tarmiyah on Monday, killing five civilians.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED true']);
    expect(flags('Gunmen shot dead two shepherds near Tarmiyah on Monday.')).toEqual(['ATTACK true']);
  });
});
