// Writes realistic synthetic news articles for the benchmarks: invented people (given and
// family names drawn from several languages), organizations, real places, dates in every form
// the extractor reads, quotes, headers in three layouts, photo debris and embedded posts. Seeded,
// so a size always gives the same corpus.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GIVEN = "Ana Tomas Maria Pedro Helena Yusuf Mei Kofi Ingrid Rahul Sofia Lukas Amara Dmitri Leila Jonas Carmen Hiroshi Nadia Omar Zofia Emeka Greta Mateo Priya Anders Fatima Kenji Olga Samuel".split(" ");
const FAMILY = "Lopes Varga Brandt Okafor Lindqvist Haddad Moreau Tanaka Kowalczyk Reyes Novak Mensah Petrov Castillo Aziz Fischer Wong Adeyemi Rossi Jensen Kaplan Duarte Nakamura Ivanova Obi Halvorsen Mendes Costa Sato Weber".split(" ");
const ROLES = ["Foreign Minister", "Finance Minister", "President", "Prime Minister", "union leader", "Mayor", "chief executive", "Governor", "special envoy", "Senator"];
const ORGS = ["Northbridge Bank", "Atlas Motors", "the Harbour Workers Union", "Meridian Energy Group", "the Central Statistics Office", "Vantage Airlines", "the Federal Reserve", "Polaris Systems"];
const PLACES = ["Lisbon", "Berlin", "Nairobi", "Osaka", "Geneva", "Chicago", "Warsaw", "Lagos", "Madrid", "Toronto", "Cairo", "Helsinki", "Florida", "Brazil", "Kyiv", "Kiev", "Seoul", "Mumbai"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TOPICS = ["the port strike", "the trade dispute", "the budget", "the rail merger", "the drought relief plan", "interest rates", "the ceasefire talks", "the election results"];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function generateArticle(i: number): { name: string; text: string } {
  const r = rng(i * 7919 + 13);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const person = () => ({ given: pick(GIVEN), family: pick(FAMILY), role: pick(ROLES) });
  const day = new Date(Date.UTC(2020 + Math.floor(r() * 6), Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
  const iso = day.toISOString().slice(0, 10);
  const cast = [person(), person(), person(), person()];
  const place = pick(PLACES);
  const topic = pick(TOPICS);
  const lines: string[] = [];
  const layout = i % 3;
  if (layout === 0) lines.push(`date ${iso}`, `title ${cast[0].family} and ${cast[1].family} discuss ${topic}`, `outlet The ${pick(["Daily", "Evening", "Global"])} ${pick(["Post", "Herald", "Wire"])}`, "");
  const opening = `${cast[0].role} ${cast[0].given} ${cast[0].family} met ${cast[1].role} ${cast[1].given} ${cast[1].family} in ${place} on ${pick(WEEKDAYS)} to discuss ${topic}, officials said.`;
  lines.push(layout === 1 ? ` date ${iso} ${opening}` : layout === 2 ? `${place.toUpperCase()} (Wire) - ${opening}` : opening);
  if (layout === 2) lines.push(`Published ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`);
  const paragraphs = 6 + Math.floor(r() * 10);
  for (let p = 0; p < paragraphs; p++) {
    const a = pick(cast);
    const b = pick(cast);
    const org = pick(ORGS);
    switch (Math.floor(r() * 9)) {
      case 0: lines.push(`“We will not accept ${pick(["delays", "cuts", "excuses", "half measures"])} on ${topic},” ${a.family} said on ${pick(WEEKDAYS)}. “${pick(["The people deserve better.", "Our position is clear.", "Talks must go on."])}”`); break;
      case 1: lines.push(`${a.family} and ${b.family} are set to meet again in ${pick(PLACES)} on ${pick(WEEKDAYS)}, according to ${org}.`); break;
      case 2: lines.push(`${org[0].toUpperCase()}${org.slice(1)} said on ${MONTHS[Math.floor(r() * 12)]} ${1 + Math.floor(r() * 28)} that it would ${pick(["review", "suspend", "expand", "delay"])} its plans, a move ${a.family} described as “${pick(["regrettable", "overdue", "reckless", "welcome"])}”.`); break;
      case 3: lines.push(`In ${MONTHS[Math.floor(r() * 12)]} ${2015 + Math.floor(r() * 8)}, ${a.given} ${a.family} resigned as ${a.role.toLowerCase()} after a dispute over ${topic}.`); break;
      case 4: lines.push(`The ${a.role.toLowerCase()} added that the talks had been “${pick(["difficult", "productive", "frank"])},” and that a deal was possible by ${pick(MONTHS)}.`); break;
      case 5: lines.push(`${pick(["Getty Images", "Photo: Staff/AFP", "Reuters"])} ${1 + Math.floor(r() * 5)} of 6`, `${a.given} ${a.family} speaks to reporters in ${pick(PLACES)}.`); break;
      case 6: lines.push(`We are ready to talk about ${topic}. Our door is open.`, `— ${a.given} ${a.family} (@${a.family.toLowerCase()}${i % 97}) ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`); break;
      case 7: lines.push(`Analysts said ${topic} had weighed on markets for ${2 + Math.floor(r() * 10)} weeks, with ${org} shares down ${Math.floor(r() * 20)} percent since ${pick(WEEKDAYS)}.`); break;
      default: lines.push(`Critics, including ${b.role.toLowerCase()} ${b.given} ${b.family}, warned that ${topic} could ${pick(["drag on", "collapse", "spread"])} unless both sides compromised.`);
    }
    if (r() < 0.5) lines.push("");
  }
  return { name: `${String(i).padStart(6, "0")}_${topic.replace(/\W+/g, "-")}.txt`, text: lines.join("\n") + "\n" };
}

/** Writes `count` articles into `dir` and returns their total size in bytes. */
export function writeCorpus(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, text } = generateArticle(i);
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "/tmp/dateline-corpus", count = "100"] = process.argv.slice(2);
  console.log(`${writeCorpus(dir, Number(count))} bytes in ${count} articles at ${dir}`);
}
