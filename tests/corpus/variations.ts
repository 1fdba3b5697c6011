/**
 * Variations: one short article per case, each the same incident told with one part changed (where
 * it happened, when, the toll, the kind, who did it, who reacted), scored field by field. The
 * annotated sets test whole articles; these test that a rule holds for the wordings other writers
 * use, one part at a time. Published on a Wednesday (2024-03-13); the places come from the shipped
 * reference. Used by tests/unit/extract-variations.test.ts and `npm run quality:variations`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle, type Gazetteer } from '../../src/extract/index.js';
import { refId, type EntityInput } from '../../src/import/format.js';
import { combineBatches, readStructuredFile } from '../../src/seed/structured.js';

export interface VariationCase {
  dimension: 'place' | 'date' | 'casualties' | 'type' | 'perpetrator' | 'statement';
  name: string;
  text: string;
  want: {
    type?: string;
    dates?: string[];
    /** The place, or a place inside it (a new village nested in it). */
    within?: string;
    killed?: number;
    injured?: number;
    perpetrator?: string;
    statement?: { speaker: string | null; stance: string };
  };
}

export interface VariationResult {
  case: VariationCase;
  /** Why the case failed; empty when it passed. */
  problems: string[];
}

export const PUBLISHED = '2024-03-13';

/** A place's parent id, if it is a place with one. */
const parentOf = (e: EntityInput | undefined): string | null => (e?.kind === 'Place' && e.locatedIn ? refId(e.locatedIn) : null);

const bare = (name: string) => name.replace(/ (?:District|Subdistrict|Governorate)$/, '');

/** The cases, built on the reference's places (a district, its governorate; a sub-district, its district). */
export function variationCases(reference: EntityInput[]): VariationCase[] {
  const byId = new Map(reference.map((e) => [e.id, e]));
  const parent = (id: string) => parentOf(byId.get(id));
  const places = reference.filter((e) => e.kind === 'Place');
  const pick = (type: string) => places.filter((p) => p.placeType === type).filter((_, i) => i % 7 === 3).slice(0, 6);
  const cases: VariationCase[] = [];
  const district = pick('DISTRICT')[0]!;
  const basePlace = `in ${bare(district.name)} district`;
  const baseDate = 'on Tuesday';
  const bomb = (place: string, date: string, toll = ', killing two Peshmerga fighters and wounding three others.') =>
    `A roadside bomb exploded near a Peshmerga vehicle ${place} ${date}${toll}`;

  for (const d of pick('DISTRICT')) {
    const g = byId.get(parent(d.id) ?? '');
    if (!g) continue;
    const [D, G] = [bare(d.name), bare(g.name)];
    const forms: [string, string][] = [
      ['in D district', `in ${D} district`],
      ['in the D district of G province', `in the ${D} district of ${G} province`],
      ["in G's D district", `in ${G}'s ${D} district`],
      ['in D district (G province)', `in ${D} district (${G} province)`],
      ['in D, G province', `in ${D}, ${G} province`],
      ['near the village of V in D district', `near the village of Kani Sard in ${D} district`],
      ['in the village of V, D district', `in the village of Kani Sard, ${D} district`],
      ['in the D area', `in the ${D} area`],
      ['in D district, G', `in ${D} district, ${G}`],
      ['in the D district of G', `in the ${D} district of ${G}`],
      ['about 20 kilometres south of D', `about 20 kilometres south of ${D}`],
      ["in Iraq's northern province of G, in D district", `in Iraq's northern province of ${G}, in ${D} district`],
      ['in the northern Iraqi province of G (D district)', `in ${D} district in the northern Iraqi province of ${G}`],
      ['in the al-D district', `in the al-${D} district`],
      ['in the D countryside', `in the ${D} countryside`],
      ['on the outskirts of D district', `on the outskirts of ${D} district`],
      ['in the town of V in D district', `in the town of Kani Sard in ${D} district`],
      ["in D district's V village", `in ${D} district's Kani Sard village`],
      ['at a checkpoint in D district', `at a checkpoint in ${D} district`],
      ['in the desert west of D district', `in the desert west of ${D} district`],
      ['in D district, a police source in Baghdad said', `in ${D} district, a police source in Baghdad said,`],
      ['in D district, near the border with Iran', `in ${D} district, near the border with Iran,`],
      ['in D district, some 300 km north of Baghdad', `in ${D} district, some 300 km north of Baghdad,`],
      ['in D district, where Turkey has bases', `in ${D} district, where Turkey has military bases,`],
      ['in D district, said a colonel of the Baghdad police', `in ${D} district, said Colonel Ali Hassan of the Baghdad police,`],
    ];
    // The place told in the next sentence, or other places named after it.
    const told: [string, string, string][] = [
      ['place in the second sentence', `A roadside bomb killed two soldiers on Tuesday. The blast struck their patrol near the village of Kani Sard in ${D} district.`, d.id],
      ['province first, district later', `A roadside bomb killed two soldiers in ${G} province on Tuesday. The bomb exploded beside their patrol in ${D} district, police said.`, d.id],
      ['a background attack elsewhere after', `A roadside bomb killed two soldiers in ${D} district on Tuesday. Last year, a similar attack in Baghdad killed three policemen.`, d.id],
      ['a reaction from the capital after', `A roadside bomb killed two soldiers in ${D} district on Tuesday. In Baghdad, the defence ministry condemned the attack.`, d.id],
      ['the camp hit, located next', `Turkish drones struck a camp belonging to the PKK in ${G} province on Tuesday. The camp lies outside the village of Kani Sard in ${D} district.`, d.id],
      ['where the victims came from', `Gunmen abducted five labourers from the outskirts of Baghdad and the nearby town of Mahmudiya in ${D} district on Tuesday.`, d.id],
      ['the wounded taken to a city', `A roadside bomb killed two soldiers in ${D} district on Tuesday. The wounded were taken to a hospital in Baghdad.`, d.id],
    ];
    for (const [name, text, within] of told) cases.push({ dimension: 'place', name: `${name} (${D})`, text, want: { within } });
    cases.push({ dimension: 'place', name: `in the village of V in G province (${G})`, text: bomb(`in the village of Kani Sard in ${G} province`, baseDate), want: { within: g.id } });
    cases.push({ dimension: 'place', name: `after the toll: ", the governor of G said" (${D})`, text: bomb(`in ${D} district`, baseDate, `, killing two Peshmerga fighters, the governor of ${G} said.`), want: { within: d.id } });
    for (const [name, words] of forms) cases.push({ dimension: 'place', name: `${name} (${D})`, text: bomb(words, baseDate), want: { within: d.id } });
    // A village measured from a town lies in the town's unit; from a city, only in its province.
    cases.push({ dimension: 'place', name: `in the village of V, southeast of D (${D})`, text: bomb(`in the village of Kani Sard, southeast of ${D}`, baseDate), want: { within: g.id } });
    cases.push({ dimension: 'place', name: `in G province (${G})`, text: bomb(`in ${G} province`, baseDate), want: { within: g.id } });
  }
  // A mountain named "Mount X" that the reference does not know: the strike is on it.
  const mountains: [string, string][] = [
    ['on the slopes of Mount X in D district', `A Turkish drone hit a PKK position on the slopes of Mount Bekhair ${basePlace} ${baseDate}.`],
    ['on Mount X, D district', `Turkish jets pounded PKK hideouts on Mount Bekhair, ${bare(district.name)} district, ${baseDate}.`],
    // A place the mountain rises above is a point of reference.
    ['on Mount X, the ridge that rises above V', `Turkish jets pounded PKK hideouts on Mount Bekhair, the ridge that rises above ${bare(district.name)}, ${baseDate}.`],
    ['on the slopes of Mount X, in the hills above the V camp', `A Turkish drone hit a PKK position on the slopes of Mount Bekhair, in the hills above the ${bare(district.name)} camp, ${baseDate}.`],
    ['on Mount X, overlooking V', `A Turkish drone hit a PKK position on Mount Bekhair overlooking ${bare(district.name)} ${baseDate}.`],
  ];
  for (const [name, text] of mountains) cases.push({ dimension: 'place', name, text, want: { within: 'place:mount-bekhair' } });
  for (const s of pick('SUBDISTRICT')) {
    const d = byId.get(parent(s.id) ?? '');
    if (!d) continue;
    const [S, D] = [bare(s.name), bare(d.name)];
    const forms: [string, string][] = [
      ['in S subdistrict', `in ${S} subdistrict`],
      ['in the S sub-district of D', `in the ${S} sub-district of ${D}`],
      ['in S subdistrict, in D district', `in ${S} subdistrict, in ${D} district`],
      ['in the village of V in S subdistrict', `in the village of Kani Sard in ${S} subdistrict`],
      ['near the village of V, in S subdistrict of D district', `near the village of Kani Sard, in ${S} subdistrict of ${D} district`],
      ['in the S area of D', `in the ${S} area of ${D}`],
      ['in S nahiya', `in ${S} nahiya`],
    ];
    for (const [name, words] of forms) cases.push({ dimension: 'place', name: `${name} (${S})`, text: bomb(words, baseDate), want: { within: s.id } });
  }

  const dates: [string, string[]][] = [
    ['on Tuesday', ['2024-03-12']], ['late on Tuesday', ['2024-03-12']], ['on Tuesday night', ['2024-03-12']], ['Tuesday night', ['2024-03-12']],
    ['on Tuesday evening', ['2024-03-12']], ['late Tuesday', ['2024-03-12']], ['on Tuesday morning', ['2024-03-12']], ['Tuesday', ['2024-03-12']],
    ['early on Wednesday', ['2024-03-13']], ['at dawn on Wednesday', ['2024-03-13']], ['in the early hours of Wednesday', ['2024-03-13']],
    ['earlier on Wednesday', ['2024-03-13']], ['this morning', ['2024-03-13']], ['today', ['2024-03-13']],
    ['yesterday', ['2024-03-12']], ['yesterday evening', ['2024-03-12']], ['at around 9 p.m. on Tuesday', ['2024-03-12']],
    ['on Monday', ['2024-03-11']], ['late Monday', ['2024-03-11']], ['two days ago', ['2024-03-11']], ['on the night of Monday to Tuesday', ['2024-03-11', '2024-03-12']],
    ['on March 11', ['2024-03-11']], ['on 11 March', ['2024-03-11']], ['on March 11, 2024', ['2024-03-11']], ['on Monday, March 11', ['2024-03-11']],
    ['on 11/3/2024', ['2024-03-11']], ['on the 11th', ['2024-03-11']],
    ['last Sunday', ['2024-03-10']], ['on Sunday afternoon', ['2024-03-10']], ['on the evening of March 10', ['2024-03-10']],
    ['overnight', ['2024-03-12', '2024-03-13']], ['shortly after midnight', ['2024-03-12', '2024-03-13']],
  ];
  for (const [words, want] of dates) cases.push({ dimension: 'date', name: words, text: bomb(basePlace, words), want: { dates: want } });
  // The day of the event beside the day it was reported.
  const reported: [string, string, string[]][] = [
    ['police said on Wednesday that it had exploded on Monday night', `Police said on Wednesday that a roadside bomb had exploded near a Peshmerga vehicle ${basePlace} on Monday night, killing two fighters.`, ['2024-03-11']],
    ['in a statement on Tuesday, ... on Monday', `In a statement on Tuesday, the ministry said a roadside bomb exploded near a Peshmerga vehicle ${basePlace} on Monday, killing two fighters.`, ['2024-03-11']],
    ['the attack, which took place on Monday evening', `The attack, which took place ${basePlace} on Monday evening, killed two Peshmerga fighters, officials said on Wednesday.`, ['2024-03-11']],
    ["Monday's bombing, officials said on Tuesday", `Monday's bombing ${basePlace} killed two Peshmerga fighters, officials said on Tuesday.`, ['2024-03-11']],
    ['a bomb that exploded on Monday', `A roadside bomb that exploded on Monday ${basePlace} killed two Peshmerga fighters.`, ['2024-03-11']],
    ['a sit-in over a promise of years ago', `On Monday, about 250 men held a sit-in ${basePlace} to demand the compensation that Baghdad promised three years ago.`, ['2024-03-11']],
    ["Monday's dawn strike", `Monday's dawn strike ${basePlace} killed two ISIS militants, the Joint Operations Command said.`, ['2024-03-11']],
    ['watched for a week before the strike', `Iraqi warplanes struck an ISIS hideout ${basePlace} on Monday, killing two militants. The hideout had been watched for a week before the aircraft struck it.`, ['2024-03-11']],
    ['the toll told the day after the day', `A roadside bomb killed two Peshmerga fighters ${basePlace} on Monday. On Tuesday, the Peshmerga ministry named the dead.`, ['2024-03-11']],
  ];
  for (const [name, text, want] of reported) cases.push({ dimension: 'date', name, text, want: { dates: want } });

  const tolls: [string, string, number, number][] = [
    ['killing X and wounding Y', ', killing two Peshmerga fighters and wounding three others.', 2, 3],
    ['X were killed and Y wounded, next sentence', '. Two Peshmerga fighters were killed and three others were wounded.', 2, 3],
    ['leaving X dead and Y wounded', ', leaving two Peshmerga fighters dead and three wounded.', 2, 3],
    ['the blast killed X and injured Y', '. The blast killed two Peshmerga fighters and injured three more.', 2, 3],
    ['killing X. Y sustained injuries', ', killing two Peshmerga fighters. Three others sustained injuries.', 2, 3],
    ['X lost their lives and Y were hurt', '. Two Peshmerga fighters lost their lives and three were hurt.', 2, 3],
    ['claiming the lives of X', ', claiming the lives of two Peshmerga fighters and injuring three others.', 2, 3],
    ['left 2 dead and 3 injured, all of them', '. The explosion left 2 dead and 3 injured, all of them Peshmerga fighters.', 2, 3],
    ['killing at least X', ', killing at least two Peshmerga fighters and wounding three.', 2, 3],
    ['X, including an officer, were killed, and Y', '. Two Peshmerga fighters, including an officer, were killed, and three were wounded.', 2, 3],
    ['an officer and a fighter', ', killing a Peshmerga officer and a fighter and wounding three others.', 2, 3],
    ['members of the Peshmerga', ', killing two members of the Peshmerga and wounding three.', 2, 3],
    ['digits', ', killing 2 Peshmerga fighters and wounding 3 others.', 2, 3],
    ['X died and Y were injured, an official said', '. Two Peshmerga fighters died and three were injured, a security official said.', 2, 3],
    ['the toll told by sources', '. The blast killed two Peshmerga fighters, security sources said, adding that three others were wounded.', 2, 3],
    ['wounding first', ', wounding three Peshmerga fighters and killing two.', 2, 3],
    ['the toll in a quote', '. "Two of our fighters were martyred and three were wounded," a Peshmerga commander said.', 2, 3],
    ['casualties: X killed and Y wounded', ', causing casualties among the Peshmerga: two fighters were killed and three were wounded.', 2, 3],
    ['one of them seriously', ', killing two Peshmerga fighters. Three others were wounded, one of them seriously.', 2, 3],
    ['a Peshmerga fighter was killed', '. A Peshmerga fighter was killed and three others were wounded.', 1, 3],
    ['killing one, wounding two', ', killing one Peshmerga fighter and wounding two.', 1, 2],
    ['the place between the verb and the toll', `. The blast killed in the town of ${bare(district.name)} two Peshmerga fighters and wounded three others.`, 2, 3],
  ];
  for (const [name, toll, killed, injured] of tolls) cases.push({ dimension: 'casualties', name, text: bomb(basePlace, baseDate, toll), want: { killed, injured } });
  // Tolls told over the story: revised, broken down, or with a background toll beside them.
  const stories: [string, string, number, number | undefined][] = [
    ['the toll rose the next day', `${bomb(basePlace, baseDate, ', killing two Peshmerga fighters and wounding three others.')} The death toll rose to four on Wednesday after two of the wounded died in hospital.`, 4, undefined],
    ['the dead named after the lead', `${bomb(basePlace, baseDate, ', killing two people and wounding three others.')} Both of the dead were Peshmerga fighters, officials said.`, 2, 3],
    ['a background toll after', `${bomb(basePlace, baseDate, ', killing two Peshmerga fighters and wounding three others.')} A similar attack in the area killed 11 fighters in 2019.`, 2, 3],
    ['a toll of the same month last year after', `${bomb(basePlace, baseDate, ', killing two Peshmerga fighters and wounding three others.')} In March last year, a bomb on the same road killed five soldiers.`, 2, 3],
    ['a toll of another incident after', `${bomb(basePlace, baseDate, ', killing two Peshmerga fighters and wounding three others.')} Last year, a bomb on the same road killed five soldiers.`, 2, 3],
    ['the wounded told later', `${bomb(basePlace, baseDate, ', killing two Peshmerga fighters.')} Three others were taken to hospital with shrapnel wounds.`, 2, 3],
    ['the wounded named by trade after the lead', `${bomb(basePlace, baseDate, ', killing two Peshmerga fighters.')} Three farmhands from a nearby village were wounded.`, 2, 3],
    ['the wounded broken down with a relative clause', `${bomb(basePlace, baseDate, ', killing two people and wounding three others.')} Both of the dead were Peshmerga fighters, while two firefighters and a farmer who had run over to help were among the wounded.`, 2, 3],
    // An acronym in brackets inside the group.
    ['"Six Islamic State (ISIS) militants were killed"', `Six Islamic State (ISIS) militants were killed in an Iraqi airstrike on a hideout ${basePlace} ${baseDate}.`, 6, undefined],
    ['"two Popular Mobilization Forces (PMF) fighters were wounded"', `Two Popular Mobilization Forces (PMF) fighters were wounded when a roadside bomb exploded ${basePlace} ${baseDate}.`, 0, 2],
  ];
  for (const [name, text, killed, injured] of stories) cases.push({ dimension: 'casualties', name, text, want: { killed, injured } });

  const p = `${basePlace} ${baseDate}`;
  const kinds: [string, string, string][] = [
    ['roadside bomb', `A roadside bomb exploded near an army patrol ${p}, killing two soldiers.`, 'REMOTE_EXPLOSIVE_LANDMINE_IED'],
    ['IED went off', `An improvised explosive device went off near an army patrol ${p}, killing two soldiers.`, 'REMOTE_EXPLOSIVE_LANDMINE_IED'],
    ['sticky bomb', `A sticky bomb attached to a car exploded ${p}, killing two people.`, 'REMOTE_EXPLOSIVE_LANDMINE_IED'],
    ['landmine', `A landmine blast killed two shepherds ${p}.`, 'REMOTE_EXPLOSIVE_LANDMINE_IED'],
    ['car bomb', `A car bomb exploded in a market ${p}, killing five people.`, 'REMOTE_EXPLOSIVE_LANDMINE_IED'],
    ['ISIS attacked a checkpoint', `ISIS militants attacked an army checkpoint ${p}, killing two soldiers.`, 'ARMED_CLASH'],
    ['gunmen opened fire on a patrol', `Gunmen opened fire on a police patrol ${p}, killing two policemen.`, 'ARMED_CLASH'],
    ['troops clashed with ISIS', `Iraqi troops clashed with ISIS fighters ${p}, killing four militants.`, 'ARMED_CLASH'],
    ['repelled an attack', `The Iraqi army repelled an ISIS attack on its positions ${p}.`, 'ARMED_CLASH'],
    ['ambush', `ISIS militants ambushed a Peshmerga patrol ${p}, killing two fighters.`, 'ARMED_CLASH'],
    ['sniper', `A sniper shot dead a soldier at a checkpoint ${p}.`, 'ARMED_CLASH'],
    ['clan clash', `Clashes erupted between two clans ${p}, killing three people.`, 'ARMED_CLASH'],
    ['tribal dispute turned into a gunfight', `A tribal dispute turned into a gunfight ${p}, killing three people.`, 'ARMED_CLASH'],
    ['shot dead a shepherd', `Unidentified gunmen shot dead a shepherd ${p}.`, 'ATTACK'],
    ['a civilian killed by gunmen', `A civilian was killed by gunmen ${p}.`, 'ATTACK'],
    ['ISIS executed villagers', `ISIS militants executed three villagers ${p}.`, 'ATTACK'],
    ['assassinated an official', `Gunmen assassinated a local official ${p}.`, 'ATTACK'],
    ['a Turkish drone struck a car', `A Turkish drone struck a car ${p}, killing two PKK members.`, 'AIR_DRONE_STRIKE'],
    ['warplanes bombed', `Turkish warplanes bombed PKK positions ${p}.`, 'AIR_DRONE_STRIKE'],
    ['an airstrike killed', `An Iraqi airstrike killed five ISIS militants ${p}.`, 'AIR_DRONE_STRIKE'],
    ['a drone attack on a base', `A drone attack targeted a military base ${p}.`, 'AIR_DRONE_STRIKE'],
    ['Iranian artillery shelled', `Iranian artillery shelled villages ${p}.`, 'SHELLING_ARTILLERY_MISSILE_ATTACK'],
    ['Katyusha rockets landed', `Two Katyusha rockets landed near a military base ${p}.`, 'SHELLING_ARTILLERY_MISSILE_ATTACK'],
    ['mortar rounds fell', `Mortar rounds fell on a village ${p}, wounding a child.`, 'SHELLING_ARTILLERY_MISSILE_ATTACK'],
    ['arrested suspects', `Security forces arrested five ISIS suspects ${p}.`, 'ARRESTS'],
    ['detained men suspected of', `Police detained three men suspected of planting bombs ${p}.`, 'ARRESTS'],
    ['kidnapped shepherds', `Gunmen kidnapped three shepherds ${p}.`, 'ABDUCTION_FORCED_DISAPPEARANCE'],
    ['shepherds were abducted', `Three shepherds were abducted by ISIS militants ${p}.`, 'ABDUCTION_FORCED_DISAPPEARANCE'],
    ['protested', `Hundreds of people protested against power cuts ${p}.`, 'PEACEFUL_PROTEST'],
    ['demonstrators gathered', `Demonstrators gathered outside the district council ${p} to demand jobs.`, 'PEACEFUL_PROTEST'],
    ['tear gas', `Police fired tear gas to disperse protesters ${p}.`, 'PROTEST_WITH_INTERVENTION'],
    ['suicide bomber', `A suicide bomber blew himself up at a checkpoint ${p}, killing two soldiers.`, 'SUICIDE_BOMB'],
    ['grenade thrown', `A hand grenade was thrown at a house ${p}, wounding two people.`, 'GRENADE'],
    ['crops set on fire', `ISIS militants set fire to wheat fields ${p}.`, 'LOOTING_PROPERTY_DESTRUCTION'],
    ['weapons cache seized', `Security forces seized a weapons cache ${p}.`, 'DISRUPTED_WEAPONS_USE'],
    ['forced into the back of a truck', `Gunmen forced the shepherds into the back of a pick-up truck ${p}.`, 'ABDUCTION_FORCED_DISAPPEARANCE'],
    ['led away by armed men', `Two shepherds were stopped at a fake checkpoint ${p} and led away by armed men.`, 'ABDUCTION_FORCED_DISAPPEARANCE'],
    ['a tunnel holding explosives found', `Security forces found a tunnel holding explosive devices and suicide belts ${p}.`, 'DISRUPTED_WEAPONS_USE'],
    ['a hideout containing weapons found', `Security forces discovered a hideout containing weapons and ammunition ${p}.`, 'DISRUPTED_WEAPONS_USE'],
    ['bomb defused', `Bomb disposal teams defused an explosive device ${p}.`, 'DISRUPTED_WEAPONS_USE'],
  ];
  for (const [name, text, type] of kinds) cases.push({ dimension: 'type', name, text, want: { type } });
  // The kind settled or retold in the sentence after.
  const told: [string, string, string][] = [
    ['the cause told next', `Two soldiers were killed ${p}. The soldiers died when a roadside bomb struck their vehicle.`, 'REMOTE_EXPLOSIVE_LANDMINE_IED'],
    ['the weapons told next', `ISIS militants attacked an army post ${p}. The attackers used rocket-propelled grenades and machine guns.`, 'ARMED_CLASH'],
    ['the car burned out', `A Turkish drone struck a car ${p}, killing two PKK members. The car was burned out.`, 'AIR_DRONE_STRIKE'],
    ['a search after the killing', `Gunmen killed a shepherd ${p}. Police launched a search operation in the area.`, 'ATTACK'],
    ['what the suspects planned', `Security forces arrested five ISIS suspects ${p}. The suspects were planning attacks on checkpoints.`, 'ARRESTS'],
    ['in what police called a tribal dispute', `Two people were killed ${p} in what police described as a tribal dispute.`, 'ARMED_CLASH'],
    ['houses damaged by the shelling', `Iranian artillery shelled villages ${p}. No casualties were reported, but several houses were damaged.`, 'SHELLING_ARTILLERY_MISSILE_ATTACK'],
    ['artillery pounded, a diplomatic protest after', `Iranian artillery pounded villages ${p}. The governor urged Baghdad to lodge a formal protest with Tehran.`, 'SHELLING_ARTILLERY_MISSILE_ATTACK'],
    ['a drone strike, a diplomatic protest after', `A Turkish drone struck a car ${p}, killing two PKK members. The mayor called on the federal government to file a formal protest with Ankara.`, 'AIR_DRONE_STRIKE'],
  ];
  for (const [name, text, type] of told) cases.push({ dimension: 'type', name, text, want: { type } });

  const sides: [string, string, string][] = [
    ['ISIS militants attacked', `ISIS militants attacked an army post ${p}, killing two soldiers.`, 'org:isis'],
    ['militants of the Islamic State group', `Militants of the Islamic State group attacked an army post ${p}, killing two soldiers.`, 'org:isis'],
    ['Daesh remnants', `Daesh remnants attacked an army post ${p}, killing two soldiers.`, 'org:isis'],
    ['suspected ISIS militants', `Suspected ISIS militants attacked an army post ${p}, killing two soldiers.`, 'org:isis'],
    ['gunmen believed to belong to ISIS', `Gunmen believed to belong to ISIS attacked an army post ${p}, killing two soldiers.`, 'org:isis'],
    ['an attack carried out by ISIS', `Two soldiers were killed ${baseDate} in an attack carried out by ISIS on an army post ${basePlace}.`, 'org:isis'],
    ['ISIS claimed it, next sentence', `Two soldiers were killed ${baseDate} when gunmen attacked an army post ${basePlace}. ISIS claimed responsibility for the attack.`, 'org:isis'],
    ['killed in an ISIS attack', `Two soldiers were killed ${baseDate} in an ISIS attack on an army post ${basePlace}.`, 'org:isis'],
    ['a force repelled an ISIS attack', `Peshmerga forces repelled an ISIS attack ${p}.`, 'org:isis'],
    ['killed when warplanes bombed', `Six ISIS militants were killed ${baseDate} when Iraqi Air Force F-16 jets bombed a hideout ${basePlace}.`, 'force:iraqi-air-force'],
    ['a call on forces after the attack', `ISIS militants attacked an army post ${p}, and the governor called on the army and the Peshmerga to secure the area.`, 'org:isis'],
    ['PKK fighters attacked a Turkish base', `PKK fighters attacked a Turkish base ${p}.`, 'org:pkk'],
    ['Turkish warplanes', `Turkish warplanes struck PKK positions ${p}.`, 'force:turkish-armed-forces'],
    ['a drone believed to be Turkish', `A drone believed to be Turkish struck a car ${p}, killing two people.`, 'force:turkish-armed-forces'],
    ['the Turkish army said its jets', `The Turkish army said its jets struck PKK targets ${p}.`, 'force:turkish-armed-forces'],
    ['Iraqi F-16s', `Iraqi F-16s struck an ISIS hideout ${p}, killing five militants.`, 'force:iraqi-air-force'],
    ['the Iraqi Air Force', `The Iraqi Air Force carried out an airstrike on an ISIS hideout ${p}, killing five militants.`, 'force:iraqi-air-force'],
    ['coalition aircraft', `Coalition aircraft struck an ISIS hideout ${p}.`, 'force:coalition'],
    ['Iranian artillery', `Iranian artillery shelled villages ${p}.`, 'force:iranian-armed-forces'],
    ['the IRGC shelled', `The IRGC shelled villages ${p}.`, 'force:irgc'],
    ['Iraqi security forces arrested', `Iraqi security forces arrested five ISIS suspects ${p}.`, 'force:isf'],
    ['the CTS said it arrested', `The Counter-Terrorism Service said it arrested five ISIS suspects ${p}.`, 'force:cts'],
    ['Asayish forces detained', `Asayish forces detained three ISIS suspects ${p}.`, 'force:asayish'],
    ['police arrested', `Police arrested three men suspected of planting bombs ${p}.`, 'force:iraqi-police'],
  ];
  for (const [name, text, perpetrator] of sides) cases.push({ dimension: 'perpetrator', name, text, want: { perpetrator } });

  const incident = `ISIS militants attacked an army post ${p}, killing two soldiers. `;
  const reactions: [string, string, string | null, string][] = [
    ['the KRG condemned', 'The Kurdistan Regional Government condemned the attack.', 'gov:krg', 'CONDEMNATION'],
    ['in a statement, said it "strongly condemns"', 'In a statement, the KRG said it "strongly condemns" the attack.', 'gov:krg', 'CONDEMNATION'],
    ['denounced as a violation of sovereignty', "Iraq's foreign ministry denounced the attack as a violation of the country's sovereignty.", 'org:iraq-foreign-ministry', 'CONDEMNATION'],
    ['described as "cowardly"', 'The Iraqi defence ministry described the attack as "cowardly".', null, 'CONDEMNATION'],
    ['slammed as a "heinous crime"', 'Parliament speaker Mohammed al-Halbousi slammed the attack as a "heinous crime".', null, 'CONDEMNATION'],
    ['ordered an investigation', 'Prime Minister Mohammed Shia al-Sudani ordered an investigation into the attack.', 'person:mohammed-shia-al-sudani', 'CALL_FOR_ACTION'],
    ['urged restraint', 'The United Nations urged all sides to exercise restraint.', null, 'CALL_FOR_ACTION'],
    ['called on Baghdad, the speaker unnamed', 'The governor called on Baghdad to send more troops to the area.', null, 'CALL_FOR_ACTION'],
    ['expressed deep concern', 'The UN mission in Iraq (UNAMI) expressed deep concern over the attack.', 'org:unami', 'CONCERN'],
    ['warned of a resurgence, unnamed officials', 'Kurdish officials warned of an ISIS resurgence in the area.', null, 'CONCERN'],
    ['claimed via Amaq', 'ISIS claimed responsibility for the attack in a statement on its Amaq news agency.', 'org:isis', 'CLAIM_OF_RESPONSIBILITY'],
    ['denied any involvement', 'The PKK denied any involvement in the attack.', 'org:pkk', 'DENIAL'],
    ['offered condolences', 'The US embassy offered its condolences to the families of the victims.', null, 'CONDOLENCE'],
    ['mourned and offered condolences', 'The Peshmerga ministry mourned the two soldiers and offered condolences to their families.', null, 'CONDOLENCE'],
    ['"We stand with", tweeted', '"We stand with the people of Iraq," the US consulate in Erbil tweeted.', null, 'SOLIDARITY'],
  ];
  reactions.push(
    ['condemned and called in one sentence', 'The Kurdistan Regional Government condemned the attack and called on Baghdad to protect the area.', 'gov:krg', 'CALL_FOR_ACTION'],
    ['in a post on X, the foreign minister', 'In a post on X, Iraqi Foreign Minister Fuad Hussein condemned the attack.', 'person:fuad-hussein', 'CONDEMNATION'],
    ['a quote, then "said" and the speaker', '"This cowardly attack will not go unpunished," said Prime Minister Mohammed Shia al-Sudani.', 'person:mohammed-shia-al-sudani', 'CONDEMNATION'],
    ['said in a statement, then the quote', 'The Iraqi foreign ministry said in a statement: "We condemn this attack in the strongest terms."', 'org:iraq-foreign-ministry', 'CONDEMNATION'],
    // A quotation that goes on into a second sentence: its speaker is the one who opened it, not a name inside it.
    ['a quote going on into its next sentence, "will continue to support"', 'The U.S. Embassy in Baghdad condemned the attack, adding: "Our thoughts are with the families of the fallen. The United States will continue to support the Iraqi army in the fight against ISIS."', 'org:us-embassy-baghdad', 'SUPPORT'],
    ['a quote going on into its next sentence, "stands by"', 'The U.S. Embassy in Baghdad wrote on X that it "condemns this cowardly attack," adding: "Our condolences go to the families. The United States stands by the Iraqi army in its fight against ISIS."', 'org:us-embassy-baghdad', 'SUPPORT'],
    ['a live-blog entry, the quote going on', '18:55 – The U.S. Embassy in Baghdad, on Twitter: "We are saddened by the loss of two soldiers today. Those responsible must be held accountable."', 'org:us-embassy-baghdad', 'CALL_FOR_ACTION'],
    // A side's own account of its dead.
    ['announced the death of two of its fighters', 'The PKK announced on Wednesday the death of two of its fighters in the attack.', 'org:pkk', 'OTHER'],
    ['announced that two of its members were killed', 'The PKK announced that two of its members were killed in the attack.', 'org:pkk', 'OTHER'],
    ['said all of the dead were civilians', 'The Kurdistan Regional Government said all of the dead were civilians.', 'gov:krg', 'OTHER'],
    ['said those killed were unarmed', 'The KRG insisted that those killed were unarmed.', 'gov:krg', 'OTHER'],
    // A title with no article before it: "X, director of Y subdistrict,".
    ['"X, director of Y subdistrict in the Z district of W province, told"', 'Salar Hassan, director of Batifa subdistrict in the Zakho district of Duhok province, told reporters that the villages were empty. He called on the army to protect them.', 'person:salar-hassan', 'CALL_FOR_ACTION'],
    ['"X, mayor of Y district in Z governorate, north of W, told"', 'Salar Hassan, mayor of Sumel district in Duhok governorate, north of Mosul, told reporters that the villages were empty. He called on the army to protect them.', 'person:salar-hassan', 'CALL_FOR_ACTION'],
    // Concern told as a warning.
    ['warned that remnants move freely', 'Nizar al-Karkhi, a member of parliament for the area, warned that ISIS remnants were moving freely again.', 'person:nizar-al-karkhi', 'CONCERN'],
    ['urged ..., warning that', 'Nizar al-Karkhi, a member of parliament for the area, urged the army to return, warning that "the whole district will burn."', 'person:nizar-al-karkhi', 'CONCERN'],
    ['called on ... and warned that', 'Nizar al-Karkhi, a member of parliament for the area, called on the army to return and warned that "the tribes will protect themselves."', 'person:nizar-al-karkhi', 'CONCERN'],
    ['warned against', 'The UN mission in Iraq (UNAMI) warned against such attacks becoming "the new normal".', 'org:unami', 'CONCERN'],
    // An administrator (a district's head in the Kurdistan Region) speaks.
    ['"D administrator X" condemned', 'Zakho administrator Salar Hassan condemned the attack.', 'person:salar-hassan', 'CONDEMNATION'],
    ['a quote, then "X said, calling on"', 'The administrator of Zakho district, Salar Hassan, visited the post. "We do not know why they were targeted," Hassan said, calling on Baghdad to protect the area.', 'person:salar-hassan', 'CALL_FOR_ACTION'],
    // Bodies whose name ends in "Observatory" or "Syndicate".
    ['the X Syndicate condemned', 'The Iraqi Journalists Syndicate condemned the attack.', 'org:iraqi-journalists-syndicate', 'CONDEMNATION'],
    ['"The Observatory" after "the X Observatory"', 'The soldiers were killed at dawn, according to the Iraqi Human Rights Observatory. The Observatory called on the government to protect the area.', 'org:iraqi-human-rights-observatory', 'CALL_FOR_ACTION'],
    ['dismissed the statement', 'The PKK dismissed the ministry statement about the attack.', 'org:pkk', 'DENIAL'],
    ['said its thoughts were with the victims', 'The UN mission in Iraq (UNAMI) said its thoughts were with the victims and their families.', 'org:unami', 'CONDOLENCE'],
    ['described as a desperate attempt to destabilize', 'The Kurdistan Regional Government described the attack as a desperate attempt to destabilize the region.', 'gov:krg', 'CONDEMNATION'],
    ['has claimed responsibility', 'ISIS has claimed responsibility for the attack.', 'org:isis', 'CLAIM_OF_RESPONSIBILITY'],
    ['"according to D\'s administrator, X." then "X said, calling on"', 'The soldiers were killed at dawn, according to Zakho\'s administrator, Salar Hassan. "The villages have no real protection," Hassan said, calling on Baghdad to send more troops.', 'person:salar-hassan', 'CALL_FOR_ACTION'],
    // A branch of a force named around it.
    ['"X (ACR) Ground Forces said it had struck"', 'Iran\'s Islamic Revolutionary Guard Corps (IRGC) Ground Forces said in a statement that it had struck "terrorist headquarters" in the area.', 'force:irgc-ground-forces', 'CLAIM_OF_RESPONSIBILITY'],
    ['"the ground forces of X said they had shelled"', 'The ground forces of Iran\'s Islamic Revolutionary Guard Corps (IRGC) said that they had shelled "terrorist positions" in the area.', 'force:irgc-ground-forces', 'CLAIM_OF_RESPONSIBILITY'],
    ['"He" in the next sentence', 'The governor of Kirkuk, Rakan al-Jabouri, visited the site on Wednesday. He condemned the attack and offered condolences to the families.', 'person:rakan-al-jabouri', 'CONDEMNATION'],
  );
  for (const [name, text, speaker, stance] of reactions) cases.push({ dimension: 'statement', name, text: incident + text, want: { statement: { speaker, stance } } });
  // A security body telling, in the sentence that reports it, what its own side did: a claim.
  const ownSide: [string, string, string][] = [
    ['"Turkish jets struck ..., Turkey\'s defence ministry said"', `Turkish jets struck positions of the PKK ${p}, Turkey's defence ministry said.`, 'org:turkey-defence-ministry'],
    ['"Peshmerga forces repelled ..., the Ministry of Peshmerga Affairs said"', `Peshmerga forces repelled an ISIS attack on a post ${p} late on Monday, killing one of the attackers, the Ministry of Peshmerga Affairs said on Tuesday.`, 'org:krg-ministry-of-peshmerga'],
    ['"Turkish warplanes struck ..., the Turkish defence ministry said"', `Turkish warplanes struck PKK hideouts ${p}, the Turkish Ministry of National Defense said.`, 'org:turkey-defence-ministry'],
  ];
  for (const [name, text, speaker] of ownSide) cases.push({ dimension: 'statement', name, text, want: { statement: { speaker, stance: 'CLAIM_OF_RESPONSIBILITY' } } });
  return cases;
}

const refOf = (r: string | { ref: string }) => (typeof r === 'string' ? r : r.ref);

/** Extracts each case and lists what its first event (or its statements) got wrong. */
export function runVariations(cases: VariationCase[], gazetteer: Gazetteer, reference: EntityInput[]): VariationResult[] {
  const parents = new Map(reference.map((e) => [e.id, parentOf(e)]));
  return cases.map((c) => {
    const { batch } = extractArticle(`date ${PUBLISHED} Test/ Headline\n\n${c.text}\n`, gazetteer, { fileName: 'variation.txt' });
    for (const e of batch.entities) if (e.kind === 'Place') parents.set(e.id, parentOf(e));
    const inside = (id: string | null, outer: string) => {
      for (let at = id, i = 0; at && i < 10; at = parents.get(at) ?? null, i++) if (at === outer) return true;
      return false;
    };
    const problems: string[] = [];
    const { want } = c;
    if (want.statement) {
      const got = batch.statements.map((s) => `${refOf(s.speaker)} ${s.stance}`);
      const { speaker, stance } = want.statement;
      if (!got.some((g) => g.endsWith(` ${stance}`) && (!speaker || g.startsWith(`${speaker} `)))) problems.push(`statements [${got.join('; ')}]`);
      return { case: c, problems };
    }
    const e = batch.events[0];
    if (!e) return { case: c, problems: ['no event'] };
    if (batch.events.length > 1) problems.push(`${batch.events.length} events`);
    if (want.type && e.subEventType !== want.type) problems.push(`type ${e.subEventType}`);
    if (want.dates && !want.dates.includes(e.date)) problems.push(`date ${e.date}/${e.datePrecision}`);
    const place = e.place ? refOf(e.place) : null;
    if (want.within && !inside(place, want.within)) problems.push(`place ${place ?? 'none'}`);
    const sum = (m: 'killed' | 'injured') => e.casualties.reduce((n, x) => n + (x[m] ?? 0), 0);
    if (want.killed !== undefined && sum('killed') !== want.killed) problems.push(`killed ${sum('killed')}`);
    if (want.injured !== undefined && sum('injured') !== want.injured) problems.push(`injured ${sum('injured')}`);
    const perpetrators = e.perpetrators.map(refOf);
    if (want.perpetrator && !perpetrators.includes(want.perpetrator)) problems.push(`perpetrators [${perpetrators.join(', ')}]`);
    return { case: c, problems };
  });
}

/** The shipped reference (seed/reference), as the seeder reads it. */
export async function shippedReference(): Promise<EntityInput[]> {
  const dir = path.resolve(import.meta.dirname, '../../seed/reference');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));
  return combineBatches(await Promise.all(files.map(async (f) => (await readStructuredFile(f)).batch)), 'reference').entities;
}

/** Passed and total per dimension. */
export function tally(results: VariationResult[]): Map<string, { passed: number; total: number }> {
  const out = new Map<string, { passed: number; total: number }>();
  for (const r of results) {
    const t = out.get(r.case.dimension) ?? { passed: 0, total: 0 };
    t.total++;
    if (!r.problems.length) t.passed++;
    out.set(r.case.dimension, t);
  }
  return out;
}
