// Where the wasm's bytes go: a per-function breakdown (twiggy) of the release wasm, built the
// way trunk builds dist/ (wasm-bindgen, then wasm-opt -Os --low-memory-unused, as index.html
// asks) but keeping the function names (wasm-opt -g), which dist/ drops. Prints the largest
// items, then the totals per crate.
// The names section itself is left out of every figure: dist/ does not carry it.
//
// Usage: node scripts/size-breakdown.mjs [path/to/cargo/release.wasm]   (after scripts/build)
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const input =
  process.argv[2] ?? join(process.env.CARGO_TARGET_DIR ?? "target", "wasm32-unknown-unknown/release/multi-mentor.wasm");
const out = "target/size-breakdown";
const TOP = 25;
const CRATES = 20;

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(`Size breakdown: ${command} failed.\n${result.stderr ?? result.error}`);
    process.exit(1);
  }
  return result.stdout;
}

mkdirSync(out, { recursive: true });
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, input]);
const bound = join(out, "multi-mentor_bg.wasm");
const named = join(out, "named.wasm");
run("wasm-opt", ["-Os", "--low-memory-unused", "-g", `--output=${named}`, bound]);
const items = JSON.parse(run("twiggy", ["top", "-n", "1000000", "-f", "json", named]))
  .filter((item) => item.name !== '"function names" subsection');

/// The crate an item belongs to: the first path in its name (`<F as tachys::…>::f` is
/// tachys's), data segments on their own, and anything nameless as "other".
function crateOf(name) {
  if (name.startsWith("data segment")) return "(data: text, tables)";
  const plain = name.replace(/^[<&]+/, "").replace(/^(mut |dyn )/, "").replace(/^[A-Z]\w* as /, "");
  const path = plain.match(/^([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/);
  return path ? path[1] : "(other)";
}

const total = items.reduce((sum, item) => sum + item.shallow_size, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
const share = (bytes) => `${((100 * bytes) / total).toFixed(1).padStart(5)} %`;
const short = (name) => (name.length > 110 ? `${name.slice(0, 107)}...` : name);

console.log(`Size breakdown of the release wasm (twiggy, after wasm-opt -Os, raw bytes): ${kb(total).trim()}`);
console.log(`  largest ${TOP} items`);
for (const item of [...items].sort((a, b) => b.shallow_size - a.shallow_size).slice(0, TOP)) {
  console.log(`  ${kb(item.shallow_size)} ${share(item.shallow_size)}  ${short(item.name)}`);
}
const byCrate = new Map();
for (const item of items) {
  const crate = crateOf(item.name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.shallow_size);
}
console.log(`  by crate (largest ${CRATES})`);
for (const [crate, bytes] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, CRATES)) {
  console.log(`  ${kb(bytes)} ${share(bytes)}  ${crate}`);
}
