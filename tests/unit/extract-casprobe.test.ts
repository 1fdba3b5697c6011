/**
 * Casualty probes: short articles written in new words for phenomena of casualty reporting (the attackers' own dead,
 * "killed or wounded", ...), each rule with a near sentence that must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import type { CasualtyGroup } from '../../src/domain/taxonomy.js';
import { findFigures } from '../../src/extract/casualties.js';
import { casualtyMatches, EntityIndex, groupClasses } from '../../src/extract/quality.js';
import { extract, ref, REFERENCE } from './extract-fixtures.js';

/** Every figure of every event: "TYPE group/actor measure count". */
const tolls = (text: string, published = '2025-06-10') =>
  extract(text, published).events.flatMap((e) =>
    e.casualties.flatMap((c) => (['killed', 'injured', 'abducted', 'arrested'] as const).filter((m) => c[m] !== undefined).map((m) => `${e.subEventType} ${c.actor ? ref(c.actor) : c.group} ${m} ${c[m]}`)),
  );

describe("the attackers' own dead", () => {
  it('counts the bombers who blew themselves up or set off their vests as attackers killed', () => {
    expect(tolls('A suicide bomber detonated his explosive belt among mourners at a funeral tent in Baqubah on Monday, killing seven people.')).toEqual(
      expect.arrayContaining(['SUICIDE_BOMB MILITANTS killed 1', 'SUICIDE_BOMB CIVILIANS killed 7']),
    );
    expect(tolls('Three attackers blew themselves up at the gate of a police station in Kirkuk on Monday, killing five policemen.')).toContain('SUICIDE_BOMB MILITANTS killed 3');
  });
  it('keeps a bomber caught before he blew himself up out of the dead', () => {
    expect(tolls('Police in Kirkuk arrested a would-be suicide bomber on Monday before he could blow himself up.').filter((t) => t.includes('killed'))).toEqual([]);
  });
  it('gives a bare count told after the bombers to no attackers', () => {
    const out = tolls('At least 20 people were killed in Baghdad on Monday when two suicide bombers blew themselves up at a bus station. Health officials first spoke of 15 dead, before the toll rose.');
    expect(out).toContain('SUICIDE_BOMB MILITANTS killed 2');
    expect(out.filter((t) => t.includes('MILITANTS killed') && !t.endsWith(' 2'))).toEqual([]);
  });
  it('counts "the gunman ... was shot dead" as one attacker, and the attack stays an attack on civilians', () => {
    const out = tolls('A gunman opened fire on a wedding party in a village near Muqdadiya on Saturday, killing two guests. The gunman, a relative of the groom, was shot dead by police.');
    expect(out).toEqual(expect.arrayContaining(['ATTACK CIVILIANS killed 2', 'ATTACK MILITANTS killed 1']));
  });
  it("reads no attacker in \"the gunman's brother was killed\"", () => {
    expect(tolls("Police shot at a car in Muqdadiya on Saturday. The gunman's brother was killed.").filter((t) => t.includes('MILITANTS'))).toEqual([]);
  });
});

describe('the scorer reads the group words annotators use', () => {
  const index = new EntityIndex(REFERENCE);
  const match = (group: string, x: { actor?: string; group: CasualtyGroup }) =>
    casualtyMatches({ group, measure: 'arrested', count: 2 }, { actor: x.actor ?? null, group: x.group, measure: 'arrested', count: 2 }, index);
  it('takes "herders", "firemen" for civilians and "wanted persons", "kidnappers" for suspects or militants', () => {
    expect([...groupClasses('herders', index)]).toEqual(['CIVILIANS']);
    expect([...groupClasses('firemen', index)]).toEqual(['CIVILIANS']);
    expect(groupClasses('wanted persons', index)).toEqual(new Set(['MILITANTS', 'UNSPECIFIED']));
    expect([...groupClasses('kidnappers', index)]).toEqual(['MILITANTS']);
  });
  it('takes "ISIS suspects" for the named group, and still not for another one', () => {
    expect(match('ISIS suspects', { actor: 'org:isis', group: 'MILITANTS' })).toBe(true);
    expect(match('ISIS suspects', { group: 'MILITANTS' })).toBe(true);
    expect(match('PKK fighters', { actor: 'org:isis', group: 'MILITANTS' })).toBe(true); // the class still agrees
    expect(match('PKK fighters', { actor: 'org:isis', group: 'CIVILIANS' })).toBe(false);
    expect(match('Peshmerga', { actor: 'org:isis', group: 'MILITANTS' })).toBe(false);
  });
});

describe('"killed or wounded": one count of two measures', () => {
  it('reads no killed (nor wounded) figure in "were killed or wounded", "killing or wounding"', () => {
    expect(tolls('Five soldiers were killed or wounded when a roadside bomb hit their patrol near Tuz Khurmatu on Monday.')).toEqual([]);
    expect(tolls('A car bomb tore through a market in Baqubah on Monday, killing or wounding at least 30 shoppers.')).toEqual([]);
  });
  it('keeps the figures of a toll told measure by measure, and the exact figure told after', () => {
    expect(tolls('Two soldiers were killed and three wounded when a roadside bomb hit their patrol near Tuz Khurmatu on Monday.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED force:iraqi-army killed 2',
      'REMOTE_EXPLOSIVE_LANDMINE_IED force:iraqi-army injured 3',
    ]);
    expect(tolls('Five soldiers were killed or wounded when a roadside bomb hit their patrol near Tuz Khurmatu on Monday. One soldier was killed and four were wounded, an officer said.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED force:iraqi-army killed 1',
      'REMOTE_EXPLOSIVE_LANDMINE_IED force:iraqi-army injured 4',
    ]);
  });
});

describe('numerals and ranges', () => {
  const figures = (s: string) => findFigures(s).map((f) => `${f.measure} ${f.count} ${f.group}`);
  it('reads "1,250" as one thousand two hundred and fifty, and "12, wounding" as twelve', () => {
    expect(figures('The wave of bombings that spring killed 1,250 civilians in the capital.')).toEqual(['killed 1250 CIVILIANS']);
    expect(figures('The blast killed 12, wounding 30 others.')).toEqual(['killed 12 UNSPECIFIED', 'injured 30 UNSPECIFIED']);
  });
  it('reads a range as its low figure: "between 15 and 20", "from 15 to 20", "15 to 20", "one or two"', () => {
    expect(figures('The shelling killed between 15 and 20 villagers.')).toEqual(['killed 15 CIVILIANS']);
    expect(figures('Officials said from 15 to 20 soldiers were wounded.')).toEqual(['injured 15 SECURITY_FORCES']);
    expect(figures('Some 15 to 20 protesters were detained.')).toEqual(['arrested 15 CIVILIANS']);
    expect(figures('One or two policemen were hurt.')).toEqual(['injured 1 SECURITY_FORCES']);
  });
  it('keeps two figures joined by "and" apart, and a date range out', () => {
    expect(figures('The attack killed one and four others were injured.')).toEqual(['killed 1 UNSPECIFIED', 'injured 4 UNSPECIFIED']);
    expect(figures('Fighting between 10 and 12 May killed two soldiers.')).toEqual(['killed 2 SECURITY_FORCES']);
  });
});

describe('members of a service named by a common noun', () => {
  const figures = (s: string) => findFigures(s).map((f) => `${f.measure} ${f.count} ${f.group}`);
  it('takes "members of the security forces", "personnel from the army" for security forces, also when treated', () => {
    expect(figures('Four members of the security forces were wounded by stones.')).toEqual(['injured 4 SECURITY_FORCES']);
    expect(figures('Eleven demonstrators and six personnel from the army were treated for smoke inhalation.')).toEqual(['injured 11 CIVILIANS', 'injured 6 SECURITY_FORCES']);
  });
  it('keeps "members of the militia" and "members of a family" as before', () => {
    expect(figures('Three members of the militia were killed.')).toEqual(['killed 3 MILITANTS']);
    expect(figures('Three members of a family were killed.')).toEqual(['killed 3 CIVILIANS']);
  });
});

describe('a toll told as a pair of nouns', () => {
  const figures = (s: string) => findFigures(s).map((f) => `${f.measure} ${f.count} ${f.group}`);
  it('reads "21 martyrs and 64 wounded", "nine dead and 30 injured" without a verb', () => {
    expect(figures('The health directorate gave the final count of the attack, 21 martyrs and 64 wounded, late on Friday.')).toEqual(['killed 21 UNSPECIFIED', 'injured 64 UNSPECIFIED']);
    expect(figures('Hospital sources spoke of nine dead and 30 injured.')).toEqual(['killed 9 UNSPECIFIED', 'injured 30 UNSPECIFIED']);
  });
  it('leaves "raising the toll to two dead and five wounded" to the toll it revises', () => {
    const told = findFigures('A farmer died later, raising the toll to two dead and five wounded.').filter((f) => f.count > 1);
    expect(told.map((f) => `${f.measure} ${f.count} ${/\btoll\b/.test(f.text ?? '')}`)).toEqual(['killed 2 true', 'injured 5 true']);
  });
});
