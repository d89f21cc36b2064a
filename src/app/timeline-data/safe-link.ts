/** The article's `source` line as a link the reader can follow, or null. Only absolute http(s)
 *  URLs: the line comes from the article file and could say anything, `javascript:` included. */
export function safeLink(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // not an absolute URL: no link, the path and outlet still say where the article is from
    return null;
  }
  return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
}
