// The Worker serves static files from public/ (wrangler.toml [assets]): the API reference's
// script is copied there from the installed package, so /docs loads nothing from a CDN.
// The Node server reads the same file from node_modules directly.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const source = createRequire(import.meta.url).resolve("@scalar/api-reference/browser/standalone.js");
mkdirSync("public/docs", { recursive: true });
copyFileSync(source, "public/docs/scalar.js");
