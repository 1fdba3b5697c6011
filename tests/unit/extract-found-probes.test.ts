/**
 * Probes for incidents the extractor did not find at all (error class notFound), written in new words
 * for each phenomenon seen in two or more development articles (docs/benchmarks.md, "Events not found:
 * probe round (2026-11-30, evening)"), each with a near sentence that must not give the event.
 */
import { describe, expect, it } from 'vitest';
import { eventLines } from './extract-fixtures.js';

const events = eventLines;

describe('events not found: probes', () => {
  it('takes air operations told as the answer to a ground attack for a strike of their own', () => {
    expect(events('Two Turkish soldiers were killed on Sunday when PKK militants attacked a base in Amedi district, the ministry said. In response, Turkish air operations carried out on Sunday night in the area neutralized six militants.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:amedi-district',
      'AIR_DRONE_STRIKE 2023-01-15 place:amedi-district',
    ]);
    expect(events('PKK militants attacked a Turkish base in Amedi district on Sunday, killing two soldiers. Five militants were neutralized in the air operations that followed, the ministry said.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:amedi-district',
      'AIR_DRONE_STRIKE 2023-01-15 place:amedi-district',
    ]);
  });

  it('keeps an attack told as the answer to air operations one incident', () => {
    expect(events('Two Turkish soldiers were killed on Sunday when PKK militants attacked a base in Amedi district. The militants said the assault came in response to air operations over the area.').map((e) => e.split(' ')[0])).toEqual(['ARMED_CLASH']);
    expect(events('PKK militants attacked a Turkish base in Amedi district on Sunday, killing two soldiers. Troops returned fire in the clash that followed.').map((e) => e.split(' ')[0])).toEqual(['ARMED_CLASH']);
  });

  it('takes the crop fire a crew was sent to put out, told after the bomb that hit the crew, for an incident of its own', () => {
    expect(events('Three people were killed on Monday when a roadside bomb went off near a village in Daquq district, a security source said. The source said the device targeted a civil defence crew that had gone to put out a fire which unknown men had set in the wheat fields of the village.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:daquq-district',
      'LOOTING_PROPERTY_DESTRUCTION 2023-01-16 place:daquq-district',
    ]);
    expect(events('Three people were killed on Monday when a roadside bomb went off near a village in Daquq district. The crew had been sent to a fire which unknown men had started in the fields an hour earlier, the source said.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:daquq-district',
      'LOOTING_PROPERTY_DESTRUCTION 2023-01-16 place:daquq-district',
    ]);
    expect(events('Three people were killed on Monday when a roadside bomb went off near a village in Daquq district. The source said the bomb had been planted on the road to the village, where the crew was heading to put out the fires that ISIS militants had set in the fields.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:daquq-district',
      'LOOTING_PROPERTY_DESTRUCTION 2023-01-16 place:daquq-district',
    ]);
  });

  it('takes no arson from a fire the blast itself started or one that broke out', () => {
    expect(events('Three people were killed on Monday when a roadside bomb went off near a village in Daquq district. Firefighters later put out a fire which the blast had started in a nearby field.').map((e) => e.split(' ')[0])).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
    expect(events('Three people were killed on Monday when a roadside bomb went off near a village in Daquq district. Civil defence crews later put out a fire that had broken out in the wheat fields.').map((e) => e.split(' ')[0])).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('takes an attack on a post told as a means ("used the cover of darkness to attack", "covered by mortar fire") and the bomb its reinforcements drove over for two incidents', () => {
    expect(events('Late on Sunday, ISIS militants used the cover of darkness to attack a Peshmerga post near a village in Daquq district. The Peshmerga fought back for an hour, and two of them were killed. Half an hour after the attack began, a Peshmerga unit rushing to reinforce the post drove over a roadside bomb, and one fighter was killed.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:daquq-district',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15 place:daquq-district',
    ]);
    expect(events('Early on Sunday, ISIS militants, covered by mortar fire, attacked a Peshmerga post near a village in Daquq district. Two Peshmerga were killed in defence of the post. Some twenty minutes after the fighting broke out, a vehicle carrying Peshmerga reinforcements drove over an explosive device that the militants had buried in the road, and one fighter was killed.')).toEqual([
      'ARMED_CLASH 2023-01-15 place:daquq-district',
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-15 place:daquq-district',
    ]);
  });

  it('keeps a plan to use the dark to attack, shelling that is no cover, and a bomb a patrol drove over one incident each', () => {
    expect(events('ISIS militants plan to use the cover of darkness to attack Peshmerga posts in Daquq district, an official warned on Sunday.')).toEqual([]);
    expect(events('Militants shelled a Peshmerga post near a village in Daquq district with mortar fire on Sunday, wounding two fighters.').map((e) => e.split(' ')[0])).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
    expect(events('An army patrol drove over a roadside bomb near a village in Daquq district on Sunday, and two soldiers were killed.').map((e) => e.split(' ')[0])).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('takes explosive devices seized and a cache destroyed by a ground force for weapons use disrupted', () => {
    expect(events('Acting on intelligence, a police force managed on Tuesday to seize three explosive devices that had been prepared to target a market in Baqubah. Engineers dismantled them safely.')).toEqual(['DISRUPTED_WEAPONS_USE 2023-01-17 place:baqubah']);
    expect(events('Security forces arrested two suspects in Kirkuk on Monday. Another force of the service destroyed a cache containing suicide belts, rockets and detonators in the Wadi al-Shay area on Tuesday.')).toEqual([
      'ARRESTS 2023-01-16 place:kirkuk',
      'DISRUPTED_WEAPONS_USE 2023-01-17 place:wadi-al-shay',
    ]);
  });

  it('keeps a cache warplanes destroyed a strike, and a plan to seize bombs no event', () => {
    expect(events('Iraqi warplanes destroyed a cache containing rockets in the Wadi al-Shay area on Tuesday.')).toEqual(['AIR_DRONE_STRIKE 2023-01-17 place:wadi-al-shay']);
    expect(events('ISIS militants plan to seize two bombs from an army depot in Kirkuk, an official warned on Tuesday.')).toEqual([]);
  });
});
