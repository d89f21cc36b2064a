import { useId, useMemo, useState, type ReactNode } from "react";
import { ChoiceCount } from "../ui/ChoiceCount";
import { foldText } from "../ui/fold-text";
import { isolate } from "../ui/isolate";
import { useRovingFocus } from "../ui/use-roving-focus";

export interface PickerChoice {
  id: string;
  name: string;
  /** Other spellings the find box also matches ("Halvorsson" finds Amara Halvorsen, when the extractor saw that spelling). */
  aliases: readonly string[];
  /** Choices are listed under their section's heading, e.g. "People" and "Organizations". */
  section: string;
  /** Events of the whole corpus: fixes the order, so choices do not jump as counts change. */
  total: number;
  /** The choice this one is listed under (a city's region or country); the choices come in
   *  that order already, each after its parent. */
  parent?: string;
}

/** How many unchosen choices a picker lists at first, and how many more each "Show more" adds. */
const PAGE = 100;

const FIND = "find";
const MORE = "more";

interface Props {
  findLabel: string;
  choices: readonly PickerChoice[];
  sections: readonly string[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/** A searchable multi-select: checkboxes, each with the number of events it would show given
 *  the other filters, nested under its parent where it has one. One tab stop: ↓ goes from the
 *  find box into the choices, ↑ ↓ move between them. */
export function EntityPicker({ findLabel, choices, sections, counts, selected, onChange }: Props) {
  const [find, setFind] = useState("");
  const id = useId();
  const [limit, setLimit] = useState(PAGE);
  const numbers = useMemo(() => new Map(choices.map((c, i) => [c.id, i])), [choices]);
  const byId = useMemo(() => new Map(choices.map((c) => [c.id, c])), [choices]);
  // folded once per corpus, not once per choice per render
  const haystacks = useMemo(() => choices.map((c) => foldText([c.name, ...c.aliases].join(" "))), [choices]);
  const words = foldText(find).split(/\s+/).filter(Boolean);
  const chosen = new Set(selected);
  // a chosen one stays in sight so it can be unchosen, and a found place keeps the places it
  // lies in above it, so "Miami" shows under Florida
  const found = new Set(choices.filter((c, i) => words.every((w) => haystacks[i].includes(w))).map((c) => c.id));
  if (words.length > 0) for (const c of choices) if (found.has(c.id)) for (let up = c.parent; up !== undefined && !found.has(up); up = byId.get(up)?.parent) found.add(up);
  const matching = choices.filter((c) => chosen.has(c.id) || found.has(c.id));
  // thousands of names would be thousands of rows to redraw on every filter change: the most
  // frequent come first, the find box reaches the rest, and "Show more" lists them
  let shownUnchosen = 0;
  const visible = matching.filter((c) => chosen.has(c.id) || shownUnchosen++ < limit);
  const hidden = matching.length - visible.length;
  const toggle = (choiceId: string, on: boolean) => onChange(on ? [...selected, choiceId] : selected.filter((s) => s !== choiceId));
  const roving = useRovingFocus([FIND, ...visible.map((c) => c.id), ...(hidden > 0 ? [MORE] : [])]);

  // each visible choice under its nearest visible parent
  const shown = new Set(visible.map((c) => c.id));
  const under = new Map<string | undefined, PickerChoice[]>();
  for (const choice of visible) {
    let parent = choice.parent;
    while (parent !== undefined && !shown.has(parent)) parent = byId.get(parent)?.parent;
    const key = parent === undefined ? `${choice.section}\n` : parent;
    const siblings = under.get(key);
    if (siblings) siblings.push(choice);
    else under.set(key, [choice]);
  }
  // a nested list is named for its parent ("In Florida"), which a screen reader says on entering it
  const list = (key: string, name: { labelledBy?: string; label?: string }): ReactNode => (
    <ul aria-labelledby={name.labelledBy} aria-label={name.label}>
      {under.get(key)!.map((choice) => {
        const count = counts.get(choice.id) ?? 0;
        // numbered, not named by the data's id: an id with a space would split the
        // aria-describedby list
        const inputId = `${id}-${numbers.get(choice.id)}`;
        return (
          <li key={choice.id} className={count === 0 ? "is-empty" : undefined}>
            <span className="picker-row">
              <input
                id={inputId}
                type="checkbox"
                checked={chosen.has(choice.id)}
                onChange={(e) => toggle(choice.id, e.target.checked)}
                aria-describedby={`${inputId}-count`}
                {...roving.itemProps(choice.id)}
              />
              <label htmlFor={inputId} dir="auto">
                {choice.name}
              </label>
              <ChoiceCount id={`${inputId}-count`} count={count} />
            </span>
            {under.has(choice.id) && list(choice.id, { label: `In ${isolate(choice.name)}` })}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="picker" onKeyDown={roving.onKeyDown}>
      <input
        type="search"
        className="picker-find"
        aria-label={findLabel}
        aria-describedby={`${id}-keys`}
        placeholder={findLabel}
        value={find}
        onChange={(e) => setFind(e.target.value)}
        {...roving.itemProps(FIND)}
      />
      <span id={`${id}-keys`} className="visually-hidden">
        Down arrow moves to the choices, Space chooses one.
      </span>
      {/* not a tab stop of its own (Chromium makes a scroller one when nothing in it is): the
          arrows reach its choices, and focus scrolls them into view */}
      <div className="picker-options" tabIndex={-1}>
        {sections.map((section) => {
          if (!under.has(`${section}\n`)) return null;
          const titled = sections.length > 1;
          return (
            <div key={section} className="picker-section">
              {titled && (
                <p className="picker-section-title" id={`${id}-${section}`}>
                  {section}
                </p>
              )}
              {list(`${section}\n`, { labelledBy: titled ? `${id}-${section}` : undefined })}
            </div>
          );
        })}
        {hidden > 0 && (
          <button type="button" className="picker-more" onClick={() => setLimit(limit + PAGE)} {...roving.itemProps(MORE)}>
            Show {Math.min(PAGE, hidden)} more of {hidden}
          </button>
        )}
        {visible.length === 0 && (
          <p className="picker-none">
            No match for “<bdi>{find}</bdi>”.
          </p>
        )}
      </div>
    </div>
  );
}
