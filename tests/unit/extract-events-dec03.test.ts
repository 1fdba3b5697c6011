/**
 * Event typing failures seen in the development sets on 2026-12-03, each reproduced in new wording against the shipped
 * reference: shells fired in a fight between a state force and an armed group are the fight's (ACLED codes the battle); an
 * attack in which a suicide bomber struck is a suicide bombing, whatever word its toll was told with; a demonstration whose
 * crowd set a building on fire or broke in is a riot, and rival crowds clashing with each other are mob violence.
 */
import { describe, expect, it } from 'vitest';
import { shippedReference } from './extract-shipped.js';

const { extract, events } = shippedReference();

describe('shells fired in a fight between two armed sides', () => {
  it('types a fight between the army and an armed group as a clash, though mortar rounds fell during it', () => {
    const found = events(
      'Two Iraqi soldiers were killed and four wounded in Sinuni on Tuesday, an army officer said. He said at least five YBS fighters were also killed. ' +
        'The clashes went on until the evening. Witnesses said mortar rounds hit several houses on the edge of the town.',
      '2024-03-13',
    );
    expect(found.map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });

  it('keeps a shelling by one side, with no fight told, a shelling', () => {
    const found = events('Iranian artillery shelled the hills around Sidakan on Monday, wounding two shepherds, the mayor said.', '2024-03-13');
    expect(found.map((e) => e.type)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
  });
});

describe('a suicide bomber in a complex attack', () => {
  it('types an attack by gunmen and a suicide bomber as a suicide bombing, though its toll was told of "the attack"', () => {
    const found = events(
      'The toll of the terrorist attack that targeted a livestock market in Tuz Khurmatu on Friday has risen to 31 dead and 40 wounded, a health official said on Saturday. ' +
        "Friday's attack began when gunmen opened fire on traders at the gate, before a suicide bomber rammed a truck into the police post nearby.",
      '2024-03-16',
    );
    expect(found.map((e) => e.type)).toEqual(['SUICIDE_BOMB']);
  });

  it('does not make a suicide bombing of an attack whose bomber was stopped before he could blow himself up', () => {
    const found = events('Gunmen attacked an army checkpoint near Tarmiyah on Friday, killing two soldiers; the troops shot dead a suicide bomber before he could detonate his vest.', '2024-03-16');
    expect(found.map((e) => e.type)).not.toContain('SUICIDE_BOMB');
  });
});

describe('a demonstration that turned to riot', () => {
  it('types a protest whose crowd set offices on fire as a violent demonstration', () => {
    const found = events(
      'On Sunday, several hundred protesters, many of them waving the flags of tribal parties and pictures of their leaders, pushed past the guards at the gate of the provincial council building in Kut and set two rooms of the building on fire.',
      '2024-03-12',
    );
    expect(found.map((e) => e.type)).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('types clashes between rival groups of protesters as mob violence', () => {
    const found = events('Two protesters were killed and 12 other people hurt in clashes between rival groups of demonstrators in Kirkuk on Saturday, a health official said.', '2024-03-11');
    expect(found.map((e) => e.type)).toEqual(['MOB_VIOLENCE']);
  });

  it('does not make a riot of a sit-in whose tents the police set on fire', () => {
    const found = events('Several hundred protesters staged a sit-in outside the governorate building in Kut on Sunday, and in the evening police officers set their tents on fire and arrested six of them.', '2024-03-11');
    expect(found.map((e) => e.type)).not.toContain('VIOLENT_DEMONSTRATION');
  });
});

describe('air strikes that back a ground force', () => {
  it('types forces backed by air strikes that drove the militants out of a town as retaking it', () => {
    const found = events('Iraqi army units backed by coalition air strikes drove ISIS out of the town of Baiji on Thursday, a military spokesman said.', '2024-03-15');
    expect(found.map((e) => e.type)).toEqual(['GOVERNMENT_REGAINS_TERRITORY']);
  });

  it('keeps an air strike told alone an air strike', () => {
    const found = events('Coalition air strikes hit ISIS positions near Baiji on Thursday, killing six militants, a military spokesman said.', '2024-03-15');
    expect(found.map((e) => e.type)).toEqual(['AIR_DRONE_STRIKE']);
  });
});

describe('a mass grave found', () => {
  it('reports the finding of a mass grave as an event of its own (ACLED Other), by the force that found it', () => {
    const found = events('Iraqi army engineers uncovered a mass grave near the village of Solagh on Tuesday morning, holding the remains of at least 30 people killed by ISIS in 2014, an officer said.', '2024-03-13');
    expect(found.map((e) => e.type)).toEqual(['OTHER']);
    expect(found[0]?.by).toContain('force:iraqi-army');
  });

  it('does not report a grave waiting to be found', () => {
    const found = events('A lawmaker said on Tuesday that dozens more graves were still waiting to be found around Sinjar.', '2024-03-13');
    expect(found).toEqual([]);
  });
});

describe('devices waiting to be cleared', () => {
  it('reads no bombing in bombs that the displaced wait to see cleared', () => {
    const found = events('Families displaced from Baiji, most of them living in camps in Kirkuk province, said they would wait for the bombs to be cleared before going home.', '2024-03-13');
    expect(found).toEqual([]);
  });
});

describe('a person gunned down, and protesters named as victims', () => {
  it('types a doctor gunned down in a city as an attack, and reads no protest in a "protest organiser"', () => {
    const found = events('Dr. Samira Jawad, a gynaecologist and a well-known protest organiser, was gunned down in Nasiriyah on Tuesday evening, police said.', '2024-03-13');
    expect(found.map((e) => e.type)).toEqual(['ATTACK']);
  });

  it('reads no protest in a series of attacks on protesters', () => {
    const found = events('Her killing follows a wave of threats against journalists and peaceful protesters in Nasiriyah since the spring, rights groups said on Wednesday.', '2024-03-13');
    expect(found.map((e) => e.type)).not.toContain('PEACEFUL_PROTEST');
  });
});

describe('unnamed gunmen who killed more civilians than armed men', () => {
  it('types an attack on a militia leader\'s family by unnamed gunmen as an attack on civilians', () => {
    const found = events('Gunmen stormed the house of a Sahwa commander and fired on his wife and children as they slept in a village near Muqdadiya late on Saturday, killing five people and wounding seven, police said. The commander survived with wounds to his arm.', '2024-03-10');
    expect(found.map((e) => e.type)).toEqual(['ATTACK']);
  });
});
