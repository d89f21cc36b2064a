import { describe, it, expect } from "vitest";
import { parseHeader } from "../../src/pipeline/articles/parse-header";

describe("parseHeader", () => {
  it("reads date, title, outlet and source lines and starts the body after the blank line", () => {
    const text = "date 2025-12-04\ntitle Talks resume in Lisbon\noutlet Example Daily\nsource https://example.com/talks\n\nThe envoys met again.";
    const { meta, bodyStart } = parseHeader(text);
    expect(meta).toEqual({ date: "2025-12-04", title: "Talks resume in Lisbon", outlet: "Example Daily", source: "https://example.com/talks" });
    expect(text.slice(bodyStart)).toBe("The envoys met again.");
  });

  it("accepts keys written with a colon and in any case", () => {
    const text = "Title: Harbour strike ends\nDate: 2024-06-19\n\nDock workers returned.";
    const { meta, bodyStart } = parseHeader(text);
    expect(meta).toEqual({ title: "Harbour strike ends", date: "2024-06-19" });
    expect(text.slice(bodyStart)).toBe("Dock workers returned.");
  });

  it("treats url as the source and publisher as the outlet", () => {
    const text = "url https://example.org/a\npublisher The Gazette\n\nBody.";
    const { meta } = parseHeader(text);
    expect(meta).toEqual({ source: "https://example.org/a", outlet: "The Gazette" });
  });

  it("handles CRLF line endings", () => {
    const text = "date 2025-12-04\r\ntitle Windows copy\r\n\r\nBody line.";
    const { meta, bodyStart } = parseHeader(text);
    expect(meta).toEqual({ date: "2025-12-04", title: "Windows copy" });
    expect(text.slice(bodyStart)).toBe("Body line.");
  });

  it("splits an inline date from the first sentence of the body on the same line", () => {
    const text = " date 2025-12-04 After their meeting in Lisbon, the envoys flew home.";
    const { meta, bodyStart } = parseHeader(text);
    expect(meta.date).toBe("2025-12-04");
    expect(text.slice(bodyStart)).toBe("After their meeting in Lisbon, the envoys flew home.");
    expect(text[bodyStart]).toBe("A");
  });

  it("returns no metadata and bodyStart 0 when the file has no header", () => {
    const text = "The envoys met in Lisbon on Tuesday.\nThey left on Wednesday.";
    expect(parseHeader(text)).toEqual({ meta: {}, bodyStart: 0 });
  });

  it("does not take a first body line that starts with the word Source in prose for a header", () => {
    const text = "Source close to the talks said the envoys met in Lisbon.\nThey left the next day.";
    expect(parseHeader(text)).toEqual({ meta: {}, bodyStart: 0 });
  });

  it("stops reading the header at the first line that is not a key", () => {
    const text = "date 2025-12-04\nThe envoys met.\ntitle Not a header any more";
    const { meta, bodyStart } = parseHeader(text);
    expect(meta).toEqual({ date: "2025-12-04" });
    expect(text.slice(bodyStart)).toBe("The envoys met.\ntitle Not a header any more");
  });

  it("keeps the first of two date lines and leaves the second in the body", () => {
    const text = "date 2025-12-04\ndate 2025-12-05\nBody.";
    const { meta, bodyStart } = parseHeader(text);
    expect(meta.date).toBe("2025-12-04");
    expect(text.slice(bodyStart)).toBe("date 2025-12-05\nBody.");
  });
});
