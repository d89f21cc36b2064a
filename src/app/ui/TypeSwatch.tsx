import type { EventType } from "../../model/timeline";

/** The colour key of an event type, as the timeline draws it; decorative, so hidden from
 *  assistive technology (the type's name is always written next to it). */
export function TypeSwatch({ type, planned = false }: { type: EventType; planned?: boolean }) {
  return <span className={`type-swatch type-${type}${planned ? " is-planned" : ""}`} aria-hidden="true" />;
}
