import type { Diagnostic } from "../../model/timeline";

/** A file that is not an article at all (binary data, too large): skipped, with the reason. */
export class RejectedFile extends Error {}

// Articles are read whole; a larger file is almost always not an article (a data dump, a
// concatenated archive) and would hold the run up. Documented in the README.
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Decodes a file's bytes as UTF-8, or as `encoding` (a web page's declared one) when it is
 *  another that the platform decodes. A byte-order mark is dropped; bytes that are not UTF-8 are
 *  replaced and reported with the offset of the first one, so the article is still read. */
export function decodeFile(path: string, bytes: Uint8Array, encoding?: string): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new RejectedFile(`the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; Dateline reads articles of up to ${MAX_ARTICLE_BYTES / 1024 / 1024} MB. Split it into one file per article`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new RejectedFile(`binary data (a NUL byte at offset ${nul}): this is not a text file. Save the article as plain text (.txt, UTF-8)`);
  let body = bytes;
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
  if (bom) body = body.subarray(3);
  const other = bom ? undefined : otherDecoder(encoding);
  if (other) return { text: other.decode(body), diagnostics };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
    diagnostics.push({ file: path, severity: "warning", message: `not valid UTF-8 at byte ${offset}; the bad bytes were replaced with U+FFFD. Re-save the file as UTF-8 to keep them` });
    text = new TextDecoder("utf-8").decode(body);
  }
  return { text, diagnostics };
}

/** A decoder for a declared encoding other than UTF-8; none for UTF-8, for a label the platform
 *  does not know (the file is then read as UTF-8, and its bad bytes reported as usual), or for
 *  UTF-16, which a page cannot declare in its own bytes (the HTML standard reads it as UTF-8). */
function otherDecoder(encoding: string | undefined): TextDecoder | undefined {
  if (!encoding) return undefined;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    return undefined; // an unknown label, as a browser ignores it
  }
  return /^utf-(?:8|16)/.test(decoder.encoding) ? undefined : decoder;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
