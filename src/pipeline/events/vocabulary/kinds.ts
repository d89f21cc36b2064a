// Every kind's senses, in the order of EVENT_KIND_NAMES; read only by the generator.
import type { KindSenses } from "./senses";
import { senses as meeting } from "./meeting";
import { senses as statement } from "./statement";
import { senses as resignation } from "./resignation";
import { senses as dismissal } from "./dismissal";
import { senses as appointment } from "./appointment";
import { senses as agreement } from "./agreement";
import { senses as visit } from "./visit";
import { senses as military } from "./military";
import { senses as legal } from "./legal";
import { senses as proposal } from "./proposal";
import { senses as vote } from "./vote";
import { senses as strike } from "./strike";
import { senses as deadline } from "./deadline";
import { senses as decision } from "./decision";
import { senses as incident } from "./incident";
import { senses as contest } from "./contest";

export const KIND_SENSES: KindSenses[] = [
  meeting, statement, resignation, dismissal, appointment, agreement, visit, military, legal, proposal,
  vote, strike, deadline, decision, incident, contest,
];
