/**
 * Events and their sides read from phenomena any outlet's wording shares: civilians named by their trade,
 * a strike told as what a protest is about, the day of a report told before its verb, a foreign country's
 * servicemen among the casualties, and the bare "soldiers" of an article about one foreign army.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

const events = (text: string, published = '2025-08-12') =>
  extract(text, published).events.map(
    (e) =>
      `${e.subEventType} ${e.date} by ${e.perpetrators.map(ref).join(',') || '-'} against ${e.targets.map(ref).join(',') || '-'}: ${e.casualties
        .map((c) => `${c.actor ?? c.group} ${['killed', 'injured', 'abducted', 'arrested'].filter((k) => c[k as 'killed'] !== undefined).map((k) => `${k} ${c[k as 'killed']}`).join(' ')}`)
        .join('; ')}`,
  );

describe('civilians named by their trade', () => {
  it('reads a pharmacist, a barber or a shop owner shot dead as a civilian victim', () => {
    expect(events('Gunmen shot dead a pharmacist in central Basra on Monday night.')).toEqual(['ATTACK 2025-08-11 by - against -: CIVILIANS killed 1']);
    expect(events('Unknown gunmen killed two barbers and a store owner in Baqubah on Monday.')).toEqual(['ATTACK 2025-08-11 by - against -: CIVILIANS killed 3']);
  });
  it('keeps soldiers shot dead a clash with the army', () => {
    expect(events('Gunmen shot dead two soldiers in Baqubah on Monday.')).toEqual(['ARMED_CLASH 2025-08-11 by - against force:iraqi-army: force:iraqi-army killed 2']);
  });
});

describe('an incident told as what a protest or an inquiry is about', () => {
  it('reads "to protest a drone strike that killed" as the strike, on its own day', () => {
    expect(events('The Iraqi Foreign Ministry on Tuesday summoned the Turkish ambassador to protest a drone strike that killed three shepherds in Amedi on Sunday.')).toEqual([
      'AIR_DRONE_STRIKE 2025-08-10 by - against -: CIVILIANS killed 3',
    ]);
  });
  it('still reads "plans to launch a drone strike" as no event', () => {
    expect(events('The Turkish military said it plans to launch a drone strike on PKK hideouts in Amedi.')).toEqual([]);
  });
});

describe("a foreign country's servicemen among the casualties", () => {
  it('gives "two Turkish soldiers", "Turkish personnel" to the Turkish Armed Forces, not the Iraqi Army or Turkey', () => {
    expect(events('A rocket attack on a base in Amedi on Monday wounded three Turkish personnel and an Iraqi soldier.')).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2025-08-11 by - against force:turkish-armed-forces,force:iraqi-army: force:turkish-armed-forces injured 3; force:iraqi-army injured 1',
    ]);
    expect(events('PKK militants killed two Turkish soldiers in Amedi on Monday.')).toEqual(['ARMED_CLASH 2025-08-11 by org:pkk against force:turkish-armed-forces: force:turkish-armed-forces killed 2']);
  });
  it('reads "service members" as servicemen, not militants', () => {
    expect(events('A drone attack on a base in Amedi on Monday wounded four Turkish service members.')).toEqual([
      'AIR_DRONE_STRIKE 2025-08-11 by - against force:turkish-armed-forces: force:turkish-armed-forces injured 4',
    ]);
  });
  it('gives the bare "soldiers" of an article about Turkish soldiers to the Turkish army, of one that also names Iraqi soldiers to the Iraqi Army', () => {
    const lead = 'The Turkish Defence Ministry said on Tuesday that three Turkish soldiers had been killed in northern Iraq. ';
    expect(events(`${lead}PKK militants attacked a Turkish base in Amedi on Monday. Four soldiers were killed in the attack.`).at(-1)).toContain('force:turkish-armed-forces killed 4');
    expect(events('Iraqi soldiers and Turkish troops were deployed in Amedi. PKK militants attacked a base in Amedi on Monday. Four soldiers were killed in the attack.').at(-1)).toContain('force:iraqi-army killed 4');
  });
});

describe('an officer told by rank and name in a relative clause of his death', () => {
  it('counts "Peshmerga Captain X, who was shot dead by a sniper" as one of his force killed', () => {
    expect(events('Peshmerga Captain Hemin Rasul, who was shot dead by an ISIS sniper in Makhmour district on Monday, was laid to rest in Erbil on Tuesday.')).toEqual([
      'ARMED_CLASH 2025-08-11 by org:isis against force:peshmerga: force:peshmerga killed 1',
    ]);
  });
  it('counts no officer whose relative clause tells no harm', () => {
    expect(events('Peshmerga Captain Hemin Rasul, who was appointed last year, said ISIS militants attacked a post in Makhmour district on Monday.')[0]).toMatch(/: $/);
  });
});

describe('a claim of militants "neutralised"', () => {
  it('is an incident against the group named, by the force that claims it, with no killed count', () => {
    expect(events('The Turkish military neutralised nine PKK militants in Amedi district on Monday, the Turkish Foreign Ministry said.')).toEqual([
      'ARMED_CLASH 2025-08-11 by force:turkish-armed-forces against org:pkk: ',
    ]);
  });
  it('is no incident when it is a tally over a period, nor when devices are neutralised', () => {
    expect(events('In the past week, 31 PKK terrorists were neutralised in northern Iraq, the Turkish Foreign Ministry said on Monday.')).toEqual([]);
  });
});

describe('the forces a struck place is told to host', () => {
  it('are its targets, and the enemy named in the coalition\'s description is no side', () => {
    expect(events('Two rockets hit a base near Kirkuk, which hosts Turkish troops of the coalition against ISIS, on Monday night.').map((e) => e.replace(/: [^:]*$/, ''))).toEqual([
      'SHELLING_ARTILLERY_MISSILE_ATTACK 2025-08-11 by - against force:turkish-armed-forces',
    ]);
  });
  it('still takes ISIS for the side attacked by the forces of an operation against it', () => {
    expect(events('Iraqi warplanes struck ISIS hideouts in Wadi al-Shay on Monday.')[0]).toContain('against org:isis');
  });
});

describe('a counted group after an uncounted one', () => {
  it('reads "killed several militants and two soldiers" as two soldiers killed', () => {
    expect(events('ISIS militants attacked an army post in Tarmiyah on Monday, and the fighting killed several militants and two soldiers.')[0]).toContain('force:iraqi-army killed 2');
  });
  it('reads no figure from "several militants and soldiers"', () => {
    expect(events('ISIS militants attacked an army post in Tarmiyah on Monday, and the fighting killed several militants and soldiers.')[0]).toMatch(/: $/);
  });
});
