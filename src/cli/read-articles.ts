import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Diagnostic } from "../model/timeline";
import { isArticlePath } from "../pipeline/articles/analyze-article";
import type { ArticleFile } from "../pipeline/recipe";

/** Reads every article file (.txt, .html, .htm) below `dir` (recursively). A file that cannot be read is reported by
 *  name with the reason, and the others are read all the same. */
export async function readArticleFolder(dir: string): Promise<{ files: ArticleFile[]; diagnostics: Diagnostic[] }> {
  const files: ArticleFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const visit = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ file: folder, severity: "error", message: `cannot list this folder (${reason(error)}); check that it exists and is readable` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const shown = relative(dir, path).split(sep).join("/");
      if (entry.isDirectory()) {
        await visit(path);
        continue;
      }
      if (!isArticlePath(entry.name)) continue;
      try {
        if (entry.isSymbolicLink()) {
          try {
            await stat(path);
          } catch {
            diagnostics.push({ file: shown, severity: "error", message: "skipped: a link to a file that does not exist; fix or remove the link", skipped: true });
            continue;
          }
        }
        files.push({ path: shown, bytes: new Uint8Array(await readFile(path)) });
      } catch (error) {
        diagnostics.push({ file: shown, severity: "error", message: `skipped: cannot read the file (${reason(error)}); check that its permissions allow reading`, skipped: true });
      }
    }
  };
  await visit(dir);
  return { files, diagnostics };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
