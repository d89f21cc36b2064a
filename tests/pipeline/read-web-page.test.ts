import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { RejectedFile } from "../../src/pipeline/articles/decode-file";
import { MAX_ELEMENTS, MAX_PARSE_DEPTH, readWebPage } from "../../src/pipeline/articles/read-web-page";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { analyzeSafely, extractTimeline } from "../../src/pipeline/recipe";

// Saved web pages (tests/fixtures/web-pages, invented stories on invented sites): the article is
// read out of the page with Readability, its metadata from the page's tags.
const page = (name: string) => readFileSync(new URL(`../fixtures/web-pages/${name}`, import.meta.url), "utf8");
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const paragraph = "Odile Varnac met Teodor Blask in Lisbon on Tuesday, the ministry said, and the two agreed to talk again before the winter.";

describe("reading a saved web page", () => {
  it("takes a news site's article without its menus, advertisements, related stories and footer", () => {
    const { text } = readWebPage("news-site.html", page("news-site.html"));
    expect(text).toMatch(/^Odile Varnac, the foreign minister/);
    expect(text).toContain("Varnac told reporters after the meeting.");
    for (const debris of ["Subscribe for 1 euro", "Advertisement", "travel pillow", "Harbour dispute drags on", "morning briefing", "Privacy policy", "Copyright", "dataLayer", "track("]) expect(text).not.toContain(debris);
  });

  it("separates paragraphs by a blank line and keeps a heading as a line of its own", () => {
    const { text } = readWebPage("news-site.html", page("news-site.html"));
    expect(text).toContain("walking the same road,\" Varnac told reporters after the meeting.\n\nWhat comes next\n\nBlask said the talks would resume in Geneva");
    expect(text).not.toMatch(/[ \t]\n|\n[ \t]|\n{3}| {2}/);
  });

  it("reads title, authors, publication day, address and outlet from JSON-LD inside an @graph and the meta tags", () => {
    expect(readWebPage("news-site.html", page("news-site.html")).meta).toEqual({
      title: "Harbour talks: Varnac and Blask agree to meet again in Geneva",
      byline: "Ilse Kadrow, Tomas Rebbe",
      // the day where the outlet is (23:40 in New York), not the day in UTC
      published: "2025-12-04",
      publishedFrom: "the page's JSON-LD datePublished",
      source: "https://www.morrowledger.example/world/2025/12/04/harbour-talks",
      outlet: "The Morrow Ledger",
    });
  });

  it("reads a page whose wrapper's class names advertisements (\"has-ads\")", () => {
    const story = Array.from({ length: 6 }, () => `<p>${paragraph}</p>`);
    const html = `<html><body><div class="page has-ads"><div id="ads-enabled"><article>${story.join('<div class="story-ad">Buy a pillow</div>')}</article></div></div></body></html>`;
    expect(readWebPage("wrapped.html", html).text).toBe(Array(6).fill(paragraph).join("\n\n"));
  });

  it("reads a blog that has only Open Graph tags", () => {
    const { text, meta } = readWebPage("blog.html", page("blog.html"));
    expect(meta).toEqual({
      title: "The mill vote, and what the council decided",
      published: "2026-01-14",
      publishedFrom: "the page's og:published_time meta tag",
      source: "https://valleynotes.example/2026/01/mill-vote/",
      outlet: "Notes from the Valley",
    });
    expect(text.split("\n\n")).toHaveLength(3);
    expect(text).not.toMatch(/Archive|Blogroll|comments|Great write-up|Powered by/);
  });

  it("reads an AMP page: its canonical address, its JSON-LD array, no AMP advertisement", () => {
    const { text, meta } = readWebPage("amp-story.htm", page("amp-story.htm"));
    expect(meta).toMatchObject({ title: "Rail strike called off after overnight talks", byline: "Petra Lund", published: "2025-09-23", source: "https://northline.example/news/rail-strike-called-off", outlet: "Northline News" });
    expect(text).toContain("union leader Arvid Mælstrøm said.\n\nThe strike had been planned");
    expect(text).not.toMatch(/Advertisement|Front page|Menu/);
  });

  it("takes the publication time from a <time datetime> in the article when no tag states it", () => {
    const html = `<html><head><title>Bridge</title></head><body><article><p>Posted <time datetime="2024-03-11T18:00">yesterday evening</time></p><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    expect(readWebPage("x.html", html).meta).toMatchObject({ published: "2024-03-11", publishedFrom: "the page's <time datetime>" });
  });

  it("reads a page that leaves <html> and <body> implied", () => {
    const html = `<title>Harbour</title><meta property="og:site_name" content="Ledger"><p>${paragraph}</p><p>${paragraph}</p>`;
    const read = readWebPage("bare.html", html);
    expect(read.text).toBe(`${paragraph}\n\n${paragraph}`);
    expect(read.meta).toMatchObject({ title: "Harbour", outlet: "Ledger" });
  });

  it("refuses a page with no article in it, saying what to do", () => {
    expect(() => readWebPage("login-wall.html", page("login-wall.html"))).toThrow(RejectedFile);
    expect(() => readWebPage("login-wall.html", page("login-wall.html"))).toThrow(/^no article found in this web page \(only \d+ words? of text .*\); open the page in a browser and save it again .*or copy the article's text into a \.txt file$/);
    expect(() => readWebPage("empty.html", "")).toThrow(/no article found in this web page \(no text/);
  });
});

describe("hostile markup is inert: text only", () => {
  it("keeps no script, style, event handler or javascript: address", () => {
    const html = `<html><head><title>T<script>alert(1)</script></title>
      <link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(2)">
      <style>p { background: url(javascript:alert(3)) }</style></head>
      <body onload="alert(4)"><article>
      <p onclick="alert(5)">${paragraph} <a href="javascript:alert(6)">Read more</a> <img src=x onerror="alert(7)"></p>
      <script>document.write("alert(8)")</script><template><p>alert(9)</p></template><noscript>alert(10)</noscript>
      <iframe srcdoc="<script>alert(11)</script>"></iframe><svg><script>alert(12)</script><text>alert(13)</text></svg>
      <p>${paragraph}</p></article></body></html>`;
    const { text, meta } = readWebPage("hostile.html", html);
    expect(text).not.toMatch(/alert|javascript|onerror|<|>/);
    expect(text).toContain("Read more");
    expect(meta.source).toBeUndefined();
  });

  it("reads the words of a page nested deeper than any browser saves, in bounded time", () => {
    const depth = MAX_PARSE_DEPTH - 10;
    const html = `<html><body>${"<div>".repeat(depth)}<p>${paragraph}</p><p>${paragraph}</p>${"</div>".repeat(depth)}${"<b>".repeat(depth / 2)}</body></html>`;
    const started = performance.now();
    const { text } = readWebPage("deep.html", html);
    expect(text).toBe(`${paragraph}\n\n${paragraph}`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses, unparsed, markup nested deeper than that, and counts no script's text as tags", () => {
    const html = (depth: number, script = "") => `<html><head><script>${script}</script></head><body>${"<div><span>".repeat(depth / 2)}<p>${paragraph}</p><p>${paragraph}</p></body></html>`;
    const started = performance.now();
    expect(() => readWebPage("deeper.html", html(50_000))).toThrow(/^the page's tags nest 50,002 levels deep, more than the 5,000 Dateline reads/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(readWebPage("script.html", html(100, `document.write("${"<div>".repeat(MAX_PARSE_DEPTH + 1)}")`)).text).toBe(`${paragraph}\n\n${paragraph}`);
    // a page that leaves its paragraphs and list items open is not deep
    expect(readWebPage("open.html", `<html><body><ul>${"<li>item".repeat(MAX_PARSE_DEPTH + 1)}</ul>${`<p>${paragraph}`.repeat(3)}</body></html>`).text).toContain(paragraph);
  });

  it("ignores huge attributes and metadata values", () => {
    const huge = "x".repeat(2_000_000);
    const html = `<html><head><title>${"T".repeat(5000)}</title><meta property="og:site_name" content="${huge}"><meta property="article:published_time" content="${huge}"></head><body><article><p data-x="${huge}">${paragraph}</p><p title="${huge}">${paragraph}</p></article></body></html>`;
    const { text, meta } = readWebPage("huge.html", html);
    expect(text).toBe(`${paragraph}\n\n${paragraph}`);
    expect(Object.keys(meta)).toEqual([]);
  });

  it("refuses a page of more elements than an article page has, by name", () => {
    const html = `<html><body><article><p>${paragraph}</p>${"<span>a</span>".repeat(MAX_ELEMENTS + 1)}</article></body></html>`;
    expect(() => readWebPage("generated.html", html)).toThrow(/^the page has 60,005 elements, more than the 60,000 Dateline reads/);
  });

  it("ignores JSON-LD that is not JSON, and reads the page", () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script></head><body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    expect(readWebPage("broken-ld.html", html).text).toBe(`${paragraph}\n\n${paragraph}`);
  });
});

describe("extracting saved web pages", () => {
  let gazetteer: Gazetteer;
  let timeline: Timeline;
  beforeAll(() => {
    gazetteer = loadGazetteer();
    const files = ["news-site.html", "blog.html", "amp-story.htm", "login-wall.html"].map((name) => file(name, page(name)));
    timeline = parseTimeline(extractTimeline(files, gazetteer).timeline);
  });

  it("names an article by its file name without .html or .htm, and stores its readable text and metadata", () => {
    expect(timeline.articles.map((a) => a.id)).toEqual(["amp-story", "blog", "news-site"]);
    const news = timeline.articles.find((a) => a.id === "news-site")!;
    expect(news).toMatchObject({
      path: "news-site.html", published: "2025-12-04", publishedBasis: "header", title: "Harbour talks: Varnac and Blask agree to meet again in Geneva",
      byline: "Ilse Kadrow, Tomas Rebbe", outlet: "The Morrow Ledger", source: "https://www.morrowledger.example/world/2025/12/04/harbour-talks",
    });
    expect(news.text).toBe(readWebPage("news-site.html", page("news-site.html")).text);
  });

  it("finds the events of each page, every excerpt a slice of the stored text", () => {
    const found = (articleId: string) => timeline.events.filter((e) => e.sources.some((s) => s.articleId === articleId));
    const texts = new Map(timeline.articles.map((a) => [a.id, a.text]));
    for (const e of timeline.events) for (const s of e.sources) expect(texts.get(s.articleId)!.slice(s.start, s.end)).toBe(s.text);
    const meeting = found("news-site").find((e) => e.type === "meeting" && e.date === "2025-12-02");
    expect(meeting?.sources[0].text).toMatch(/^Odile Varnac, the foreign minister .* met her counterpart Teodor Blask in Lisbon on Tuesday/);
    expect(found("news-site").some((e) => e.date === "2025-12-15")).toBe(true);
    expect(found("blog").find((e) => e.type === "vote")).toMatchObject({ date: "2026-01-12" });
    expect(found("amp-story").find((e) => e.type === "statement")).toMatchObject({ date: "2025-09-23", sources: expect.arrayContaining([expect.objectContaining({ text: expect.stringMatching(/^The train drivers' union called off/) })]) });
  });

  it("reports a page with no article by name and reads the others", () => {
    const said = timeline.diagnostics.filter((d) => d.file === "login-wall.html");
    expect(said).toEqual([{ file: "login-wall.html", severity: "error", skipped: true, message: expect.stringMatching(/^skipped: no article found in this web page .*save it again/) }]);
  });

  it("warns when a page states no publication time, and says what to do", () => {
    const html = `<html><body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const result = analyzeSafely(file("undated.html", html), gazetteer);
    expect("article" in result && result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^no publication date: the page states no publication time .*copy the article into a \.txt file/)]);
  });

  it("reads a page in the encoding it declares (a page saved before UTF-8 was the rule)", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta property="article:published_time" content="2025-09-23"></head><body><article><p>Union leader Arvid Mælstrøm said the strike was off, for now, and the fare stays at £3.</p><p>${paragraph}</p></article></body></html>`;
    // (Node decodes windows-1252 as Latin-1, so the test keeps to letters the two share)
    const bytes = Uint8Array.from(html, (c) => c.charCodeAt(0));
    const result = analyzeSafely({ path: "old.html", bytes }, gazetteer);
    expect("article" in result && result.article.text).toMatch(/^Union leader Arvid Mælstrøm said the strike was off, for now, and the fare stays at £3\./);
    expect("article" in result && result.diagnostics).toEqual([]);
  });

  it("keeps one of two files that would share an article id, and names the other", () => {
    const html = `<html><head><meta property="article:published_time" content="2025-12-04"></head><body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const both = extractTimeline([file("talks.txt", `date 2025-12-04\nThe mayor said on Monday that the bridge would reopen.`), file("talks.html", html)], gazetteer).timeline;
    expect(parseTimeline(both).articles.map((a) => a.path)).toEqual(["talks.html"]);
    expect(both.diagnostics).toContainEqual({ file: "talks.txt", severity: "warning", skipped: true, message: 'skipped: talks.html has the same name, and so the same article id "talks"; rename or remove one of the two' });
  });
});
