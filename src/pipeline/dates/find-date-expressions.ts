import * as chrono from "chrono-node";
import type { DatePrecision } from "../../model/timeline";
import { addDays, parseDay, toDay, weekdayOf } from "./calendar";

export interface DateExpression {
  /** Offsets into the text that was searched. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: Exclude<DatePrecision, "unknown">;
  /** stated: the text gives the calendar date; relative: read against the reference date. */
  kind: "stated" | "relative";
  /** The clause around the expression speaks of the future ("will meet on Thursday"). */
  future: boolean;
  /** HH:MM, when the text states the time of day ("15:00 GMT Saturday"). */
  clock?: string;
}

const FUTURE = /\b(?:will|would|until|deadline|won[’']t|shall|should|may|might|set to|plans? to|planned|planning|(?:wants?|aims?|hopes?|seeks?|needs?) to|scheduled|expected to|is due|are due|due to|intends? to|going to|upcoming|meets|begins|opens|starts|holds|visits|travels|arrives|hosts|resumes|convenes|takes place|(?:is|are) to \w+|to (?:meet|hold|visit|travel|attend|sign|vote|host|begin|start|open|resume|announce|return|address|speak|fly|join|take over|take charge))\b|[’']ll\b/i;
const VAGUE = /\b(?:week|weeks|weekend|fortnight)\b|\b(?:past|coming|next|last|previous|few|several)\s+(?:[\w-]+\s+)?(?:days|months|years)\b|\bearlier\b|\blater\b/i;
const YEAR = /\b(in|since|during|by|from|until|till|of|early|late|mid-?|before|after|throughout)\s+((?:1[89]|20)\d{2})\b(?![-–]\d|\s*(%|percent))/gi;
/** A year that qualifies a noun: "a 2010 commando raid", "its 2009 analysis". */
const YEAR_BEFORE_NOUN = /\b(a|an|the|its|his|her|their|our|this|that)\s+((?:1[89]|20)\d{2})\s+(?=[a-z])(?!percent|per\b)/g;
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** "October of next year", "March last year": the month of a year named relative to the reference. */
const MONTH_OF_RELATIVE_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(next|last|this)\s+year\b/g;
const CALENDAR_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?(?![a-z])|\b(?:today|tonight|yesterday|tomorrow|now|ago|day|days|week|weeks|weekend|month|months|year|years|decade|noon|midnight|morning|afternoon|evening|night|hour|hours|minute|minutes)\b/i;
/** Weekday abbreviations count only capitalized: "sat down", "wed to". */
const LOWERCASE_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/;

/** Finds the temporal expressions of one sentence and resolves them against `reference`, the
 *  article's publication date (null when unknown: then only dates with a stated year count).
 *  [D1] A weekday alone points backwards in a past or present clause and forwards in a future
 *  one, the reference day itself included. [D2] "Tuesday (12/2)": the numeric hint decides.
 *  [D3] A month and day without a year take the nearest such day in the clause's direction.
 *  [D4] Week-level and vague spans ("last week", "earlier") date nothing. */
export function findDateExpressions(text: string, reference: string | null): DateExpression[] {
  const instant = parseDay(reference ?? "2000-01-01");
  const results = chrono.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  const found: DateExpression[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    let start = r.index;
    let end = r.index + r.text.length;
    let exprText = r.text;
    let comp = r.start;
    // "the morning of December 15": chrono-node reads the part of the day and leaves the day
    // itself uncertain, so the day is read from the words after "of"
    const partOfDay = /^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i.exec(exprText);
    const day = partOfDay ? chrono.casual.parse(exprText.slice(partOfDay[0].length), { instant, timezone: 0 }, { forwardDate: false })[0] : undefined;
    if (partOfDay && day?.index === 0) comp = day.start;
    // "on Tuesday" → "Tuesday": the preposition is not part of the date
    const lead = /^(?:on|in|at|by|from|since|during|until|of)\s+/i.exec(exprText);
    if (lead) {
      start += lead[0].length;
      exprText = exprText.slice(lead[0].length);
    }
    // from the start of the run only: tried from each of its characters, a long run was read again and again
    const tail = /(?<![\s,.;:])[\s,.;:]+$/.exec(exprText);
    if (tail) {
      end -= tail[0].length;
      exprText = exprText.slice(0, -tail[0].length);
    }
    // "for 90 days", "four hours": a duration, not a date
    if (/\b(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b/i.test(exprText) && !/\b(?:ago|from now|this|last|next)\b/i.test(exprText)) continue;
    if (VAGUE.test(exprText) || /^(?:now|then|today[’']s?)$/i.test(exprText) && /^now|^then/i.test(exprText)) continue;
    if (Number.isNaN(comp.date().getTime())) continue; // "2025-13-45": no such day
    // chrono-node can match the start of a longer word ("last" of "lasts")
    if (/^[\p{L}\d]/u.test(text.slice(r.index + r.text.length))) continue;
    if (LOWERCASE_WEEKDAY.test(exprText)) continue;
    // chrono-node's casual parser reads odd words as times ("the S" of "S&P", "lasts"): an
    // expression needs a number or a word of the calendar or the clock
    if (!/\d/.test(exprText) && !CALENDAR_WORD.test(exprText)) continue;
    // "2 1/2 times": a fraction, not the second of January
    if (/^\d{1,2}\/\d{1,2}$/.test(exprText) && /\d\s$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // "the end of this year" names the year, not its last day; "the end of March" the month
    const edge = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i.test(exprText) && !Number.isNaN(comp.date().getTime());
    if (edge && /\byear\b/i.test(exprText)) {
      if (/\b(?:this|last|next|previous|coming)\b/i.test(exprText) && reference === null) continue;
      found.push({ start, end, text: exprText, value: String(comp.date().getUTCFullYear()), precision: "year", kind: "relative", future: isFutureClause(text, start, end) });
      continue;
    }
    const known = knownValues(comp);
    const future = isFutureClause(text, start, end);
    // "yesterday", "three days ago", "this month": read against the reference, never stated
    const relative = /\b(?:today|yesterday|tomorrow|tonight|ago|this|last|next|coming|past|previous)\b/i.test(exprText);
    if (relative && reference === null) continue;
    const next = results[i + 1];
    // [D2] weekday followed by a numeric hint in brackets
    if (known.weekday !== undefined && known.day === undefined && next && /^\s*\(\s*$/.test(text.slice(end, next.index)) && knownValues(next.start).day !== undefined) {
      const close = text.indexOf(")", next.index + next.text.length);
      const hinted = knownValues(next.start);
      const hint = resolveMonthDay(hinted.month!, hinted.day!, hinted.year, reference, future);
      if (hint && close >= 0 && close - (next.index + next.text.length) <= 1) {
        found.push({ start, end: close + 1, text: text.slice(start, close + 1), value: hint, precision: "day", kind: hinted.year !== undefined ? "stated" : "relative", future });
        i++;
        continue;
      }
    }
    if (known.year !== undefined && known.month !== undefined && known.day !== undefined) {
      found.push({ start, end, text: exprText, value: toDay(comp.date()), precision: "day", kind: relative ? "relative" : "stated", future });
    } else if (known.day !== undefined && known.month !== undefined) {
      if (reference === null && !/\b(?:today|yesterday|tomorrow|tonight)\b/i.test(exprText)) continue;
      const relativeWord = /\b(?:today|yesterday|tomorrow|tonight|ago|last night|this morning|this afternoon|this evening)\b/i.test(exprText);
      const value = relativeWord ? toDay(comp.date()) : resolveMonthDay(known.month, known.day, undefined, reference, future);
      if (!value || reference === null) continue;
      found.push({ start, end, text: exprText, value, precision: "day", kind: "relative", future });
    } else if (known.weekday !== undefined) {
      if (reference === null) continue;
      const explicit = /\b(?:next|last|this|coming|past)\b/i.test(exprText);
      const value = explicit ? toDay(comp.date()) : resolveWeekday(known.weekday, reference, future);
      found.push({ start, end, text: exprText, value, precision: "day", kind: "relative", future });
    } else if (known.month !== undefined && known.year !== undefined) {
      found.push({ start, end, text: exprText, value: `${known.year}-${pad(known.month)}`, precision: "month", kind: relative ? "relative" : "stated", future });
    } else if (known.month !== undefined) {
      if (reference === null) continue;
      const year = resolveMonthYear(known.month, reference, future);
      found.push({ start, end, text: exprText, value: `${year}-${pad(known.month)}`, precision: "month", kind: "relative", future });
    } else if (known.year !== undefined) {
      found.push({ start, end, text: exprText, value: String(known.year), precision: "year", kind: relative ? "relative" : "stated", future });
    } else if (/\b(?:today|yesterday|tomorrow|tonight)\b/i.test(exprText) && reference !== null) {
      found.push({ start, end, text: exprText, value: toDay(comp.date()), precision: "day", kind: "relative", future });
    }
  }
  for (const r of results) {
    if (!r.start.isCertain("hour")) continue;
    const hit = found.find((f) => f.precision === "day" && f.start < r.index + r.text.length && r.index < f.end);
    if (hit) hit.clock = `${pad(r.start.get("hour") ?? 0)}:${pad(r.start.get("minute") ?? 0)}`;
  }
  if (reference !== null) {
    for (const m of text.matchAll(MONTH_OF_RELATIVE_YEAR)) {
      // the month's own words take the year; "next year" keeps its own reading
      const start = m.index!;
      const end = start + m[1].length;
      const year = Number(reference.slice(0, 4)) + ({ next: 1, last: -1 }[m[2]] ?? 0);
      for (let i = found.length - 1; i >= 0; i--) if (found[i].start < end && start < found[i].end) found.splice(i, 1);
      found.push({ start, end, text: m[1], value: `${year}-${pad(MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1)}`, precision: "month", kind: "relative", future: m[2] === "next" });
    }
  }
    /** start, the words, the year */
  const years: [number, string, string][] = [];
  for (const m of text.matchAll(YEAR_BEFORE_NOUN)) years.push([m.index! + m[0].indexOf(m[2], m[1].length), m[2], m[2]]);
  for (const [start, words, year] of years) {
    const end = start + words.length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ start, end, text: words, value: year, precision: "year", kind: "stated", future: isFutureClause(text, start, end) });
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index! + m[0].length - m[2].length;
    const end = start + m[2].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ start, end, text: m[2], value: m[2], precision: "year", kind: "stated", future: isFutureClause(text, start, end) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A verb in the past tense: regular, or one of the irregular ones news reports use most. */
const PAST = String.raw`\b(?:\w+ed|said|met|held|took|was|were|had|did|made|told|came|went|left|began|won|lost|spoke|wrote|gave|sent|fell|rose|quit|stood|saw|found)`;
/** A past verb at most three words before the date. */
const PAST_VERB = new RegExp(String.raw`${PAST}\s+(?:\w+\s+){0,3}$`, "i");

/** A past verb right before the date, or before its preposition. */
const ADJACENT_PAST = new RegExp(String.raw`${PAST}\s+(?:(?:on|in|at|during|since|last)\s+)?$`, "i");

function isFutureClause(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 40), start);
  // a past verb just before the date decides ("plans announced in January"), unless it is a
  // participle after "be" ("may be signed on September 12"), whose tense is its auxiliary's
  if (ADJACENT_PAST.test(near) && !/\b(?:be|been|being)\s+\w+\s+(?:\w+\s+)?$/i.test(near)) return false;
  // the verb right before the date decides: "Chile will suspend…, the minister said on Wednesday"
  if (PAST_VERB.test(near) && !isFuture(near)) return false;
  // a quotation closed before the date is the speaker's tense, not the report's: '"We should
  // talk," he said on Thursday'
  const before = text.slice(Math.max(0, start - 400), start).replace(/["“][^"“”]*["”]/g, " ").slice(-100);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(". "));
  const after = text.slice(end, end + 60).split(/[,;.]/)[0];
  return isFuture(before.slice(cut + 1)) || isFuture(after);
}

/** FUTURE, with the month May (capitalized) not read as the modal "may" ("On May 30, …"). */
const isFuture = (words: string) => FUTURE.test(words.replace(/\bMay\b/g, "month"));

function resolveWeekday(weekday: number, reference: string, future: boolean): string {
  const delta = (weekday - weekdayOf(reference) + 7) % 7;
  return future ? addDays(reference, delta) : addDays(reference, delta === 0 ? 0 : delta - 7);
}

function resolveMonthDay(month: number, day: number, year: number | undefined, reference: string | null, future: boolean): string | null {
  if (year !== undefined) return `${year}-${pad(month)}-${pad(day)}`;
  if (reference === null) return null;
  const refYear = Number(reference.slice(0, 4));
  const candidates = [refYear - 1, refYear, refYear + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`);
  return future ? candidates.find((c) => c >= reference)! : [...candidates].reverse().find((c) => c <= reference)!;
}

function resolveMonthYear(month: number, reference: string, future: boolean): number {
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  if (future) return month >= refMonth ? refYear : refYear + 1;
  return month <= refMonth ? refYear : refYear - 1;
}

type Component = "year" | "month" | "day" | "weekday";

/** The components the text states (chrono-node tells them apart from the ones it implies). */
function knownValues(c: chrono.ParsedComponents): Partial<Record<Component, number>> {
  const out: Partial<Record<Component, number>> = {};
  for (const k of ["year", "month", "day", "weekday"] as Component[]) if (c.isCertain(k)) out[k] = c.get(k) ?? undefined;
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");
