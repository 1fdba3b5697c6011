/**
 * Events on dev24-dev27 phenomena (round of 2026-12-02): detection, splitting and typing. Each rule in new words, with a
 * near sentence that must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { extract, eventLines } from './extract-fixtures.js';

const events = eventLines;
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

describe('armed clashes', () => {
  it('reads an arrest warrant as a document, not an arrest', () => {
    expect(types('On Monday men in police uniforms holding a fake arrest warrant shot dead a tribal sheikh at his home in Baqubah.')).not.toContain('ARRESTS');
  });

  it('keeps an arrest told with the same noun an arrest', () => {
    expect(types('On Monday police made an arrest in Baqubah after a tip-off from residents.')).toContain('ARRESTS');
  });

  it('takes "opening fire on" as the firing it reports', () => {
    expect(types('On Monday a man in a pickup drove through Baqubah, opening fire on two police patrols.')).toEqual(['ARMED_CLASH']);
  });

  it('takes a feud that turned into a gunfight for a communal clash', () => {
    expect(types('A row over grazing land between two families in Khalis district turned to gunfire on Monday. A farmer was killed and two shepherds were wounded, police said.')).toEqual(['ARMED_CLASH']);
  });

  it('types a fight that flared as mortars were fired a battle', () => {
    expect(types('Fighting flared on Monday near Daquq when ISIS militants fired mortars at a Peshmerga position and then advanced on it. Three Peshmerga were wounded.')).toEqual(['ARMED_CLASH']);
  });

  it('keeps mortars fired with no fight a shelling', () => {
    expect(types('On Monday ISIS militants fired mortars at a Peshmerga position near Daquq, wounding three Peshmerga.')).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
  });

  it('reads mortar fire that covers an assault told before it as the assault\'s means', () => {
    expect(types('On Monday ISIS militants assaulted a Peshmerga position near Daquq under cover of mortar fire. Two Peshmerga were killed.')).toEqual(['ARMED_CLASH']);
  });
});

describe('protests that turned to riots', () => {
  it('reads a crowd that set fire to an office, told at length, as a riot', () => {
    expect(types('On Monday several hundred protesters, many of them waving the flags of rival parties and chanting against the governor, forced their way past the guards and set fire to the council offices in Baqubah.')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('takes a toll told before the protest fired on, and the arson that followed, for one riot', () => {
    expect(types('Two students were killed and 30 people were wounded in Kalar on Monday when guards at a party office opened fire on a crowd of demonstrators. A few hundred of them had marched from the main square to the office, where some of them broke the windows and set fire to two cars.')).toEqual(['VIOLENT_DEMONSTRATION']);
  });

  it('keeps a protest met with tear gas, where some threw stones, a protest with intervention', () => {
    expect(types('On Monday police fired tear gas to disperse hundreds of demonstrators who had gathered outside the governorate building in Kalar. Some of the demonstrators had gathered since dawn at the gate of the compound, and a few of them threw stones at the guards.')).toEqual(['PROTEST_WITH_INTERVENTION']);
  });
});

describe('typing by the deed', () => {
  it('takes gunmen who set fire to shops for the arson, not for an armed clash', () => {
    expect(types('On Monday night unidentified gunmen set fire to four shops and a mosque in Baqubah, residents said.')).toEqual(['LOOTING_PROPERTY_DESTRUCTION']);
  });

  it('keeps gunmen who opened fire an armed clash', () => {
    expect(types('On Monday night unidentified gunmen opened fire on a police patrol in Baqubah, residents said.')).toEqual(['ARMED_CLASH']);
  });

  it('takes a bombardment carried out by aircraft for an air strike', () => {
    expect(types('The ministry condemned the bombardment carried out by Turkish military aircraft on a village near Kalar on Monday, which killed three farmers.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('keeps a bombardment by artillery a shelling', () => {
    expect(types('The ministry condemned the bombardment carried out by Turkish artillery on a village near Kalar on Monday, which killed three farmers.')).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
  });
});

describe('incidents told after a blast', () => {
  it('takes cars that burned right after a bombing for its damage, not an arson of their own', () => {
    expect(types('On Monday a car bomb exploded at a police checkpoint in Baqubah, killing four policemen. Six other people were hurt and a dozen cars waiting at the checkpoint were set ablaze, the source said.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });

  it('keeps cars set ablaze by gunmen an arson of its own', () => {
    expect(types('On Monday a car bomb exploded at a police checkpoint in Baqubah, killing four policemen. On Tuesday gunmen set fire to a dozen cars at a garage in Kalar.')).toContain('LOOTING_PROPERTY_DESTRUCTION');
  });

  it('starts a new incident with "later in the evening" and a weapon that landed elsewhere', () => {
    expect(events('On Monday a car bomb exploded at a police checkpoint in Baqubah, killing four policemen. Later in the evening, two mortar rounds landed on a house in Khalis district, wounding a woman.')).toEqual([
      'REMOTE_EXPLOSIVE_LANDMINE_IED 2023-01-16 place:baqubah',
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2023-01-16 place:khalis-district',
    ]);
  });
});

describe('protesters killed by the force that broke up their protest', () => {
  it('takes a protester shot dead when police opened fire on a crowd for excessive force, one incident', () => {
    expect(types('A student was shot dead and two other protesters were wounded when police opened fire on a crowd demonstrating against unemployment in Kalar on Monday, officials said.')).toEqual(['EXCESSIVE_FORCE_AGAINST_PROTESTERS']);
  });

  it('keeps a protest broken up with tear gas and no one killed a protest with intervention', () => {
    expect(types('Two protesters were wounded when police fired tear gas on a crowd demonstrating against unemployment in Kalar on Monday, officials said.')).toEqual(['PROTEST_WITH_INTERVENTION']);
  });
});

describe('bombs dropped from the air', () => {
  it('takes bombs that jets dropped for the air strike, not a planted bomb', () => {
    expect(types('On Monday two coalition jets dropped guided bombs on an ISIS mortar team near Daquq, officials said.')).toEqual(['AIR_DRONE_STRIKE']);
  });

  it('keeps a bomb dropped by no aircraft a bombing', () => {
    expect(types('On Monday a bomb exploded near a mortar team of the army near Daquq, officials said.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
  });
});
