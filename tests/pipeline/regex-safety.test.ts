import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import { prepareText } from "../../src/pipeline/articles/prepare-text";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { extractTimeline } from "../../src/pipeline/recipe";

// Issue #15: a file must never hang the extractor. Each pattern that a ReDoS checker (the lint
// rule local/no-redos, eslint-rules/no-redos.js) flagged was rewritten; here the rewrites give
// what the old patterns gave, and inputs built to make the old ones backtrack finish at once
// (vitest's timeout is the bound).

describe("HTML markup, found by a scan", () => {
  // the patterns the scan replaced, as the reference: each read the rest of the file again from
  // every opening that never closed
  const OLD_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]{0,2000})?\/?>|<!--[\s\S]{0,20000}?-->|<!DOCTYPE[^>]{0,200}>/g;
  const OLD_SCRIPT_OR_STYLE = /<(script|style)\b[^>]{0,2000}>[\s\S]{0,200000}?<\/\1\s*>/gi;
  const oldBlank = (match: string) => match.replace(/[^\r\n]/g, " ");
  const old = (body: string) => {
    const tags = body.match(OLD_TAG)?.length ?? 0;
    return tags >= 3 ? { tags, readable: body.replace(OLD_SCRIPT_OR_STYLE, oldBlank).replace(OLD_TAG, oldBlank) } : { tags: null, readable: body };
  };
  const now = (body: string) => {
    const { readable, diagnostics } = prepareText("a.txt", body);
    // the count is reported from three tags on
    const count = /HTML markup found \((\d+) tags\)/.exec(diagnostics[0]?.message ?? "");
    return { tags: count ? Number(count[1]) : null, readable };
  };
  const fragment = fc.constantFrom(
    "<", ">", "/", "-", "!", " ", "\n", "\r\n", "a", "B", "<p>", "</p>", "<b class=\"x\">", "<br/>", "<img src=x onerror=y>", "< p>",
    "<!--", "-->", "<!-->", "<!DOCTYPE html>", "<!doctype html>", "<script>", "<SCRIPT type=\"t\">", "</script>", "</script >", "</ScRiPt\n>",
    "<style>", "</style>", "<scripts>", "<script", "<style<", "text", "“quoted”",
  );
  it("blanks what the old patterns blanked and counts what they counted", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }).map((xs) => xs.join("")), (body) => {
        expect(now(body)).toEqual(old(body));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ["a comment at the length limit", `<p><b><i><!--${"x".repeat(20_000)}-->`],
    ["a comment past the length limit", `<p><b><i><!--${"x".repeat(20_001)}--><u>`],
    ["a script at the length limit", `<p><b><i><script>${"x".repeat(200_000)}</script>`],
    ["a script past the length limit", `<p><b><i><script>${"x".repeat(200_001)}</script></i>`],
    ["attributes at and past the limit", `<p><b><i><style ${"a".repeat(1_999)}>x</style><style ${"a".repeat(2_000)}>x</style>`],
  ])("keeps the old limits: %s", (_, body) => {
    expect(now(body)).toEqual(old(body));
  });
  it.each([
    ["100,000 comment openings", "<p><b><i>" + "<!--O".repeat(100_000)],
    ["100,000 style openings", "<p><b><i>" + "P<STYLE>".repeat(100_000)],
    ["100,000 unclosed script tags", "<p><b><i>" + "<script".repeat(100_000)],
    ["100,000 unclosed tags", "<p><b><i>" + "<a ".repeat(100_000)],
  ])("reads %s at once", (_, body) => {
    expect(prepareText("a.txt", body).readable).toHaveLength(body.length);
  });
});

describe("the whole extractor on input built to make its old patterns backtrack", () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = loadGazetteer();
  });
  // each the attack string the checker gave for a pattern since rewritten, 20,000 characters long
  const n = 20_000;
  it.each([
    ["spaces before a dateline (the mentions stage's dateline)", " ".repeat(n) + "SANTIAGO (Reuters) - Talks"],
    ["capitals and commas (the dateline)", "A,".repeat(n / 2) + " x"],
    ["tabs after a dash (the embedded post's signature)", "- " + "\t".repeat(n) + "x"],
    ["a long number (the photo counter)", "1".repeat(n) + " x"],
    ["a run of stops (the sentence splitter)", "!".repeat(n) + " x"],
    ["a long word before a full stop (the abbreviation check)", "a".repeat(n) + ". Then"],
    ["a run of spaces before a verb (the described subject)", "The union" + " ".repeat(n) + "x will meet"],
    ["tabs after an article (the descriptor)", "a\tn" + "\t".repeat(n) + "x"],
    ["a run of apostrophes (a pronoun with its verb)", "I" + "'".repeat(n) + "m here"],
    ["a run of commas in a quotation (the event title)", "Lopes said: “" + ",".repeat(n) + "x”"],
    ["a run of punctuation after a date (its trailing marks)", "on March 3, 2024" + ",.;: ".repeat(n / 5) + "x"],
  ])("%s", (_, line) => {
    const text = `date 2024-03-04\ntitle Talks\n${line}\nPresident Ana Lopes met union leaders on Tuesday.\n`;
    const { timeline } = extractTimeline([{ path: "a.txt", bytes: new TextEncoder().encode(text) }], gazetteer);
    expect(timeline.articles).toHaveLength(1);
  });
});
