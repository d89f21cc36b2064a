// The compact gazetteer, made at build time by src/cli/vite-gazetteer-plugin.ts.
declare module "virtual:dateline/compact-gazetteer" {
  import type { CompactGazetteer } from "../../pipeline/places/compact-gazetteer";
  const gazetteer: CompactGazetteer;
  export default gazetteer;
}
