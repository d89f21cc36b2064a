import { useTimeline } from "./timeline-data/get-timeline";

/** The explorer's first shell: the events of the corpus in date order with their sources.
 *  The interactive timeline, filters and reader are the explorer issue's work. */
export function App() {
  const { data, error, isPending, refetch } = useTimeline();
  if (isPending) return <p role="status">Loading the timeline…</p>;
  if (error)
    return (
      <div role="alert">
        <p>{error.message}</p>
        <button onClick={() => refetch()}>Retry</button>
      </div>
    );
  const actors = new Map(data.actors.map((a) => [a.id, a.name]));
  return (
    <main>
      <h1>Dateline</h1>
      <section aria-label="Event list">
        <ol>
          {data.events.map((e) => (
            <li key={e.id}>
              <strong>{e.date ?? "Undated"}</strong> {e.title}
              {e.actorIds.length > 0 && <span> ({e.actorIds.map((id) => actors.get(id)).join(", ")})</span>}
              <ul>
                {e.sources.map((s) => (
                  <li key={`${s.articleId}:${s.start}`}>
                    <blockquote>{s.text}</blockquote>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
