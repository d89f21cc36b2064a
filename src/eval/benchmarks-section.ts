/** Where BENCHMARKS.md's section from `npm run eval:benchmarks -- --write` begins; it runs to the
 *  end of the file, and `npm run bench`, which writes the rest, keeps it. */
export const EVAL_SECTION = "<!-- npm run eval:benchmarks -- --write -->";
