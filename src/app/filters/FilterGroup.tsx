import { useId, useState, type ReactNode } from "react";

interface Props {
  /** The group's name, on the button that folds it. */
  label: string;
  /** What is chosen in it, shown beside the name (and so in sight when it is folded). */
  summary?: string;
  /** Open until the user folds or unfolds it. */
  defaultOpen: boolean;
  className?: string;
  children: ReactNode;
}

/** A filter group that folds: its name is a button in the legend, so a folded group costs one
 *  Tab and hides nothing of its name. */
export function FilterGroup({ label, summary, defaultOpen, className, children }: Props) {
  // null until the user folds or unfolds it: until then it follows defaultOpen, so a filter set
  // by a link or by going back opens its group
  const [open, setOpen] = useState<boolean | null>(null);
  const bodyId = useId();
  const expanded = open ?? defaultOpen;
  return (
    <fieldset className={className ? `filter-group ${className}` : "filter-group"}>
      <legend>
        <button type="button" className="filter-group-toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setOpen(!expanded)}>
          {label}
        </button>
        {/* kept out of the group's name, which stays exactly the label */}
        {summary && (
          <span className="filter-group-summary" aria-hidden="true">
            {" "}
            · {summary}
          </span>
        )}
      </legend>
      <div id={bodyId} className="filter-group-body" hidden={!expanded}>
        {children}
      </div>
    </fieldset>
  );
}
