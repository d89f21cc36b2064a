import { senses } from "../vocabulary/strike";
import type { EventKind } from "./kind";

// Labour and protest action: a strike, a walkout, a march.
export const strike: EventKind = { type: "strike", senses, roles: "agent", standaloneNouns: [] };
