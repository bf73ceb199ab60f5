// Prints raw and gzip sizes of every file in dist/, then the total, and the total of what
// the first page load fetches (index.html and every file it links to, which includes the
// preloaded wasm). Exits 1 when that first-load gzip total is over the budget.
//
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 250;
const GOAL_KB = 150;

const dist = process.argv[2] ?? "dist";

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8) + " KB";

const rows = filesUnder(dist)
  .sort()
  .map((path) => {
    const bytes = readFileSync(path);
    return { name: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });

// What index.html references by href or src (trunk writes relative paths, maybe with "./").
const index = readFileSync(join(dist, "index.html"), "utf8");
const linked = new Set(["index.html"]);
for (const match of index.matchAll(/(?:href|src)="([^"#?]+)"/g)) {
  linked.add(match[1].replace(/^\.?\//, ""));
}
// The JS glue imports the wasm by a name written into index.html's inline module script.
for (const match of index.matchAll(/['"]\.?\/?([\w.-]+\.(?:wasm|js))['"]/g)) {
  linked.add(match[1]);
}
const firstLoad = rows.filter((row) => linked.has(row.name));

const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);

console.log(`Size report for ${dist}/ (gzip level 9)`);
console.log(`${"file".padEnd(48)}${"raw".padStart(11)}${"gzip".padStart(11)}  first load`);
for (const row of rows) {
  const mark = linked.has(row.name) ? "  yes" : "";
  console.log(`${row.name.padEnd(48)}${kb(row.raw)}${kb(row.gzip)}${mark}`);
}
console.log(`${"total".padEnd(48)}${kb(sum(rows, "raw"))}${kb(sum(rows, "gzip"))}`);
const firstLoadGzip = sum(firstLoad, "gzip");
console.log(
  `${"first page load".padEnd(48)}${kb(sum(firstLoad, "raw"))}${kb(firstLoadGzip)}` +
    `  (budget ${BUDGET_KB} KB, goal ${GOAL_KB} KB)`,
);

if (!firstLoad.some((row) => row.name.endsWith(".wasm"))) {
  console.error("Size report: could not find the wasm file that index.html loads.");
  process.exit(1);
}
if (firstLoadGzip > BUDGET_KB * 1024) {
  console.error(`Size report: the first page load is over the ${BUDGET_KB} KB gzip budget.`);
  process.exit(1);
}
