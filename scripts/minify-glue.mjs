// Minifies the wasm-bindgen JavaScript glue of a release build in place (trunk's own
// minifier cannot read its `export default`).
//
// Usage: node scripts/minify-glue.mjs [dist]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dist = process.argv[2] ?? "dist";
const page = join(dist, "index.html");
const html = readFileSync(page, "utf8");
const glue = html.match(/href="?\.?\/?([\w.-]+\.js)"?[^>]*rel="?modulepreload/) ??
  html.match(/rel="?modulepreload"?[^>]*href="?\.?\/?([\w.-]+\.js)/);
if (!glue) {
  console.error("minify-glue: index.html preloads no JavaScript glue.");
  process.exit(1);
}
const file = join(dist, glue[1]);
const before = readFileSync(file, "utf8");
const { code } = await minify(before, { module: true, compress: { passes: 2 }, mangle: true });
writeFileSync(file, code);

console.log(`Minified ${glue[1]}: ${before.length} to ${code.length} bytes.`);
