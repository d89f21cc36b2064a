import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode, type ReactNode } from "react";
import { vi } from "vitest";
import { App } from "../../src/app/App";
import { toExplorerData } from "../../src/model/explorer-data";
import { Timeline } from "../../src/model/timeline";
import { FIXTURE } from "./fixture-timeline";

type Answer = { status?: number; body: unknown };

/** Renders the whole explorer at `url` (under StrictMode, as main.tsx does) with a fresh
 *  QueryClient that does not retry, and fetch answering the timeline request from `answers`
 *  in turn (the last one repeats). An answer that is a whole timeline document is served as
 *  the build serves it: the explorer's timeline, and its article texts when those are asked
 *  for; any other answer is served as it is, for the tests of broken data. `texts` answers the
 *  article texts' request instead, when given. */
export function renderApp(url = "/", ...answers: Answer[]) {
  return renderAppWith(url, answers);
}

export function renderAppWith(url: string, answers: Answer[], texts?: Answer, wrap: (app: ReactNode) => ReactNode = (app) => app) {
  window.history.replaceState(null, "", url);
  const queue = answers.length > 0 ? answers : [{ body: FIXTURE }];
  let served: unknown = null;
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const respond = ({ body, status }: Answer) => new Response(typeof body === "string" ? body : JSON.stringify(body), { status: status ?? 200 });
    if (String(input).endsWith("timeline.texts.json")) {
      if (texts) return respond(texts);
      const whole = Timeline.safeParse(served);
      return whole.success ? respond({ body: toExplorerData(whole.data).texts }) : respond({ status: 404, body: "no texts for this answer" });
    }
    const answer = queue.length > 1 ? queue.shift()! : queue[0];
    served = answer.body;
    const whole = Timeline.safeParse(answer.body);
    return respond(whole.success ? { ...answer, body: toExplorerData(whole.data).timeline } : answer);
  });
  vi.stubGlobal("fetch", fetch);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <QueryClientProvider client={client}>{wrap(<App />)}</QueryClientProvider>
    </StrictMode>,
  );
  return { ...view, user, fetch };
}

export const searchParams = () => new URLSearchParams(window.location.search);
