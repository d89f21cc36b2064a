import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { vi } from "vitest";
import { App } from "../../src/app/App";
import { FIXTURE } from "./fixture-timeline";

type Answer = { status?: number; body: unknown };

/** Renders the whole explorer at `url` (under StrictMode, as main.tsx does) with a fresh
 *  QueryClient that does not retry, and fetch answering the timeline request from `answers`
 *  in turn (the last one repeats). */
export function renderApp(url = "/", ...answers: Answer[]) {
  window.history.replaceState(null, "", url);
  const queue = answers.length > 0 ? answers : [{ body: FIXTURE }];
  const fetch = vi.fn(async () => {
    const answer = queue.length > 1 ? queue.shift()! : queue[0];
    const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200 });
  });
  vi.stubGlobal("fetch", fetch);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
  return { ...view, user, fetch };
}

export const searchParams = () => new URLSearchParams(window.location.search);
