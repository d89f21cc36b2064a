import type { Plugin } from "vite";

/** The built app's Content-Security-Policy. Article text is untrusted; the app renders it as
 *  text, and this policy is the second wall should markup ever slip through: no inline script,
 *  no eval, no plugins, no <base> rewriting, no form posts, and fetches only to its own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // vis-timeline and React position things through element.style (CSSOM), which CSP does not
  // govern, and Vite emits the CSS as a file; but vis-timeline 8's stacking code also writes
  // `style="…"` attributes through setAttribute, which only 'unsafe-inline' allows. Styles
  // cannot run script, so this costs little next to a chart that draws in the wrong places.
  "style-src 'self'",
  // vis-timeline's stylesheet draws a few icons as data: URLs
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Puts the policy in the built index.html as a <meta http-equiv>, so it holds wherever dist/
 *  is served, with no server to configure. Build only: the dev server's HMR client needs a
 *  WebSocket and inline style tags that the policy would refuse. (frame-ancestors, report-uri
 *  and sandbox are ignored in a <meta>; a server that can send headers should add
 *  frame-ancestors 'none'.) */
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
