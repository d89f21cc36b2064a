import { useState, type KeyboardEvent } from "react";

/**
 * One tab stop for a group of controls, with ↑ ↓ (and Home, End outside a text box) moving
 * between them: a roving tabindex. The control last focused keeps the stop; until then, or
 * once it is gone from `keys`, the first key has it. A long picker then costs one Tab, not
 * one per choice.
 */
export function useRovingFocus(keys: readonly string[]) {
  const [active, setActive] = useState<string | null>(null);
  const stop = active !== null && keys.includes(active) ? active : keys[0];
  return {
    /** The props of the control named `key`; the data attribute lets the keys find the
     *  group's controls in the page's order. */
    itemProps: (key: string) => ({ tabIndex: key === stop ? 0 : -1, "data-roving-item": "", onFocus: () => setActive(key) }),
    /** For the group's container. */
    onKeyDown(e: KeyboardEvent<HTMLElement>) {
      const items = [...e.currentTarget.querySelectorAll<HTMLElement>("[data-roving-item]")];
      const at = items.findIndex((item) => item === e.target);
      if (at < 0) return;
      // in a text box Home and End move the caret
      const typing = e.target instanceof HTMLInputElement && !["checkbox", "radio"].includes(e.target.type);
      const target = { ArrowDown: at + 1, ArrowUp: at - 1, ...(typing ? {} : { Home: 0, End: items.length - 1 }) }[e.key];
      if (target === undefined) return;
      e.preventDefault();
      items[Math.max(0, Math.min(items.length - 1, target))].focus();
    },
  };
}
