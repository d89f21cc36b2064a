import type { ViewName } from "../explorer-url/explorer-state";
import { VIEWS } from "./views";
import "./views.css";

/** One control for the views: a radio group named "View", drawn as a segmented
 *  switch. Native radios give the arrow keys and one tab stop for free. */
export function ViewSwitch({ view, onChange }: { view: ViewName; onChange(view: ViewName): void }) {
  return (
    <div className="view-switch" role="radiogroup" aria-label="View">
      {VIEWS.map((v) => (
        <label key={v.name} className={v.name === view ? "view-choice is-current" : "view-choice"}>
          <input type="radio" name="view" value={v.name} checked={v.name === view} onChange={() => onChange(v.name)} />
          {v.label}
        </label>
      ))}
    </div>
  );
}
