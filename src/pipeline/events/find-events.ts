import type { DateBasis, DatePrecision, EventType } from "../../model/timeline";
import type { DateExpression } from "../dates/find-date-expressions";
import type { Mention } from "../mentions/find-mentions";
import { lastWord, sameSurname } from "../mentions/resolve-mentions";
import type { Sentence } from "../sentences/split-sentences";
import { foldName } from "../text/fold";
import { inRanges, quotedRanges } from "../text/tokens";
import { ANAPHORIC, FUTURE_BEFORE, GROUP_ANAPHOR, PARTICIPATION, PERFECT } from "./triggers";
import { ROLE_HEADS } from "../mentions/vocabulary";
import { findTriggers, qualifiesNoun, type Trigger } from "./find-triggers";
import { isNewsOutlet } from "./news-outlets";
import { Discourse, GROUP_REACH, type Focus } from "./discourse";
import { addDays } from "../dates/calendar";
import { KINDS } from "./kinds";

export interface LocalQuote {
  start: number;
  end: number;
  speaker: Mention | null;
}

/** An event as one article tells it, before actors and events are merged across articles. */
export interface LocalEvent {
  type: EventType;
  status: "occurred" | "planned";
  date: string | null;
  precision: DatePrecision;
  dateBasis: Omit<DateBasis, "articleId"> | null;
  actors: Mention[];
  locations: Mention[];
  quotes: LocalQuote[];
  sources: { start: number; end: number }[];
  sentence: number;
  /** Codes of the rules that made the event and set its date and participants, so a wrong
   *  event can be traced to its rule: "resignation/verb:resign", "date/context". */
  rules: string[];
  /** Folded into another event of the same sentence. */
  absorbed?: boolean;
}

export interface DatedSentence extends Sentence {
  dates: DateExpression[];
}

const NARRATIVE = new Set(["body"]);
const EVENTFUL = new Set(["body", "caption"]);
const HEAD_OF_STATE = /president|prime minister|premier|chancellor|leader|king|queen|head of state/i;
const ORG_NOUNS = /^(?:company|firm|group|ministry|government|agency|council|party|bank|carmaker|automaker|union|committee|department|administration|court|board|team|organization|organisation)$/i;
// "\s*(?:,\s*)?$", not "\s*,?\s*$": two runs of spaces side by side split a long run every way
const DESCRIPTOR = /\b(the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)\s*(?:,\s*)?$/iu;

/** Reads the events of one article, sentence by sentence. [E1] Each trigger word makes an event
 *  of its type unless negated, hypothetical or inside a quotation. [E2] A date expression
 *  belongs to the trigger nearest it; an event without one takes the date the narration was
 *  last at (or, for a statement, the article's date), never in a caption, and never when it is
 *  planned or in the present perfect. [E3] A statement's speaker is the name before the verb,
 *  the name after it ("said Smith"), or a pronoun or description ("the president") resolved
 *  to the person last speaking or last named who fits it. [E4] "the meeting" with no date of
 *  its own is the meeting named before it. [E5] Statements of one speaker on one day are one
 *  event. */
export function findEvents(sentences: DatedSentence[], mentions: Mention[], published: string | null): LocalEvent[] {
  const events: LocalEvent[] = [];
  const discourse = new Discourse(mentions);
  const statementsByDate = new Map<string, LocalEvent[]>();
  for (const s of sentences) {
    const own = discourse.mentionsOf(s.index);
    if (!EVENTFUL.has(s.kind)) {
      continue;
    }
    const quotes = quotedRanges(s.text);
    const triggers = findTriggers(s.text, quotes);
    // [E2] each date expression goes to its nearest trigger
    const datesOf = new Map<Trigger, DateExpression>();
    const distanceOf = new Map<Trigger, number>();
    for (const d of s.dates) {
      // "his sixth meeting with her since January": where a stretch of time starts, no event's day
      if (/\bsince\s{1,3}$/i.test(s.text.slice(Math.max(0, d.start - 8), d.start))) continue;
      // "'… anything tonight,' Lopes said after the meeting": a date inside a quotation is the
      // speaker's, and dates nothing the narration tells
      if (inRanges(d.start, quotes)) continue;
      let best: Trigger | undefined;
      let bestDistance = Infinity;
      for (const t of triggers) {
        if (t.type === "statement" && !datesStatement(s.text, t, d)) continue;
        // a comma between them is a clause boundary: "meet … on March 20, officials said"
        const gap = d.start >= t.end ? s.text.slice(t.end, d.start) : s.text.slice(d.end, t.start);
        const distance = gap.length + 50 * (gap.match(/,/g)?.length ?? 0);
        if (distance < bestDistance) {
          best = t;
          bestDistance = distance;
        }
      }
      // a trigger given two dates keeps the nearer ("Thursday, May 23 – Oslo on Wednesday, May 22 announced")
      if (best && bestDistance < (distanceOf.get(best) ?? Infinity)) {
        datesOf.set(best, d);
        distanceOf.set(best, bestDistance);
      }
    }
    // the story's current day moves with the narration, never past the article's own date
    // (the day of the sentence's first dated act, not of one it names in passing: "On May 30 a
    // meeting took place, the second since the talks in Oslo on May 23" is at May 30)
    const narrated = (d: DateExpression) => d.precision === "day" && !d.future && (!published || d.value <= published);
    const firstAct = triggers.map((t) => datesOf.get(t)).find((d) => d !== undefined);
    const sentenceFocus = !NARRATIVE.has(s.kind) ? undefined : firstAct && narrated(firstAct) ? firstAct : [...s.dates].reverse().find(narrated);
    const contextDate: Focus | null = sentenceFocus ? { value: sentenceFocus.value, precision: sentenceFocus.precision, text: sentenceFocus.text, start: s.start + sentenceFocus.start, end: s.start + sentenceFocus.end } : discourse.focus;
    const sentenceEvents: LocalEvent[] = [];
    const names = own.filter((m) => (m.kind === "person" || m.kind === "organization") && !inRanges(m.start - s.start, quotes));
    const speakers = new Set<Mention>();
    let sentenceSpeaker: Mention | null = null;
    // "After the meeting, Reyes said …": the meeting a sentence opens by referring to
    let referred: LocalEvent | undefined;
    for (const t of triggers) {
      const before = s.text.slice(0, t.start);
      const rules = [t.rule];
      const status: "occurred" | "planned" = FUTURE_BEFORE.test(before) ? "planned" : "occurred";
      const expression = datesOf.get(t);
      let date: string | null = null;
      let precision: DatePrecision = "unknown";
      let dateBasis: LocalEvent["dateBasis"] = null;
      if (expression) {
        date = expression.value;
        precision = expression.precision;
        dateBasis = { kind: expression.kind, expression: expression.text, anchor: expression.kind === "relative" ? published : null, start: s.start + expression.start, end: s.start + expression.end };
        // [D4] "met … into the early hours of Friday": it began the evening before
        if (precision === "day" && INTO_THE_NIGHT.test(s.text.slice(Math.max(0, expression.start - 40), expression.start))) {
          date = addDays(date, -1);
          rules.push("date/into-the-night");
        }
      } else if (status === "occurred" && s.kind === "body" && (!PERFECT.test(before) || newsPerfect(t, s.text)) && !(t.type !== "statement" ? SEQUEL.test(before) : BEFORE_IT.test(before))) {
        const fallback = contextDate;
        if (fallback) {
          date = fallback.value;
          precision = fallback.precision;
          dateBasis = { kind: "context", expression: fallback.text, anchor: published, start: fallback.start, end: fallback.end };
        } else if ((t.type === "statement" || PERFECT.test(before)) && published) {
          date = published;
          precision = "day";
          dateBasis = { kind: "publication", expression: "", anchor: published, start: s.start, end: s.start };
        }
      }
      const finalStatus = status === "planned" || (date && published && date.slice(0, 10) > published.slice(0, date.length)) ? "planned" : "occurred";
      // (and speech after it, placed nowhere else, was given where it was held)
      const locations = attachLocations(t, triggers, own, s);
      if (t.type === "statement" && !locations.length && referred) locations.push(...referred.locations);
      let actors: Mention[] = [];
      if (t.type === "statement") {
        // "he said that … and described …": a verb joined by "and" has the same speaker
        // (and so does a participle after it: "he stated that …, stating that …")
        const coordinated: Mention | null = /\band\s+(?:also\s+)?$/i.test(before) || PARTICIPLE.test(t.word) ? sentenceSpeaker : null;
        const speaker: Mention | null = coordinated ?? (t.rule === ACCORDING_TO ? sourceOf(t, s, names, discourse) : findSpeaker(t, s, names, discourse));
        if (speaker) sentenceSpeaker = speaker;
        // "Murphy's statement continued, …" is Murphy's; "The statement continued, …": a document
        // told of before speaks for whoever issued it
        if (!speaker && t.pos === "noun" && /(?:\b(?:the|that|this)|[’']s?)\s{1,3}$/i.test(before)) {
          const owner = own.find((m) => m.possessive && (m.kind === "person" || m.kind === "organization") && t.start - (m.end - s.start) >= 0 && t.start - (m.end - s.start) <= 4);
          const issuer = owner ?? [...events].reverse().find((e) => e.type === "statement" && e.actors[0])?.actors[0];
          if (issuer) {
            sentenceSpeaker = issuer;
            speakers.add(issuer);
            actors = [issuer];
          }
        }
        // "according to negotiators": reported by nobody the text names
        if (!speaker && !actors.length && (!quotes.length || t.rule === ACCORDING_TO)) continue;
        // [S3] "Brandt held talks with Melnyk, according to a White House official": the phrase
        // credits where the news of another act came from; it is no statement of its own
        // (a meeting only referred to, "during the talks", is no other act)
        if (t.rule === ACCORDING_TO && triggers.some((o) => o !== t && o.type !== "statement" && !(o.pos === "noun" && ANAPHORIC.test(s.text.slice(0, o.start))))) continue;
        if (speaker) {
          actors = [speaker];
          speakers.add(speaker);
        }
      } else if (t.type === "meeting") {
        const later = triggers.find((o) => o.type === "meeting" && o.start > t.end);
        actors = names.filter((m) => !m.possessive && !isSourceCredit(s.text, m.start - s.start) && !speaksHere(s.text, m.end - s.start) && (!later || m.start - s.start < later.start));
        if (!actors.length) {
          const described = describedSubject(before, discourse);
          if (described) actors = [described];
        }
        // "The discussions … are set to resume on Monday": the talks just told, on a day of
        // their own, between the same sides at the same place
        // (not "The Geneva summit … will last until Friday": a meeting with a name of its own, and
        // the day it ends)
        const continued = !actors.length && expression && ANAPHORIC.test(before) && !IN_PASSING.test(before) && !/\p{Lu}/u.test(ANAPHORIC.exec(before)![0].slice(3)) && !GROUP_ANAPHOR.test(before) &&
          !OWN_PARTIES.test(s.text.slice(t.end)) && !/\b(?:until|till|through)\s{1,3}$/i.test(s.text.slice(Math.max(0, expression.start - 8), expression.start))
          ? lastMeeting(events, (o) => o.actors.length > 0) : undefined;
        if (continued) {
          actors = [...continued.actors];
          if (!locations.length) locations.push(...continued.locations);
          rules.push("meeting/discourse:continued");
        }
        // [D2] "Their meeting took place on November 30", "the pair is set to meet with …": the
        // group named just before, beside whoever the sentence names
        if (GROUP_ANAPHOR.test(before)) {
          const group = discourse.group(s.index).filter((m) => !actors.some((a) => sameActor(a, m)));
          // "The parties continued negotiations on Monday": with no group just named, the sides
          // are those of the meeting last told, and so is its place
          const sides = group.length ? undefined : lastMeeting(events, (o) => o.actors.length + o.locations.length > 0);
          if (group.length) {
            actors = [...group, ...actors];
            rules.push("meeting/discourse:group");
          } else if (sides) {
            actors = [...sides.actors, ...actors.filter((a) => !sides.actors.some((b) => sameActor(a, b)))];
            if (!locations.length) locations.push(...sides.locations);
            rules.push("meeting/discourse:sides");
          }
        }
      } else {
        actors = participantsOf(t, s, names, () => describedSubject(before, discourse));
        // [D6] "The city's public works director resigned on Wednesday. Dale Whitaker, who …":
        // a lede's description is named at the head of the next sentence
        const head = actors.length ? null : roleHeadOf(before);
        const named = head ? discourse.mentionsOf(s.index + 1).find((m) => m.kind === "person" && /^\W{0,3}$/.test(nextText(sentences, s.index).slice(0, m.start - (sentences[s.index + 1]?.start ?? 0)))) : undefined;
        if (named) {
          actors = [named];
          rules.push("actor/discourse:named-next");
        }
        if (!actors.length && !locations.length && !expression) continue;
      }
      const event: LocalEvent = {
        type: t.type, status: finalStatus, date: finalStatus === "planned" && !expression ? null : date,
        precision: finalStatus === "planned" && !expression ? "unknown" : precision,
        dateBasis: finalStatus === "planned" && !expression ? null : dateBasis,
        actors, locations, quotes: [], sources: [{ start: s.start, end: s.end }], sentence: s.index,
        rules: [...rules, ...(dateBasis && !(finalStatus === "planned" && !expression) ? [`date/${dateBasis.kind}`] : [])],
      };
      // "said (that) the war would resume after the truce expires": what was said, not an event of the day
      // ("According to the ministry, they met on …" tells where the news came from: the act happened)
      const reported = triggers.some((o) => o.type === "statement" && o.rule !== ACCORDING_TO && o.end <= t.start);
      // "denied that she met him": the complement of a denial did not happen
      const denied = triggers.some((o) => o.type === "statement" && o.end <= t.start && /^(?:denied|denies|rejected|rejects|dismissed|ruled out)$/i.test(o.word));
      if (t.type !== "statement" && denied) continue;
      if (t.type !== "statement" && !expression && reported) continue;
      // [K4] a noun that names no happening on its own needs a date of its own or a verb that reports it
      if (t.pos === "noun" && !t.supported && !expression) continue;
      if (t.type === "meeting" && !expression && ANAPHORIC.test(before)) {
        // "… solutions developed during the meetings in Geneva": named in passing, the meeting
        // is not what the sentence tells, so the next "also joined the delegation" is not about it
        const passing = IN_PASSING.test(before);
        const antecedent = findAntecedent(events, event);
        if (antecedent) {
          absorb(antecedent, passing ? { ...event, sentence: antecedent.sentence } : event);
          if (passing) referred = antecedent;
          continue;
        }
        // "the timing suggested the discussions focused on …": a definite noun with no
        // participants of its own is the meeting last told; the sentence's names are not its parties
        const latest = t.pos === "noun" && !OWN_PARTIES.test(s.text.slice(t.end)) ? lastMeeting(events, (o) => o.status === event.status) : undefined;
        if (latest) {
          absorb(latest, { ...event, actors: [], locations: [], sentence: passing ? latest.sentence : event.sentence });
          if (passing) referred = latest;
          continue;
        }
      }
      sentenceEvents.push(event);
    }
    // meetings are between the other people of the sentence, not its speakers
    for (const e of sentenceEvents) {
      if (e.type === "meeting") e.actors = e.actors.filter((a) => !speakers.has(a));
    }
    // "will meet Thursday for one of their regular breakfast meetings": one meeting, named twice
    const meetingsHere = sentenceEvents.filter((e) => e.type === "meeting" && e.actors.length > 0);
    for (const later of meetingsHere.slice(1)) {
      const earlier = meetingsHere.find((e) => e !== later && !e.absorbed && e.actors.some((a) => later.actors.some((b) => sameActor(a, b))));
      if (earlier && earlier !== later && (!later.dateBasis || later.dateBasis.kind === "context")) {
        absorb(earlier, later);
        later.absorbed = true;
      }
    }
    // [E7] one act told with several words in one sentence ("agreed a deal to hire him after
    // reaching an agreement"; "touched down in Oslo for talks") is one happening: events of
    // the same sentence and day that share a participant, or that name none, fold into the first
    // (a meeting keeps the journey to it; a statement stays apart, since speech is its own event)
    const acts = sentenceEvents.filter((e) => !e.absorbed && e.type !== "statement");
    for (const later of acts.slice(1)) {
      const earlier = acts.find((e) => e !== later && !e.absorbed && e.date === later.date && oneHappening(e, later));
      if (!earlier || acts.indexOf(earlier) > acts.indexOf(later)) continue;
      // the journey to a meeting is part of the meeting, whichever is told first
      const [into, from] = earlier.type === "visit" && later.type === "meeting" ? [later, earlier] : [earlier, later];
      absorb(into, from);
      from.absorbed = true;
    }
    // a meeting needs someone who met, or a day and a place of its own ("ministers held talks in
    // Mendoza on Monday"), to be worth a place on the timeline
    const kept = sentenceEvents.filter((e) => !e.absorbed && (e.type !== "meeting" || e.actors.length > 0 || (e.locations.length > 0 && e.dateBasis !== null && e.dateBasis.kind !== "context")));
    const statements = kept.filter((e) => e.type === "statement");
    for (const q of quotes) {
      const owner = statements[0];
      if (owner) owner.quotes.push({ start: s.start + q[0], end: s.start + q[1], speaker: owner.actors[0] ?? null });
    }
    // [D3] "The Ukrainian delegation was led by …", "… also joined the delegation": the people a
    // sentence names as taking part join the meeting told in the sentences just before
    // (a meeting the sentence only refers back to, "is represented at the summit by", is that one)
    if (!sentenceEvents.some((e) => e.type === "meeting") && PARTICIPATION.test(s.text)) {
      // the meeting the last sentence that told one opened with, not one it mentions in passing
      const recent = events.slice(-10).filter((e) => e.type === "meeting" && s.index - e.sentence <= GROUP_REACH);
      const latest = Math.max(...recent.map((e) => e.sentence));
      const meeting = recent.find((e) => e.sentence === latest);
      // (and any other told just before with no one named yet: "The first round took place on
      // Sunday. The parties continued on Monday. The US delegation included …")
      const unpeopled = recent.filter((e) => e !== meeting && e.actors.length === 0);
      for (const into of meeting ? [meeting, ...unpeopled] : []) {
        absorb(into, { ...into, actors: names.filter((m) => !m.possessive), locations: [], quotes: [], sources: [{ start: s.start, end: s.end }], sentence: into === meeting ? s.index : into.sentence, rules: ["meeting/discourse:participants"] });
      }
    }
    for (const e of kept) mergeIntoArticle(events, statementsByDate, e);
    const spoke = statements.find((e) => e.actors[0]?.kind === "person");
    discourse.read(s.index, spoke?.actors[0] ?? null, sentenceFocus ? contextDate : null);
  }
  return foldRetellings(events);
}

/** [E8] An article tells one act over several sentences ("Rwanda and Congo signed the deal on
 *  Friday. … The Congolese minister signed on behalf of her country. … Mr Rubio signed as a
 *  witness."): acts of one kind on one day, other than meetings and speech, are one happening
 *  when they share a participant or one of them names none. */
const ACTS_ON_SOMEONE = new Set(KINDS.filter((k) => k.roles === "agent-patient").map((k) => k.type));

function foldRetellings(events: LocalEvent[]): LocalEvent[] {
  const kept: LocalEvent[] = [];
  // (a prime minister who appoints two ministers in a day makes two appointments: where the
  // kind has one, two different people acted on are two happenings)
  const patientOf = (e: LocalEvent) => (ACTS_ON_SOMEONE.has(e.type) && e.actors[0]?.kind === "person" ? e.actors[0] : undefined);
  const shareOrNone = (o: LocalEvent, e: LocalEvent) => {
    const [p, q] = [patientOf(o), patientOf(e)];
    if (p && q && !sameActor(p, q)) return false;
    return !o.actors.length || !e.actors.length || o.actors.some((a) => e.actors.some((b) => sameActor(a, b)));
  };
  for (const e of events) {
    const same = e.type !== "statement" && e.type !== "meeting" && e.date && e.precision === "day" ?
      kept.find((o) => o.type === e.type && o.date === e.date && o.status === e.status && shareOrNone(o, e)) : undefined;
    if (same) absorb(same, { ...e, rules: [...e.rules, "event/retold"] });
    else kept.push(e);
  }
  return kept;
}

/** [E2] A statement is dated only by the date of its own clause — "said on Wednesday", "on
 *  Monday, X said", "X on Monday told" — never by one inside what was said ("she said the cut
 *  would take effect on March 18"). */
function datesStatement(text: string, t: Trigger, d: DateExpression): boolean {
  if (d.start >= t.end) {
    const between = text.slice(t.end, d.start);
    return !/\bthat\b|[“"]/.test(between) && between.trim().split(/\s+/).length <= 4;
  }
  const between = text.slice(d.end, t.start);
  if (/[“"]/.test(between) || /\b(?:that|which|who|when|whether|if)\b/.test(between)) return false;
  // across a comma only from the head of the sentence: "On Monday, the minister said"
  return !between.includes(",") || d.start <= 12;
}

/** "…, Reyes said": the name is the sentence's speaker, not a participant. */
function speaksHere(text: string, end: number): boolean {
  return /^\s*(?:\w+\s+)?(?:said|says|told|added|stressed|wrote|announced)\b/i.test(text.slice(end, end + 40));
}

/** "according to the state news agency Tanjug": the name is who reported it, not who took part. */
function isSourceCredit(text: string, at: number): boolean {
  return /\baccording to\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, at - 50), at));
}

function attachLocations(t: Trigger, triggers: Trigger[], own: Mention[], s: Sentence): Mention[] {
  const prev = [...triggers].reverse().find((o) => o.end <= t.start);
  const next = triggers.find((o) => o.start >= t.end);
  // a statement is placed only by the words of its speech clause ("Speaking in the Oval Office")
  const statement = t.type === "statement";
  const reachAfter = statement ? 30 : 80;
  const candidates = own
    // "officials from Chile": where people come from, not where they meet
    .filter((m) => m.kind === "location" && m.placeContext && !isModifier(s.text, m.end - s.start) && !/\bfrom\s{1,3}(?:the\s{1,3})?$/i.test(s.text.slice(Math.max(0, m.start - s.start - 10), m.start - s.start)))
    .map((m) => ({ m, at: m.start - s.start }))
    .filter(({ at }) => !(next && at >= next.start) && !(prev && at < prev.end))
    .map(({ m, at }) => ({ m, cost: at >= t.end ? at - t.end : (t.start - at) * 1.5 + 1, after: at >= t.end, at }))
    .filter(({ at, after }) => (after ? at - t.end <= reachAfter && !(statement && /\bthat\b|[“"]/.test(s.text.slice(t.end, at))) : !statement && t.start - at <= 60))
    .sort((a, b) => a.cost - b.cost);
  let first = candidates[0];
  if (!first) return [];
  // "in Miami, Florida, a meeting took place": a city and, after its comma, the region or country
  // it is in are one place, the city
  const city = candidates.find((c) => c.at < first.at && (c.m.place?.kind === "city" || c.m.place?.kind === "place") && /^,\s{0,2}$/.test(s.text.slice(c.m.end - s.start, first.at)));
  if (city && (first.m.place?.kind === "region" || first.m.place?.kind === "country")) first = city;
  // "at the Kremlin in Moscow": the landmark and its city are one place
  return first.m.place?.kind === "place" ? candidates.filter((c) => c === first || c.m.place?.key === first.m.place?.within).map((c) => c.m) : [first.m];
}

const NOT_MODIFIED = /^(?:on|in|at|and|or|but|to|into|onto|for|with|without|from|by|of|as|after|before|last|next|this|since|where|which|that|who|when|while|said|says|is|was|were|are|has|had|will|would|between|among|amid|during|including|near|over|under|until|via|through|throughout|across|within|against|about|around|toward|towards|late|early|earlier|later|today|yesterday|tomorrow|tonight)$/;

/** "the US delegation", "Russian-held": a place name used to qualify the next noun places nothing. */
function isModifier(text: string, end: number): boolean {
  const next = /^\s+([a-z][\p{L}-]*)/u.exec(text.slice(end));
  return !!next && !NOT_MODIFIED.test(next[1]);
}

const AUXILIARIES = /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were|also|then|later|again|earlier)$/i;

function findSpeaker(t: Trigger, s: Sentence, names: Mention[], discourse: Discourse): Mention | null {
  const before = s.text.slice(0, t.start);
  // "…, officials said": the speaker is the words between the comma and the verb
  const afterComma = /,\s*((?:[a-z][\w-]*\s+){1,3})$/.exec(before);
  // (not "…, Oliver Sterne, will address": auxiliaries describe no one)
  const describer = afterComma && afterComma[1].split(/\s+/).filter(Boolean).some((w) => !AUXILIARIES.test(w));
  if (afterComma && describer && !/^(?:he|she|they|it)\s/.test(afterComma[1])) return describedSubject(before, discourse);
  const pronoun = /\b(he|she)\b/i.exec(s.text)?.[1] ?? "";
  const lastPerson = () => discourse.person(pronoun);
  // "…whether the New GM would import cars, he stated": the pronoun right before the verb is
  // its subject, not a name earlier in the sentence
  if (/\b(?:he|she)\s+(?:\w+\s+)?$/i.test(before)) return lastPerson();
  // "He declined to predict when the New GM would …, stating that …": a participle speaks
  // for the sentence's subject, not for a name in the clause before it
  const opensWithPronoun = /^\W{0,3}(?:he|she)\b/i.test(s.text);
  if (PARTICIPLE.test(t.word) && opensWithPronoun) return lastPerson();
  const subject = subjectOf(t, s, names, true);
  // "Speaking to reporters …, Trump said": the participle's speaker is the main clause's subject
  // "In a press conference in Oslo on Monday, Lund, the bank's chief, outlined …": the event
  // of speaking, named in an opening phrase, is the main clause's subject's
  const opening = t.pos === "noun" && /^\W{0,3}(?:in|at|during)\s{1,3}(?:a|an|the|his|her|their|its)\s{1,3}(?:[\p{L}-]{1,30}\s{1,3}){0,2}$/iu.test(before);
  if ((t.start < 3 && /^\s*(?:speaking|writing|asked)\b/i.test(s.text.slice(0, t.end))) || opening) {
    const after = names.find((m) => m.start - s.start >= t.end && !m.possessive && (!opening || m.kind === "person"));
    if (after && after.start - s.start - t.end <= (opening ? 120 : 80)) return after;
    // "Speaking to the public he said": the main clause's subject is a pronoun
    if (/^[^.]{0,80}?\b(?:he|she)\s+\w+/i.test(s.text.slice(t.end))) return lastPerson();
  }
  if (subject) return subject;
  const inverted = names.find((m) => m.start - s.start >= t.end && m.start - s.start - t.end <= 25 && !m.possessive);
  if (inverted && /^\s*(?:the\s+)?\p{Lu}/u.test(s.text.slice(t.end))) return inverted;
  // "He pointed to … but stated that …": the sentence's pronoun subject speaks
  return describedSubject(before, discourse) ?? (opensWithPronoun && !/[“"]/.test(before) ? lastPerson() : null);
}

/** The subject right before a verb when it is a description: "The Ukrainian leader stressed",
 *  "the council will meet", "The Conservative leader resigned". */
function describedSubject(before: string, discourse: Discourse): Mention | null {
  // "The head of the President's Office submitted …": a description used of someone before
  const phrase = /(?:^|[,;:]\s{0,3})([^,;:]{3,80}?)\s{0,3}(?:(?:has|have|had|was|were|is|are|will|would|also|then)\s{1,3}){0,2}$/.exec(before)?.[1];
  const earlier = phrase ? discourse.describedAs(phrase) : null;
  if (earlier) return earlier;
  const clause = before.replace(/(?<!\s)\s+(will|would|has|have|had|was|were|is|are|also|then|later|again|on \w+|set to|to)(\s+\w+)?\s*$/i, " ");
  const descriptor = DESCRIPTOR.exec(clause);
  if (!descriptor) return null;
  // "the new working group", "a Russian official": someone not named before
  if (/^an?$/i.test(descriptor[1]) || /\bnew\b/i.test(descriptor[2])) return null;
  if (descriptor.index > 0 && !/[,.;:]\s*$|^\s*$/.test(clause.slice(0, descriptor.index)) && !/\b(?:and|but|while)\s*$/i.test(clause.slice(0, descriptor.index))) return null;
  return resolveDescriptor(descriptor[3], discourse);
}

/** The name a verb has for its subject: the nearest one before it in its clause, or, across an
 *  apposition ("Board member Craig Lister, one of the two directors named, stepped down"), the
 *  name the apposition describes. Objects of prepositions ("with X", "urging X") are not
 *  subjects. `loose` lets a statement's subject stand across a clause boundary. */
function subjectOf(t: Trigger, s: Sentence, names: Mention[], loose = false): Mention | undefined {
  const candidates = names.filter((m) => {
    if (m.end - s.start > t.start || m.possessive || qualifiesNoun(s.text, m.end - s.start)) return false;
    const preceding = s.text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start);
    return !/\b(?:with|to|of|for|by|about|against|from|urging|urged|and|at|in|on)\s+(?:the\s+)?$/i.test(preceding);
  });
  for (let k = candidates.length - 1; k >= 0; k--) {
    const m = candidates[k];
    const between = s.text.slice(m.end - s.start, t.start);
    const outer = candidates.slice(0, k).reverse().find((p) => /^,\s[^;]{0,160},\s*(?:\w+\s+)?$/.test(s.text.slice(p.end - s.start, t.start)) && s.text.slice(p.end - s.start, m.start - s.start).trim().startsWith(","));
    if (outer) return outer;
    if (loose || !/;|\b(?:that|which|who|whom|whose)\b|,\s/.test(between)) return m;
    if (/^,\s[^,;]{0,100},\s*(?:\w+\s+)?$/.test(between)) return m;
    // "Its operations director, Agata Nowak, resigned": the name closes an apposition to the subject
    if (/^,\s*(?:\w+\s+)?$/.test(between) && /,\s*$/.test(s.text.slice(0, m.start - s.start))) return m;
    return undefined;
  }
  return undefined;
}

/** "the Ukrainian leader", "the president", "the company": the last one named who fits. */
function resolveDescriptor(head: string, discourse: Discourse): Mention | null {
  const seen = discourse.recent();
  const lastSpeaker = discourse.lastSpeaker;
  const wantsOrg = ORG_NOUNS.test(head);
  const isRole = HEAD_OF_STATE.test(head) || ROLE_HEADS.has(head.toLowerCase());
  if (!wantsOrg && !isRole) return null;
  // "the council" is an organization called a council; "the company" any organization
  const namedByHead = /^(?:council|committee|ministry|agency|union|party|bank|court|board|group|department|federation|association|commission)$/i.test(head);
  const fits = (m: Mention) => {
    if (wantsOrg) return m.kind === "organization" && (!namedByHead || new RegExp(`\\b${head}\\b`, "i").test(m.name));
    if (m.kind !== "person") return false;
    const roles = seen.filter((o) => o.kind === "person" && sameSurname(lastWord(o.name), lastWord(m.name)));
    const role = roles.map((o) => o.role).filter(Boolean).join(" ");
    if (!role) return true;
    if (HEAD_OF_STATE.test(head)) return HEAD_OF_STATE.test(role) || head.toLowerCase() === "leader";
    return new RegExp(head, "i").test(role);
  };
  if (lastSpeaker && fits(lastSpeaker)) return lastSpeaker;
  // a description points back a few paragraphs at most
  return [...seen].reverse().find(fits) ?? null;
}

// "the meeting", "the discussions", "the parties" point back a few paragraphs, not to the top of
// a long document: 50 events is some ten paragraphs of wire copy
const MEETING_REACH = 50;

/** The latest meeting told within reach that `fits`. */
function lastMeeting(events: LocalEvent[], fits: (o: LocalEvent) => boolean): LocalEvent | undefined {
  for (let k = events.length - 1; k >= Math.max(0, events.length - MEETING_REACH); k--) if (events[k].type === "meeting" && fits(events[k])) return events[k];
  return undefined;
}

function findAntecedent(events: LocalEvent[], e: LocalEvent): LocalEvent | undefined {
  const meetings = events.slice(-MEETING_REACH).filter((o) => o.type === "meeting" && o.status === e.status).reverse();
  const placeKeys = new Set(e.locations.map(placeKeyOf));
  const shares = (o: LocalEvent) => o.locations.some((l) => placeKeys.has(placeKeyOf(l))) || o.actors.some((a) => e.actors.some((b) => sameActor(a, b)));
  return meetings.find(shares) ?? (e.locations.length === 0 && e.actors.length === 0 ? meetings[0] : undefined);
}

export const placeKeyOf = (m: Mention) => m.place?.within ?? m.place?.key ?? foldName(m.name);

export function sameActor(a: Mention, b: Mention): boolean {
  return a.kind === b.kind && (a.kind === "person" ? sameSurname(lastWord(a.name), lastWord(b.name)) : foldName(a.name) === foldName(b.name));
}

function absorb(into: LocalEvent, from: LocalEvent) {
  into.sentence = Math.max(into.sentence, from.sentence);
  // a date the sentence states explains better than one taken from context
  const rank = { stated: 0, relative: 1, context: 2, publication: 3 };
  if (from.date === into.date && from.dateBasis && (!into.dateBasis || rank[from.dateBasis.kind] < rank[into.dateBasis.kind])) into.dateBasis = from.dateBasis;
  for (const a of from.actors) if (!into.actors.some((b) => sameActor(a, b))) into.actors.push(a);
  if (!into.locations.length) into.locations.push(...from.locations);
  into.quotes.push(...from.quotes);
  for (const rule of from.rules) if (!into.rules.includes(rule)) into.rules.push(rule);
  for (const src of from.sources) if (!into.sources.some((o) => o.start === src.start && o.end === src.end)) into.sources.push(src);
}

/** [E5] one speaker, one day, one article: one statement. */
function mergeIntoArticle(events: LocalEvent[], statementsByDate: Map<string, LocalEvent[]>, e: LocalEvent) {
  if (e.type === "statement" && e.actors[0] && e.date) {
    const same = statementsByDate.get(e.date)?.find((o) => o.actors[0] && sameActor(o.actors[0], e.actors[0]));
    if (same) {
      absorb(same, e);
      return;
    }
  }
  // "Her aide said that …, without which, he said, …": speech no one is named for, beside
  // other speech in its sentence, is part of it
  if (e.type === "statement" && !e.actors[0]) {
    const beside = events.slice(-10).find((o) => o.type === "statement" && o.sentence === e.sentence);
    if (beside) {
      absorb(beside, e);
      return;
    }
  }
  // [E6] "…, Reyes told reporters on Wednesday. … 'The work goes on,' Reyes said.": a speaker
  // quoted again, with no day of their own, goes on speaking on the day the article gave them,
  // not on the day a background paragraph in between was at
  if (e.type === "statement" && e.actors[0] && e.dateBasis?.kind === "context") {
    const dated = events.find((o) => o.type === "statement" && o.actors[0] && sameActor(o.actors[0], e.actors[0]) && (o.dateBasis?.kind === "stated" || o.dateBasis?.kind === "relative"));
    if (dated) {
      absorb(dated, e);
      return;
    }
  }
  if (e.type === "statement" && e.actors[0]) {
    // several statement verbs of one sentence ("has ruled out … and on Wednesday said")
    const sameSentence = events.slice(-10).find((o) => o.type === "statement" && o.sentence === e.sentence && o.actors[0] && sameActor(o.actors[0], e.actors[0]));
    if (sameSentence) {
      if (!sameSentence.date && e.date) {
        Object.assign(sameSentence, { date: e.date, precision: e.precision, dateBasis: e.dateBasis });
        statementsByDate.set(e.date, [...(statementsByDate.get(e.date) ?? []), sameSentence]);
      }
      absorb(sameSentence, e);
      return;
    }
  }
  events.push(e);
  if (e.type === "statement" && e.date) statementsByDate.set(e.date, [...(statementsByDate.get(e.date) ?? []), e]);
}

const ACCORDING_TO = "statement/grammar:according-to";
/** "This meeting follows a separate meeting in Oslo", "ahead of the summit": a happening named
 *  as what came before or comes after the one told is not on the narration's day. */
const SEQUEL = /\b(?:follows|followed|following|after|since|ahead of|before|preceded|preceding|on the heels of)\s{1,3}(?:a|an|the|his|her|their|its|this|that|last|recent|earlier)\s{1,3}(?:[\w,-]{1,30}\s{1,3}){0,2}$/i;
/** "talks between …", "the meeting with …": a meeting noun followed by its own parties. */
const OWN_PARTIES = /^\s{1,3}(?:between|with|among|involving|of)\b/i;
/** "Ahead of the talks, Lund made clear …": speech before the happening the narration is at. */
const BEFORE_IT = /^\W{0,3}(?:ahead of|before|prior to|in the run-up to)\s{1,3}(?:the|their|this|that|his|her|its)\s{1,3}[^,]{1,60},\s{0,3}[^,]{1,80}$/i;
/** A reporting participle, which speaks for its sentence's subject: "…, saying that …". */
const PARTICIPLE = /^(?:saying|stating|adding|warning|announcing|urging|noting|arguing|insisting|claiming|explaining)$/i;
const IN_PASSING = /\b(?:during|at|after|before|since|following|from|of|in|on)\s{1,3}(?:the|their|that|this|those|these|its|his|her|our)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}$/i;
const INTO_THE_NIGHT = /\b(?:into|until|till) the (?:early|small|wee) hours(?: of)?\s{1,3}$/i;

/** [S1] "according to X", "according to him": the one named after the phrase says it. */
function sourceOf(t: Trigger, s: Sentence, names: Mention[], discourse: Discourse): Mention | null {
  const after = s.text.slice(t.end, t.end + 60);
  const named = names.find((m) => m.start - s.start >= t.end && m.start - s.start - t.end <= 40 && !/[,;]/.test(s.text.slice(t.end, m.start - s.start)));
  // "according to the Baltic News agency", "according to Reuters": an outlet reports, it does not speak
  // (a body "according to" whom a figure is given publishes data; a person quoted so speaks)
  if (named) return named.kind !== "person" || isNewsOutlet(named, s.text.slice(t.end, named.end - s.start + 12)) ? null : named;
  const pronoun = /^\s{1,3}(him|her)\b/i.exec(after);
  if (pronoun) return discourse.lastNamed(pronoun[1]);
  const described = /^\s{1,3}the\s{1,3}(?:[\p{L}-]{1,30}\s{1,3}){0,2}?([\p{L}-]{1,30})\b/iu.exec(after);
  return described ? resolveDescriptor(described[1], discourse) : null;
}

/** [R1] Who takes part in an event of a kind other than a meeting or a statement (see Roles):
 *  the subject (or, for a passive, the by-phrase) and, where the kind has one, the object (or,
 *  for a passive, the subject). A noun reads the same roles off its possessor ("the board's
 *  decision"), "of" ("the sacking of the coach") and "by" ("searches by the bureau"). */
function participantsOf(t: Trigger, s: Sentence, names: Mention[], described: () => Mention | null): Mention[] {
  const at = (m: Mention) => m.start - s.start;
  const clauseEnd = (() => {
    const rest = s.text.slice(t.end);
    const stop = /[;:]|,\s|\b(?:that|which|who|after|before|because|while|when|but)\b/.exec(rest);
    return t.end + (stop ? stop.index : rest.length);
  })();
  const after = names.filter((m) => !m.possessive && at(m) >= t.end && at(m) < clauseEnd);
  const byAgent = after.find((m) => /\bby\s{1,3}(?:the\s{1,3})?$/i.test(s.text.slice(Math.max(t.end, at(m) - 12), at(m))));
  const object = after.find((m) => m !== byAgent);
  let agent: Mention | undefined;
  let patient: Mention | undefined;
  if (t.pos === "noun") {
    const possessor = names.find((m) => m.possessive && at(m) < t.start && t.start - m.end + s.start <= 25);
    // "the sacking of the coach", "a defeat to Harbour Town", "victory over Riverside"
    const ofObject = after.find((m) => /\b(?:of|over|against|to|with)\s{1,3}(?:the\s{1,3})?$/i.test(s.text.slice(Math.max(t.end, at(m) - 12), at(m))));
    agent = byAgent ?? (ofObject ? possessor : undefined) ?? subjectOf(t, s, names) ?? described() ?? undefined;
    patient = ofObject ?? (byAgent ? possessor : undefined);
    if (!agent && !patient) agent = possessor;
  } else if (t.passive) {
    patient = subjectOf(t, s, names) ?? described() ?? undefined;
    agent = byAgent;
  } else {
    agent = subjectOf(t, s, names) ?? described() ?? undefined;
    patient = t.kind.roles === "agent-patient" ? object : undefined;
  }
  const actors = t.kind.roles === "agent-patient" ? [patient, agent] : [agent ?? patient];
  return [...new Set(actors.filter((m): m is Mention => m !== undefined))];
}

/** [D3] News reports its own news in the present perfect ("has resigned", "has been sacked",
 *  "have agreed a deal", "have announced that"): true of the news day, unless the sentence speaks of experience or of
 *  a stretch of time ("has met him six times", "has led the party since 2019"). */
function newsPerfect(t: Trigger, text: string): boolean {
  return t.type !== "meeting" && !/\b(?:since|times|ever|never|already|yet|so far|repeatedly|often)\b|\bfor\s{1,3}(?:\d+|a|an|several|many|some|two|three|four|five|six|ten)\s{1,3}(?:\w+\s{1,3})?(?:years?|months?|weeks?|days?|decades?)\b/i.test(text);
}

/** Two acts of one sentence that tell one happening: a meeting only with a meeting or the
 *  journey to it; other acts when they share a participant or one names none. */
function oneHappening(a: LocalEvent, b: LocalEvent): boolean {
  if ((a.type === "meeting") !== (b.type === "meeting") && a.type !== "visit" && b.type !== "visit") return false;
  if (!a.actors.length || !b.actors.length) return true;
  return a.actors.some((x) => b.actors.some((y) => sameActor(x, y)));
}

/** The role a clause's subject describes: "The city's public works director" → "director". */
function roleHeadOf(before: string): string | null {
  const head = /\b(?:the|a|an|its|his|her|their)\s{1,3}(?:[\p{L}’'-]{1,30}\s{1,3}){0,4}?([\p{L}-]{1,30})\s{0,3}(?:(?:has|have|had|was|were|is|will|also)\s{1,3}){0,2}$/iu.exec(before)?.[1];
  return head && (ROLE_HEADS.has(head.toLowerCase()) || HEAD_OF_STATE.test(head)) ? head : null;
}

const nextText = (sentences: Sentence[], index: number) => sentences[index + 1]?.text ?? "";
