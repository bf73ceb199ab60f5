// Writes dist/sw.js, the service worker that keeps the app working offline: workbox-build
// (npm) makes it, with Workbox's own code bundled into the one file (nothing is loaded from
// another host). It precaches every file of the release build (the page, the wasm and its
// glue, the style, the icons, the manifest, the workshop's file and the forwarding pages of
// old addresses) under a list of names and content hashes made here, so any change to any
// file makes a new worker. A new worker waits until the app asks it to take over (the person
// chooses "Reload to update"); it never takes over by itself.
//
// Usage: node scripts/service-worker.mjs [dist]   (after the other steps of scripts/build,
// since it hashes the files as they are served)
import { join } from "node:path";
import { generateSW } from "workbox-build";

const dist = process.argv[2] ?? "dist";
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ["**/*.{html,js,wasm,css,svg,png,json,webmanifest}"],
  globIgnores: ["sw.js"],
  swDest: join(dist, "sw.js"),
  mode: "production",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // "plans/" is served as plans/index.html, as static hosts do.
  directoryIndex: "index.html",
  // Trunk's file names already carry a content hash: no need to add one to the address.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.\w+$/,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  cleanupOutdatedCaches: true,
  skipWaiting: false,
  clientsClaim: false,
});
for (const warning of warnings) console.error(`service worker: ${warning}`);
if (warnings.length) process.exit(1);
console.log(`service worker: ${dist}/sw.js precaches ${count} files, ${(size / 1024).toFixed(1)} KB`);
