/** The article's own page, for a source that is http(s) (see timeline-data/safe-link.ts): it
 *  opens in a new tab, and says so to a screen reader. */
export function OriginalLink({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      original<span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
