/**
 * Finding and typing events, second round of 3 December: failures of the development sets reproduced in new wording
 * against the shipped reference. A strike told with no acting side, after strikes of the same kind one state's forces
 * carried out (or claimed) in the report within a few days, is theirs too; a strike told by its rank ("carried out a first
 * strike"), a bombardment by one drone, rounds or a salvo told by where they fell, a grenade told by what it did, rocket-
 * propelled grenades fired at a post and a crowd that gathered to demand or chant are events of their own; a bare "attack"
 * takes the one weapon its sentence names ("the wave of rocket attacks, including the attack on X"); protesters a state
 * force shot are excessive force; and "French Rafale aircraft" or "British Tornado jets" name their country, not Iraq's air force.
 */
import { describe, expect, it } from 'vitest';
import { ref } from './extract-fixtures.js';
import { shippedReference } from './extract-shipped.js';

const { extract } = shippedReference();
const events = (text: string, published?: string) =>
  extract(text, published).events.map((e) => ({ type: e.subEventType, date: e.date, by: (e.perpetrators ?? []).map(ref) }));

describe('the acting side of a later strike told without one', () => {
  it('gives shells that fell on another day the state whose artillery the report named before', () => {
    const found = events(
      'Iranian artillery shelled the hills above Sidakan on Tuesday morning, setting fire to pasture, local officials said on Wednesday. On Monday evening, shells had fallen on farmland near Haji Omaran, wounding a farmer.',
      '2024-03-13',
    );
    expect(found.map((e) => e.type)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK', 'SHELLING_ARTILLERY_MISSILE_ATTACK']);
    for (const e of found) expect(e.by).toContain('force:iranian-armed-forces');
  });

  it('does not give a later strike of another kind the side of the first', () => {
    const found = events(
      'Turkish warplanes bombed positions near Choman on Tuesday morning, local officials said. On Monday evening, shells had fallen on farmland near Haji Omaran, wounding a farmer.',
      '2024-03-13',
    );
    const shelling = found.find((e) => e.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK');
    expect(shelling?.by ?? []).toEqual([]);
  });

  it('does not give the side to a strike recalled from weeks before', () => {
    const found = events(
      'Iranian artillery shelled the hills above Sidakan on Tuesday morning, officials said. Two weeks earlier, on February 27, shells had fallen on farmland near Haji Omaran, wounding a farmer.',
      '2024-03-13',
    );
    const recalled = found.find((e) => e.date === '2024-02-27');
    expect(recalled).toBeDefined();
    expect(recalled?.by ?? []).toEqual([]);
  });

  it('does not choose between two states whose strikes the report told before', () => {
    const found = events(
      'Turkish warplanes bombed positions near Choman on Tuesday morning. Iranian drones struck a camp near Sidakan on Tuesday evening. On Monday, a drone hit a car near Penjwen, killing two men.',
      '2024-03-13',
    );
    const last = found.find((e) => e.date === '2024-03-11');
    expect(last?.by ?? []).toEqual([]);
  });
});

describe('strikes and attacks told in words the lexicon lacked', () => {
  it('finds a strike told by its rank', () => {
    const found = events('Belgian aircraft carried out a first strike against an arms depot of the militants near Hawija on Tuesday morning, the ministry said.', '2024-03-13');
    expect(found.map((e) => e.type)).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('types a bombardment carried out by one drone as a drone strike', () => {
    const found = events('The ministry condemned the bombardment carried out by an Iranian drone on Tuesday against a car near Penjwen, which killed two men.', '2024-03-13');
    expect(found.map((e) => e.type)).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('finds rounds told by where they fell', () => {
    const found = events('About twenty rounds landed on farmland near Penjwen on Friday afternoon, setting the wheat alight, villagers said.', '2024-03-16');
    expect(found.map((e) => e.type)).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
  });

  it('finds a grenade told by what it did', () => {
    const found = events('Late on Saturday, a hand grenade blew out the front of a liquor shop in Karrada, without hurting anyone, police said.', '2024-03-17');
    expect(found.map((e) => e.type)).toEqual(['GRENADE']);
  });

  it('finds rocket-propelled grenades fired at a post', () => {
    const found = events('On Monday night, militants fired RPGs at a police checkpoint near Hawija, wounding two policemen, a police source said.', '2024-03-12');
    expect(found.map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });
});

describe('a crowd told by gathering and what it chanted or demanded', () => {
  it('finds a protest of people who gathered peacefully outside a council to demand their return', () => {
    const found = events('On Sunday, several hundred displaced families gathered peacefully outside the Tuz Khurmatu district council to demand compensation for their homes.', '2024-03-12');
    expect(found.map((e) => e.type)).toEqual(['PEACEFUL_PROTEST']);
  });
});

describe('an attack told only by the bare word, among attacks named by their weapon', () => {
  it('types the attacks a governor lists after "the wave of rocket attacks" as rocket fire', () => {
    const found = events(
      'The governor condemned the wave of rocket attacks on bases in the province, including the attack on the Balad air base on Sunday night and the attack on the Taji camp on Monday, in which two soldiers were wounded.',
      '2024-03-12',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.type).toBe('SHELLING_ARTILLERY_MISSILE_ATTACK');
  });

  it('leaves a bare attack untyped by a weapon where no kind is named', () => {
    const found = events('The governor condemned the attack on the Taji camp on Monday, in which two soldiers were wounded.', '2024-03-12');
    expect(found.map((e) => e.type)).not.toContain('SHELLING_ARTILLERY_MISSILE_ATTACK');
    expect(found.map((e) => e.type)).not.toContain('AIR_DRONE_STRIKE');
  });

  it('does not choose between two kinds named together', () => {
    const found = events('The governor condemned the wave of drone and rocket attacks on bases in the province, including the attack on the Taji camp on Monday, in which two soldiers were wounded.', '2024-03-12');
    expect(found.map((e) => e.type)).not.toContain('AIR_DRONE_STRIKE');
  });
});

describe('protesters killed by a state force', () => {
  it('types a rally whose protesters security forces shot dead as excessive force', () => {
    const found = events('Riot police shot dead two protesters in Kut on Sunday as several thousand people rallied outside the governorate building to demand jobs, medics said.', '2024-03-11');
    expect(found.map((e) => e.type)).toEqual(['EXCESSIVE_FORCE_AGAINST_PROTESTERS']);
  });

  it('types demonstrators killed by the security forces\' fire as excessive force', () => {
    const found = events('The number of demonstrators killed by the security forces\' fire outside the provincial council in Diwaniyah on Saturday has risen to five, a health official said.', '2024-03-11');
    expect(found.map((e) => e.type)).toEqual(['EXCESSIVE_FORCE_AGAINST_PROTESTERS']);
  });

  it('keeps protesters killed by unknown gunmen an attack, not excessive force', () => {
    const found = events('Unknown gunmen shot dead two protesters in Kut on Sunday as several thousand people rallied outside the governorate building, medics said.', '2024-03-11');
    expect(found.map((e) => e.type)).not.toContain('EXCESSIVE_FORCE_AGAINST_PROTESTERS');
  });
});

describe('the country whose aircraft struck', () => {
  it('gives a strike by "British Tornado jets" to Britain, not the Iraqi Air Force', () => {
    const found = events('British Tornado jets struck an ISIS position near Qaim on Tuesday, the ministry said.', '2024-03-13');
    expect(found.map((e) => e.type)).toEqual(['AIR_DRONE_STRIKE']);
    expect(found[0]?.by).toEqual(['gov:uk']);
  });
});
