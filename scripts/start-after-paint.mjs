// Makes the release build ask for the app (the wasm and its JavaScript glue) only once the
// first screen has painted, instead of as soon as the browser reads the page's head.
//
// Why: trunk preloads both from the head, so on a slow connection the 300 KB wasm shares the
// line with the style sheet the first paint waits for; and Lighthouse's simulation counts any
// file that finished before the largest paint as needed for it, so it reported the largest
// paint as if the first screen waited for the whole app (2.6 s gzipped, 5.4 s uncompressed,
// though the screen had painted at once). Started after the paint, the app arrives one frame
// later, and the first screen owes it nothing.
//
// The two files are not checked against hashes (trunk's data-integrity="none" in index.html):
// a checked fetch holds the wasm back until its last byte, so the browser could no longer
// compile it while it downloads; and they come from the page's own origin, so whoever could
// change them could change the hashes in the page too.
//
// Usage: node scripts/start-after-paint.mjs [dist]   (after trunk build --release)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dist = process.argv[2] ?? "dist";
const page = join(dist, "index.html");
let html = readFileSync(page, "utf8");

/// The one preload link of `rel` (modulepreload or preload), and its address.
function preloadLink(rel) {
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const found = links.filter((link) => new RegExp(`\\brel="?${rel}[\\s">]`).test(link));
  const href = found[0]?.match(/\bhref="?([^"\s>]+)/)?.[1];
  if (found.length !== 1 || !href) {
    console.error(`start-after-paint: index.html has ${found.length} ${rel} links, not one with an address.`);
    process.exit(1);
  }
  return { link: found[0], href };
}

const glue = preloadLink("modulepreload");
const wasm = preloadLink("preload");
const loaders = [...html.matchAll(/<script type="?module"?>[^]*?<\/script>/g)].map((m) => m[0]);
if (loaders.length !== 1 || !loaders[0].includes(glue.href) || !loaders[0].includes(wasm.href)) {
  console.error("start-after-paint: index.html has no single module script that loads the app.");
  process.exit(1);
}

// "After the first paint" is when the browser reports the first contentful paint, which it
// does once the frame is on screen. There is none to wait for when the first screen is not
// shown (a returning visitor, another screen's address: index.html marks the page), or when
// the page is hidden (a link opened in a background tab paints nothing till it is shown); a
// browser that does not report paints starts after the next frame; and none waits over a
// second, whatever happens.
const source = `
await new Promise((painted) => {
  if (document.documentElement.classList.contains("returning") || document.visibilityState === "hidden") return painted();
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return requestAnimationFrame(() => setTimeout(painted));
  new PerformanceObserver((list) => list.getEntriesByName("first-contentful-paint").length && painted())
    .observe({ type: "paint", buffered: true });
  setTimeout(painted, 1000);
});
const app = await import("${glue.href}");
await app.default({ module_or_path: "${wasm.href}" });
`;
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
const loader = `<script type=module>${code}</script>`;

html = html.replace(loaders[0], () => loader).replace(glue.link, "").replace(wasm.link, "");
writeFileSync(page, html);
console.log(`start-after-paint: ${glue.href} and ${wasm.href} are asked for after the first paint.`);
