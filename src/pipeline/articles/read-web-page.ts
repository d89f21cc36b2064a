import { Readability } from "@mozilla/readability";
// the worker build of linkedom: one module with no Node imports (the main build reaches for the
// optional `canvas` package), so the same code runs in Node, the browser and a Web Worker
import { DOMParser } from "linkedom/worker";
import { RejectedFile } from "./decode-file";

/** A saved web page read as an article: its readable text and what its metadata says. */
export interface WebPage {
  /** The article's words: paragraphs separated by a blank line, a heading a paragraph of its own. */
  text: string;
  meta: {
    title?: string;
    byline?: string;
    /** The publication time as the page states it ("2025-12-04T09:30:00-05:00"), or its day. */
    published?: string;
    /** Where the publication time was found, for a diagnostic ("article:published_time"). */
    publishedFrom?: string;
    source?: string;
    outlet?: string;
  };
}

export const isWebPagePath = (path: string) => /\.html?$/i.test(path);

// A page declares its encoding in its first 1,024 bytes (the HTML standard's prescan), in ASCII.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/i;

/** The encoding a saved page declares (`<meta charset="windows-1252">`, or the http-equiv form),
 *  for pages saved before UTF-8 was the rule. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1];
}

// Readability scores every element against its ancestors, so its time grows with the depth of
// the page: 100 nested levels take it a fifth of a second, 1,000 took fourteen. Pages as
// browsers save them nest 20 to 60 deep; deeper markup is flattened into its paragraphs first.
export const MAX_DEPTH = 100;
// linkedom builds a tree in time that grows with the square of its depth (5,000 levels in a
// tenth of a second, 50,000 in five), so markup nested deeper than this is refused unparsed.
export const MAX_PARSE_DEPTH = 5_000;
// A saved news page has a few thousand elements; linkedom and Readability take some seconds per
// 40,000. More is a generated page or an attack, refused by name rather than left to time out.
export const MAX_ELEMENTS = 60_000;
// Fewer words than a two-sentence brief is a page with no article in it (an index, a login
// wall, a page saved before its text loaded), whatever Readability made of it.
export const MIN_ARTICLE_WORDS = 20;
// Metadata values are short; a longer one is not a title or a name.
const MAX_META_CHARS = 300;
const MAX_URL_CHARS = 2_000;

const WHAT_TO_DO = "open the page in a browser and save it again once the article shows (File › Save Page As, \"Web Page, HTML only\"), or copy the article's text into a .txt file";

/** Reads a saved web page with Readability (Firefox's reader view) over linkedom: the article's
 *  text without the page around it (menus, footers, advertisements, scripts), and its title,
 *  byline, publication time, address and outlet from the page's metadata. Markup is never run or
 *  kept: what comes out is text. A page with no article in it is refused (RejectedFile). */
export function readWebPage(path: string, html: string): WebPage {
  const markup = measureMarkup(html);
  if (markup.elements > MAX_ELEMENTS) {
    throw new RejectedFile(`the page has ${count(markup.elements)} elements, more than the ${count(MAX_ELEMENTS)} Dateline reads (a saved article has a few thousand); ${WHAT_TO_DO}`);
  }
  if (markup.depth > MAX_PARSE_DEPTH) {
    throw new RejectedFile(`the page's tags nest ${count(markup.depth)} levels deep, more than the ${count(MAX_PARSE_DEPTH)} Dateline reads (a saved article nests a few dozen); ${WHAT_TO_DO}`);
  }
  const document = parseDocument(html);
  // read before Readability, which takes the scripts (and so the JSON-LD) out of the document
  const meta = readMetadata(document);
  flattenDeepMarkup(document.body);
  removeAdvertisements(document);
  const article = new Readability(document, { serializer: (node) => node }).parse();
  const text = article?.content ? readableText(article.content) : "";
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < MIN_ARTICLE_WORDS) {
    const found = words ? `only ${words} word${words === 1 ? "" : "s"} of text` : "no text";
    throw new RejectedFile(`no article found in this web page (${found} outside menus, scripts and page furniture); ${WHAT_TO_DO}`);
  }
  const title = clean(article?.title) ?? meta.title;
  const byline = meta.byline ?? usableByline(clean(article?.byline));
  const outlet = meta.outlet ?? clean(article?.siteName);
  const readabilityTime = clean(article?.publishedTime);
  const published = meta.published ?? (readabilityTime ? { value: readabilityTime, from: "the page's metadata" } : undefined);
  return {
    text,
    meta: {
      ...(title ? { title } : {}),
      ...(byline ? { byline } : {}),
      ...(published ? { published: publicationDay(published.value), publishedFrom: published.from } : {}),
      ...(meta.source ? { source: meta.source } : {}),
      ...(outlet ? { outlet } : {}),
    },
  };
}

const count = (n: number) => n.toLocaleString("en");

// Elements that never hold others (void), or that the parser closes when the next one opens
// ("<p>one<p>two"): neither makes the page deeper.
const FLAT_ELEMENTS = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  "p", "li", "dt", "dd", "option", "tr", "td", "th",
]);
// Elements whose content is raw text, not tags: a script may write "<div>" in a string.
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);
const TAG_NAME = /(\/?)([a-z][\w-]{0,60})/iy;

/** How many elements a page has and how deep they nest, by one scan before it is parsed, so that
 *  a page too large or too deep for the parser is refused before the parser meets it. The depth
 *  is an estimate (a parser closes some tags by rules of its own), on the high side. */
function measureMarkup(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  const lower = html.toLowerCase();
  // each search resumes where the last ended, so the scan reads the page once
  const nextGt = nextIndex(html, ">");
  for (let at = html.indexOf("<"); at >= 0; at = html.indexOf("<", at)) {
    if (html.startsWith("<!--", at)) {
      const end = html.indexOf("-->", at + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = at + 1;
    const name = TAG_NAME.exec(html);
    if (!name) {
      at++;
      continue;
    }
    const gt = nextGt(TAG_NAME.lastIndex);
    if (gt < 0) break;
    const tag = name[2].toLowerCase();
    at = gt + 1;
    if (name[1] === "/") {
      if (!FLAT_ELEMENTS.has(tag)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (!FLAT_ELEMENTS.has(tag) && html[gt - 1] !== "/") deepest = Math.max(deepest, ++depth);
    if (RAW_TEXT.has(tag)) {
      const end = lower.indexOf(`</${tag}`, at);
      at = end < 0 ? html.length : end;
    }
  }
  return { elements, depth: deepest };
}

/** Successive `text.indexOf(search, from)` for rising `from`, reading the text once in all. */
function nextIndex(text: string, search: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || (found >= from && found !== -2)) return found;
    found = text.indexOf(search, from);
    return found;
  };
}

/** The page as a document with <html>, <head> and <body>. linkedom builds only what the markup
 *  spells out, and browsers (and the HTML standard) let a page leave <html> or <body> implied. */
function parseDocument(html: string): Document {
  const parse = (markup: string) => new DOMParser().parseFromString(markup, "text/html") as unknown as Document;
  let document = parse(html);
  if (document.documentElement?.localName !== "html") document = parse(`<html>${html}</html>`);
  const root = document.documentElement;
  if (![...root.children].some((child) => child.localName === "body")) {
    const head = [...root.children].find((child) => child.localName === "head") ?? root.insertBefore(document.createElement("head"), root.firstChild);
    const body = document.createElement("body");
    for (const node of [...root.childNodes]) {
      if (node === head) continue;
      if (node.nodeType === 1 && HEAD_ELEMENTS.has((node as Element).localName)) head.appendChild(node);
      else body.appendChild(node);
    }
    root.appendChild(body);
  }
  return document;
}

const HEAD_ELEMENTS = new Set(["title", "meta", "link", "base", "style"]);

/** Markup nested deeper than MAX_DEPTH is replaced by its paragraphs, read without recursion. */
function flattenDeepMarkup(body: Element | null): void {
  if (!body) return;
  const tooDeep: Element[] = [];
  walk(body, (node, depth) => {
    if (node.nodeType !== 1 || depth < MAX_DEPTH) return true;
    tooDeep.push(node as Element);
    return false;
  });
  for (const element of tooDeep) {
    const paragraphs = readableText(element).split("\n\n");
    while (element.firstChild) element.removeChild(element.firstChild);
    for (const words of paragraphs) {
      const p = element.ownerDocument.createElement("p");
      p.textContent = words;
      element.appendChild(p);
    }
  }
}

// Readability keeps an advertisement that sits inside the article's text ("Sponsored: …"); the
// classes and elements that mark one are the same from site to site.
// An advertisement is a line or two; an element so marked that holds more is a wrapper around
// the page ("has-ads", "ads-enabled"), and is read.
const MAX_AD_CHARS = 600;
const AD_ELEMENTS = new Set(["amp-ad", "amp-embed", "amp-sticky-ad"]);
// a class or id that opens with one of these words ("ad-leaderboard", "sponsored_box") or ends
// with one of the first four ("story-ad")
const AD_WORDS = ["ad", "ads", "advert", "advertisement", "adsbygoogle", "advertising", "advertorial", "sponsor", "sponsored", "promo", "promoted", "promotion"];
const AD_OPENING = new Set(AD_WORDS);
const AD_ENDING = new Set(AD_WORDS.slice(0, 4));
const marksAd = (name: string) => {
  const parts = name.toLowerCase().split(/[-_]/);
  return AD_OPENING.has(parts[0]) || (parts.length > 1 && AD_ENDING.has(parts[parts.length - 1]));
};

/** Takes out the elements that mark themselves as advertisements by name, class or id. */
function removeAdvertisements(document: Document): void {
  const ads: Element[] = [];
  walk(document.body, (node) => {
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/);
    if (!AD_ELEMENTS.has(element.localName) && !names.some(marksAd)) return true;
    if ((element.textContent?.length ?? 0) > MAX_AD_CHARS) return true;
    ads.push(element);
    return false;
  });
  for (const ad of ads) ad.remove();
}

/** Visits `root`'s descendants in document order, without recursion (a page may nest its tags
 *  thousands deep). `enter` returns false to skip a node's children; `leave` is called after them. */
function walk(root: Node, enter: (node: Node, depth: number) => boolean, leave?: (node: Node) => void): void {
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (enter(node, depth + 1) && node.firstChild) {
      depth++;
      node = node.firstChild;
      continue;
    }
    leave?.(node);
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root) return;
      leave?.(node);
    }
    node = node.nextSibling;
  }
}

// Elements that make a paragraph (or a line) of their own, as a browser lays them out.
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);
const CELLS = new Set(["td", "th"]);
// never text a reader sees
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "textarea", "button"]);

/** The text of an element as a reader sees it: its paragraphs and headings separated by a
 *  blank line, a <br> a line break, and inside a paragraph each run of spaces and line breaks
 *  one space (but in <pre>, where they are the text). */
function readableText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  let pre = 0;
  const close = () => {
    const lines = current.split("\n").map((line) => line.replace(/[ \t]+/g, " ").trim()).filter(Boolean);
    if (lines.length) paragraphs.push(lines.join("\n"));
    current = "";
  };
  walk(
    root,
    (node) => {
      if (node.nodeType === 3) {
        const data = (node as Text).data.replace(/\u00a0/g, " ");
        current += pre ? data.replace(/\r\n?/g, "\n") : data.replace(/[\t\n\f\r ]+/g, " ");
        return false;
      }
      if (node.nodeType !== 1) return false;
      const name = (node as Element).localName;
      if (SKIPPED.has(name)) return false;
      if (name === "br") current += "\n";
      else if (CELLS.has(name)) current += " ";
      else if (BLOCKS.has(name)) close();
      if (name === "pre") pre++;
      return true;
    },
    (node) => {
      if (node.nodeType !== 1) return;
      const name = (node as Element).localName;
      if (name === "pre") pre--;
      if (BLOCKS.has(name)) close();
    },
  );
  close();
  return paragraphs.join("\n\n");
}

interface PageMetadata {
  title?: string;
  byline?: string;
  published?: { value: string; from: string };
  source?: string;
  outlet?: string;
}

// schema.org types of an article's own JSON-LD object (Readability's list, and the report kinds)
const ARTICLE_TYPES = /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage)$/;
// The meta tags that state a publication time, most specific first.
const PUBLISHED_META = [
  "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "publish-date", "publishdate", "pubdate",
  "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "date",
];

/** What the page says of itself in its meta tags, JSON-LD and <time> elements. */
function readMetadata(document: Document): PageMetadata {
  const metas = new Map<string, string>();
  for (const meta of document.getElementsByTagName("meta")) {
    const content = meta.getAttribute("content");
    if (!content) continue;
    for (const key of [meta.getAttribute("property"), meta.getAttribute("name"), meta.getAttribute("itemprop")]) {
      // `property` may hold several space-separated names
      for (const name of key?.toLowerCase().split(/\s+/) ?? []) if (name && !metas.has(name)) metas.set(name, content);
    }
  }
  const ld = jsonLdObjects(document);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) ?? ld.find((o) => types(o).includes("WebPage"));
  const organization = ld.find((o) => types(o).some((t) => /Organization$/.test(t)));
  const canonical = [...document.getElementsByTagName("link")].find((l) => l.getAttribute("rel")?.toLowerCase().split(/\s+/).includes("canonical"));

  const publishedMeta = PUBLISHED_META.find((name) => clean(metas.get(name)));
  const time = publicationTimeElement(document);
  const published = firstOf<{ value: string; from: string }>(
    textOf(article?.datePublished) && { value: textOf(article?.datePublished)!, from: "the page's JSON-LD datePublished" },
    publishedMeta && { value: clean(metas.get(publishedMeta))!, from: `the page's ${publishedMeta} meta tag` },
    time && { value: time, from: "the page's <time datetime>" },
  );
  const author = article?.author;
  const authors = (Array.isArray(author) ? author : [author]).map((a) => textOf(a) ?? textOf((a as Record<string, unknown> | undefined)?.name)).filter((a): a is string => !!a && !isUrl(a));
  return {
    title: firstOf(clean(metas.get("og:title")), textOf(article?.headline), clean(document.title)),
    byline: usableByline(authors.join(", ") || undefined),
    published,
    source: firstOf(httpUrl(canonical?.getAttribute("href")), httpUrl(metas.get("og:url")), httpUrl(textOf(article?.url)), httpUrl(textOf(article?.mainEntityOfPage) ?? textOf((article?.mainEntityOfPage as Record<string, unknown> | undefined)?.["@id"]))),
    outlet: firstOf(clean(metas.get("og:site_name")), textOf((article?.publisher as Record<string, unknown> | undefined)?.name), textOf(organization?.name)),
  };
}

/** The page's JSON-LD objects: each top-level object, each of a top-level array, and each of
 *  an @graph. JSON-LD that is not JSON is passed over, as a browser does: the page is still read. */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  for (const script of document.getElementsByTagName("script")) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent?.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "") ?? "");
    } catch {
      continue; // a broken block of metadata is no reason to refuse the article
    }
    for (const top of Array.isArray(parsed) ? parsed : [parsed]) {
      if (!isObject(top)) continue;
      objects.push(top);
      if (Array.isArray(top["@graph"])) objects.push(...top["@graph"].filter(isObject));
    }
  }
  return objects;
}

const types = (o: Record<string, unknown>): string[] => (Array.isArray(o["@type"]) ? o["@type"] : [o["@type"]]).filter((t): t is string => typeof t === "string");

/** A <time datetime> that dates the article: one marked as the publication time, else the
 *  first inside the <article> (a <time> elsewhere may date a related story or the clock). */
function publicationTimeElement(document: Document): string | undefined {
  const times = [...document.getElementsByTagName("time")].filter((t) => clean(t.getAttribute("datetime")));
  const marked = times.find((t) => t.hasAttribute("pubdate") || t.getAttribute("itemprop")?.toLowerCase() === "datepublished");
  const inArticle = times.find((t) => t.closest("article"));
  return clean((marked ?? inArticle)?.getAttribute("datetime"));
}

function firstOf<T>(...values: (T | undefined | null | false | "")[]): T | undefined {
  return values.find((v): v is T => !!v);
}

/** A short metadata value with its spaces collapsed, or undefined when it is empty or too long. */
function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== "string" || value.length > MAX_META_CHARS * 4) return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text && text.length <= MAX_META_CHARS ? text : undefined;
}

const textOf = (value: unknown) => (typeof value === "string" ? clean(value) : undefined);
const isUrl = (value: string) => /^(?:https?:)?\/\//i.test(value);

/** A byline names people, not a profile address (article:author often holds one). */
function usableByline(value: string | undefined): string | undefined {
  return value && !isUrl(value) ? value.replace(/^by\s+/i, "") : undefined;
}

/** An absolute http(s) address; anything else (javascript:, a relative path) is no source. */
function httpUrl(value: string | null | undefined): string | undefined {
  const url = value?.trim();
  if (!url || url.length > MAX_URL_CHARS || !/^https?:\/\/[^\s/]/i.test(url) || /\s/.test(url)) return undefined;
  return URL.canParse(url) ? url : undefined;
}

/** The day of a publication time as the page writes it: "2025-12-04T23:30:00-05:00" is the 4th
 *  where the outlet is, whatever the day in UTC. Other forms ("December 4, 2025") are left to
 *  the date stage. */
function publicationDay(value: string): string {
  return /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value)?.[1] ?? value;
}
