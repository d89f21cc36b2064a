// first: it configures zod before any schema is created
import "./no-eval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
// the base styles first, so each feature's own stylesheet can refine them
import "./app.css";
import { App } from "./App";
import { timelineQueryOptions } from "./timeline-data/get-timeline";
import { ErrorBoundary } from "./ui/ErrorBoundary";

const queryClient = new QueryClient();
// the timeline is read as soon as this script runs, not once React has drawn the loading state
void queryClient.prefetchQuery(timelineQueryOptions());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
