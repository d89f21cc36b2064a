import { useId, useMemo, useState } from "react";
import { normalize } from "./filter-events";
import { ChoiceCount } from "../ui/ChoiceCount";

export interface PickerChoice {
  id: string;
  name: string;
  /** Other spellings the find box also matches ("Halvorsson" finds Amara Halvorsen, when the extractor saw that spelling). */
  aliases: readonly string[];
  /** Choices are listed under their section's heading, e.g. "People" and "Organizations". */
  section: string;
  /** Events of the whole corpus: fixes the order, so choices do not jump as counts change. */
  total: number;
}

/** How many unchosen choices a picker lists at first, and how many more each "Show more" adds. */
const PAGE = 100;

interface Props {
  label: string;
  findLabel: string;
  choices: readonly PickerChoice[];
  sections: readonly string[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/** A searchable multi-select: a group of checkboxes named `label`, each with the number of
 *  events it would show given the other filters. */
export function EntityPicker({ label, findLabel, choices, sections, counts, selected, onChange }: Props) {
  const [find, setFind] = useState("");
  const id = useId();
  const [limit, setLimit] = useState(PAGE);
  const numbers = useMemo(() => new Map(choices.map((c, i) => [c.id, i])), [choices]);
  // folded once per corpus, not once per choice per render
  const haystacks = useMemo(() => choices.map((c) => normalize([c.name, ...c.aliases].join(" "))), [choices]);
  const words = normalize(find).split(/\s+/).filter(Boolean);
  const chosen = new Set(selected);
  // a chosen one stays in sight so it can be unchosen
  const matching = choices.filter((c, i) => chosen.has(c.id) || words.every((w) => haystacks[i].includes(w)));
  // thousands of names would be thousands of rows to redraw on every filter change: the most
  // frequent come first, the find box reaches the rest, and "Show more" lists them
  let shownUnchosen = 0;
  const visible = matching.filter((c) => chosen.has(c.id) || shownUnchosen++ < limit);
  const hidden = matching.length - visible.length;
  const toggle = (choiceId: string, on: boolean) => onChange(on ? [...selected, choiceId] : selected.filter((s) => s !== choiceId));

  return (
    <fieldset className="picker">
      <legend>
        {label}
        {/* kept out of the group's name, which stays exactly the label */}
        {selected.length > 0 && (
          <span className="picker-chosen" aria-hidden="true">
            {" "}
            · {selected.length} chosen
          </span>
        )}
      </legend>
      <input type="search" className="picker-find" aria-label={findLabel} placeholder={findLabel} value={find} onChange={(e) => setFind(e.target.value)} />
      <div className="picker-options">
        {sections.map((section) => {
          const inSection = visible.filter((c) => c.section === section);
          if (inSection.length === 0) return null;
          return (
            <div key={section} className="picker-section">
              {sections.length > 1 && <p className="picker-section-title" id={`${id}-${section}`}>{section}</p>}
              <ul aria-labelledby={sections.length > 1 ? `${id}-${section}` : undefined}>
                {inSection.map((choice) => {
                  const count = counts.get(choice.id) ?? 0;
                  // numbered, not named by the data's id: an id with a space would split the
                  // aria-describedby list
                  const inputId = `${id}-${numbers.get(choice.id)}`;
                  return (
                    <li key={choice.id} className={count === 0 ? "is-empty" : undefined}>
                      <input
                        id={inputId}
                        type="checkbox"
                        checked={chosen.has(choice.id)}
                        onChange={(e) => toggle(choice.id, e.target.checked)}
                        aria-describedby={`${inputId}-count`}
                      />
                      <label htmlFor={inputId} dir="auto">
                        {choice.name}
                      </label>
                      <ChoiceCount id={`${inputId}-count`} count={count} />
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
        {hidden > 0 && (
          <button type="button" className="picker-more" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, hidden)} more of {hidden}
          </button>
        )}
        {visible.length === 0 && (
          <p className="picker-none">
            No match for “<bdi>{find}</bdi>”.
          </p>
        )}
      </div>
    </fieldset>
  );
}
