import type { EventKindName } from "../vocabulary/senses";
import type { EventKind } from "./kind";
import { meeting } from "./meeting";
import { resignation } from "./resignation";
import { dismissal } from "./dismissal";
import { appointment } from "./appointment";
import { agreement } from "./agreement";
import { visit } from "./visit";
import { military } from "./military";
import { legal } from "./legal";
import { proposal } from "./proposal";
import { vote } from "./vote";
import { strike } from "./strike";
import { deadline } from "./deadline";
import { decision } from "./decision";
import { incident } from "./incident";
import { contest } from "./contest";
import { statement } from "./statement";

export type { EventKind, Roles } from "./kind";

/** The event kinds, in the order that settles a word of several kinds ("strike": a military
 *  strike before a labour one; "rejected": a proposal turned down before a statement): the more
 *  specific act first, speech last, since nearly any act can also be reported. */
export const KINDS: readonly EventKind[] = [meeting, resignation, dismissal, appointment, agreement, visit, military, legal, proposal, vote, strike, deadline, decision, incident, contest, statement];

export const KIND_BY_NAME: ReadonlyMap<EventKindName, EventKind> = new Map(KINDS.map((k) => [k.senses.kind, k]));
