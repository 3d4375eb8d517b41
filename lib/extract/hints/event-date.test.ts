import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDay } from './calendar';
import { DATE_SOURCE, findDateMentions, isEventCandidate, resolveMention, type DateMention } from './event-date';
import { textWithRange } from '../test-arbitraries';

const mentions = (text: string) => findDateMentions(text, 0, text.length);
const phrase = (text: string, m: DateMention) => text.slice(m.start, m.end);

/** Resolves the first event-candidate mention of `text` against `published`. */
function resolveFirst(text: string, published: string | null): string | null {
  const m = mentions(text).find(isEventCandidate);
  if (!m) return null;
  return resolveMention(m.meaning, { published: parseDay(published) });
}

describe('findDateMentions: absolute dates', () => {
  const cases: [string, string, string][] = [
    ['The convoy was hit on March 16, 2022, near the river.', '2023-01-01', '2022-03-16'],
    ['Fighting resumed on 16 March 2022 at dawn.', '2023-01-01', '2022-03-16'],
    ['The list is dated 2017-03-17 in the archive.', '2023-01-01', '2017-03-17'],
    ['The strike came on the 23rd of May, residents recall.', '2023-07-01', '2023-05-23'],
    ['Two fishermen died on Sept. 4, 2019 off the coast.', '2023-07-01', '2019-09-04'],
    // A night over two days is dated by its first.
    ['The depot burned on the night of June 7-8, firefighters said.', '2023-07-01', '2023-06-07'],
  ];
  for (const [text, published, expected] of cases) {
    it(`reads "${text}"`, () => expect(resolveFirst(text, published)).toBe(expected));
  }

  it('keeps the phrase offsets exact', () => {
    const text = 'Shells fell on Dec. 31 and again later.';
    const [m] = mentions(text);
    expect(phrase(text, m)).toBe('Dec. 31');
  });
});

describe('findDateMentions: month and day without a year', () => {
  it('takes the latest such day not after publication', () => {
    expect(resolveFirst('The bridge collapsed on Dec. 31 after the blast.', '2023-01-03')).toBe('2022-12-31');
    expect(resolveFirst('The raid happened May 23, officials recall.', '2023-06-01')).toBe('2023-05-23');
    expect(resolveFirst('The raid happened 23 May, officials recall.', '2023-05-22')).toBe('2022-05-23');
  });

  it('gives no day without a publication date', () => {
    expect(resolveFirst('The bridge collapsed on Dec. 31.', null)).toBeNull();
  });

  it('does not read look-alikes as dates', () => {
    for (const text of [
      'She may 23 times have asked.',
      'The march 16 kilometres long ended at the square.',
      'Prices rose in March.',
      'In March 2022 the offensive began.',
      'A 2017 report counted 16,000 displaced.',
      'The meeting is at 10:30 in the hall.',
      'Turnout was 23.5 percent in May.',
      'A May 23-year-old record fell.',
    ]) {
      expect(mentions(text).filter(isEventCandidate), text).toEqual([]);
    }
  });
});

describe('findDateMentions: weekdays', () => {
  // 2022-04-08 was a Friday.
  it('resolves a weekday to the most recent such day on or before publication', () => {
    expect(resolveFirst('Two rockets hit the depot on Tuesday.', '2022-04-08')).toBe('2022-04-05');
    expect(resolveFirst('Two rockets hit the depot Friday.', '2022-04-08')).toBe('2022-04-08');
    expect(resolveFirst('Two rockets hit the depot on Saturday night.', '2022-04-08')).toBe('2022-04-02');
    expect(resolveFirst('The depot burned Tuesday night.', '2022-04-08')).toBe('2022-04-05');
  });

  it('reads "last Friday" as the week before when published on a Friday', () => {
    expect(resolveFirst('The depot burned last Friday.', '2022-04-08')).toBe('2022-04-01');
    expect(resolveFirst('The depot burned last Tuesday.', '2022-04-08')).toBe('2022-04-05');
  });

  it('never takes "next Tuesday" or plural weekdays as the event', () => {
    expect(resolveFirst('Talks resume next Tuesday.', '2022-04-08')).toBeNull();
    expect(resolveFirst('Markets close on Sundays.', '2022-04-08')).toBeNull();
  });
});

describe('findDateMentions: relative to publication', () => {
  const cases: [string, string, string | null][] = [
    ['A car bomb exploded yesterday in the market.', '2023-10-18', '2023-10-17'],
    ['A car bomb exploded last night in the market.', '2023-10-18', '2023-10-17'],
    ['A car bomb exploded the day before yesterday.', '2023-10-18', '2023-10-16'],
    ['A car bomb exploded earlier today.', '2023-10-18', '2023-10-18'],
    ['A car bomb exploded this morning.', '2023-10-18', '2023-10-18'],
    ['A car bomb exploded two days ago.', '2023-10-18', '2023-10-16'],
    ['A car bomb exploded a week ago.', '2023-10-18', '2023-10-11'],
    ['A car bomb exploded 3 weeks ago.', '2023-10-18', '2023-09-27'],
    ['A car bomb exploded a month ago.', '2023-10-18', '2023-09-18'],
    ['A car bomb exploded last week.', '2023-10-18', '2023-10-12'],
    ['A car bomb exploded earlier this week.', '2023-10-20', '2023-10-18'],
    ['A car bomb exploded last month.', '2017-03-26', '2017-02-15'],
    ['A car bomb exploded earlier this month.', '2022-01-24', '2022-01-12'],
    // Plain "today" is left out: in totals it means "as of now" more often than the event's day.
    ['Our losses today stand at 300.', '2022-09-21', null],
  ];
  for (const [text, published, expected] of cases) {
    it(`reads "${text}" published ${published}`, () => expect(resolveFirst(text, published)).toBe(expected));
  }

  it('needs a publication date', () => {
    expect(resolveFirst('A car bomb exploded yesterday.', null)).toBeNull();
    expect(resolveFirst('The depot burned on Tuesday.', null)).toBeNull();
  });
});

describe('findDateMentions: holidays', () => {
  it('resolves New Year’s Eve and Day and Christmas to the latest such day', () => {
    expect(resolveFirst('Rockets struck the barracks on New Year’s Eve.', '2023-01-03')).toBe('2022-12-31');
    expect(resolveFirst("Rockets struck the barracks on New Year's Eve.", '2022-12-31')).toBe('2022-12-31');
    expect(resolveFirst("Rockets struck the barracks on New Year's Day.", '2023-01-03')).toBe('2023-01-01');
    expect(resolveFirst('A gunman opened fire on Christmas Day.', '2021-12-27')).toBe('2021-12-25');
    expect(resolveFirst('A gunman opened fire on Christmas Eve.', '2021-12-27')).toBe('2021-12-24');
  });
});

describe('findDateMentions: dates that are not the event’s', () => {
  const notEvent = (text: string) => mentions(text).filter((m) => m.meaning.type !== 'period' && m.not);

  it('marks statement dates', () => {
    for (const text of [
      'The ministry said on Friday that nine soldiers died.',
      'The ministry said Friday that nine soldiers died.',
      'The ministry on Friday said nine soldiers died.',
      'The army on Wednesday has denied any role.',
      'The ministry said in a statement on Friday that nine soldiers died.',
    ]) {
      const found = notEvent(text);
      expect(found.length, text).toBe(1);
      expect(found[0].not, text).toBe('statement');
    }
  });

  it('marks the date of a revised toll as the statement’s', () => {
    for (const text of [
      'The death toll from the landslide rose to 31 on Thursday.',
      'Officials raised the number of dead from eight to 14 late on Sunday.',
      'The count of victims stood at 27 on Monday.',
      'Of the 80 dead, according to the tally published by the health office on Sunday, 30 were children.',
    ]) {
      const found = notEvent(text);
      expect(found.length, text).toBe(1);
      expect(found[0].not, text).toBe('statement');
    }
    // The event's own date is kept.
    expect(notEvent('Floods rose through the town on Thursday, and 31 people died.')).toEqual([]);
  });

  it('marks the page’s own dates as labels', () => {
    for (const text of ['Published on March 3, 2022.', 'Updated Dec. 31 at noon.', 'Last modified: 2022-03-04']) {
      const found = notEvent(text);
      expect(found.length, text).toBe(1);
      expect(found[0].not, text).toBe('label');
    }
  });

  it('marks a date fronting its sentence before "<subject> said"', () => {
    for (const text of [
      'On 2 January, the ministry revealed that 63 soldiers died.',
      'Earlier Sunday, the Iraqi military said 61 bodies were found.',
      'The strike was confirmed. On Friday the regional governor said nine died.',
    ]) {
      expect(mentions(text).filter(isEventCandidate), text).toEqual([]);
    }
    for (const text of [
      'On Friday, a shell killed two people, police said.',
      'On 1 January, rockets hit the barracks where 63 soldiers slept, the ministry said.',
      'Rescuers said nine died on Friday, the governor said.',
    ]) {
      expect(mentions(text).filter(isEventCandidate).length, text).toBe(1);
    }
  });

  it('keeps event dates that only sit near a reporting verb', () => {
    const text = 'Officials said nine soldiers died on Friday in the shelling.';
    expect(mentions(text).filter(isEventCandidate).length).toBe(1);
  });

  it('marks datelines', () => {
    const text = 'KHARKIV, Ukraine, 25 Mar Rescuers pulled nine bodies from the rubble.';
    expect(mentions(text)[0].not).toBe('label');
    const wire = 'AMMAN (Wire Service - 22nd January, 2022) The prison was hit at night.';
    expect(mentions(wire)[0].not).toBe('label');
  });

  it('does not take a sentence opening for a dateline', () => {
    const text = 'On Tuesday, March 15, a missile hit the depot.\nIn the morning, 3 May, shells fell.';
    expect(mentions(text).map((m) => m.not)).toEqual([undefined, undefined, undefined]);
  });

  it('links a range and marks its end', () => {
    const text = 'Deaths counted from Sept. 20 to Dec. 31, 2017 reached 900.';
    const [start, end] = mentions(text);
    expect(end.not).toBe('range-end');
    expect(start.rangeEnd).toBe(end);
  });

  it('reads "since" as a period, strong when a year or the war’s start follows', () => {
    const strong = mentions('More than 500,000 people have died since 2011.');
    expect(strong[0].meaning).toEqual({ type: 'period', strong: true });
    const war = mentions('Thousands have died since the war began.');
    expect(war[0].meaning).toEqual({ type: 'period', strong: true });
    const weak = mentions('Nobody has been seen since.');
    expect(weak[0].meaning).toEqual({ type: 'period', strong: false });
  });
});

describe('resolveMention: relative to another date', () => {
  it('counts from the anchor, else from publication', () => {
    const [m] = mentions('The strike the previous day killed 70.');
    const published = parseDay('2022-01-22');
    expect(resolveMention(m.meaning, { published })).toBe('2022-01-21');
    expect(resolveMention(m.meaning, { published, anchor: parseDay('2022-01-10') })).toBe('2022-01-09');
    const [later] = mentions('Two more bodies were found a day later.');
    expect(resolveMention(later.meaning, { published, anchor: parseDay('2022-01-10') })).toBe('2022-01-11');
    const [n] = mentions('The convoy had left three days earlier.');
    expect(resolveMention(n.meaning, { published })).toBe('2022-01-19');
  });

  it('uses a year hint only for a yearless month and day', () => {
    const [md] = mentions('The base was shelled on December 31.');
    expect(resolveMention(md.meaning, { published: null, yearHint: parseDay('2018-01-04') })).toBe('2017-12-31');
    const [wd] = mentions('The base was shelled on Sunday.');
    expect(resolveMention(wd.meaning, { published: null, yearHint: parseDay('2018-01-04') })).toBeNull();
  });
});

describe('findDateMentions: scale', () => {
  it('scans a long text without date phrases quickly and linearly', () => {
    const text = 'The council met and discussed the budget for the coming year at length. '.repeat(20_000);
    const t0 = performance.now();
    expect(mentions(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('survives pathological runs of near-matches', () => {
    const text = `${'May '.repeat(50_000)}${'1'.repeat(50_000)} ${'since '.repeat(20_000)}`;
    const t0 = performance.now();
    mentions(text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('findDateMentions: the scan', () => {
  // The scan tries the date regex only where its first word can start a phrase; it must find
  // exactly what the regex finds when tried everywhere. Texts mix phrases the regex describes
  // (generated from it, without the assertions fast-check cannot generate from), its words in
  // every case, numbers of every shape and the characters around them.
  const everywhere = new RegExp(`\\b(?:${DATE_SOURCE})`, 'g');
  const generable = DATE_SOURCE.replace(/\\b/g, '')
    .replace(/\(\?!(?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/\(\?<\w+>/g, '(?:');
  const phrase = fc.stringMatching(new RegExp(`^(?:${generable})$`));
  const words = [...new Set(DATE_SOURCE.match(/[A-Za-z]+/g))].flatMap((w) => [w, w.toLowerCase(), w[0].toUpperCase() + w.slice(1)]);
  const numbers = ['5', '05', '23', '000', '2022', '1999', '12-', '1st', '2nd', '23rd', '4th', '5a', '123', 'x', 'said'];
  const separators = [' ', ' ', ' ', '\u00a0', ', ', '. ', '-', "'", '’', '_', '\n', ''];
  const piece = fc
    .tuple(fc.oneof(phrase, fc.constantFrom(...words, ...numbers)), fc.constantFrom(...separators))
    .map(([w, sep]) => w + sep);

  it('finds what the regex finds at every position', () => {
    fc.assert(
      fc.property(textWithRange(piece, 8), ({ text, from, to }) => {
        const expected = [...text.slice(from, to).matchAll(everywhere)].map((m) => [from + m.index, from + m.index + m[0].length]);
        expect(findDateMentions(text, from, to).map((m) => [m.start, m.end])).toEqual(expected);
      }),
      { numRuns: 10_000 },
    );
  });
});
