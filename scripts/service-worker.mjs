// Writes dist/sw.js, the service worker that keeps the app working offline: our own worker
// (scripts/sw.js) with the list of every file of the release build before it (the page, the
// wasm and its glue, the style, the icons, the manifest, the workshop's file and the
// forwarding pages of old addresses), each with the start of the SHA-256 of its contents
// (install checks them), and a hash of their names and contents, minified. Any change to
// any file makes a new worker. A new worker waits until the app asks it to take over (the
// person chooses "Reload to update"); it never takes over by itself.
//
// Usage: node scripts/service-worker.mjs [dist]   (after the other steps of scripts/build,
// since it hashes the files as they are served)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dist = process.argv[2] ?? "dist";
const KINDS = /\.(html|js|wasm|css|svg|png|json|webmanifest)$/;

const files = readdirSync(dist, { recursive: true })
  .map((name) => name.split("\\").join("/"))
  .filter((name) => KINDS.test(name) && name !== "sw.js")
  .sort();
if (!files.includes("index.html")) {
  console.error(`service worker: ${dist} has no index.html; build first.`);
  process.exit(1);
}
const release = createHash("sha256");
let size = 0;
const held = [];
for (const name of files) {
  const bytes = readFileSync(join(dist, name));
  size += bytes.length;
  release.update(`${name}\0`).update(bytes);
  // 64 bits of each file's SHA-256 tell its release from another's; the full 256 would add
  // 1 KB of first load to the worker, since hashes do not compress.
  held.push([name, createHash("sha256").update(bytes).digest("hex").slice(0, 16)]);
}
const source = [
  `const FILES = ${JSON.stringify(held)};`,
  `const RELEASE = "${release.digest("hex").slice(0, 16)}";`,
  readFileSync(new URL("sw.js", import.meta.url), "utf8"),
].join("\n");
const { code } = await minify(source, { toplevel: true, compress: { passes: 2 }, mangle: true });
writeFileSync(join(dist, "sw.js"), code);
console.log(`service worker: ${dist}/sw.js precaches ${files.length} files, ${(size / 1024).toFixed(1)} KB`);
