import { describe, expect, it } from 'vitest';
import {
  earlierThisMonth,
  earlierThisWeek,
  formatDay,
  lastMonth,
  lastWeek,
  latestMonthDay,
  makeDate,
  parseDay,
  shiftDays,
  weekdayOnOrBefore,
} from './calendar';

const day = (iso: string) => parseDay(iso)!;
const fmt = (d: Date | null) => (d ? formatDay(d) : null);

describe('parseDay', () => {
  it('reads a plain date and the date part of a timestamp as written', () => {
    expect(fmt(parseDay('2023-01-03'))).toBe('2023-01-03');
    // 23:30 at UTC-5 is already the next day in UTC; the newsroom's own day is the one printed.
    expect(fmt(parseDay('2023-01-03T23:30:00-05:00'))).toBe('2023-01-03');
    expect(fmt(parseDay('2023-01-03T01:00:00Z'))).toBe('2023-01-03');
  });

  it('refuses missing and malformed dates', () => {
    expect(parseDay(null)).toBeNull();
    expect(parseDay(undefined)).toBeNull();
    expect(parseDay('')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
    expect(parseDay('2023-02-30')).toBeNull();
    expect(parseDay('2023-13-01')).toBeNull();
  });
});

describe('makeDate', () => {
  it('refuses days that do not exist instead of rolling over', () => {
    expect(makeDate(2023, 2, 29)).toBeNull();
    expect(fmt(makeDate(2024, 2, 29))).toBe('2024-02-29');
    expect(makeDate(2023, 4, 31)).toBeNull();
    expect(makeDate(2023, 0, 1)).toBeNull();
  });
});

describe('latestMonthDay', () => {
  it('takes this year when the day is not after the reference', () => {
    expect(fmt(latestMonthDay(3, 16, day('2022-05-04')))).toBe('2022-03-16');
    expect(fmt(latestMonthDay(5, 4, day('2022-05-04')))).toBe('2022-05-04');
  });

  it('goes back a year when the day would be after the reference', () => {
    expect(fmt(latestMonthDay(12, 31, day('2023-01-03')))).toBe('2022-12-31');
    expect(fmt(latestMonthDay(5, 5, day('2022-05-04')))).toBe('2021-05-05');
  });

  it('finds the last leap year for Feb 29 and refuses impossible days', () => {
    expect(fmt(latestMonthDay(2, 29, day('2023-06-01')))).toBe('2020-02-29');
    expect(latestMonthDay(4, 31, day('2023-06-01'))).toBeNull();
  });
});

describe('weekdayOnOrBefore', () => {
  // 2022-04-08 was a Friday.
  const friday = day('2022-04-08');

  it('gives the publication day itself for its own weekday', () => {
    expect(fmt(weekdayOnOrBefore(5, friday))).toBe('2022-04-08');
  });

  it('gives the most recent earlier day for other weekdays', () => {
    expect(fmt(weekdayOnOrBefore(4, friday))).toBe('2022-04-07');
    expect(fmt(weekdayOnOrBefore(6, friday))).toBe('2022-04-02');
    expect(fmt(weekdayOnOrBefore(0, friday))).toBe('2022-04-03');
  });

  it('skips the reference day when strict ("last Friday")', () => {
    expect(fmt(weekdayOnOrBefore(5, friday, true))).toBe('2022-04-01');
  });

  it('crosses month and year boundaries', () => {
    // 2023-01-02 was a Monday; the Saturday before is New Year's Eve.
    expect(fmt(weekdayOnOrBefore(6, day('2023-01-02')))).toBe('2022-12-31');
  });
});

describe('spans', () => {
  it('resolves "last week" to the Thursday of the previous Monday-Sunday week', () => {
    // 2023-10-18 was a Wednesday; the previous week ran Oct 9-15.
    expect(formatDay(lastWeek(day('2023-10-18')))).toBe('2023-10-12');
    // From a Monday and from a Sunday the previous week is the same one.
    expect(formatDay(lastWeek(day('2023-10-16')))).toBe('2023-10-12');
    expect(formatDay(lastWeek(day('2023-10-22')))).toBe('2023-10-12');
  });

  it('resolves "earlier this week" between Monday and the reference', () => {
    expect(formatDay(earlierThisWeek(day('2023-10-20')))).toBe('2023-10-18'); // Fri → Wed
    expect(formatDay(earlierThisWeek(day('2023-10-16')))).toBe('2023-10-16'); // Monday itself
  });

  it('resolves "last month" to the 15th of the previous month, across a year', () => {
    expect(formatDay(lastMonth(day('2017-03-26')))).toBe('2017-02-15');
    expect(formatDay(lastMonth(day('2023-01-04')))).toBe('2022-12-15');
    expect(formatDay(lastMonth(day('2023-03-31')))).toBe('2023-02-15');
  });

  it('resolves "earlier this month" halfway from the 1st', () => {
    expect(formatDay(earlierThisMonth(day('2022-01-24')))).toBe('2022-01-12');
    expect(formatDay(earlierThisMonth(day('2022-01-01')))).toBe('2022-01-01');
  });

  it('shifts days across month ends', () => {
    expect(formatDay(shiftDays(day('2023-03-01'), -1))).toBe('2023-02-28');
    expect(formatDay(shiftDays(day('2022-12-31'), 1))).toBe('2023-01-01');
  });
});
