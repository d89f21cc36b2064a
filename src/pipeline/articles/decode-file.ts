import type { Diagnostic } from "../../model/timeline";

/** Decodes a file's bytes as UTF-8. A byte-order mark is dropped; bytes that are not UTF-8 are
 *  replaced and reported with the offset of the first one, so the article is still read. */
export function decodeFile(path: string, bytes: Uint8Array): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
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
