/**
 * Statements, round 5: how reports name a speaker they do not name in the speaking sentence itself.
 * - a bare title ("The mayor urged ...", '..." the spokesman said') points back at the person the article gave it to;
 * - "according to a statement from X" (or "by the division", "from the group") makes X the speaker of what is reported;
 * - "According to Name, a member of ..." introduces a person, as "said Name, a ..." does;
 * - "the brigade's commander, Name," introduces a person whose body is told by a common noun;
 * - "Name of the <known party>" is a person of that body, not a body named after them.
 * Sentences written for these tests, several wordings each.
 */
import { describe, expect, it } from 'vitest';
import { extract, ref } from './extract-fixtures.js';

function statements(text: string): string[] {
  return extract(text).statements.map((s) => `${ref(s.speaker)} ${s.stance}${s.toward.length ? ` -> ${s.toward.map(ref).join(',')}` : ''}`);
}

const EVENT = 'Gunmen killed three farmers near Muqdadiya on Monday night. ';

describe('a bare title points back at the person who holds it', () => {
  it('reads "The mayor urged" as the mayor named before with the title before the name', () => {
    const lines = statements(`${EVENT}Muqdadiya mayor Karim Hassan Obeidi said the victims were unarmed. The mayor urged the Federal Police to send patrols to the orchards.`);
    expect(lines).toContain('person:karim-hassan-obeidi CALL_FOR_ACTION -> force:federal-police');
  });

  it('reads "The mayor called on" as the person given the title in an apposition', () => {
    const lines = statements(`${EVENT}"They came at night," Salim Jabbar Khalaf, the mayor of Muqdadiya, told reporters. The mayor called on the Iraqi Army to "clear the orchards before the harvest."`);
    expect(lines).toContain('person:salim-jabbar-khalaf CALL_FOR_ACTION -> force:iraqi-army');
  });

  it('reads "The governor condemned" after a titled governor, with another person named between', () => {
    const lines = statements(`${EVENT}Diyala Governor Adnan Faleh Zubaidi visited the families. A farmer, Hadi Salman Obeid, said the fields were burning. The governor condemned the killing.`);
    expect(lines).toContain('person:adnan-faleh-zubaidi CONDEMNATION');
    expect(lines.some((l) => l.startsWith('person:hadi-salman-obeid CONDEMNATION'))).toBe(false);
  });

  it('gives nothing to a title no person of the article holds', () => {
    const lines = statements(`${EVENT}The mayor condemned the killing.`);
    expect(lines.some((l) => l.includes('CONDEMNATION'))).toBe(false);
  });
});

describe('"according to a statement from X" makes X the speaker', () => {
  it('gives a condemnation in a relative clause to the named group whose statement is reported', () => {
    const lines = statements(`A Turkish drone struck a car near Amedi on Monday, killing two PKK members, according to a statement from the group, which condemned the strike as "a crime".`);
    expect(lines).toContain('org:pkk CONDEMNATION');
  });

  it("gives an arrest told on a force's statement to that force as its claim", () => {
    const lines = statements(`The Asayish arrested four suspected ISIS members in a raid on a house in Kalar on Tuesday, according to a statement from the Asayish.`);
    expect(lines).toContain('force:asayish CLAIM_OF_RESPONSIBILITY');
  });

  it('reads "a statement issued by the service" as the body named before in the sentence', () => {
    const lines = statements(`In Baqubah, the Counter-Terrorism Service arrested two wanted men on Sunday, according to a statement issued by the service.`);
    expect(lines).toContain('force:cts CLAIM_OF_RESPONSIBILITY');
  });

  it('does not take a statement someone else reports on ("according to figures") for one', () => {
    const lines = statements(`${EVENT}The attacks killed 40 people last year, according to figures from the Iraqi Army.`);
    expect(lines).toEqual([]);
  });
});

describe('people introduced by the words around their name', () => {
  it('reads "According to Name, a member of ..." as a person, and the surname and "He" after it as that person', () => {
    const lines = statements(`${EVENT}According to Hawre Aziz Rasul, a member of the local council, the gunmen came in two cars. "We buried them this morning," Rasul told reporters. He condemned the attack and called on the Federal Police to protect the farms.`);
    expect(lines).toContain('person:hawre-aziz-rasul CONDEMNATION');
    expect(lines).toContain('person:hawre-aziz-rasul CALL_FOR_ACTION -> force:federal-police');
  });

  it('reads "the brigade\'s commander, Name," as a person, whom the surname then names', () => {
    const batch = extract(`${EVENT}Residents blamed the brigade's commander, Sabah Qadir Mirza, for the checkpoints. Mirza told reporters the road would stay closed and called on the Iraqi Army to withdraw.`);
    expect(batch.entities.map((e) => e.id)).toContain('person:sabah-qadir-mirza');
    expect(batch.statements.map((s) => `${ref(s.speaker)} ${s.stance}`)).toContain('person:sabah-qadir-mirza CALL_FOR_ACTION');
  });

  it('reads "Name of the <known body>" as a person of that body, not a body of that name', () => {
    const batch = extract(`${EVENT}Dara Omar Faraj of the Popular Mobilization Forces said the gunmen had fled toward the river.`);
    const ids = batch.entities.map((e) => e.id);
    expect(ids).toContain('person:dara-omar-faraj');
    expect(ids.some((id) => id.includes('dara-omar-faraj-of'))).toBe(false);
  });

  it('keeps a body whose name has "of" after its head ("the Ministry of ...")', () => {
    const batch = extract(`${EVENT}The Ministry of Martyrs of the Popular Mobilization Forces condemned the attack.`);
    expect(batch.entities.some((e) => e.kind === 'Person')).toBe(false);
  });
});

describe('an order is a call on whom it names', () => {
  it('reads "ordered the arrest of" and "directed the dismissal of" as calls', () => {
    expect(statements(`${EVENT}Diyala Governor Adnan Faleh Zubaidi ordered the arrest of the checkpoint commander.`).some((l) => l.startsWith('person:adnan-faleh-zubaidi CALL_FOR_ACTION'))).toBe(true);
    expect(statements(`${EVENT}Diyala Governor Adnan Faleh Zubaidi directed the dismissal of the district police chief.`).some((l) => l.startsWith('person:adnan-faleh-zubaidi CALL_FOR_ACTION'))).toBe(true);
  });

  it('reads "ordered <a titled person of four words> to travel" as a call', () => {
    expect(statements(`${EVENT}Diyala Governor Adnan Faleh Zubaidi ordered Police Chief Brigadier Hamid Sabri to travel to Muqdadiya.`).some((l) => l.startsWith('person:adnan-faleh-zubaidi CALL_FOR_ACTION'))).toBe(true);
  });

  it('does not read an order told in the passive, with no one ordering named, as a statement', () => {
    expect(statements(`${EVENT}The shops were ordered closed by noon.`)).toEqual([]);
  });
});

describe('an accusation in the accuser\'s quoted words', () => {
  it('reads "accused X of \\"...ing\\"" and "blamed \\"...\\"" as an accusation (OTHER)', () => {
    expect(statements(`${EVENT}The Iraqi Army accused the gunmen of "hiding among the shepherds" near the river.`)).toContain('force:iraqi-army OTHER');
    expect(statements(`${EVENT}The Popular Mobilization Forces blamed "outlaw groups working for foreign parties".`)).toContain('force:pmf OTHER');
    expect(statements(`${EVENT}The Popular Mobilization Forces blamed what it called "the remnants of Daesh".`)).toContain('force:pmf OTHER');
  });

  it('leaves an accusation of no one\'s words ("men accused of ...") and a plain blame of a thing alone', () => {
    expect(statements(`${EVENT}Police arrested two men accused of "smuggling weapons" across the border.`).some((l) => l.includes(' OTHER'))).toBe(false);
  });
});

describe('a denial that a body had anything to do with it', () => {
  it('reads "the brigade had \\"nothing to do with\\"" and "they have no connection with" as denials', () => {
    expect(statements(`${EVENT}A spokesman for the Popular Mobilization Forces said the group had "nothing to do with the shooting".`)).toContain('force:pmf DENIAL');
    expect(statements(`${EVENT}The Popular Mobilization Forces said they have no connection with the gunmen.`)).toContain('force:pmf DENIAL');
  });

  it('does not read a thing having nothing to do with another as a denial', () => {
    expect(statements(`${EVENT}Residents said the dispute has nothing to do with land.`).some((l) => l.includes('DENIAL'))).toBe(false);
  });
});
