import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { DATELINE, TITLE_DATELINE, matchDateline } from "../../src/pipeline/text/dateline";

describe("the wire dateline", () => {
  it.each([
    ["SANTIAGO (Reuters) - The government said", { place: "SANTIAGO", agency: "Reuters" }],
    ["BEAUFORT, S.C. — The town's public works director resigned", { place: "BEAUFORT", region: "S.C." }],
    ["WASHINGTON, March 3 (AP) — The Federal Reserve", { place: "WASHINGTON", date: "March 3", agency: "AP" }],
    ["LONDON, Dec 3 /PRNewswire/ -- Acme Corp", { place: "LONDON", date: "Dec 3", agency: "PRNewswire" }],
    ["SAN FRANCISCO, May 6, 2024 /PRNewswire/ -- Acme", { place: "SAN FRANCISCO", date: "May 6, 2024", agency: "PRNewswire" }],
    ["RIO DE JANEIRO, Brazil, Jan. 5 (Reuters) – Police", { place: "RIO DE JANEIRO", region: "Brazil", date: "Jan. 5" }],
    ["ST. PETERSBURG — Officials", { place: "ST. PETERSBURG" }],
    ["OSLO, May 3. /NTB/. The talks on fishing quotas", { place: "OSLO", date: "May 3", agency: "NTB" }],
    ["Nairobi (AFP) - Kenya's parliament voted", { place: "Nairobi", agency: "AFP" }],
    ["Porto Alegre, Brazil (NTB) – Officials said", { place: "Porto Alegre", region: "Brazil", agency: "NTB" }],
  ])("reads %j", (text, expected) => {
    const m = matchDateline(text);
    expect(m).toMatchObject(expected);
    // the copy starts right after the dash and its space
    expect(text.slice(m!.end)).toMatch(/^\p{L}/u);
  });

  it.each([
    "The government said on Monday - in a statement - that",
    "Santiago (Reuters) - lower-case places are a sentence, not a dateline",
    "A — a lone capital is no place",
    "SANTIAGO (Reuters)",
  ])("refuses %j", (text) => {
    expect(matchDateline(text)).toBeNull();
  });

  // issue #15: the mentions stage's old copy of this pattern backtracked for minutes on a long
  // run of spaces; these finish at once (vitest's timeout is the bound)
  it.each([
    ["5,000 spaces, then a dateline", " ".repeat(5000) + "SANTIAGO (Reuters) - Text", null],
    ["5,000 capitals and commas", "A,".repeat(2500) + " - Text", null],
    ["a place, 5,000 spaces, a dash", "SANTIAGO" + " ".repeat(5000) + "- Text", null],
    ["tabs and spaces after a capital", "A." + "\t ".repeat(2500), null],
    ["5,000 capital words", "AB ".repeat(1700) + "- Text", null],
  ])("matches or refuses %s at once", (_, text, expected) => {
    expect(matchDateline(text)).toBe(expected);
  });

  it.each([["DATELINE", DATELINE], ["TITLE_DATELINE", TITLE_DATELINE]])("%s is called safe by a ReDoS checker", (_, pattern) => {
    // the automaton checker, as the lint rule uses it: its verdict is a proof, the same every run
    expect(checkSync(pattern.source, pattern.flags, { checker: "automaton", timeout: 30_000 }).status).toBe("safe");
  });
});
