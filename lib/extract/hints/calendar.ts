/**
 * Calendar arithmetic for resolving event dates against a reference (usually publication) date.
 *
 * Dates are local-time `Date`s at midnight built from y/m/d parts and printed from their parts, so
 * no time zone ever shifts a day: "2023-01-03" stays the 3rd wherever the extension runs. A `Day`
 * string is always `YYYY-MM-DD`.
 */
import { addDays, getDay, previousDay, startOfWeek, subDays, subMonths, type Day as WeekdayIndex } from 'date-fns';

/** A calendar day as `YYYY-MM-DD`. */
export type Day = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Midnight (local) of a valid y/m/d, or null for impossible dates such as Feb 30. */
export function makeDate(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(year, month - 1, day);
  // Date rolls Feb 30 into March; a roll means the text named a day that does not exist.
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d;
}

/**
 * The calendar day of `published` (`YYYY-MM-DD` or an ISO timestamp). The date part is read as
 * written: a timestamp's own offset is the newsroom's, and converting it to the reader's zone
 * would move late-evening stories to the next day.
 */
export function parseDay(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = ISO_DAY.exec(published.trim());
  return m ? makeDate(+m[1], +m[2], +m[3]) : null;
}

/** `YYYY-MM-DD` of a date. */
export function formatDay(d: Date): Day {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * The latest `month`/`day` not after `ref`: news reports the past, so "Dec. 31" read on
 * 2023-01-03 is 2022-12-31. Feb 29 goes back to the last leap year.
 */
export function latestMonthDay(month: number, day: number, ref: Date): Date | null {
  for (let year = ref.getFullYear(), tries = 0; tries < 8; year--, tries++) {
    const d = makeDate(year, month, day);
    if (d && d.getTime() <= ref.getTime()) return d;
    if (!d && (month !== 2 || day !== 29)) return null; // impossible in every year
  }
  return null;
}

/**
 * The most recent `weekday` (0 = Sunday) on or before `ref`, or strictly before it when `strict`
 * ("last Tuesday" read on a Tuesday means a week ago; "on Tuesday" means that day).
 */
export function weekdayOnOrBefore(weekday: number, ref: Date, strict = false): Date {
  if (!strict && getDay(ref) === weekday) return ref;
  return previousDay(ref, weekday as WeekdayIndex);
}

/** `ref` moved by `days` (negative: earlier). */
export function shiftDays(ref: Date, days: number): Date {
  return days < 0 ? subDays(ref, -days) : addDays(ref, days);
}

/**
 * "last week": the Thursday of the previous Monday-to-Sunday week. The middle of that week is at
 * most three days from whichever day the text meant, which a matcher's date window absorbs.
 */
export function lastWeek(ref: Date): Date {
  return subDays(startOfWeek(ref, { weekStartsOn: 1 }), 4);
}

/** "earlier this week": halfway between this week's Monday and `ref`. */
export function earlierThisWeek(ref: Date): Date {
  const monday = startOfWeek(ref, { weekStartsOn: 1 });
  const span = Math.round((ref.getTime() - monday.getTime()) / 86_400_000);
  return addDays(monday, Math.floor(span / 2));
}

/** "last month": the 15th of the previous month, the middle of the span the phrase covers. */
export function lastMonth(ref: Date): Date {
  const d = subMonths(ref, 1);
  return new Date(d.getFullYear(), d.getMonth(), 15);
}

/** "earlier this month": halfway between the 1st and `ref`. */
export function earlierThisMonth(ref: Date): Date {
  return new Date(ref.getFullYear(), ref.getMonth(), 1 + Math.floor((ref.getDate() - 1) / 2));
}

/** `ref` moved back by whole months ("a month ago"), clamped to the month's last day. */
export function monthsBefore(ref: Date, months: number): Date {
  return subMonths(ref, months);
}
