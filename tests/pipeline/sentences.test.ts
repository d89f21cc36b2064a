import { describe, it, expect } from "vitest";
import { MAX_GAP, splitLines, splitLineIntoSentences, type Line } from "../../src/pipeline/sentences/split-sentences";
import { classifyLines } from "../../src/pipeline/sentences/classify-lines";
import { quotedRanges } from "../../src/pipeline/text/tokens";

/** The sentences of a one-line body, as text. */
function sentencesOf(body: string): string[] {
  const lines = splitLines(body);
  return lines.flatMap((line) => splitLineIntoSentences(line).map((s) => body.slice(s.start, s.end)));
}

function kindsOf(...texts: string[]) {
  const lines = splitLines(texts.join("\n"));
  expect(lines).toHaveLength(texts.length);
  return classifyLines(lines);
}

describe("splitLines", () => {
  it("keeps non-empty lines, trimmed, with offsets into the body", () => {
    const body = "  First paragraph here.\r\n\n   Second line.  \nThird";
    const lines = splitLines(body);
    expect(lines.map((l) => l.text)).toEqual(["First paragraph here.", "Second line.", "Third"]);
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2]);
    for (const l of lines) expect(body.slice(l.start, l.end)).toBe(l.text);
  });

  it("ends a line at a wide gap of whitespace, such as blanked HTML leaves, keeping offsets into the text as saved", () => {
    const body = `LONDON${" ".repeat(3000)}(AP) — The mayor <b>said</b> on Tuesday.${"\t ".repeat(MAX_GAP)}Next block.`;
    const lines = splitLines(body);
    expect(lines.map((l) => l.text)).toEqual(["LONDON", "(AP) — The mayor <b>said</b> on Tuesday.", "Next block."]);
    for (const l of lines) expect(body.slice(l.start, l.end)).toBe(l.text);
    expect(splitLines(`a${" ".repeat(MAX_GAP - 1)}b`).map((l) => l.text)).toEqual([`a${" ".repeat(MAX_GAP - 1)}b`]);
  });

  it("returns no lines for an empty or blank body", () => {
    expect(splitLines("")).toEqual([]);
    expect(splitLines("  \n\t\r\n ")).toEqual([]);
  });
});

describe("splitLineIntoSentences", () => {
  it("splits at full stops, exclamation and question marks followed by a capital", () => {
    expect(sentencesOf("The envoys met. Then they left! Did they agree? Nobody knows.")).toEqual([
      "The envoys met.", "Then they left!", "Did they agree?", "Nobody knows.",
    ]);
  });

  it("does not split after the honorific Mr.", () => {
    expect(sentencesOf("Mr. Lopes arrived late. He left early.")).toEqual(["Mr. Lopes arrived late.", "He left early."]);
  });

  it("does not split after U.S. in the middle of a sentence", () => {
    expect(sentencesOf("The U.S. Treasury objected. Talks went on.")).toEqual(["The U.S. Treasury objected.", "Talks went on."]);
  });

  it("does not split after single-letter initials", () => {
    expect(sentencesOf("He met J. R. Okafor in Lagos. They talked.")).toEqual(["He met J. R. Okafor in Lagos.", "They talked."]);
  });

  it("splits before an opening quotation mark and before a digit", () => {
    expect(sentencesOf("She spoke. “We are ready,” she said. 12 people attended.")).toEqual([
      "She spoke.", "“We are ready,” she said.", "12 people attended.",
    ]);
  });

  it("does not split when the next word is lower case", () => {
    expect(sentencesOf("Prices rose 2.5 per cent. in March, officials said.")).toEqual(["Prices rose 2.5 per cent. in March, officials said."]);
  });

  it("gives offsets into the body, not into the line", () => {
    const body = "Heading\nFirst sentence. Second sentence.";
    const line: Line = splitLines(body)[1];
    const spans = splitLineIntoSentences(line);
    expect(spans).toEqual([
      { start: 8, end: 23 },
      { start: 24, end: 40 },
    ]);
    expect(body.slice(spans[1].start, spans[1].end)).toBe("Second sentence.");
  });
});

describe("classifyLines", () => {
  const NARRATIVE = "The delegations spent five hours going through the draft agreement line by line.";

  it("marks a k-of-N photo counter as a counter", () => {
    expect(kindsOf(NARRATIVE, "3 of 6")).toEqual(["caption", "counter"]);
  });

  it("marks an 'N photos' gallery counter as a counter, and the line above it stays body", () => {
    expect(kindsOf(NARRATIVE, "6 photos")).toEqual(["body", "counter"]);
  });

  it("marks a bare 'Getty Images' line as a credit", () => {
    expect(kindsOf("Getty Images")).toEqual(["credit"]);
  });

  it("marks a credit glued to its counter as a credit", () => {
    expect(kindsOf("Kremlin Press Office/Bulletin/Anadolu via Getty Images5 of 6")).toEqual(["credit"]);
  });

  it("marks a full line followed by a credit as a caption", () => {
    expect(kindsOf(
      "Foreign Minister Ana Lopes greets the delegation at the palace in Lisbon on December 2, 2025.",
      "Marta Reis/Reuters",
      NARRATIVE,
    )).toEqual(["caption", "credit", "body"]);
  });

  it("leaves a line followed by ordinary narration as body", () => {
    expect(kindsOf(NARRATIVE, NARRATIVE)).toEqual(["body", "body"]);
  });

  it("marks a short line without a full stop as a heading", () => {
    expect(kindsOf("What the negotiators are saying", NARRATIVE)).toEqual(["heading", "body"]);
  });

  it("marks the post above a '– Name (@handle) Month D, YYYY' signature as embed", () => {
    expect(kindsOf(
      "Lopes wrote on X:",
      "Productive talks today with our partners. We will meet again very soon to finish the work.",
      "– Ana Lopes (@analopes) December 2, 2025",
      NARRATIVE,
    )).toEqual(["body", "embed", "signature", "body"]);
  });

  it("takes up to three lines of a post above its signature, stopping at the line that introduces it", () => {
    expect(kindsOf(
      "In a post on social media, the minister wrote:",
      "Productive talks today with our partners in Lisbon and in Madrid.",
      "We will meet again very soon to finish the work on the draft.",
      "– Ana Lopes (@analopes) December 2, 2025",
    )).toEqual(["body", "embed", "embed", "signature"]);
  });
});

describe("quoted stretches of a sentence", () => {
  it("finds quotations opened and closed in the sentence, curly or straight", () => {
    const text = 'He said "we will" and “they won\'t” today.';
    expect(quotedRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['"we will"', "“they won't”"]);
  });
  it("reads a closing mark after a word as the end of a quotation an earlier sentence opened", () => {
    const text = 'It will cost money," said the mayor.';
    expect(quotedRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['It will cost money,"']);
  });
  it("runs a quotation left open to the end of the sentence", () => {
    const text = 'The mayor said: "We will rebuild the pier.';
    expect(quotedRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['"We will rebuild the pier.']);
  });
  it("does not read an inch mark as the end of a quotation", () => {
    expect(quotedRanges('The firm sold a 55" screen for less.')).toEqual([]);
  });
});

describe("quotation marks inside a quotation", () => {
  it("keeps straight marks inside a curly quotation as part of it", () => {
    const text = '“<a href="x"> is the link,” she said.';
    expect(quotedRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['“<a href="x"> is the link,”']);
  });
});
