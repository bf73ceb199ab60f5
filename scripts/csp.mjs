// Puts a Content-Security-Policy into every HTML page of a release build (dist/), as a
// <meta> tag before any script: scripts only from the site itself, plus each inline script
// of that page by its SHA-256 hash; WebAssembly compiled from the site's own wasm
// ('wasm-unsafe-eval'); styles, images, fetches and the manifest from the site only; nothing
// else. (The service worker is a script from the site too.)
// A page that needs more than this fails in the end-to-end tests, which run under it.
//
// Usage: node scripts/csp.mjs [dist]   (last step of scripts/build)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";

function pagesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesUnder(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/// The policy for a page whose inline scripts are `scripts` (their exact text).
function policyFor(scripts) {
  const hashes = scripts.map((text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

for (const page of pagesUnder(dist)) {
  const html = readFileSync(page, "utf8");
  // A fragment that a page fetches (first-screen-fr.html) is not a page, and runs no script.
  if (!/<html/i.test(html)) {
    if (/<script/i.test(html)) {
      console.error(`csp: the fragment ${page} has a script.`);
      process.exit(1);
    }
    continue;
  }
  if (/http-equiv=("?)Content-Security-Policy/i.test(html)) {
    console.error(`csp: ${page} already has a policy.`);
    process.exit(1);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([^]*?)<\/script>/g)].map((m) => m[1]);
  const charset = html.match(/<meta charset="?utf-8"?\s*\/?>/i);
  if (!charset) {
    console.error(`csp: ${page} has no <meta charset> to put the policy after.`);
    process.exit(1);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inline)}">`;
  const at = charset.index + charset[0].length;
  writeFileSync(page, html.slice(0, at) + meta + html.slice(at));
  console.log(`csp: ${page}, ${inline.length} inline script(s) allowed by hash`);
}
