// talisman ships no type declarations; these are the functions the extractor uses.
declare module "talisman/phonetics/double-metaphone" {
  export default function doubleMetaphone(word: string): [string, string];
}
declare module "talisman/metrics/damerau-levenshtein" {
  export default function damerauLevenshtein(a: string, b: string): number;
}
declare module "talisman/metrics/jaro-winkler" {
  export default function jaroWinkler(a: string, b: string): number;
}
declare module "talisman/stemmers/porter" {
  export default function porter(word: string): string;
}
