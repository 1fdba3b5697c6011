import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../src/extract/triggers.js';

const types = (s: string) => findTriggers(s).map((t) => t.type);

describe('event triggers', () => {
  it('types reports on the ACLED taxonomy', () => {
    expect(types('A roadside bomb struck an army patrol.')).toContain('REMOTE_EXPLOSIVE_LANDMINE_IED');
    expect(types('A suicide bomber blew himself up at a funeral.')).toContain('SUICIDE_BOMB');
    expect(types('Turkish drones struck a car near the town.')).toContain('AIR_DRONE_STRIKE');
    expect(types('Security forces arrested four suspects.')).toContain('ARRESTS');
    expect(types('Police foiled an attack on a market.')).toContain('DISRUPTED_WEAPONS_USE');
    expect(types('The army repelled an attack on its post.')).toContain('ARMED_CLASH');
  });

  it('reads "the attack carried out by a Turkish drone" as a drone strike', () => {
    expect(types('The Ministry strongly condemns the attack carried out by a Turkish drone yesterday on a civilian vehicle.')[0]).toBe('AIR_DRONE_STRIKE');
  });

  it('reads people who "were seized on Monday" as abducted, and documents or weapons that were seized as no abduction', () => {
    expect(types('The men were seized on Monday afternoon in the Tharthar desert.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
    expect(types('Two shepherds were seized with their flock last Friday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
    expect(types('Identification papers and communication devices were seized.')).not.toContain('ABDUCTION_FORCED_DISAPPEARANCE');
    expect(types('Weapons and ammunition were seized in the raid.')).not.toContain('ABDUCTION_FORCED_DISAPPEARANCE');
  });

  it('reads "a drone believed to be Turkish struck" as a strike and "was shot" as a (weak) report of violence', () => {
    expect(types('A drone believed to be Turkish struck a vehicle near the village.')).toEqual(['AIR_DRONE_STRIKE']);
    const shot = findTriggers('The victim was shot in front of his house.');
    expect(shot.map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
    expect(types('The drone was shot down.')).not.toContain('ARMED_CLASH');
  });

  it('reads "the strike hit the vehicle" as a strike, and a labour strike as nothing', () => {
    expect(types('The force said the strike hit the vehicle near the Karsi complex.')).toEqual(['AIR_DRONE_STRIKE']);
    expect(types('Teachers went on strike on Monday.')).not.toContain('AIR_DRONE_STRIKE');
  });

  it('drops intentions, negations and generic mentions', () => {
    expect(types('The group threatened to attack the town.')).toEqual([]);
    expect(types('There was no attack on the base.')).toEqual([]);
    expect(types('ISIS carries out regular attacks against villagers.')).toEqual([]);
  });

  it('drops a second charge coordinated with the first ("took part in attacks ... and in planting explosive devices")', () => {
    expect(types('The suspects took part in attacks on the security forces and in planting explosive devices on the roads.')).toEqual([]);
  });

  it('drops the protests a victim "had helped organize" (a person\'s past), not a protest told with a relative clause', () => {
    expect(types('Gunmen killed an activist who had helped organize protests over poor services in Basra on Tuesday.')).not.toContain('PEACEFUL_PROTEST');
    expect(types('Protesters who had gathered outside the council were dispersed with tear gas.')).toContain('PROTEST_WITH_INTERVENTION');
  });

  it('drops what the arrested are accused of', () => {
    expect(types('Police arrested two men on suspicion of planting explosive devices.')).toEqual(['ARRESTS']);
  });

  it('tells a reference back ("the attack") from a report ("an attack", a verb)', () => {
    const [the] = findTriggers('The attack drew condemnation.');
    expect(the!.definite).toBe(true);
    const [an] = findTriggers('Militants launched an attack on the post.');
    expect(an!.definite).toBe(false);
    const [verb] = findTriggers('that security forces had arrested the men');
    expect(verb!.definite).toBe(false);
  });

  it('marks operations that answer another incident', () => {
    const [op] = findTriggers('Troops launched a search operation to find the attackers.');
    expect(op!.response).toBe(true);
  });

  it('reads explosive devices that were destroyed, defused or found as no explosion', () => {
    expect(types('In the last week 61 mines and improvised explosive devices were destroyed.')).not.toContain('REMOTE_EXPLOSIVE_LANDMINE_IED');
    expect(types('Two explosive devices were defused near the road.')).not.toContain('REMOTE_EXPLOSIVE_LANDMINE_IED');
    expect(types('A roadside bomb exploded and the vehicle was destroyed.')).toContain('REMOTE_EXPLOSIVE_LANDMINE_IED');
  });

  it('reads explosive belts the dead were wearing as no suicide bombing unless one went off', () => {
    expect(types('The operation killed 14 terrorists, all of whom were wearing explosive belts.')).not.toContain('SUICIDE_BOMB');
    expect(types('A bomber wearing an explosive vest blew himself up at the gate.')).toContain('SUICIDE_BOMB');
  });

  it('reads "began an operation" as an operation, like "launched an operation"', () => {
    expect(types('Peshmerga forces began an operation to clear the villages.')).toContain('CHANGE_TO_GROUP_ACTIVITY');
  });

  it('marks combing or searching "the targeted site" or "the area" as an answer to the incident told before', () => {
    const found = findTriggers('Early this morning, a joint force began combing the targeted site.');
    expect(found.map((t) => [t.type, t.response])).toEqual([['CHANGE_TO_GROUP_ACTIVITY', true]]);
  });

  it('reads "in protest at" as the purpose of a riot told in the sentence, but as a protest where nothing else is', () => {
    expect(types('Hundreds of supporters stormed the embassy on Thursday and set part of it on fire in protest at the planned burning of a Koran.')).toEqual(['VIOLENT_DEMONSTRATION']);
    expect(types('Protesters have been camping outside the building since Monday in protest against the plan.')).toContain('PEACEFUL_PROTEST');
  });

  it('needs figures for a bare "killed"', () => {
    expect(types('He was killed.')).toEqual(['ARMED_CLASH']);
    expect(types('the man who killed his wife')).toEqual([]);
  });
});

describe('unfamiliar phrasings of an attack', () => {
  it('reads "fired on a post" and "came under fire" as armed attacks, the latter naming no weapon', () => {
    expect(types('Militants fired on an army post near the village.')).toEqual(['ARMED_CLASH']);
    const t = findTriggers('A police patrol came under fire near the village.');
    expect(t.map((x) => `${x.type} ${x.weak}`)).toEqual(['ARMED_CLASH true']);
    expect(types('Turkish forces fired rockets at the mountains.')).toEqual(['SHELLING_ARTILLERY_MISSILE_ATTACK']);
  });
});

describe('more ways news tells an incident', () => {
  it('reads drones shot down or intercepted as a foiled attack, air operations and jets that struck as air strikes, bodies found as a killing', () => {
    expect(types('Three explosive-laden drones were shot down as they approached the base.')).toEqual(['DISRUPTED_WEAPONS_USE']);
    expect(types('Air defences intercepted two drones over the airport.')).toEqual(['DISRUPTED_WEAPONS_USE']);
    expect(types('Sudden air operations were carried out against the identified targets.')).toEqual(['AIR_DRONE_STRIKE']);
    expect(types('Turkish jets struck positions of the PKK.')).toEqual(['AIR_DRONE_STRIKE']);
    expect(types('Two fishermen were found dead in their boat.')).toEqual(['ARMED_CLASH']);
  });

  it('does not read the name of a command as an operation', () => {
    expect(types('The mayor called on the Joint Operations Command to send a force.')).toEqual([]);
  });
});

describe('weapons found, not fired', () => {
  it('reads a cache found and destroyed as disrupted weapons use, and the mortar rounds it held as no shelling', () => {
    expect(types('A CTS force found and destroyed, during a search operation last week, a cache containing mortar rounds and detonators in the desert.')).toEqual(['DISRUPTED_WEAPONS_USE']);
    expect(types('Militants fired mortar rounds at an army post.')).toContain('SHELLING_ARTILLERY_MISSILE_ATTACK');
  });
});

describe('strikes named by the state that carried them out', () => {
  it('reads "the US strikes", "Turkish strikes" as air strikes', () => {
    expect(types('The US strikes that hit the group\'s positions left 25 fighters dead.')).toEqual(['AIR_DRONE_STRIKE']);
    expect(types('The strikes handed the factions a new argument.')).toEqual([]);
  });

  it('reads "Wednesday\'s strike" as an air strike told before', () => {
    const found = findTriggers("Three people wounded in Wednesday's strike on the camp died overnight.");
    expect(found.map((t) => [t.type, t.definite])).toEqual([['AIR_DRONE_STRIKE', true]]);
  });
});

describe('weapons found in a hiding place', () => {
  it('reads "found a tunnel ... holding explosive devices and suicide belts" as a find, and the stored belts as no suicide bombing', () => {
    const found = types('A detachment found, last week, an old tunnel on the eastern shore of the lake holding 60 explosive devices, rocket launchers and suicide belts.');
    expect(found[0]).toBe('DISRUPTED_WEAPONS_USE');
    expect(found).not.toContain('SUICIDE_BOMB');
    expect(types('Police found a hideout containing weapons in the village.')).toContain('DISRUPTED_WEAPONS_USE');
    expect(types('A suicide bomber wearing an explosive belt blew himself up at a checkpoint near a cache of rifles.')).toContain('SUICIDE_BOMB');
  });
});

describe('a diplomatic protest and artillery that strikes', () => {
  it('reads "to lodge a formal protest with Tehran" as diplomacy, not a demonstration', () => {
    expect(types('The governor called on the federal government in Baghdad to lodge a formal protest with Tehran.')).not.toContain('PEACEFUL_PROTEST');
    expect(types('Hundreds of residents protested in front of the governorate building.')).toContain('PEACEFUL_PROTEST');
  });

  it('reads "artillery pounded the mountainsides" as a report, a bare "artillery" as weak', () => {
    const weak = (s: string) => findTriggers(s).filter((t) => t.type === 'SHELLING_ARTILLERY_MISSILE_ATTACK').map((t) => t.weak);
    expect(weak('Iranian artillery pounded the mountainsides above the border villages.')).toEqual([false]);
    expect(weak('The area has seen Iranian artillery in the past.')).toEqual([true]);
  });
});

describe('a weekday possessive before a modified strike', () => {
  it('reads "last Saturday\'s dawn strike" as a strike, like "Saturday\'s strike"', () => {
    expect(types("The Command gave a new toll for last Saturday's dawn strike in the valley.")).toContain('AIR_DRONE_STRIKE');
    expect(types("Saturday's strike killed two.")).toContain('AIR_DRONE_STRIKE');
    expect(types('The workers went on a dawn strike.')).not.toContain('AIR_DRONE_STRIKE');
  });
});

describe('people led away by armed men', () => {
  it('reads "were stopped at a fake checkpoint and led away by armed men" as an abduction, "led away by police" as none', () => {
    expect(types('Two brothers were stopped at a fake checkpoint on Sunday and led away by armed men.')).toContain('ABDUCTION_FORCED_DISAPPEARANCE');
    expect(types('Three shepherds were taken away by gunmen near the village.')).toContain('ABDUCTION_FORCED_DISAPPEARANCE');
    expect(types('The suspect was led away by police officers.')).not.toContain('ABDUCTION_FORCED_DISAPPEARANCE');
  });
});

describe('an intervention told by its purpose (dev14)', () => {
  it('reads "fired tear gas and water cannon to scatter hundreds of young men" as a protest with intervention', () => {
    expect(types('Riot police fired tear gas and water cannon on Sunday to scatter hundreds of young men who had gathered outside the provincial government building.')).toContain('PROTEST_WITH_INTERVENTION');
    expect(types('Police used batons to disperse the crowd.')).toContain('PROTEST_WITH_INTERVENTION');
    expect(types('Police fired tear gas canisters found in the depot.')).not.toContain('PROTEST_WITH_INTERVENTION');
  });
});

describe('a barrage (dev14)', () => {
  it('reads "the same barrage" as a (definite) report of shelling', () => {
    expect(findTriggers('The mother was hurt in the same barrage near the town.').map((t) => [t.type, t.definite])).toEqual([['SHELLING_ARTILLERY_MISSILE_ATTACK', true]]);
  });
});

describe('a raid told with its time before its object (dev14)', () => {
  it('reads "the ISIS raid late on Tuesday on Albu Khdeir" as a report of an attack', () => {
    expect(types('Three people are now known to have died in the ISIS raid late on Tuesday on Albu Khdeir.')).toContain('ARMED_CLASH');
  });
});

describe('crops burned told by the flames (dev14)', () => {
  it('reads "Flames had spread across the fields ..., destroying 400 dunams of wheat" as property destruction', () => {
    expect(types('Flames had spread across the fields of the village by the time the crews set out, destroying what farmers estimate at 400 dunams of wheat.')).toContain('LOOTING_PROPERTY_DESTRUCTION');
    expect(types('Fire swept through farmland near the town.')).toContain('LOOTING_PROPERTY_DESTRUCTION');
  });
});

describe('a drone told with words between it and its strike', () => {
  it('reads "A drone attributed to Turkey struck" and "A drone widely believed to be Turkish hit" as air strikes', () => {
    expect(types('A drone attributed to Turkey struck a vehicle in Mawat on Sunday, killing two.')).toContain('AIR_DRONE_STRIKE');
    expect(types('A drone widely believed to be Turkish hit a car in Mawat on Sunday.')).toContain('AIR_DRONE_STRIKE');
    expect(types('The drone programme was discussed at length on Sunday.')).not.toContain('AIR_DRONE_STRIKE');
  });
});

describe('a habit is no incident', () => {
  it('reads "drones and warplanes regularly strike" as generic', () => {
    expect(types('Turkish drones and warplanes regularly strike what Ankara describes as PKK positions.')).not.toContain('AIR_DRONE_STRIKE');
    expect(types('Turkish warplanes struck PKK positions on Sunday.')).toContain('AIR_DRONE_STRIKE');
  });
});

describe('a month is no march', () => {
  it('reads "killed in March in an attack" as no protest, and "marched to the square" as one', () => {
    expect(types('Two farmers were killed in March in an attack.')).not.toContain('PEACEFUL_PROTEST');
    expect(types('Hundreds of teachers marched to the governorate building on Monday.')).toContain('PEACEFUL_PROTEST');
  });
});

describe('a dispute between clans (probe)', () => {
  it('reads "an armed dispute erupted" and "a quarrel broke out between two families" as clashes, a dispute in parliament as nothing', () => {
    expect(types('An armed dispute erupted between two clans in Qurna on Sunday, leaving three dead.')).toEqual(['ARMED_CLASH']);
    expect(types('A quarrel broke out between two families in Amarah on Sunday.')).toEqual(['ARMED_CLASH']);
    expect(types('A dispute erupted between the two parties in parliament.')).toEqual([]);
  });
});

describe('"murdered" (probe)', () => {
  it('reads "were murdered" as a (weak) report of violence', () => {
    expect(findTriggers('Two men were murdered in Basra on Sunday.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
  });
});

describe('"an explosive charge" (probe)', () => {
  it('reads an explosive charge that went off as an IED, one dismantled as a disrupted attack', () => {
    expect(types('An explosive charge went off near a liquor store in Baghdad on Sunday.')).toEqual(['REMOTE_EXPLOSIVE_LANDMINE_IED']);
    expect(types('Security forces dismantled an explosive charge in Kirkuk on Sunday.')).toEqual(['DISRUPTED_WEAPONS_USE']);
  });
});

describe('"stabbed to death" (probe)', () => {
  it('reads a stabbing as violence, weak unless "to death"', () => {
    expect(findTriggers('A man was stabbed to death in Kirkuk on Sunday.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', false]]);
    expect(findTriggers('A young man was stabbed in Basra on Sunday.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
  });
});

describe('a building burned (probe)', () => {
  it('reads "burned the headquarters of a party" and "the offices were burned" as property destruction', () => {
    expect(types('Unknown persons burned the headquarters of a political party in Baghdad on Sunday.')).toEqual(['LOOTING_PROPERTY_DESTRUCTION']);
    expect(types('The party’s offices in Kirkuk were burned on Sunday night.')).toEqual(['LOOTING_PROPERTY_DESTRUCTION']);
  });
});

describe('fire opened on protesters (probe)', () => {
  it('reads "opened fire on protesters" as a protest with intervention, fire on a checkpoint as no protest', () => {
    expect(types('Security forces opened fire on protesters in Nasiriyah on Sunday, killing two.')).toEqual(['PROTEST_WITH_INTERVENTION']);
    expect(types('Gunmen opened fire on a checkpoint in Tarmiyah on Sunday.')).toEqual(['ARMED_CLASH', 'ARMED_CLASH']);
  });
});

describe('"the killing of" (probe)', () => {
  it('reads "the killing of a journalist", "the murder of two women" as (weak) reports of violence', () => {
    expect(findTriggers('The killing of a journalist in Kut on Sunday sparked outrage.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
    expect(types('The murder of two women in Basra on Sunday shocked the city.')).toEqual(['ARMED_CLASH']);
    expect(types('The killing of time is no crime.')).toEqual([]);
  });
});

describe('bodies found (probe)', () => {
  it('reads "the bodies of three shepherds were found" as a (weak) report of violence, a mass grave as none', () => {
    expect(findTriggers('Police found the bodies of three shepherds in the desert near Rutba on Sunday.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
    expect(types('The body of a young farmer was found in Tarmiyah on Sunday.')).toContain('ARMED_CLASH');
    expect(types('Teams found the bodies of 20 villagers in a mass grave in Sinjar.')).toEqual([]);
  });
});

describe('an honour or revenge killing (probe)', () => {
  it('reads "an honour killing", "a revenge killing" as violence', () => {
    expect(types('An honour killing claimed the life of a young woman in Sulaymaniyah on Sunday.')).toEqual(['ARMED_CLASH']);
    expect(types('A revenge killing in Basra on Sunday claimed the life of a shopkeeper.')).toEqual(['ARMED_CLASH']);
  });
});

describe('"snatched" (probe)', () => {
  it('reads people "snatched by unknown men" or "snatched from a market" as abducted', () => {
    expect(types('A child was snatched by unknown men from outside his school in Kirkuk on Sunday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
    expect(types('Two girls were snatched from a market in Basra on Sunday.')).toEqual(['ABDUCTION_FORCED_DISAPPEARANCE']);
  });
});

describe('sniper fire and "terrorists targeted" (probe)', () => {
  it('reads sniper fire as a clash and "ISIS remnants targeted a post" as a (weak) attack', () => {
    expect(types('The spokesman said the terrorists targeted the checkpoint in Tarmiyah on Sunday with sniper fire, which led to the martyrdom of a soldier.')).toEqual(['ARMED_CLASH', 'ARMED_CLASH']);
    expect(findTriggers('ISIS remnants targeted a PMF post in Tarmiyah on Sunday.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
    expect(types('The campaign targeted the illegal trade.')).toEqual([]);
  });
});

describe('"were martyred", "lost their lives" (probe)', () => {
  it('reads them as (weak) reports of violence, like "were killed", and "the martyred soldier" as none', () => {
    expect(findTriggers('Two PMF fighters were martyred in Tarmiyah on Sunday.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
    expect(findTriggers('Two Peshmerga fighters lost their lives in Kifri on Sunday.').map((t) => [t.type, t.weak])).toEqual([['ARMED_CLASH', true]]);
    expect(types('The martyred soldier was buried in Najaf.')).toEqual([]);
  });
});

describe('drones that bombarded or carried explosives (probe)', () => {
  it('reads "drones bombarded" and "a drone carrying explosives crashed into a house" as drone strikes', () => {
    expect(types('Iranian drones bombarded the bases of Kurdish opposition parties near Koya on Sunday.')[0]).toBe('AIR_DRONE_STRIKE');
    expect(types('A drone carrying explosives crashed into a house in Erbil on Sunday.')).toEqual(['AIR_DRONE_STRIKE']);
  });
});

describe('unexploded ordnance that went off (probe)', () => {
  it('reads "an unexploded ordnance went off" as an explosive (not strong when nothing says it went off)', () => {
    expect(findTriggers('An unexploded ordnance went off in Mosul on Sunday, injuring two boys.').map((t) => [t.type, t.weak])).toEqual([['REMOTE_EXPLOSIVE_LANDMINE_IED', false]]);
    expect(findTriggers('An old shell left over from the war exploded near children in Basra.').map((t) => [t.type, t.weak])).toEqual([['REMOTE_EXPLOSIVE_LANDMINE_IED', false]]);
    expect(types('Teams removed unexploded ordnance in Mosul on Sunday.')).toEqual([]);
  });
});

describe('arrests told as "took into custody", "nabbed", "caught" (probe)', () => {
  it('reads them as arrests', () => {
    expect(types('Police took three suspects into custody in Basra on Sunday.')).toEqual(['ARRESTS']);
    expect(types('Intelligence agents nabbed an ISIS financier in Mosul on Sunday.')).toEqual(['ARRESTS']);
    expect(types('Security forces caught a wanted man in Kirkuk on Sunday.')).toEqual(['ARRESTS']);
    expect(types('A fire caught three houses in Mosul on Sunday.')).toEqual([]);
  });
});

describe('strikes carried out, jets that neutralised, weapons a site holds', () => {
  it('reads "carried out strikes" and "its jets neutralised" as air strikes, and "storage sites for rocket, missile and drone capabilities" as none', () => {
    expect(types('U.S. forces carried out strikes on three facilities used by the militia on Sunday.')).toContain('AIR_DRONE_STRIKE');
    expect(types('The ministry said its jets neutralised five militants on Sunday.')).toContain('AIR_DRONE_STRIKE');
    expect(types('The strikes targeted storage sites for rocket, missile and drone capabilities.')).not.toContain('SHELLING_ARTILLERY_MISSILE_ATTACK');
    expect(types('Militants fired rockets at the base on Sunday.')).toContain('SHELLING_ARTILLERY_MISSILE_ATTACK');
  });
});
