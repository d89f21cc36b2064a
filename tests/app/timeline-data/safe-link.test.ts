import { describe, expect, it } from "vitest";
import { safeLink } from "../../../src/app/timeline-data/safe-link";

describe("safeLink", () => {
  it("links an http or https source", () => {
    expect(safeLink("https://example.org/news/a?b=1")).toBe("https://example.org/news/a?b=1");
    expect(safeLink("http://example.org")).toBe("http://example.org/");
  });

  it("gives no link for a script, data or file URL, whatever its spelling", () => {
    for (const url of ["javascript:window.__pwned=1", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd"]) {
      expect(safeLink(url), url).toBeNull();
    }
  });

  it("gives no link for what is not an absolute URL", () => {
    expect(safeLink(undefined)).toBeNull();
    expect(safeLink("")).toBeNull();
    expect(safeLink("example.org/news")).toBeNull();
    expect(safeLink("//example.org/news")).toBeNull();
  });
});
