import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useAddedArticles, type AddedEntry } from "./added-articles";
import "./add-articles.css";

const ACCEPT = ".txt,.html,.htm,text/plain,text/html";

const STATE_TEXT: Record<AddedEntry["state"], string> = { waiting: "Waiting", reading: "Reading…", added: "Added", skipped: "Skipped" };

async function filesOf(list: FileList | readonly File[]) {
  return Promise.all([...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** "Add articles": a file input, drop onto the page, and a "Paste text" dialog; then each added
 *  file's progress, its diagnostic when it was skipped, and a button to remove it. */
export function AddArticles() {
  const added = useAddedArticles();
  const [pasting, setPasting] = useState(false);
  const [dropping, setDropping] = useState(false);
  const headingId = useId();
  const add = added?.add;

  // a file dropped anywhere on the page is added; other drops (text, links) are the browser's
  useEffect(() => {
    if (!add) return;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDropping(false);
    };
    const drop = (e: DragEvent) => {
      setDropping(false);
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      void filesOf(e.dataTransfer.files).then(add);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [add]);

  if (!added) return null;
  const { entries, busy, error, remove } = added;
  const done = entries.filter((e) => e.state === "added").length;

  return (
    <section className={`add-articles${dropping ? " is-dropping" : ""}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Your articles
      </h2>
      <div className="add-articles-controls">
        <label className="add-articles-choose">
          Add articles
          <input
            type="file"
            multiple
            accept={ACCEPT}
            className="visually-hidden"
            onChange={(e) => {
              const input = e.currentTarget;
              if (input.files?.length) void filesOf(input.files).then(added.add);
              // the same file chosen again is a new choice
              input.value = "";
            }}
          />
        </label>
        <button type="button" onClick={() => setPasting(true)}>
          Paste text
        </button>
        <span className="add-articles-hint">.txt or a saved web page (.html); or drop files on the page</span>
      </div>
      <p role="status" className="add-articles-status">
        {busy ? `Adding articles: ${done} of ${entries.length} read…` : entries.length > 0 ? `${done} of ${entries.length} added ${entries.length === 1 ? "article" : "articles"} shown` : ""}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {entries.length > 0 && (
        <>
          <h3 className="add-articles-heading">Added articles</h3>
          <ul className="added-list" aria-label="Added articles">
            {entries.map((entry) => (
              <li key={entry.name} className={`added-entry is-${entry.state}`}>
                <bdi className="added-name">{entry.name}</bdi> <span className="added-state">{STATE_TEXT[entry.state]}</span>
                {entry.message && (
                  <p className="added-message error-text">
                    <bdi>{entry.message}</bdi>
                  </p>
                )}
                <button type="button" aria-label={`Remove ${entry.name}`} onClick={() => remove(entry.name)} disabled={busy && entry.state === "reading"}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {pasting && (
        <PasteDialog
          existing={entries.map((e) => e.name)}
          onAdd={(file) => {
            setPasting(false);
            added.add([file]);
          }}
          onClose={() => setPasting(false)}
        />
      )}
    </section>
  );
}

/** A text area for an article's text, and its publication date if the reader knows it: added as
 *  a text file (`pasted-1.txt`) that opens with the date line the extractor reads. */
function PasteDialog({ existing, onAdd, onClose }: { existing: string[]; onAdd: (file: { name: string; bytes: Uint8Array }) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [text, setText] = useState("");
  const [date, setDate] = useState("");
  useEffect(() => {
    const d = dialog.current!;
    if (!d.open) d.showModal();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let n = 1;
    while (existing.includes(`pasted-${n}.txt`)) n++;
    onAdd({ name: `pasted-${n}.txt`, bytes: new TextEncoder().encode(date ? `date ${date}\n${text}` : text) });
  };
  return (
    <dialog ref={dialog} className="paste-dialog" aria-labelledby={headingId} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={headingId}>Paste an article</h2>
        <label>
          Article text
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} required />
        </label>
        <label>
          Publication date (optional)
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <div className="paste-actions">
          <button type="submit" disabled={!text.trim()}>
            Add
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
