import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/extract/event-place.js';
import { framesOf } from '../../src/extract/frames.js';
import { assignRoles } from '../../src/extract/roles.js';
import { findTriggers } from '../../src/extract/triggers.js';
import { read } from './extract-fixtures.js';

function frames(text: string, published = '2023-01-17') {
  const { ctx, readings } = read(text, published);
  return readings.flatMap((r, i) => framesOf(r, ctx, readings[i - 1]));
}

function roles(text: string) {
  const { ctx, readings } = read(text);
  const r = readings[0]!;
  const t = findTriggers(r.sentence.text)[0]!;
  const found = assignRoles(r, t, ctx);
  return { perpetrators: found.perpetrators.map((a) => a.id), targets: found.targets.map((a) => a.id) };
}

/** The place entry of the first trigger of a one-sentence text. */
function placeEntry(text: string) {
  const { ctx, readings } = read(text);
  const r = readings[0]!;
  return placeOf(r, findTriggers(r.sentence.text)[0]!, ctx)?.place ?? null;
}

function place(text: string) {
  return placeEntry(text)?.id ?? null;
}

describe('actors and targets (error class 5: the acting side)', () => {
  it('records who arrested, struck, raided or foiled', () => {
    expect(roles('Security forces arrested four ISIS suspects in Muqdadiya district on Monday.').perpetrators).toContain('force:isf');
    expect(roles('Iraqi warplanes struck ISIS hideouts in the Hamrin mountains.').perpetrators).toContain('force:iraqi-air-force');
    expect(roles('The Counter-Terrorism Service arrested four suspects in Kirkuk.').perpetrators).toEqual(['force:cts']);
    expect(roles('Federal police foiled an attack on a checkpoint in Daquq district.').perpetrators).toContain('force:federal-police');
  });

  it('takes a foreign force\'s base that was attacked for its target, and a patron ("Iran-backed") for no side', () => {
    expect(roles('The PKK attacked a Turkish base in Amedi district on Sunday.')).toEqual({ perpetrators: ['org:pkk'], targets: ['force:turkish-armed-forces'] });
    expect(roles('Turkey-backed gunmen attacked a Peshmerga post in Amedi district on Sunday.').perpetrators).not.toContain('force:turkish-armed-forces');
  });

  it('takes "Seven Islamic State (ISIS) militants were killed" as the side the verb befell', () => {
    expect(roles("Seven Islamic State (ISIS) militants were killed in Saturday's Iraqi airstrikes on hideouts near Kirkuk.")).toEqual({ perpetrators: [], targets: ['org:isis'] });
    expect(roles('ISIS militants killed two shepherds near Kirkuk.').perpetrators).toEqual(['org:isis']);
  });

  it('takes a group that announces its own dead as the side hit, and a body named to describe another as no side', () => {
    expect(roles("The Kurdistan Workers' Party (PKK) announced on Thursday that one of its fighters was killed near Kirkuk.")).toEqual({ perpetrators: [], targets: ['org:pkk'] });
    expect(roles("The Sinjar force, a Yazidi group close to the Kurdistan Workers' Party (PKK), said two villagers were killed near Kirkuk.").perpetrators).not.toContain('org:pkk');
  });

  it('takes the body that says its forces arrested someone as the acting side', () => {
    expect(roles('The Counter-Terrorism Service said its forces arrested three suspects in Kirkuk on Monday.').perpetrators).toContain('force:cts');
  });

  it('names a country\'s forces from a weapon "believed to be Turkish"', () => {
    expect(roles('Three people were killed when a drone, believed to be Turkish, struck a vehicle in Amedi district.').perpetrators).toContain('force:turkish-armed-forces');
  });

  it('names a country\'s forces from its weapon ("a Turkish drone")', () => {
    expect(roles('A Turkish drone struck a car in Amedi district.').perpetrators).toContain('force:turkish-armed-forces');
  });

  it('takes the group whose members "were killed in a Turkish drone strike" as its target, and the Turkish forces as its actor', () => {
    expect(roles("Three suspected members of the Kurdistan Workers' Party (PKK) were killed in a Turkish drone strike on Monday.")).toEqual({
      perpetrators: ['force:turkish-armed-forces'],
      targets: ['org:pkk'],
    });
  });

  it('reads the country\'s forces from "a drone belonging to the Turkish army" had hit, quoted or not', () => {
    expect(roles('The directorate said that "a drone belonging to the Turkish army" had hit the vehicle on Monday.').perpetrators).toEqual(['force:turkish-armed-forces']);
    expect(roles('The directorate said that a drone belonging to the Turkish army had hit the vehicle on Monday.').perpetrators).toEqual(['force:turkish-armed-forces']);
  });

  it('takes the group of an attack as perpetrator and the force it hit as target', () => {
    const r = roles('ISIS militants attacked a Peshmerga post in Makhmour district.');
    expect(r.perpetrators).toEqual(['org:isis']);
    expect(r.targets).toContain('force:peshmerga');
  });

  it('takes a unit that announces its own arrests as their acting side, not a hideout\'s users', () => {
    expect(roles('The Counter-Terrorism Service announced on Monday the arrest of four suspects in Kirkuk.').perpetrators).toEqual(['force:cts']);
    const strike = roles('Iraqi warplanes struck a hideout used by ISIS remnants in the Hamrin mountains.');
    expect(strike.perpetrators).toEqual(['force:iraqi-air-force']);
    expect(strike.targets).toEqual(['org:isis']);
  });

  it('takes the force that mans or guards the attacked post as its target, not the attacker ("a checkpoint manned by the PMF")', () => {
    expect(roles('Gunmen attacked a checkpoint manned by the Popular Mobilization Forces in Daquq district on Thursday.')).toEqual({ perpetrators: [], targets: ['force:pmf'] });
    expect(roles('Militants stormed a post guarded by the Peshmerga in Daquq district on Monday.')).toEqual({ perpetrators: [], targets: ['force:peshmerga'] });
  });

  it('takes the side an army clashed with as the perpetrator', () => {
    const r = roles('An army officer was killed in clashes with Islamic State militants in Daquq district.');
    expect(r.perpetrators).toEqual(['org:isis']);
  });

  it('makes the forces facing a protest its other side', () => {
    const r = roles('Federal police fired tear gas at protesters in Baghdad.');
    expect(r.perpetrators).toEqual([]);
    expect(r.targets).toContain('force:federal-police');
  });
});

describe('the side named as an adjective of the attack', () => {
  it('takes "an ISIS attack" for ISIS\'s, whether the victims died in it or a force repelled it', () => {
    expect(roles('Two soldiers were killed on Monday in an ISIS attack on an army post in Daquq district.').perpetrators).toEqual(['org:isis']);
    expect(roles('Peshmerga forces repelled an ISIS attack in Kalar district on Monday.').perpetrators).toEqual(['org:isis']);
  });

  it('takes "Six ISIS militants, not four, were killed in Sunday\'s airstrikes" for the side hit', () => {
    expect(roles("Six ISIS militants, not four, were killed in Sunday's Iraqi airstrikes in Daquq district.").perpetrators).not.toContain('org:isis');
  });

  it('takes "coalition aircraft" for the coalition\'s, not the Iraqi Air Force', () => {
    expect(roles('Coalition aircraft struck an ISIS hideout in Daquq district on Monday.').perpetrators).not.toContain('force:iraqi-air-force');
  });
});

describe('the place of an event (error class 2)', () => {
  it('never takes a country that reacts for the place of the attack', () => {
    expect(place('Turkey condemned the attack.')).toBeNull();
    expect(place("Turkey's foreign ministry condemned the bombing in Kirkuk.")).toBe('place:kirkuk');
  });

  it('never places an event at the seat of a government a sentence calls on', () => {
    const found = frames('The council condemned the attack on the camp and called on the federal government in Baghdad to protect the displaced.');
    expect(found.map((f) => f.place?.place.id ?? null)).not.toContain('place:baghdad');
  });

  it('never places an event at the seat a body is named by ("the Asayish of Duhok")', () => {
    expect(place('In a joint operation with the Asayish of Duhok, our forces arrested a wanted man on Sunday.')).not.toBe('place:duhok');
  });

  it('reads "Kirkuk\'s Rashad subdistrict" as the unit of the province, not the possessor', () => {
    expect(place("ISIS militants attacked a village in Kirkuk's Rashad subdistrict on Tuesday night.")).toBe('place:rashad-subdistrict');
  });

  it('reads "the X area" as the sub-district of that name when no place is called X', () => {
    expect(place('Gunmen killed two shepherds in the Rashad area of Kirkuk province on Monday.')).toBe('place:rashad-subdistrict');
    // A place of its own name wins ("the Wadi al-Shay area").
    expect(place('Gunmen killed two shepherds in the Wadi al-Shay area on Monday.')).toBe('place:wadi-al-shay');
  });

  it('reads "the X sub-district of Y" as the sub-district, Y only holding it', () => {
    expect(place('A roadside bomb exploded in the Abu Saida sub-district of Muqdadiya on Monday, killing two soldiers.')).toBe('place:abu-saida-subdistrict');
  });

  it('never takes the place in an outlet\'s name ("told Baghdad Today") for where it happened', () => {
    expect(place('A roadside bomb went off about 20 km south of Muqdadiya, in Diyala province, a police officer told Baghdad Today.')).toBe('place:muqdadiya');
  });

  it('reads "in the governorates of Kirkuk and Diyala" as the two provinces, not their cities', () => {
    expect(place('Three terrorists were arrested in two operations in the governorates of Kirkuk and Diyala on Monday.')).toMatch(/^place:(?:kirkuk|diyala)-governorate$/);
  });

  it('places "in X province" at the province, not the country', () => {
    expect(place("A roadside bomb killed two soldiers in Iraq's Diyala province.")).toBe('place:diyala-governorate');
  });

  it('takes "the Daquq area of Kirkuk" for Daquq: what follows "area of" only holds it', () => {
    expect(place('Iranian artillery shelled the Daquq area of Kirkuk on Sunday.')).toBe('place:daquq-district');
  });

  it('reads "in Kirkuk and Diyala provinces" as the two governorates', () => {
    expect(place('The service announced the arrest of three terrorists in two operations in Kirkuk and Diyala provinces.')).toBe('place:kirkuk-governorate');
  });

  it('takes the place of a quoted report from its own clause, not from a relative clause inside the quote', () => {
    expect(place('The service said that "our units arrested two terrorists in Daquq district, who were responsible for supplying the remnants in the Wadi al-Shay valley."')).toBe('place:daquq-district');
  });

  it('reads "the province of Dohuk" as the governorate, not its capital city', () => {
    expect(place('A drone strike killed three people in the northern province of Dohuk on Monday.')).toBe('place:duhok-governorate');
  });

  it('places "in Salahuddin province, north of Baghdad" in the province: a place of another province only measures', () => {
    expect(place('A roadside bomb killed two soldiers in Salahuddin province, north of Baghdad, on Tuesday.')).toBe('place:salahuddin-governorate');
    expect(place('A roadside bomb killed two soldiers in Kirkuk province, 30 km south of Kirkuk, on Tuesday.')).toBe('place:kirkuk');
  });

  it('skips the seat of a source ("police in Kirkuk said"), not a unit stationed there', () => {
    expect(place('Police in Kirkuk said a roadside bomb exploded in Daquq district.')).toBe('place:daquq-district');
    expect(place('A bomb exploded near a patrol of the Federal Police in Daquq district.')).toBe('place:daquq-district');
  });

  it('skips places that only name an origin, and takes the one a distance is measured from only where nothing else is named', () => {
    expect(place('A bomb exploded in a village 30 km south of Kirkuk.')).toBe('place:kirkuk');
    expect(place('A bomb exploded in Daquq district, 30 km south of Kirkuk.')).toBe('place:daquq-district');
    expect(place('Rockets fired from Erbil hit a base.')).toBeNull();
  });

  it('reads "the capital of X" and "X\'s capital" as the seat of X\'s government', () => {
    expect(place("A drone attack targeted the Kurdistan Region's capital on Tuesday.")).toBe('place:erbil');
    expect(place('A rocket struck near a base in the capital of Iraq.')).toBe('place:baghdad');
    expect(place('A rocket struck a base in Iraq.')).toBe('place:iraq');
  });

  it('places a reaction\'s incident by a bearing too ("mourns ... repelling an attack on a position east of X")', () => {
    const found = frames('The Mobilization mourns two fighters who fell yesterday while repelling an attack by ISIS on a position east of Muqdadiya.');
    expect(found.map((f) => f.place?.place.id ?? null)).toEqual(['place:muqdadiya']);
  });

  it('places a report by the sentence before it that only sets the scene', () => {
    const found = frames('This morning, three drones loaded with explosives were launched toward a base in Erbil. The three drones were intercepted and destroyed before reaching their target.');
    expect(found.map((f) => `${f.type} ${f.place?.place.id}`)).toEqual(['DISRUPTED_WEAPONS_USE place:erbil']);
  });

  it('takes the place a weapon was launched toward, not the one it was launched from', () => {
    expect(place('Rockets were fired from Kirkuk toward Erbil on Monday, wounding two people.')).toBe('place:erbil');
  });

  it('measures from the first place of a chain of bearings, and from a road\'s first end', () => {
    expect(place('A shepherd was killed when a bomb went off in the hills west of the Daquq district, southwest of Kirkuk, on Sunday.')).toBe('place:daquq-district');
    expect(place('A drone hit a car on the road between Muqdadiya and Baquba on Sunday.')).toBe('place:muqdadiya');
    // A first end of two words ("Abu Saida") does not hand the event to the second.
    expect(place('A bomb hit a bus on the road between Abu Saida and Baqubah on Sunday.')).toBe('place:abu-saida-subdistrict');
    expect(place('A bomb hit a bus on the highway linking Abu Saida to Baqubah on Sunday.')).toBe('place:abu-saida-subdistrict');
  });

  it('takes the smallest place the trigger\'s clause names', () => {
    expect(place('Gunmen attacked the village of Kharnaba in Muqdadiya district late on Sunday.')).toBe('place:kharnaba');
  });

  it('takes the place an apposition calls a unit of another ("Abu Saida, a sub-district of Muqdadiya") over that other', () => {
    expect(place('Gunmen killed two farmers in Abu Saida, a sub-district of Muqdadiya, on Sunday.')).toBe('place:abu-saida-subdistrict');
    // ... but "the Diyala town of Muqdadiya" names the town, inside the province before it.
    expect(place('Gunmen killed a farmer in the Diyala town of Muqdadiya on Sunday.')).toBe('place:muqdadiya');
  });

  it("reads a road's ends (\"the Erbil-Kirkuk road\") as no place when another is named, and as the place when none is", () => {
    expect(place('A drone strike hit a vehicle on the Erbil-Kirkuk road near Kalar on Sunday.')).toBe('place:kalar');
    expect(place('A roadside bomb struck a convoy on the Baghdad-Kirkuk highway on Sunday.')).toBe('place:baghdad');
  });

  it('reads a round-up item\'s "In Kirkuk," as the province, so a place inside it refines it', () => {
    expect(place('In Kirkuk, gunmen shot dead a shepherd on Sunday.')).toBe('place:kirkuk-governorate');
    expect(place('In Kirkuk, gunmen shot dead a shepherd in Daquq district on Sunday.')).toBe('place:daquq-district');
    expect(place('Gunmen shot dead a shepherd in Kirkuk on Sunday.')).toBe('place:kirkuk');
  });

  it('places a killing of "a police officer in Baquba", but not by "a police officer in Kirkuk said" nor by where mourners buried the dead', () => {
    expect(place('Security forces are searching for the gunmen who killed a police officer in Baqubah on Sunday.')).toBe('place:baqubah');
    expect(place('Two soldiers were killed on Sunday, a police officer in Kirkuk said.')).toBeNull();
    expect(place('Mourners in Kalar on Monday buried two Peshmerga fighters killed in an ISIS attack near Muqdadiya.')).toBe('place:muqdadiya');
  });

  it('takes an unknown name shaped like a village ("in Tell Hamdan on Monday") for the place when nothing smaller than a province is named', () => {
    const at = (text: string) => {
      const p = placeEntry(text);
      return p ? `${p.name} ${p.placeType} ${p.parentId}` : null;
    };
    expect(at('Two farmers were killed in Tell Hamdan on Monday, a source said.')).toBe('Tell Hamdan VILLAGE null');
    expect(at('Two farmers were killed in Albu Bali in Diyala province on Monday.')).toBe('Albu Bali VILLAGE place:diyala-governorate');
    // A foreign capital, a place where words were spoken, a name inside a known district: none of these.
    expect(at('Two farmers were killed in Damascus on Monday.')).toBeNull();
    expect(at('The minister said in Tell Hamdan on Monday that the attack killed two farmers.')).toBeNull();
    expect(at('Two farmers were killed in Tell Hamdan in Daquq district on Monday.')).toBe('Tell Hamdan VILLAGE place:daquq-district');
  });

  it('takes a name an apposition calls a neighbourhood or quarter ("al-Zahra, a neighbourhood in eastern Kirkuk") for a place', () => {
    expect(place('A bomb exploded on Sunday in Zahra, a neighbourhood in eastern Kirkuk, wounding three.')).toBe('place:zahra');
    expect(place('Gunmen killed a man on Sunday in Wasiti, a quarter of Kirkuk.')).toBe('place:wasiti');
  });

  it('takes an unknown name a locative puts inside a known unit for a village of that unit', () => {
    const cases: [string, string][] = [
      ['Gunmen killed two farmers in Tell Hamdan, in Kirkuk province, on Monday.', 'place:kirkuk-governorate'],
      ["Gunmen killed two farmers in Tell Hamdan in Kirkuk's Daquq district on Monday.", 'place:daquq-district'],
      ['A drone struck a car in Kani Rash, Udhaim subdistrict, on Monday, killing two.', 'place:udhaim-subdistrict'],
      ['Militants attacked a checkpoint on the outskirts of Tell Hamdan in Diyala on Monday.', 'place:diyala-governorate'],
    ];
    for (const [text, unit] of cases) {
      const found = placeEntry(text);
      expect(found?.placeType, text).toBe('VILLAGE');
      expect(found?.parentId, text).toBe(unit);
    }
    // A country is no unit to nest in, and "in March" is no place.
    const inIraq = read('Gunmen killed two farmers in Tell Hamdan, Iraq, on Monday.');
    expect(inIraq.ctx.lookup('Tell Hamdan')[0]?.parentId ?? null).toBeNull();
    expect(place('Gunmen killed two farmers in March, in Kirkuk province.')).toBe('place:kirkuk-governorate');
  });
});

describe('frames', () => {
  it('builds a frame from an incident told in a relative clause inside a quote (error class 3)', () => {
    const [f] = frames('"We are concerned by the attack yesterday in Makhmour district that took the lives of 10 Peshmerga and three civilians," the statement said.', '2021-12-04');
    expect(f!.place?.place.id).toBe('place:makhmour-district');
    expect(f!.time.date?.date).toBe('2021-12-03');
    expect(f!.figures.map((x) => `${x.measure} ${x.count} ${x.group}`)).toEqual(['killed 10 SECURITY_FORCES', 'killed 3 CIVILIANS']);
  });

  it('reads what "The strikes" destroyed as their result, so their toll joins the strikes', () => {
    const found = frames('Iraqi warplanes struck ISIS hideouts in Daquq district on Sunday. The strikes destroyed two hideouts and resulted in the killing of (5) terrorists.', '2023-01-16');
    const second = found.filter((f) => f.sentenceIndex === 1);
    expect(second.map((f) => f.type)).toEqual([null]);
    expect(second[0]!.figures.map((f) => `${f.measure} ${f.count}`)).toEqual(['killed 5']);
  });

  it('makes the group whose members an air strike killed its target, not its perpetrator', () => {
    const found = frames("The number of ISIS members killed in Sunday's air strikes in Daquq district has risen to seven, a source said.", '2023-01-17');
    expect(found.map((f) => [f.type, f.perpetrators.map((a) => a.id), f.targets.map((a) => a.id)])).toEqual([['AIR_DRONE_STRIKE', [], ['org:isis']]]);
  });

  it('gives a figure-only sentence its own frame, to join the incident before', () => {
    const fs = frames('Gunmen attacked a village in Diyala on Sunday. At least eight people were wounded.', '2023-01-16');
    expect(fs.at(-1)!.type).toBeNull();
    expect(fs.at(-1)!.figures[0]!.count).toBe(8);
  });

  it('splits a list of incidents in one clause', () => {
    const fs = frames('A soldier was killed by a sniper in Diyala, two PMF fighters were wounded by a roadside bomb in Salahuddin, and warplanes struck a hideout near Kirkuk.');
    expect(fs.length).toBeGreaterThanOrEqual(3);
    expect(fs.map((f) => f.place?.place.id)).toEqual(expect.arrayContaining(['place:diyala-governorate', 'place:salahuddin-governorate', 'place:kirkuk']));
  });

  it('gives "two of them" the group the sentence before counted', () => {
    const fs = frames('A PMF vehicle carrying five fighters hit an explosive device in Salahuddin on Saturday. Two of them were wounded.', '2023-01-16');
    const last = fs.at(-1)!;
    expect(last.figures[0]!.group).toBe('SECURITY_FORCES');
    expect(last.figures[0]!.actorId).toBe('force:pmf');
  });
});

describe('whom a call is addressed to', () => {
  it('reads "called on the army and the Peshmerga to secure" as addressees, not targets of the attack', () => {
    expect(roles('He said the attack showed the gaps, and called on the Iraqi Army and the Peshmerga to secure the area.').targets).toEqual([]);
    expect(roles('The governor urged Peshmerga forces to hunt down the cell that planted the bomb.').targets).toEqual([]);
    expect(roles('ISIS militants attacked a Peshmerga post, and the ministry urged the coalition to strike back.').targets).toEqual(['force:peshmerga']);
  });
});

describe('the actor of a strike told after "when"', () => {
  it('reads "killed on Wednesday when Iraqi Air Force jets bombed" with the air force acting, in the strike and beside the bare toll', () => {
    const text = 'Six ISIS militants were killed on Wednesday when Iraqi Air Force F-16 jets bombed a cave in Daquq district.';
    const found = frames(text);
    const strike = found.find((f) => f.type === 'AIR_DRONE_STRIKE')!;
    expect(strike.perpetrators.map((a) => a.id)).toContain('force:iraqi-air-force');
    for (const f of found) expect(f.targets.map((a) => a.id)).not.toContain('force:iraqi-air-force');
  });
});

describe('where the victims came from, and a body named by its seat', () => {
  it('does not place an abduction where the men came from, nor in the town whose police speaks', () => {
    expect(
      place(
        'The men, labourers from the outskirts of Baqubah and the nearby town of Muqdadiya, had camped west of the town of Khalis when gunmen forced them into the back of a truck, said Colonel Ali Hassan of the Kirkuk police.',
      ),
    ).toBe('place:khalis');
  });

  it('reads "forced them into the back of a truck" as an abduction', () => {
    expect(findTriggers('Gunmen forced them into the back of a pick-up truck.').map((t) => t.type)).toContain('ABDUCTION_FORCED_DISAPPEARANCE');
  });
});

describe('a side that says its forces struck', () => {
  it('reads "ISIS said in a statement carried by its news agency that its ground forces had struck" as the actor', () => {
    expect(roles('ISIS said in a statement carried by its Amaq news agency that its ground forces had struck a Peshmerga post near Kirkuk.').perpetrators).toContain('org:isis');
  });
});

describe('a force named by the weapon that is the trigger (dev14)', () => {
  it('takes "Turkish artillery" whose shells landed for the side that fired, not the side hit', () => {
    const found = roles('A woman and two of her children were wounded on Saturday morning when Turkish artillery shells landed in the orchards near Kalar.');
    expect(found.perpetrators).toContain('force:turkish-armed-forces');
    expect(found.targets).not.toContain('force:turkish-armed-forces');
  });
});

describe('the side an attack is blamed on (dev14)', () => {
  it('takes "an attack that the directorate blamed on the Turkish army" for the army\'s, not an attack on it', () => {
    const found = roles('A drone struck a car near Kalar on Wednesday, in an attack that the directorate blamed on the Turkish army.');
    expect(found.perpetrators).toContain('force:turkish-armed-forces');
    expect(found.targets).not.toContain('force:turkish-armed-forces');
  });
});
