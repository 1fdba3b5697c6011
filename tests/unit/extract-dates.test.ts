import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/extract/dates.js';
import { isBackgroundDate, timeOf } from '../../src/extract/event-time.js';
import { read } from './extract-fixtures.js';

const PUBLISHED = '2023-01-17'; // a Tuesday

describe('dates against the publication date (error class 1)', () => {
  it('reads a possessive weekday as that day', () => {
    expect(resolveDates("Monday's attacks killed three soldiers.", PUBLISHED)[0]!.date).toBe('2023-01-16');
  });

  it('dates "a day after Sunday\'s bombing" by the bombing, not the day after', () => {
    expect(resolveDates("It came a day after Sunday's bombing in Kirkuk.", PUBLISHED)[0]!.date).toBe('2023-01-15');
  });

  it('reads a month and day chrono misses ("on the night of January 16")', () => {
    expect(resolveDates('On the night of January 16, militants attacked a post.', PUBLISHED)[0]!.date).toBe('2023-01-16');
    expect(resolveDates('on the evening of 15 January 2023', PUBLISHED)[0]!.date).toBe('2023-01-15');
  });

  it('puts a month and day without a year in the past', () => {
    expect(resolveDates('on December 30', PUBLISHED)[0]!.date).toBe('2022-12-30');
  });

  it('dates "the night of Saturday to Sunday" by the weekday told first, not the first of the week', () => {
    expect(resolveDates('Gunmen attacked a post on the night of Saturday to Sunday.', PUBLISHED)[0]!.date).toBe('2023-01-14');
    expect(resolveDates('Gunmen attacked a post on the night of Thursday to Friday.', PUBLISHED)[0]!.date).toBe('2023-01-12');
  });

  it('reads "at dawn today, Saturday" by the weekday when the outlet dated the story a day later', () => {
    expect(resolveDates('Iraqi jets struck hideouts at dawn today, Saturday, killing seven.', '2023-01-15').map((d) => d.date)).toEqual(['2023-01-14']);
    expect(resolveDates('Gunmen attacked the village yesterday (Friday) evening.', '2023-01-15').map((d) => d.date)).toEqual(['2023-01-13']);
  });

  it('reads "earlier this week" as the seven days ending on publication, not a week starting on it', () => {
    expect(resolveDates('Gunmen killed two soldiers earlier this week.', PUBLISHED)).toMatchObject([{ date: '2023-01-11', precision: 'WEEK' }]);
    expect(resolveDates('The minister will visit Kirkuk later this week.', PUBLISHED)).toEqual([]);
  });

  it('reads "last Thursday" as the latest Thursday, not one a week earlier', () => {
    expect(resolveDates('Gunmen attacked the village last Thursday.', PUBLISHED)[0]!.date).toBe('2023-01-12');
  });

  it('marks a bare year as background ("the 2019 protest movement")', () => {
    const [d] = resolveDates('one of the centres of the 2019 protest movement', PUBLISHED);
    expect(d!.precision).toBe('YEAR');
    expect(isBackgroundDate(d!, PUBLISHED)).toBe(true);
  });
});

describe('nights and days of the month', () => {
  it('dates "overnight" with no day named on the publication day, but not "an overnight attack"', () => {
    expect(resolveDates('A bomb exploded near a patrol overnight, killing two soldiers.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-17']);
    expect(resolveDates('Gunmen attacked a post shortly after midnight.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-17']);
    expect(resolveDates('The governor spoke after an overnight attack south of the city.', PUBLISHED)).toEqual([]);
  });

  it('dates "at dawn", "in the early hours" with no day named on publication, and "over the past 24 hours" too', () => {
    expect(resolveDates('Jets struck ISIS hideouts at dawn, killing seven.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-17']);
    expect(resolveDates('Gunmen attacked a post in the early hours, killing two.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-17']);
    expect(resolveDates('Police arrested 12 suspects over the past 24 hours.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-17']);
    expect(resolveDates('They arrested three suspects in a raid at dawn that day.', PUBLISHED)).toEqual([]);
    expect(resolveDates('Jets struck at dawn on Sunday.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-15']);
  });

  it('reads "Last year" as the year before publication, so what it dates is background', () => {
    expect(resolveDates('Last year, a similar attack in Baghdad killed three policemen.', PUBLISHED)).toMatchObject([{ date: '2022-01-01', precision: 'YEAR' }]);
  });

  it('reads "on the 11th" as that day of the month, or of the month before when it is later', () => {
    expect(resolveDates('The attack took place on the 11th.', PUBLISHED)[0]!.date).toBe('2023-01-11');
    expect(resolveDates('The attack took place on the 25th.', PUBLISHED)[0]!.date).toBe('2022-12-25');
    expect(resolveDates('They met on the 11th floor.', PUBLISHED)).toEqual([]);
    expect(resolveDates('Gunmen attacked a post on the evening of the 15th.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-15']);
    expect(resolveDates('the commander of the 15th Brigade', PUBLISHED)).toEqual([]);
  });
});

describe('the age of a device', () => {
  it('keeps a blast of "a landmine planted years ago by ISIS" a current event', () => {
    const { readings } = read('A shepherd was killed on Sunday when his flock strayed onto a landmine planted years ago by ISIS in Daquq district.');
    const r = readings[0]!;
    const at = r.sentence.text.indexOf('landmine');
    expect(timeOf(r, { start: at, end: at + 8 }, PUBLISHED)).toMatchObject({ background: false, date: { date: '2023-01-15' } });
  });
});

describe('numeric dates written day first', () => {
  it('reads "Tuesday 7/10/2025" as 7 October by its weekday, and a bare "3/4/2025" day first', () => {
    expect(resolveDates('It was carried out at 05:30 this morning, Tuesday 7/10/2025, in the desert.', '2025-10-07').map((d) => d.date)).toEqual(['2025-10-07']);
    expect(resolveDates('The attack on 3/4/2025 killed two.', '2025-04-05').map((d) => d.date)).toEqual(['2025-04-03']);
    expect(resolveDates('At exactly 05:05 this morning, Tuesday 16/1/2024, three drones were launched.', '2024-01-16').map((d) => d.date)).toEqual(['2024-01-16']);
  });
});

describe('numeric dates chrono leaves or misreads', () => {
  it('reads "on 10-1-2023", "on 10.1.2023", "on 2023-01-10" as a day, not as the bare year 2023', () => {
    for (const t of ['on 10-1-2023', 'on 10.1.2023', 'on 2023-01-10']) expect(resolveDates(`Gunmen killed two soldiers ${t}.`, PUBLISHED)).toMatchObject([{ date: '2023-01-10', precision: 'DAY' }]);
  });

  it('reads "on Tuesday 10/1" day first, in the latest year not after publication', () => {
    expect(resolveDates('Gunmen killed two soldiers on Tuesday 10/1.', PUBLISHED).map((d) => d.date)).toEqual(['2023-01-10']);
  });
});

describe('a sentence that only sets the day', () => {
  it('dates the undated report after it in the same paragraph ("Anger spilled onto the streets on Thursday. Hundreds protested ...")', async () => {
    const { framesOf } = await import('../../src/extract/frames.js');
    const { ctx, readings } = read('Anger spilled onto the streets on Thursday. Several hundred people protested outside the embassy in Baghdad.', '2023-01-20');
    const found = readings.flatMap((r, i) => framesOf(r, ctx, readings[i - 1]));
    expect(found.map((f) => `${f.type} ${f.time.date?.date}`)).toEqual(['PEACEFUL_PROTEST 2023-01-19']);
  });
});

describe('the time of an event', () => {
  const first = (text: string, published = PUBLISHED) => {
    const { readings } = read(text, published);
    const r = readings[0]!;
    const at = text.search(/attack|bomb|killed|stormed|toll/);
    return timeOf(r, { start: at, end: at + 5 }, published);
  };

  it('ignores the day something was said', () => {
    expect(first('Gunmen stormed a checkpoint late Saturday, an official said on Monday.', '2023-01-16').date!.date).toBe('2023-01-14');
  });

  it('ignores the day a toll was updated', () => {
    const t = first('The toll from the bombing rose to seven on Thursday.', '2023-01-19');
    expect(t.date).toBeNull();
  });

  it('ignores the day of a diplomatic act ("summoned the ambassador on Monday to protest the attack early Sunday")', () => {
    const text = "Iraq summoned Iran's ambassador on Monday to protest the attack early Sunday.";
    expect(first(text, '2023-01-16').date!.date).toBe('2023-01-15');
  });

  it('keeps the day of a verb of reporting that is the event itself ("Returnees protested on Saturday")', () => {
    const text = 'Returnees protested on Saturday in front of the district building in Kirkuk.';
    const { readings } = read(text, '2023-01-16');
    const at = text.indexOf('protested');
    expect(timeOf(readings[0]!, { start: at, end: at + 9 }, '2023-01-16').date!.date).toBe('2023-01-14');
  });

  it('takes the day of a report told before the event it reports as a bound, not as the event\'s day ("announced on Friday the arrest", "condemned on Thursday the attack")', () => {
    const arrest = 'In Anbar, the police announced on Friday the arrest of four suspects in the desert.';
    const { readings } = read(arrest, '2023-01-14');
    const at = arrest.indexOf('arrest of');
    const t = timeOf(readings[0]!, { start: at, end: at + 6 }, '2023-01-14');
    expect(t.date).toBeNull();
    expect(t.reported!.date).toBe('2023-01-13');
    expect(first('The governor condemned on Thursday the attack on a police post.', '2023-01-19').date).toBeNull();
    // "..., police said on Tuesday" after the event bounds nothing.
    const after = 'Two men were abducted in Daquq, police said on Tuesday.';
    const r2 = read(after, '2023-01-17').readings[0]!;
    expect(timeOf(r2, { start: after.indexOf('abducted'), end: after.indexOf('abducted') + 8 }, '2023-01-17').reported).toBeUndefined();
  });

  it('counts habitual or old reports as background', () => {
    expect(first('Militants have attacked the villages for years.').background).toBe(true);
    expect(first('In 2014, militants attacked the town.').background).toBe(true);
  });

  it('reads "the same night" relative to the incident before', () => {
    const t = first('In a separate attack on the same night, gunmen wounded a guard.');
    expect(t.date).toBeNull();
    expect(t.relative).toBe(0);
  });
});

describe('months and weeks without a day', () => {
  it('reads a month without a year as the latest such month not after publication', () => {
    const found = resolveDates('Ten fighters were killed in attacks in November and December, and another in January.', PUBLISHED);
    expect(found.map((d) => `${d.date}/${d.precision}`)).toEqual(['2022-11-01/MONTH', '2022-12-01/MONTH', '2023-01-01/MONTH']);
    expect(resolveDates('It may happen again, officials said.', PUBLISHED)).toEqual([]);
  });

  it('reads "last week" as the calendar week (Monday to Sunday) before the publication\'s', () => {
    expect(resolveDates('Last week, a shepherd was killed by a landmine.', PUBLISHED).map((d) => `${d.date}/${d.precision}`)).toEqual(['2023-01-09/WEEK']);
  });
});

describe('anniversaries', () => {
  it('makes the incident an anniversary recalls background', () => {
    const { readings } = read('The killing came a day after the fourth anniversary of the US strike near Baghdad airport that killed two commanders.', PUBLISHED);
    const r = readings[0]!;
    const at = r.sentence.text.indexOf('strike');
    expect(timeOf(r, { start: at, end: at + 6 }, PUBLISHED).background).toBe(true);
  });
});

describe('a past date in an aside of the sentence', () => {
  const timeOfFirst = (text: string, word: string) => {
    const { readings } = read(text, PUBLISHED);
    const r = readings[0]!;
    const start = r.sentence.text.indexOf(word);
    return timeOf(r, { start, end: start + word.length }, PUBLISHED);
  };

  it('leaves the arrest current when a later aside recalls a suspect\'s past ("..., adding that one of them had been a member until 2019")', () => {
    const t = timeOfFirst('The Federal Police announced on Friday the arrest of three suspects in a raid on a village west of Hawija, adding that one of them had been a member of ISIS until 2019.', 'arrest');
    expect(t.background).toBe(false);
    expect(t.reported?.date).toBe('2023-01-13');
  });

  it('still dates a toll told after the year it belongs to ("the 2019 protest movement, during which around 600 people were killed")', () => {
    expect(timeOfFirst('Nasiriyah was one of the centres of the 2019 protest movement, during which around 600 people were killed.', 'killed').background).toBe(true);
  });
});

describe('a month of last year', () => {
  it('reads "In January last year" and "last January" told in January as the year before', () => {
    expect(resolveDates('In January last year, a bomb killed two soldiers.', PUBLISHED)[0]!.date).toBe('2022-01-01');
    expect(resolveDates('In September of last year, missiles struck the camp.', '2019-09-25')[0]!.date).toBe('2018-09-01');
    expect(resolveDates('Last January, a bomb killed two soldiers.', PUBLISHED)[0]!.date).toBe('2022-01-01');
    expect(resolveDates('In early January, a bomb killed two soldiers.', PUBLISHED)[0]!.date).toBe('2023-01-01');
  });
});

describe('a duration before an event', () => {
  it('reads "watched for a week before our aircraft struck it" as no date, "A week before," as one', () => {
    expect(resolveDates('The cave had been watched for a week before our aircraft struck it.', PUBLISHED)).toEqual([]);
    expect(resolveDates('A week before, a bomb killed two soldiers.', PUBLISHED)[0]!.date).toBe('2023-01-10');
  });
});

describe('a past told of the object after a dated event', () => {
  const timeOfWord = (text: string, word: string) => {
    const { readings } = read(text, PUBLISHED);
    const r = readings[0]!;
    const start = r.sentence.text.indexOf(word);
    return timeOf(r, { start, end: start + word.length }, PUBLISHED);
  };

  it('keeps "On Sunday, 250 men held a sit-in to demand the compensation promised three years ago" current', () => {
    const t = timeOfWord('On Sunday, about 250 men held a sit-in outside the municipality to demand the compensation that Baghdad promised three years ago.', 'sit-in');
    expect(t.background).toBe(false);
    expect(t.date?.date).toBe('2023-01-15');
    expect(timeOfWord('Years ago, gunmen held a sit-in outside the municipality.', 'sit-in').background).toBe(true);
  });
});

describe('the day a wounded victim died (dev14)', () => {
  const at = (text: string, word: string, published: string) => {
    const { readings } = read(text, published);
    const i = text.indexOf(word);
    return timeOf(readings[0]!, { start: i, end: i + word.length }, published);
  };

  it('does not date the shelling by the night a boy it wounded died', () => {
    const text = "A boy wounded when Iranian artillery fire hit his village died overnight, officials said, raising the toll from Saturday's shelling to one dead.";
    expect(at(text, 'artillery', '2023-01-16').date!.date).toBe('2023-01-14');
  });

  it('does not date the attack by "died on Monday of wounds sustained in" it, nor by "died of his wounds on Monday after"', () => {
    expect(at('Two more people died on Monday of wounds sustained in a bomb attack in Kirkuk.', 'bomb', '2023-01-17').date).toBeNull();
    expect(at('A policeman died of his wounds on Monday after gunmen attacked his checkpoint.', 'attacked', '2023-01-17').date).toBeNull();
    expect(at('A soldier succumbed on Monday to wounds he sustained in an attack on his post.', 'attack', '2023-01-17').date).toBeNull();
  });

  it('still dates an attack whose victims died in it', () => {
    expect(at('Two soldiers died on Sunday when a roadside bomb struck their patrol.', 'bomb', '2023-01-17').date!.date).toBe('2023-01-15');
  });
});

describe('an event told a set time before the day of the sentence', () => {
  const at = (text: string, word: string) => {
    const { readings } = read(text, '2023-01-17');
    const i = text.indexOf(word);
    return timeOf(readings[0]!, { start: i, end: i + word.length }, '2023-01-17').date?.date;
  };

  it('dates "A day after gunmen killed ..., police arrested ... on Monday" and "..., two days after a bomb killed ..." back from Monday', () => {
    const lead = 'A day after gunmen killed two soldiers in Daquq, police arrested three suspects on Monday.';
    expect(at(lead, 'killed')).toBe('2023-01-15');
    expect(at(lead, 'arrested')).toBe('2023-01-16');
    expect(at('Police arrested three suspects on Monday, two days after a roadside bomb killed two soldiers.', 'bomb')).toBe('2023-01-14');
    expect(at('Police arrested three suspects on Monday, hours after a roadside bomb killed two soldiers.', 'bomb')).toBe('2023-01-16');
  });

  it('keeps the day the "after" clause names itself ("a day after Sunday\'s bombing")', () => {
    expect(at("Police arrested three suspects on Tuesday, a day after Sunday's bombing in Daquq.", 'bombing')).toBe('2023-01-15');
  });
});

describe('the day of a claim or a funeral', () => {
  it('does not date the attack by "claimed responsibility on Tuesday for" it, nor by "Funeral prayers were held on Tuesday for" its dead', () => {
    const at = (text: string, word: string) => {
      const { readings } = read(text, '2023-01-17');
      const i = text.indexOf(word);
      return timeOf(readings[0]!, { start: i, end: i + word.length }, '2023-01-17').date;
    };
    expect(at('ISIS claimed responsibility on Tuesday for an attack that killed four soldiers in Daquq.', 'attack')).toBeNull();
    expect(at('Funeral prayers were held on Tuesday for four soldiers killed in an ambush in Daquq.', 'ambush')).toBeNull();
  });
});

describe('a weekday a count starts from', () => {
  const at = (text: string, word: string) => {
    const { readings } = read(text, '2023-01-17');
    const i = text.indexOf(word);
    return timeOf(readings[0]!, { start: i, end: i + word.length }, '2023-01-17').date?.date;
  };

  it('keeps "killed in the deadliest attack since 2021" a current event, undated, not one of a period', () => {
    const text = 'Five soldiers were killed in Daquq in the deadliest attack since 2021.';
    const { readings } = read(text, '2023-01-17');
    const i = text.indexOf('killed');
    expect(timeOf(readings[0]!, { start: i, end: i + 6 }, '2023-01-17')).toMatchObject({ date: null, background: false });
  });

  it('does not date "the third attack since Friday" by Friday, but dates "since Friday\'s bombing" the bombing', () => {
    expect(at('It was the third attack since Friday, an officer said.', 'attack')).toBeUndefined();
    expect(at("A bomb killed two soldiers in Daquq, the first attack since Friday's bombing in Kirkuk.", 'killed')).toBeUndefined();
    expect(at("A bomb killed two soldiers in Daquq, the first attack since Friday's bombing in Kirkuk.", 'bombing')).toBe('2023-01-13');
  });
});

describe('a toll since the start of the year (dev14)', () => {
  it('reads "Raids have killed at least nine civilians since the start of the year" as background', () => {
    const text = 'Raids on the subdistrict have killed at least nine civilians since the start of the year, according to local officials.';
    const { readings } = read(text, '2023-01-17');
    const i = text.indexOf('killed');
    expect(timeOf(readings[0]!, { start: i, end: i + 6 }, '2023-01-17').background).toBe(true);
  });
});
