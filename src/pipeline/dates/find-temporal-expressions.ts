import { parseDay } from "./calendar";
import { findDateExpressions, type DateExpression } from "./find-date-expressions";

// The date stage's whole reading of a sentence, in TIMEX3 terms: the calendar dates an event
// can be placed on (findDateExpressions), and the other temporal expressions of English news
// that place nothing on a calendar day but say something about time: durations ("for 90
// days", "the past two years"), the present, past and future as such ("now", "in the past"),
// weeks and seasons ("this week", "last summer"). The extractor dates events with the first
// kind only; `npm run timex` prints them all, so the benchmarks measure this one stage.

export interface TemporalExpression {
  start: number;
  end: number;
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** TIMEX3 value: 2013-03-22, 2013-03, 2013, 2013-W12, 2012-SU, P2Y, PT4H, PXM, PRESENT_REF… */
  value: string;
  /** The calendar date, for the expressions an event can be dated by. */
  date?: DateExpression;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, couple: 2,
};
const VAGUE_AMOUNTS = ["several", "few", "many", "some", "numerous"];

const UNITS: Record<string, { code: string; time: boolean; factor?: number }> = {
  second: { code: "S", time: true },
  minute: { code: "M", time: true },
  hour: { code: "H", time: true },
  day: { code: "D", time: false },
  week: { code: "W", time: false },
  month: { code: "M", time: false },
  year: { code: "Y", time: false },
  decade: { code: "Y", time: false, factor: 10 },
  century: { code: "Y", time: false, factor: 100 },
};

// captured as one group where it is used
const AMOUNT = `\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join("|")}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${VAGUE_AMOUNTS.join("|")}|a few|a couple of`;
const UNIT = "(second|minute|hour|day|week|month|year|decade|centur(?:y|ies))s?";
/** "the past two years", "almost seven years", "a mere 24 hours", "four-week", "90 days". */
const AMOUNT_OF_TIME = new RegExp(
  `\\b(?:the\\s+(?:(?:past|last|next|coming|following|previous|first|final)\\s+)?)?(?:(?:almost|nearly|about|around|roughly|some|more than|less than|over|under|at least|a mere|just|only)\\s+)?(${AMOUNT})[\\s-]+${UNIT}['’]?(?![\\w-])`,
  "gi",
);
/** "recent weeks", "for years", "days before": an amount the text leaves open. (The spaces
 *  looked back over are bounded: each word start would otherwise read a long run back again.) */
const OPEN_AMOUNT = /\b(?:(recent|coming|past)\s+|(?<=\b(?:for|in|within|over|after|lasting|taking|took)\s{1,40}))(seconds|minutes|hours|days|weeks|months|years|decades)\b|\b(seconds|minutes|hours|days|weeks|months|years|decades)(?=\s+(?:before|after|earlier|later)\b)/gi;

const REFERENCES: [RegExp, string][] = [
  [/\b(?:now|currently|presently|at present|nowadays)\b/gi, "PRESENT_REF"],
  [/\bthe past\b(?!\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b)/gi, "PAST_REF"],
  [/\b(?:the future|(?:very\s+)?soon)\b/gi, "FUTURE_REF"],
  [/\b(?:at the time|at that time)\b/gi, "PAST_REF"],
];

/** "the next decade": a decade or century without a number is one of them. */
const ONE_PERIOD = /\bthe\s+(?:next|following|past|last|previous|coming)\s+(decade|century)\b/gi;
/** "the 20th century" is the years 19xx: TIMEX3 writes it 19. */
const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi;
/** "every morning", "each year", "annually": a set of times. */
const SET = /\b(?:(?:every|each)\s+(morning|afternoon|evening|night|day|week|month|year|spring|summer|autumn|fall|winter)|(daily|weekly|monthly|annual|annually|yearly|nightly))\b/gi;
const SET_VALUES: Record<string, string> = { day: "P1D", daily: "P1D", week: "P1W", weekly: "P1W", month: "P1M", monthly: "P1M", year: "P1Y", annual: "P1Y", annually: "P1Y", yearly: "P1Y", nightly: "XXXX-XX-XXTNI" };
/** "the previous year", "the year before": the year before the reference's. */
const YEAR_BEFORE = /\bthe\s+(?:(?:previous|prior|preceding)\s+year|year\s+(?:before|previous|earlier))\b/gi;
/** "the first quarter of 2009", "the third quarter of this year", "the fourth quarter". */
const QUARTER = /\b(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+((?:1[89]|20)\d{2}|(?:this|last|next|the previous|the current)\s+year))?\b/gi;
const QUARTER_NUMBERS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4 };
/** Both ends of a span of years, "the pandemic of 2009-2010": each a year the text names, but
 *  neither the date of what happened over the span, so no event is dated by them. */
const YEAR_RANGE = /(?<![\d/.-])((?:1[89]|20)\d{2})\s*[-–]\s*((?:1[89]|20)?\d{2})(?![\d/.-])/g;
const FISCAL_YEAR = /\b(this|last|next|the current|the previous|the coming)\s+(?:fiscal|financial|tax)\s+year\b/gi;
const PARTS_OF_DAY: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI" };
const WEEK = /\b(?:the\s+)?(this|last|past|previous|next|coming)\s+week\b/gi;
const SEASON = /\b(this|last|next|past|previous|coming)\s+(spring|summer|autumn|fall|winter)\b/gi;
const SEASON_CODES: Record<string, { code: string; startMonth: number }> = {
  spring: { code: "SP", startMonth: 3 },
  summer: { code: "SU", startMonth: 6 },
  autumn: { code: "FA", startMonth: 9 },
  fall: { code: "FA", startMonth: 9 },
  winter: { code: "WI", startMonth: 12 },
};

/** Every temporal expression of one sentence, dates first among overlapping ones. */
export function findTemporalExpressions(text: string, reference: string | null): TemporalExpression[] {
  const found: TemporalExpression[] = findDateExpressions(text, reference).map((date) => {
    // "Friday afternoon", "15:00 GMT Saturday": a time on that day
    const part = /\b(morning|afternoon|evening|night|tonight)\b/i.exec(date.text)?.[1].toLowerCase();
    const time = date.precision !== "day" ? undefined : date.clock ?? (part && PARTS_OF_DAY[part]);
    // a time stated in UTC or GMT carries TIMEX3's Z
    const zone = date.clock && /\b(?:UTC|GMT)\b/.test(date.text) ? "Z" : "";
    return { start: date.start, end: date.end, text: date.text, type: time ? "TIME" : "DATE", value: time ? `${date.value}T${time}${zone}` : date.value, date };
  });
  const add = (start: number, end: number, type: TemporalExpression["type"], value: string) => {
    if (found.some((f) => f.start < end && start < f.end)) return;
    found.push({ start, end, text: text.slice(start, end), type, value });
  };
  for (const m of text.matchAll(QUARTER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const yearWords = m[2]?.toLowerCase();
    const refYear = reference === null ? null : Number(reference.slice(0, 4));
    const year = !yearWords ? refYear : /^\d/.test(yearWords) ? Number(yearWords) : refYear === null ? null : refYear + (/^(?:last|the previous)/.test(yearWords) ? -1 : /^next/.test(yearWords) ? 1 : 0);
    if (year === null) continue;
    // the year inside ("of 2009") stays the calendar date an event can take
    const inside = found.filter((f) => f.start >= start && f.end <= end);
    if (found.some((f) => f.start < end && start < f.end && !inside.includes(f))) continue;
    for (const f of inside) found.splice(found.indexOf(f), 1);
    found.push({ start, end, text: m[0], type: "DATE", value: `${year}-Q${QUARTER_NUMBERS[m[1].toLowerCase()]}`, date: inside.find((f) => f.date)?.date });
  }
  if (reference !== null) {
    for (const m of text.matchAll(WEEK)) add(m.index!, m.index! + m[0].length, "DATE", isoWeek(reference, { this: 0, next: 1, coming: 1 }[m[1].toLowerCase()] ?? -1));
    for (const m of text.matchAll(YEAR_BEFORE)) add(m.index!, m.index! + m[0].length, "DATE", String(Number(reference.slice(0, 4)) - 1));
    for (const m of text.matchAll(FISCAL_YEAR)) add(m.index!, m.index! + m[0].length, "DATE", String(Number(reference.slice(0, 4)) + ({ last: -1, "the previous": -1, next: 1, "the coming": 1 }[m[1].toLowerCase()] ?? 0)));
    for (const m of text.matchAll(SEASON)) add(m.index!, m.index! + m[0].length, "DATE", season(reference, m[1].toLowerCase(), m[2].toLowerCase()));
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    // "1957-58": the second year shares the first one's century
    const second = m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2];
    if (second <= m[1]) continue;
    add(m.index!, m.index! + m[1].length, "DATE", m[1]);
    add(m.index! + m[0].length - m[2].length, m.index! + m[0].length, "DATE", second);
  }
  for (const m of text.matchAll(CENTURY)) add(m.index!, m.index! + m[0].length, "DATE", String(Number(m[1]) - 1).padStart(2, "0"));
  for (const m of text.matchAll(ONE_PERIOD)) add(m.index!, m.index! + m[0].length, "DURATION", m[1].toLowerCase() === "decade" ? "P10Y" : "P100Y");
  for (const m of text.matchAll(SET)) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const value = SET_VALUES[word] ?? (word in PARTS_OF_DAY ? `XXXX-XX-XXT${PARTS_OF_DAY[word]}` : `XXXX-${SEASON_CODES[word].code}`);
    add(m.index!, m.index! + m[0].length, "SET", value);
  }
  for (const m of text.matchAll(AMOUNT_OF_TIME)) {
    // "three years ago" is a date (chrono-node reads it); "ages 6 months and older" an age
    if (/^\s+(?:ago|old|older|and older|or older|of age)\b/i.test(text.slice(m.index! + m[0].length))) continue;
    add(m.index!, m.index! + m[0].length, "DURATION", durationValue(m[1], m[2]));
  }
  for (const m of text.matchAll(OPEN_AMOUNT)) {
    const unit = UNITS[singular(m[2] ?? m[3])];
    add(m.index!, m.index! + m[0].length, "DURATION", `P${unit.time ? "T" : ""}X${unit.code}`);
  }
  for (const [pattern, value] of REFERENCES) for (const m of text.matchAll(pattern)) add(m.index!, m.index! + m[0].length, "DATE", value);
  return found.sort((a, b) => a.start - b.start);
}

function singular(unit: string): string {
  const lower = unit.toLowerCase();
  return lower === "centuries" ? "century" : lower.replace(/s$/, "");
}

function durationValue(amount: string, unitWord: string): string {
  const unit = UNITS[singular(unitWord)];
  const words = amount.toLowerCase();
  let n: number | null;
  if (/^\d/.test(words)) n = Number(words);
  else if (words in NUMBER_WORDS) n = NUMBER_WORDS[words];
  else if (words === "a couple of") n = 2;
  else if (/-/.test(words)) n = words.split("-").reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0);
  else n = null; // several, a few, many
  const count = n === null ? "X" : String(+(n * (unit.factor ?? 1)).toFixed(3));
  return `P${unit.time ? "T" : ""}${count}${unit.code}`;
}

/** The ISO week (YYYY-Www) `shift` weeks from the one holding `reference`. */
function isoWeek(reference: string, shift: number): string {
  const date = parseDay(reference);
  date.setUTCDate(date.getUTCDate() + 7 * shift);
  // the Thursday of the week decides its year
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** "last summer" read in March 2013 is 2012-SU: the latest summer over by then; "next" is the
 *  first to begin after the reference date; "this" is the one of the reference's year. */
function season(reference: string, which: string, name: string): string {
  const { code, startMonth } = SEASON_CODES[name];
  const year = Number(reference.slice(0, 4));
  const month = Number(reference.slice(5, 7));
  if (which === "this") return `${year}-${code}`;
  if (which === "next" || which === "coming") return `${startMonth > month ? year : year + 1}-${code}`;
  // a season lasts three months: the latest year whose season ended by the reference month
  return `${Math.floor((year * 12 + month - 3 - startMonth) / 12)}-${code}`;
}
