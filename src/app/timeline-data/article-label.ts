import type { ExplorerArticle } from "../../model/explorer-data";
import { formatDate } from "../events/format-date";

/** How an article is named on screen: a reader knows it by its title and outlet, not by the
 *  file name it was saved under. */
export interface ArticleLabel {
  /** The header's title, else the first line of the text, shortened; null only while the text
   *  of an article without a title is not loaded yet. */
  title: string | null;
  /** The header's outlet, else the host of its source URL without "www."; null when neither
   *  says where the article is from. */
  outlet: string | null;
}

/** A first line longer than this is a paragraph, not a headline: it is cut at a word. */
export const MAX_TITLE_LENGTH = 100;

export function articleLabel(article: Pick<ExplorerArticle, "title" | "outlet" | "source">, text?: string): ArticleLabel {
  const title = article.title?.trim() || (text === undefined ? null : firstLine(text));
  return { title, outlet: article.outlet?.trim() || hostOf(article.source) };
}

/** "4 Dec 2025", "2 Dec 2025 (inferred)" when the date was read from the text, or "date unknown". */
export function publishedText(article: Pick<ExplorerArticle, "published" | "publishedBasis">): string {
  if (!article.published) return "date unknown";
  return `${formatDate(article.published)}${article.publishedBasis === "inferred" ? " (inferred)" : ""}`;
}

/** The text's first line that has words, shortened to MAX_TITLE_LENGTH at a word boundary;
 *  "(no text)" for an empty article. */
function firstLine(text: string): string {
  const line = text.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).find((l) => l !== "");
  if (line === undefined) return "(no text)";
  if (line.length <= MAX_TITLE_LENGTH) return line;
  const cut = line.lastIndexOf(" ", MAX_TITLE_LENGTH);
  return `${line.slice(0, cut > 0 ? cut : MAX_TITLE_LENGTH)}…`;
}

// "reuters.com/markets/…" is a source line too: a host without a scheme
const HAS_SCHEME = /^[a-z][\w+.-]*:/i;

/** The host of a source URL, lower case, without "www.", as the extractor names an outlet;
 *  null when the line is no URL with a host (a note, a `javascript:` line). */
function hostOf(source: string | undefined): string | null {
  const value = source?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(HAS_SCHEME.test(value) ? value : `https://${value}`);
  } catch {
    // not a URL at all: the article then has no known outlet, which the caller says
    return null;
  }
  // a host is a dotted name; "mailto:" and "javascript:" lines have none
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  return host.includes(".") ? host : null;
}
