/**
 * Finding, typing and placing events, fourth round of 3 December (dev36 and dev37 opened): mechanisms widened, each tested
 * in new wording against the shipped reference (none of these sentences is a corpus sentence).
 * - Arms seized or found that were ready for an attack: a launcher found after the rockets were fired ("found the launcher
 *   in an orchard"), belts or vests seized, counted the way communiqués count them ("seized (4) explosive belts"), are a
 *   disrupted attack.
 * - A bare "strike" that is the subject of a verb of harm, with the place it hit between ("A strike on the slopes above X,
 *   ..., killed three men"), is an air or drone strike, as "the strike hit" already was.
 * - A resort named as such ("the summer resort of X", as "the village of X") is a place of its own, in the unit of the town
 *   it is measured from ("..., about 15 kilometers east of Zakho").
 * - A sentence opened as another incident ("In a separate attack around the same time, ...") whose opener's bare "attack" is
 *   only the report the sentence goes on to tell: the sentence's first strong report opens the new incident, not the opener.
 * - In a reaction, a bare toll told of someone the words introduce, on a day of its own ("called for an inquiry after a member
 *   of a Hashd brigade was shot dead near the village on Tuesday"), reports a deed, not the incident the reaction is about.
 * Each positive test fails with its rule switched off; the tests named "keeps ..." guard what the rule must not take.
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

const { events: all } = shippedReference();
const types = (text: string) => all(text, '2024-03-13').map((e) => e.type);

describe('arms ready for an attack, seized or found', () => {
  it('reads a launcher found after an attack as a disrupted attack', () => {
    expect(types('Police found the rocket launcher hidden in a truck near Kut on Tuesday.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });

  it('reads explosive vests confiscated, counted in brackets, as a disrupted attack', () => {
    expect(types('On Monday a commando unit confiscated (6) explosive vests in a house in Tarmiyah.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });

  it('reads launchers recovered by a patrol as a disrupted attack', () => {
    expect(types('An army patrol recovered two Katyusha launchers on the outskirts of Zubair on Friday.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });

  it('keeps rockets fired from a launcher a shelling', () => {
    expect(types('Gunmen fired three rockets from a launcher mounted on a pick-up at an army base near Kut on Tuesday, wounding two soldiers.')).not.toContain('DISRUPTED_WEAPONS_USE');
  });
});

describe('a strike that harms, the place it hit between', () => {
  it('reads a strike near a village that killed shepherds as an air strike', () => {
    expect(types('On Monday a strike near a village north of Sinjar killed two shepherds, a local official said.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('reads a strike on a car that wounded its passengers as an air strike', () => {
    expect(types('The strike on a car outside Sinjar on Sunday wounded three men, relatives said.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('reads a strike against a hideout that destroyed vehicles as an air strike', () => {
    expect(types('A strike against a hideout in the Qandil Mountains, close to the Iranian border, destroyed two vehicles on Wednesday.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('keeps a general strike no air strike', () => {
    expect(types('A general strike in Kut on Sunday closed shops and schools, and hundreds of teachers marched to the governorate building.')).not.toContain('AIR_DRONE_STRIKE');
  });
});

describe('a resort named as such, told by its bearing from a town', () => {
  const places = (text: string) => all(text, '2024-03-13').map((e) => e.place);

  it('places a strike at the resort it hit, not at the town it is measured from', () => {
    expect(places('On Monday a drone struck a car near the mountain resort of Zalan, about 20 kilometers north of Zakho, killing two men.')).toEqual(['place:zalan']);
  });

  it('places shelling at a resort named after "the slopes above"', () => {
    expect(places('Artillery shells landed on the slopes above the tourist resort of Besifki, some 10 km east of Soran, on Tuesday, wounding a shepherd.')).toEqual(['place:besifki']);
  });

  it('places a clash at a resort told before its town, in another word order', () => {
    expect(places('Two guards were killed on Friday when gunmen attacked a checkpoint at the entrance to the resort of Hawdian, west of Shaqlawa.')).toEqual(['place:hawdian']);
  });

  it('keeps a bearing told without a resort placed at the town it is measured from', () => {
    expect(places('A roadside bomb killed two soldiers about 15 kilometers east of Zakho on Sunday.')).toEqual(['place:zakho']);
  });
});

describe('a sentence opened as a separate attack, told by a strong report', () => {
  const told = (text: string) => all(text, '2024-03-13').map((e) => `${e.type} ${e.place}`);

  it('keeps suicide bombers in a town apart from a storming in the city, both told before dawn', () => {
    expect(told('Gunmen stormed the provincial council building in the city of Basra before dawn on Sunday. In a separate attack around the same time, two suicide bombers blew themselves up at a checkpoint in Zubair.')).toEqual(['ARMED_CLASH place:basra', 'SUICIDE_BOMB place:zubair']);
  });

  it('keeps a bomber of "another assault" apart, with the toll of its own clause', () => {
    expect(told('Gunmen stormed a police station in the city of Kirkuk on Friday. In another assault around the same time, a bomber wearing an explosive belt blew himself up at the gate of a power plant in Daquq, killing five workers.')).toEqual(['ARMED_CLASH place:kirkuk', 'SUICIDE_BOMB place:daquq']);
  });

  it('places the report told after "In another attack at about the same hour" where it tells', () => {
    expect(told('Fighters raided several police posts in the city of Kirkuk on Monday night. In another attack at about the same hour, a suicide bomber detonated his vest at the gate of a mosque in Daquq.')).toEqual(['SUICIDE_BOMB place:daquq']);
  });

  it('keeps a separate attack told only by its toll an incident of its own', () => {
    expect(told('Militants stormed police stations in the city of Kirkuk before dawn on Friday. In a separate attack around the same time, two soldiers were wounded in Hawija.')).toEqual(['ARMED_CLASH place:kirkuk', 'ARMED_CLASH place:hawija']);
  });
});

describe('a toll told inside a reaction, of someone introduced, on a day of its own', () => {
  const lead = 'Gunmen abducted four men from the village of Tel Ali, near Daquq, on Saturday, police said.';
  const told = (text: string) => all(`${lead} ${text}`, '2024-03-13').map((e) => `${e.type} ${e.date}`);

  it('reads a shepherd shot dead "after" an inquiry was demanded as a killing of its own day', () => {
    expect(told('The governor of Kirkuk demanded an inquiry on Sunday after a shepherd was shot dead near the village on Monday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE 2024-03-09', 'ATTACK 2024-03-11']);
  });

  it('reads two farmers killed "since", inside a call for calm, as a killing of its own day', () => {
    expect(told('Tribal elders called for calm, saying families had been threatened since two farmers were killed in an orchard outside the village on Thursday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE 2024-03-09', 'ATTACK 2024-03-07']);
  });

  it('reads a policeman killed "when" residents fled, told by a governor who condemned the kidnapping, as an incident of its own', () => {
    expect(told('The governor denounced the kidnapping and ordered an investigation, noting that residents had fled when a policeman was killed at a checkpoint near the village on Tuesday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE 2024-03-09', 'ARMED_CLASH 2024-03-12']);
  });

  it('keeps the killing a reaction condemns, told without a day, a reference', () => {
    expect(told('The governor condemned the abduction and the killing of a guard in the village, and called for an inquiry.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE 2024-03-09']);
  });
});
