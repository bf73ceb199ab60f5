// Prints raw and gzip sizes of every file in dist/, then the total, and for each page
// (each index.html) the total of what its first load fetches: the page and every file it
// links to, which includes its preloaded wasm. Exits 1 when any page's first-load gzip
// total is over the budget.
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

// Each page of the site is an index.html (the stock-take at the root, the plans page in
// plans/). What a page's first load fetches: the page and every file it links to, by href or
// src, plus the wasm its inline module script names (trunk writes relative paths).
function firstLoadOf(page) {
  const folder = page.slice(0, page.length - "index.html".length);
  const html = readFileSync(join(dist, page), "utf8");
  const linked = new Set([page]);
  for (const match of html.matchAll(/(?:href|src)="([^"#?]+)"/g)) {
    linked.add(folder + match[1].replace(/^\.?\//, ""));
  }
  for (const match of html.matchAll(/['"]\.?\/?([\w.-]+\.(?:wasm|js))['"]/g)) {
    linked.add(folder + match[1]);
  }
  return rows.filter((row) => linked.has(row.name));
}
const pages = rows.map((row) => row.name).filter((name) => name === "index.html" || name.endsWith("/index.html"));
const loads = new Map(pages.map((page) => [page, firstLoadOf(page)]));
const fetchedFirst = new Set([...loads.values()].flat().map((row) => row.name));

const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);

console.log(`Size report for ${dist}/ (gzip level 9)`);
console.log(`${"file".padEnd(48)}${"raw".padStart(11)}${"gzip".padStart(11)}  fetched by a first load`);
for (const row of rows) {
  const mark = fetchedFirst.has(row.name) ? "  yes" : "";
  console.log(`${row.name.padEnd(48)}${kb(row.raw)}${kb(row.gzip)}${mark}`);
}
console.log(`${"total".padEnd(48)}${kb(sum(rows, "raw"))}${kb(sum(rows, "gzip"))}`);
let failed = false;
for (const [page, load] of loads) {
  const gzip = sum(load, "gzip");
  const label = page === "index.html" ? "first page load (index.html)" : `first load of ${page}`;
  console.log(`${label.padEnd(48)}${kb(sum(load, "raw"))}${kb(gzip)}  (budget ${BUDGET_KB} KB, goal ${GOAL_KB} KB)`);
  if (!load.some((row) => row.name.endsWith(".wasm"))) {
    console.error(`Size report: could not find the wasm file that ${page} loads.`);
    failed = true;
  }
  if (gzip > BUDGET_KB * 1024) {
    console.error(`Size report: the first load of ${page} is over the ${BUDGET_KB} KB gzip budget.`);
    failed = true;
  }
}
if (!loads.has("index.html")) {
  console.error("Size report: dist/ has no index.html.");
  failed = true;
}
if (failed) process.exit(1);
