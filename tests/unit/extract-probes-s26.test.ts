/**
 * Phenomena found by probe articles of 2026-12-01 (statements as ministries, governments and their spokesmen word them;
 * ages beside names), each in new words, with a near sentence that keeps its old reading.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/casualties.js';
import { extract, ref } from './extract-fixtures.js';

const LEAD = 'A Turkish drone struck a car near Amedi on Tuesday, killing two men. ';
const said = (text: string) => extract(LEAD + text, '2026-03-11').statements.map((s) => `${ref(s.speaker)} ${s.stance}`);

describe('statement probes (2026-12-01)', () => {
  it('takes "rejects the violations" as a condemnation', () => {
    expect(said('The Turkish Foreign Ministry said it firmly rejects these violations and urged restraint.')).toContain('org:turkey-foreign-ministry CONDEMNATION');
    // Near: rejecting a claim is not condemning an attack.
    expect(said('The Turkish Foreign Ministry said it rejects these claims.')).not.toContain('org:turkey-foreign-ministry CONDEMNATION');
  });

  it('takes "described the attack as a hostile act" as a condemnation', () => {
    expect(said('The Kurdistan Regional Government described the attack as a hostile act against the region.')).toContain('gov:krg CONDEMNATION');
  });

  it('takes a government defending its own country\'s strike as owning it', () => {
    expect(said("Turkish Foreign Ministry spokesman Oncu Keceli defended his country's air strikes, saying Ankara would hunt the PKK wherever it hides.")).toEqual([
      'person:oncu-keceli CLAIM_OF_RESPONSIBILITY',
    ]);
    // Near: defending a base against an attack owns nothing.
    expect(said('The Peshmerga defended the base against the attack.')).toEqual([]);
  });

  it('gives a stance in a relative clause to the body the clause hangs on', () => {
    const statements = said("The Turkish Foreign Ministry answered a complaint from the Kurdistan Regional Government, which on Wednesday condemned the strike.");
    expect(statements).toContain('gov:krg CONDEMNATION');
    expect(statements).not.toContain('org:turkey-foreign-ministry CONDEMNATION');
  });
});

describe('ages beside names', () => {
  const figures = (text: string) => findFigures(text).map((f) => `${f.measure} ${f.count}`);
  it('reads no count from an age set off by commas after a name', () => {
    expect(figures('Hussein Ali, 52, a teacher from the village, died of his wounds.')).toEqual([]);
    // Near: a count after a comma that follows a name of a day is a count.
    expect(figures('On Friday, 12 people were killed.')).toEqual(['killed 12']);
  });
});

describe('the side an attack is laid to', () => {
  const by = (text: string) => extract(text, '2026-03-12').events.map((e) => `${e.subEventType} by ${e.perpetrators.map(ref).join(',') || '-'}`);
  it('takes the side accused of the attack or blamed for it', () => {
    expect(by('A drone strike killed two PKK fighters near Amedi on Tuesday. The group accused Turkey of carrying out the attack.')).toEqual(['AIR_DRONE_STRIKE by gov:turkey']);
    expect(by('A drone hit a car near Amedi on Tuesday, killing two men, the Asayish said, blaming Turkey for the attack.')).toContain('AIR_DRONE_STRIKE by gov:turkey');
    // Near: a suspect accused of an attack and arrested is no side of the arrest.
    expect(by('Police arrested a man accused of the attack on a checkpoint near Amedi on Tuesday.')).toEqual(['ARRESTS by force:isf']);
  });
});

describe('names of bodies', () => {
  it('leaves the day after a body\'s name out of the name', () => {
    const text = "A Turkish drone struck a car near Amedi on Tuesday, killing two men. Turkey's Ministry of National Defence on Wednesday denied the report.";
    const batch = extract(text, '2026-03-12');
    expect(batch.entities.map((e) => e.name)).not.toContain('Ministry of National Defence on Wednesday');
    expect(batch.entities.map((e) => e.name)).toContain('Ministry of National Defence');
  });
});

describe('bodies named beside an attack that are no side of it', () => {
  const sides = (text: string) => extract(text, '2026-03-12').events.map((e) => `by ${e.perpetrators.map(ref).join(',') || '-'} on ${e.targets.map(ref).join(',') || '-'}`);
  it('takes no side from the short name in brackets of the body that reports', () => {
    expect(sides('Two rockets hit a field near Kalar on Tuesday night, the Counter-Terrorism Service (CTS) said.')).toEqual(['by - on -']);
    // Near: a body that reports its own loss was hit.
    expect(sides('A drone struck a car near Kalar on Tuesday. The Peshmerga (PM) confirmed that two of its fighters were killed.')).toEqual(['by - on force:peshmerga']);
  });

  it('takes no side from a body named to describe another ("a faction within the PMF")', () => {
    expect(sides('Rockets hit a Peshmerga base near Kalar on Tuesday. Kataib Hezbollah, a faction within the Popular Mobilization Forces, denied any role in the attack.')).toEqual(['by - on force:peshmerga']);
  });
});
