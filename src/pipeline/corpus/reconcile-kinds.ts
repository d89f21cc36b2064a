import type { Mention } from "../mentions/find-mentions";
import { lastWord, transliterationKey } from "../mentions/resolve-mentions";
import { foldName } from "../text/fold";
import { organizationKey } from "./merge-name-variants";
import { because } from "../mentions/provenance";
import { ORG_WORDS } from "../mentions/vocabulary";

/** [A4] A full name the corpus gives a person is that person wherever an article took it for a
 *  body. A bare name one article took for a person ("Chrysler will receive…") is the
 *  organization the corpus knows by that name ("Chrysler LLC", "Cobaltline Systems"), unless some person of the corpus
 *  bears it as a surname. */
export function reconcileKinds(mentionsByArticle: Mention[][], isPlace: (word: string) => boolean): Mention[][] {
  const orgKeys = new Set<string>();
  const orgFirstWords = new Set<string>();
  const surnames = new Set<string>();
  for (const mentions of mentionsByArticle) {
    for (const m of mentions) {
      if (m.kind === "organization") {
        orgKeys.add(organizationKey(m.name, isPlace));
        orgFirstWords.add(foldName(m.name).split(" ")[0]);
      }
      if (m.kind === "person" && m.name.includes(" ")) surnames.add(foldName(lastWord(m.name)));
    }
  }
  // (by a key that folds romanizations: "Oleksiy Hrynko" ends "… of Ukraine Oleksiy Hrynko" where the corpus writes "Oleksii Hrynko")
  const nameKey = (name: string) => name.split(" ").map(transliterationKey).join(" ");
  const fullNames = new Map<string, string>();
  // (a surname with its particle, "ten Hag", is no full name: "Erik" before it is his given name)
  for (const mentions of mentionsByArticle) for (const m of mentions) if (m.kind === "person" && m.name.includes(" ") && /^\p{Lu}/u.test(m.name) && !fullNames.has(nameKey(m.name))) fullNames.set(nameKey(m.name), m.name);
  // "Security Council Taras Melnyk": a run that ends on a person the corpus names is that person,
  // the words before it a title (the span is kept, so events find the mention)
  const personAtEnd = (m: Mention): Mention | undefined => {
    const words = m.name.split(" ");
    for (let k = 1; k <= words.length - 2 && words.length >= 3; k++) {
      const tail = fullNames.get(nameKey(words.slice(k).join(" ")));
      if (tail && tail.split(" ").length === words.length - k) return because(m, "reconcile/person-at-end", { kind: "person", name: tail, role: [m.role, words.slice(0, k).join(" ")].filter(Boolean).join(" "), place: undefined });
    }
    return undefined;
  };
  return mentionsByArticle.map((mentions) =>
    mentions.map((m) => {
      if (m.kind === "person" || m.kind === "organization") {
        const person = personAtEnd(m);
        if (person) return person;
      }
      // "according to Karim Haddad" read as a body where the corpus names him as a person elsewhere
      if (m.kind === "organization" && m.name.includes(" ") && fullNames.has(nameKey(m.name)) && !m.name.split(" ").some((w) => ORG_WORDS.has(w.toLowerCase()))) return because(m, "reconcile/person-elsewhere", { kind: "person" });
      // "Halvorsen said", taken for a body where its article named no one so, is the person
      // another article gives that surname
      if (m.kind === "organization" && m.rules?.at(-1) === "resolve/agent-body" && surnames.has(foldName(m.name))) return because(m, "reconcile/surname-elsewhere", { kind: "person" });
      if (m.kind !== "person" || m.name.includes(" ") || m.role) return m;
      const folded = foldName(m.name);
      // "Cobaltline said" beside "Cobaltline Systems"
      return (orgKeys.has(folded) || orgFirstWords.has(folded)) && !surnames.has(folded) ? because(m, "reconcile/organization-elsewhere", { kind: "organization" }) : m;
    }),
  );
}
