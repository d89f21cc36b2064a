/** The number of events a filter choice would keep, read out as "3 events". */
export function ChoiceCount({ id, count }: { id: string; count: number }) {
  return (
    <span className="count" id={id}>
      {count}
      <span className="visually-hidden"> {count === 1 ? "event" : "events"}</span>
    </span>
  );
}
