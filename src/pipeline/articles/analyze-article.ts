import type { Article, Diagnostic } from "../../model/timeline";
import { isCalendarDay } from "../dates/calendar";
import { findDateExpressions } from "../dates/find-date-expressions";
import { findTemporalExpressions } from "../dates/find-temporal-expressions";
import { findEvents, type DatedSentence, type LocalEvent } from "../events/find-events";
import { findDateline, placeByDateline } from "../events/place-by-dateline";
import { describeMentions } from "../mentions/describe-mentions";
import { findMentions, type Mention } from "../mentions/find-mentions";
import { resolveMentions } from "../mentions/resolve-mentions";
import type { Gazetteer } from "../places/gazetteer";
import { classifyLines } from "../sentences/classify-lines";
import { splitLineIntoSentences, splitLines, type Sentence } from "../sentences/split-sentences";
import { decodeFile } from "./decode-file";
import { inferPublished } from "./infer-published";
import { parseHeader } from "./parse-header";
import { prepareText } from "./prepare-text";
import { declaredEncoding, isWebPagePath, readWebPage } from "./read-web-page";

/** The files Dateline reads as articles: plain text, and web pages as a browser saves them. */
export const isArticlePath = (path: string) => /\.(?:txt|html?)$/i.test(path);

export interface ArticleFile {
  /** Path relative to the folder that was read, with "/" separators. */
  path: string;
  bytes: Uint8Array;
}

export interface ArticleAnalysis {
  article: Article;
  /** How many sentences were read, for the report (the sentences themselves are not kept: the
   *  corpus stages do not need them, and a worker would copy them back for nothing). */
  sentenceCount: number;
  mentions: Mention[];
  events: LocalEvent[];
  diagnostics: Diagnostic[];
}

/** Reads one article file. The article stages, in order: decode, header (or, for a saved web
 *  page, its article and metadata by Readability), readable text (HTML blanked, language checked), lines and their page roles, sentences, dates (the publication
 *  date first, inferred when there is no header), names (found per sentence, described by the
 *  phrases around them, then settled over the article), events, and the dateline's place. */
export function analyzeArticle(file: ArticleFile, gazetteer: Gazetteer): ArticleAnalysis {
  return analyzeReadArticle(readArticleFile(file), gazetteer);
}

/** An article file as read, before any analysis: its stored text and the metadata its header
 *  (or, for a web page, its markup) gives. */
export interface ReadArticle {
  path: string;
  /** The article's stored text: what every offset points into. */
  body: string;
  meta: { date?: string; title?: string; source?: string; outlet?: string; byline?: string };
  /** For a web page, where its publication time came from (to name it in a warning). */
  page?: { publishedFrom?: string };
  diagnostics: Diagnostic[];
}

/** Decodes a file and takes its header off (or reads a web page's article out of it). */
export function readArticleFile(file: ArticleFile): ReadArticle {
  const webPage = isWebPagePath(file.path);
  const decoded = decodeFile(file.path, file.bytes, webPage ? declaredEncoding(file.bytes) : undefined);
  // a web page's stored text is its article as a reader sees it; a text file's is the file's
  const page = webPage ? readWebPage(file.path, decoded.text) : undefined;
  if (page) return { path: file.path, body: page.text, meta: { ...page.meta, date: page.meta.published }, page: { publishedFrom: page.meta.publishedFrom }, diagnostics: [...decoded.diagnostics] };
  const header = parseHeader(decoded.text);
  return { path: file.path, body: decoded.text.slice(header.bodyStart), meta: header.meta, diagnostics: [...decoded.diagnostics] };
}

/** An article a timeline already holds, as it was read: its stored text and the metadata that
 *  came with it, so that analyzing it again gives the analysis its file gave (the same text, so
 *  the same offsets and ids). Only a date the header or page stated is passed on: an inferred
 *  date is inferred again from the same text. */
export function rereadArticle(article: Omit<Article, "text">, text: string): ReadArticle {
  const meta: ReadArticle["meta"] = {
    ...(article.publishedBasis === "header" && article.published ? { date: article.published } : {}),
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(article.source !== undefined ? { source: article.source } : {}),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    ...(article.byline !== undefined ? { byline: article.byline } : {}),
  };
  return { path: article.path, body: text, meta, ...(isWebPagePath(article.path) ? { page: {} } : {}), diagnostics: [] };
}

/** The article stages after reading: readable text, lines, sentences, dates, names, events. */
export function analyzeReadArticle(read: ReadArticle, gazetteer: Gazetteer): ArticleAnalysis {
  const file = { path: read.path };
  const id = read.path.replace(/\.(?:txt|html?)$/i, "");
  const diagnostics = [...read.diagnostics];
  const page = read.page;
  const header = { meta: read.meta };
  const body = read.body;
  const prepared = prepareText(file.path, body);
  diagnostics.push(...prepared.diagnostics);
  const sentences = prepared.english ? splitIntoSentences(prepared.readable) : [];
  if (!body.trim()) diagnostics.push({ file: file.path, severity: "warning", message: "the file is empty (or only whitespace): nothing to extract; add the article's text or remove the file" });

  let published: string | null = null;
  let publishedBasis: Article["publishedBasis"] = "unknown";
  let publishedEvidence: string | undefined;
  if (header.meta.date !== undefined) {
    const headerDate = findDateExpressions(header.meta.date, null).find((d) => d.precision === "day")?.value ?? (isCalendarDay(header.meta.date) ? header.meta.date : null);
    if (headerDate && isCalendarDay(headerDate)) {
      published = headerDate;
      publishedBasis = "header";
    } else if (page) {
      diagnostics.push({ file: file.path, severity: "warning", message: `the publication time "${header.meta.date}" (from ${page.publishedFrom}) is not a date Dateline can read, so the date is taken from the text where it states one; to set it, copy the article into a .txt file that opens with a line \`date YYYY-MM-DD\`` });
    } else {
      diagnostics.push({ file: file.path, severity: "warning", message: `the date header "${header.meta.date}" is not a calendar date; write it as YYYY-MM-DD. Until then the date is taken from the text, where it states one` });
    }
  }
  if (published === null) {
    const lines = new Map<number, { text: string; dates: ReturnType<typeof findDateExpressions> }>();
    for (const s of sentences) {
      const line = lines.get(s.line) ?? { text: "", dates: [] };
      const shift = line.text.length;
      line.text += s.text;
      line.dates.push(...findDateExpressions(s.text, null).map((d) => ({ ...d, start: d.start + shift, end: d.end + shift })));
      lines.set(s.line, line);
    }
    const guess = inferPublished([...lines.values()]);
    if (guess) {
      published = guess.date;
      publishedBasis = "inferred";
      publishedEvidence = guess.evidence;
    } else if (body.trim()) {
      const missing = page ? "the page states no publication time (no article:published_time, JSON-LD datePublished or <time datetime>)" : "there is no `date YYYY-MM-DD` line";
      const remedy = page ? "copy the article into a .txt file that opens with a line `date YYYY-MM-DD`" : "add a date line at the top of the file";
      diagnostics.push({ file: file.path, severity: "warning", message: `no publication date: ${missing} and the text states no full date, so relative dates ("on Tuesday") stay undated; ${remedy}` });
    }
  }
  // the whole date stage runs; events are dated by its calendar dates only
  const dated: DatedSentence[] = sentences.map((s) => ({ ...s, dates: findTemporalExpressions(s.text, published).flatMap((t) => (t.date ? [t.date] : [])) }));
  const raw = dated.filter((s) => s.kind !== "credit" && s.kind !== "counter" && s.kind !== "signature").flatMap((s) => findMentions(s.text, s.start, s.index, gazetteer));
  // headings and embedded posts may name people met elsewhere, but never introduce one
  const mentions = resolveMentions(describeMentions(raw, dated), gazetteer).map((m) => {
    const kind = dated[m.sentence].kind;
    return kind === "body" || kind === "caption" ? m : { ...m, weak: true };
  });
  const dateline = findDateline(dated, gazetteer);
  const events = placeByDateline(findEvents(dated, mentions, published), dateline, published);
  if (dateline && !mentions.some((m) => m.start === dateline.start)) mentions.unshift(dateline);
  const article: Article = {
    id, path: file.path, published, publishedBasis, text: body,
    ...(header.meta.title ? { title: header.meta.title } : {}),
    ...(header.meta.source ? { source: header.meta.source } : {}),
    ...(header.meta.outlet ? { outlet: header.meta.outlet } : {}),
    ...(read.meta.byline ? { byline: read.meta.byline } : {}),
    ...(publishedEvidence ? { publishedEvidence } : {}),
  };
  return { article, sentenceCount: dated.length, mentions, events, diagnostics };
}

function splitIntoSentences(body: string): Sentence[] {
  const lines = splitLines(body);
  const kinds = classifyLines(lines);
  const sentences: Sentence[] = [];
  lines.forEach((line, i) => {
    for (const span of splitLineIntoSentences(line)) {
      sentences.push({ index: sentences.length, start: span.start, end: span.end, text: body.slice(span.start, span.end), line: i, kind: kinds[i] });
    }
  });
  return sentences;
}
