import type { Plugin } from "vite";

/** The built app's Content-Security-Policy. Article text is untrusted; the app renders it as
 *  text, and this policy is the second wall should markup ever slip through: no inline script,
 *  no eval, no plugins, no <base> rewriting, no form posts, and fetches only to its own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // no 'unsafe-inline' for styles: it is not needed. vis-timeline and React place things
  // through element.style (CSSOM: vis's item `style` goes through style.setProperty), which CSP
  // does not govern; only `style="…"` in markup, setAttribute("style") and <style> elements need
  // 'unsafe-inline', and neither the app nor vis-timeline 8 uses them. Vite emits the CSS as a
  // file. tests/e2e checks that the built app runs with no violation.
  "style-src 'self'",
  // Vite inlines an imported image under 4 kB as a data: URL (none today); an image cannot run script
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Puts the policy in the built index.html as a <meta http-equiv>, so it holds wherever dist/
 *  is served, with no server to configure. Build only: in dev, Vite injects the React refresh
 *  preamble as an inline script, the CSS as <style> tags and opens an HMR WebSocket, all of
 *  which the policy would refuse. (A <meta> policy ignores frame-ancestors, report-uri and
 *  sandbox; a server in front of dist/ that can send headers should add frame-ancestors 'none'.) */
export function cspPlugin(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: "dateline:csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" }],
    },
  };
}
