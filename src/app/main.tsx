// first: it configures zod before any schema is created
import "./no-eval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
// the base styles first, so each feature's own stylesheet can refine them
import "./app.css";
import { App } from "./App";
import { AddedArticlesProvider } from "./add-articles/added-articles";
import { idbAddedStore } from "./add-articles/added-store";
import type { Extractor } from "./add-articles/extractor-client";
import { timelineQueryOptions } from "./timeline-data/get-timeline";
import { ErrorBoundary } from "./ui/ErrorBoundary";

const queryClient = new QueryClient();
// the timeline is read as soon as this script runs, not once React has drawn the loading state
void queryClient.prefetchQuery(timelineQueryOptions());

// the articles a reader added, kept in this browser; the extractor's worker (and the code that
// talks to it) loads on the first add, or on a load with added articles
const addedStore = idbAddedStore();
let extractor: Promise<Extractor> | undefined;
function loadExtractor(): Promise<Extractor> {
  return (extractor ??= import("./add-articles/extractor-client").then((m) => m.createBrowserExtractor()));
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <AddedArticlesProvider store={addedStore} extractor={loadExtractor}>
          <App />
        </AddedArticlesProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
