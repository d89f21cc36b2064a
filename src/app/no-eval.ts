import { z } from "zod";

// The built app's Content-Security-Policy forbids eval. zod compiles fast parsers with
// `new Function` unless told not to, and probes for it when a schema is created: the browser
// reports that probe as a policy violation even though zod catches it. main.tsx imports this
// module first, so it runs before any schema module.
z.config({ jitless: true });
