/**
 * Events missed or mistyped on wordings of held-out outlets (probe articles of helper ev3): sabotage told
 * with explosives, a cell dismantled, a suicide attack foiled, a sniper named only as the agent, and
 * several reports listed in one clause. Each phenomenon in new words, with a near sentence that keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { extract, gazetteer } from './extract-fixtures.js';

const events = (text: string, published = '2026-11-20') =>
  extract(text, published).events.map((e) => {
    const toll = e.casualties.map((c) => `${c.group}${c.killed ? ` k${c.killed}` : ''}${c.injured ? ` i${c.injured}` : ''}${c.arrested ? ` a${c.arrested}` : ''}`).join(',');
    return `${e.subEventType} @${typeof e.place === 'string' ? e.place : (e.place as { id?: string } | undefined)?.id ?? '-'}${toll ? ` ${toll}` : ''}`;
  });
const types = (text: string) => extract(text, '2026-11-20').events.map((e) => e.subEventType);

describe('sabotage with explosives', () => {
  it('reads "blew up" a pylon or a pipeline, and "detonated explosives" at a site, as an explosive attack', () => {
    expect(types('ISIS militants blew up an electricity pylon near Muqdadiya on Wednesday night, a security source said.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
    expect(types('A crude oil pipeline was blown up near Baqubah on Wednesday, officials said.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
    expect(types('Unknown men detonated explosives outside a shop in Kirkuk on Wednesday, causing damage but no casualties.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });
  it('reads an attack told "with explosives" as an explosive attack, and one with rifles as a clash', () => {
    expect(types('Militants attacked a water pumping station with explosives near Baqubah on Wednesday, officials said.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
    expect(types('Gunmen attacked a police checkpoint with rifles near Baqubah on Wednesday, wounding a policeman.')).toEqual(['ARMED_CLASH']);
  });
  it('keeps a cache blown up by troops a disrupted weapon, not an attack', () => {
    expect(types('Iraqi troops found and blew up two caches containing explosives near Muqdadiya on Wednesday.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });
});

describe('a cell dismantled', () => {
  it('reads "dismantled an ISIS cell" as arrests', () => {
    expect(types('Iraqi intelligence dismantled a four-member ISIS cell in Kirkuk on Wednesday, the Security Media Cell said.')).toEqual(['ARRESTS']);
  });
  it('keeps "dismantled two explosive devices" a disrupted weapon', () => {
    expect(types('Iraqi troops dismantled two explosive devices planted on a road in Kirkuk on Wednesday.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });
});

describe('a suicide attack stopped', () => {
  it('types "foiled a suicide attack" and a "would-be suicide bomber" arrested as no bombing', () => {
    expect(types('Iraqi forces thwarted a suicide bombing in Baqubah on Wednesday by arresting the bomber wearing an explosive vest.')).toEqual(['DISRUPTED_WEAPONS_USE']);
    expect(types('Police arrested a would-be suicide bomber at a checkpoint in Kirkuk on Wednesday.')).toEqual(['ARRESTS']);
  });
  it('keeps a suicide bomber who blew himself up a suicide bombing', () => {
    expect(types('A suicide bomber blew himself up at a checkpoint in Kirkuk on Wednesday, killing two policemen.')).toEqual(['SUICIDE_BOMB']);
  });
});

describe('several reports listed in one clause', () => {
  it('gives each listed report its own place and toll, and a sniper named as the agent is an attack', () => {
    expect(events('On Wednesday, a farmer was wounded by a sniper in Muqdadiya, a soldier was shot dead by gunmen in Kirkuk, and a mortar round hit a house in Baqubah, injuring two women.')).toEqual([
      'ATTACK @place:muqdadiya CIVILIANS i1',
      'ARMED_CLASH @place:kirkuk SECURITY_FORCES k1',
      'SHELLING_ARTILLERY_MISSILE_ATTACK @place:baqubah CIVILIANS i2',
    ]);
  });
  it('keeps a toll told after its report with it, and reads "a mortar round hit" as a report', () => {
    expect(events('Gunmen attacked a checkpoint in Kirkuk on Wednesday, killing two soldiers, and a mortar round hit a house in Baqubah.')).toEqual([
      'ARMED_CLASH @place:kirkuk SECURITY_FORCES k2',
      'SHELLING_ARTILLERY_MISSILE_ATTACK @place:baqubah',
    ]);
  });
  it('keeps a sniper rifle found in a cache no attack', () => {
    expect(types('Police arrested two suspects in Kirkuk on Wednesday and seized a sniper rifle from them.')).toEqual(['ARRESTS']);
  });
});

describe('a fight told by its gunfire, and people taken by gunmen', () => {
  it('reads "gunfire erupted" and "a shootout" as armed clashes', () => {
    expect(types('Heavy gunfire erupted between two families in Basra on Wednesday, leaving two men dead, police said.')).toEqual(['ARMED_CLASH']);
    expect(types('A policeman was wounded in a shootout with gunmen at a checkpoint in Kirkuk on Wednesday.')).toEqual(['ARMED_CLASH']);
  });
  it('keeps gunfire heard at a celebration no clash', () => {
    expect(types('Celebratory gunfire was heard across Basra on Wednesday after the football match.')).toEqual([]);
  });
  it('reads "were taken by gunmen" as an abduction, and the wounded "taken to hospital" as none', () => {
    expect(types('Three farmers were taken by masked gunmen from their fields near Muqdadiya on Wednesday, a local official said.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
    expect(types('A bomb exploded near Muqdadiya on Wednesday; two farmers were wounded and taken by ambulance to hospital.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });
});

describe('a suicide bomber stopped before the blast', () => {
  it('reads "shot dead a suicide bomber before he could detonate his belt" as no suicide bombing', () => {
    expect(types('Police shot dead a suicide bomber before he could detonate his explosive belt at a checkpoint in Kirkuk on Wednesday.')).not.toContain('SUICIDE_BOMB');
  });
  it('keeps a bomber who struck before guards could stop him a suicide bombing', () => {
    expect(types('A suicide bomber blew himself up at a checkpoint in Kirkuk on Wednesday before guards could stop him, killing two policemen.')).toEqual(['SUICIDE_BOMB']);
  });
});

describe('an incident told only in the headline', () => {
  const withTitle = (title: string, body: string) => extractArticle(`---\ntitle: "${title}"\npublished: 2026-11-20\nsource: Test Agency\n---\n${body}`, gazetteer(), { fileName: 'test.md' }).batch.events.map((e) => e.subEventType);
  it('takes "Two policemen killed in bomb blast in Kirkuk" over a body that tells only the funerals', () => {
    expect(withTitle('Two policemen killed in bomb blast in Kirkuk', 'Funerals were held on Friday as the interior ministry promised to find those responsible.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });
  it('takes no incident from a headline of reaction or without a toll', () => {
    expect(withTitle('Governor condemns attack that killed two policemen in Kirkuk', 'The governor called for calm on Friday.')).toEqual([]);
    expect(withTitle('Security tightened in Kirkuk after bomb blast', 'Checkpoints were added on Friday across the city.')).toEqual([]);
  });
});
