import type { ExplorerArticle as Article } from "../../model/explorer-data";
import type { DateBasis } from "../../model/timeline";
import { isolate } from "../ui/isolate";
import { formatDate } from "./format-date";

/** Says where an event's date came from, in the reader's words:
 *  "Tuesday → 2 Dec 2025, from the article's date 4 Dec 2025". The article's words in it are
 *  bidi-isolated, so an override character in them cannot reverse the date beside them. */
/** What an explanation needs of an article: its date and how it was found. */
type ArticleDate = Pick<Article, "published" | "publishedBasis" | "publishedEvidence">;

export function explainEventDate(event: { date: string | null; dateBasis: DateBasis | null }, articlesById: ReadonlyMap<string, ArticleDate>): string {
  if (!event.date) return "No date: none of the sources says when this happened.";
  const date = formatDate(event.date);
  const basis = event.dateBasis;
  if (!basis) return `${date}; the data does not say where this date came from.`;
  const article = articlesById.get(basis.articleId);
  switch (basis.kind) {
    case "stated":
      return `“${isolate(basis.expression)}” → ${date}, stated in the sentence`;
    case "relative":
      return `${isolate(basis.expression)} → ${date}, ${anchorWords(basis.anchor, article)}`;
    case "context":
      return `No date in the sentence; the story was at ${date} (“${isolate(basis.expression)}”)`;
    case "publication":
      return `${date}: the article's date${article ? inferredNote(article) : ""}`;
  }
}

function anchorWords(anchor: string | null, article: ArticleDate | undefined): string {
  // the anchor is usually the article's date; when it is another date the story had reached, say that
  if (anchor && anchor !== article?.published) return `counted from ${formatDate(anchor)}`;
  if (article?.published) return `from the article's date ${formatDate(article.published)}${inferredNote(article)}`;
  return "from the story's context";
}

function inferredNote(article: ArticleDate): string {
  if (article.publishedBasis !== "inferred") return "";
  return article.publishedEvidence ? ` (inferred from “${isolate(article.publishedEvidence)}”)` : " (inferred)";
}
