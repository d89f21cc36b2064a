import { gazetteerFromCompact } from "../../pipeline/places/compact-gazetteer";
import { createExtractor } from "./extract-articles";
import type { FromExtractor } from "./protocol";

// The extractor in a Web Worker, for articles added in the page (see protocol.ts). The compact
// gazetteer is a chunk of its own (vite-gazetteer-plugin.ts), fetched on the first request.
const scope = self as unknown as { postMessage(message: FromExtractor): void; onmessage: ((event: MessageEvent) => void) | null };

const extract = createExtractor({
  loadGazetteer: async () => gazetteerFromCompact((await import("virtual:dateline/compact-gazetteer")).default),
  post: (message) => scope.postMessage(message),
});

scope.onmessage = (event) => void extract(event.data);
