// Shared set-up for the end-to-end tests: serves dist/ under a subpath on 127.0.0.1 and
// drives Debian's Chromium with playwright-core, as a person would.
import { createServer } from "node:http";
import { after, before } from "node:test";
import { readFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import assert from "node:assert/strict";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

/// The release build is served here, to prove it works under a subpath of a static host.
export const SUBPATH = "/tools/mentors/";
export const PLAN_KEY = "multi-mentor-plan";
export const BACKUP_KEY = "multi-mentor-plan:backup";

export const DIST = new URL("../../dist/", import.meta.url).pathname;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

/// Starts a static file server for dist/ (or another folder, or a function that names the
/// folder to serve from now on); resolves to its base address and a close function.
/// Options: `at`, the address's path the site is served at (SUBPATH unless said; "/" is a
/// domain root), and `compress`, false to send every file as it is, as a plain static server
/// would, even to a browser that accepts gzip.
export async function serveDist(folder = DIST, { at = SUBPATH, compress = true } = {}) {
  const root = typeof folder === "function" ? folder : () => folder;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (!path.startsWith(at)) {
      response.writeHead(404).end();
      return;
    }
    // A folder's address serves its index.html, as static hosts do (the plans page is plans/).
    const asked = path.slice(at.length);
    const relative = normalize(asked === "" || asked.endsWith("/") ? `${asked}index.html` : asked);
    if (relative.startsWith("..")) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(root(), relative));
      const headers = { "content-type": TYPES[extname(relative)] ?? "application/octet-stream" };
      // Compressed, as every common static host serves these files (and as the size report counts).
      const accepted = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
      if (compress && accepted && extname(relative) in TYPES) {
        headers["content-encoding"] = "gzip";
        response.writeHead(200, headers);
        response.end(gzipSync(body));
        return;
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${at}`,
    // Open connections end too, so that the address refuses at once, as when a device goes offline.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/// Serves dist/ and starts Chromium before a test file's tests, and stops both after them.
/// Returns an object whose `server` and `browser` are set once the tests start.
export function useServedApp() {
  const app = {};
  before(async () => {
    app.server = await serveDist();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/// Debian's Chromium and the flags this closed network and running as root need (the
/// Lighthouse benchmark starts it with the same ones).
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

/// Headless Debian Chromium, with those flags.
export function launchBrowser() {
  return chromium.launch(CHROMIUM);
}

/// The same Chromium with a profile on disk in `folder`, as a person's browser has (some
/// checks, such as installability, refuse the private profiles that launchBrowser makes).
export function launchProfile(folder) {
  return chromium.launchPersistentContext(folder, CHROMIUM);
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/// Opens the app in a fresh profile (empty localStorage) and waits until it has rendered.
/// Fails the test on any page error or console error, such as a Rust panic.
/// `storage`: items put in localStorage before the page's first script runs (say, a language).
export async function openApp(
  browser,
  url,
  { viewport = DESKTOP, initScript, serviceWorkers = "allow", storage, locale, bypassCSP = false } = {},
) {
  const context = await browser.newContext({ viewport, serviceWorkers, bypassCSP, ...(locale ? { locale } : {}) });
  if (initScript) await context.addInitScript(initScript);
  if (storage) {
    await context.addInitScript((items) => {
      for (const [key, value] of Object.entries(items)) window.localStorage.setItem(key, value);
    }, storage);
  }
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(message.text());
  });
  await page.goto(url);
  await appReady(page);
  return page;
}

/// Resolves once the page has drawn two more frames: what the app does on its next frame
/// (moving focus to a screen's heading, say) is done, and what it painted is reported.
export function nextFrames(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/// Waits until the app itself has drawn its screen: the copy of the first screen that the
/// release build paints before the wasm arrives (#boot) is gone, and a heading is shown.
export async function appReady(page) {
  await page.locator("#boot").waitFor({ state: "detached" });
  await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
}

export async function reload(page) {
  await page.reload();
  await appReady(page);
}

export function storedItem(page, key) {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

/// The open plan as stored: the envelope holds every plan, and which one is open.
export async function storedOpenPlan(page) {
  const { library } = JSON.parse(await storedItem(page, PLAN_KEY));
  return library.plans.find((entry) => entry.id === library.current).plan;
}

/// Waits until what is stored under `key` holds `text` (saving waits a quarter of a second
/// after the last change, and the save status may already say "saved" from an earlier one).
export async function storedHolds(page, key, text) {
  await page.waitForFunction(([k, t]) => window.localStorage.getItem(k)?.includes(t), [key, text]);
}

/// Waits until the polite save status says `text`.
export async function statusSays(page, text) {
  await page.getByRole("status").filter({ hasText: text }).waitFor();
}

/// The rules axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its best practices.
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/// Serious and critical axe violations on the page as it is now, one line each.
export async function seriousViolations(page) {
  return serious((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations);
}

/// The serious and critical ones among axe's violations, one line each.
export function serious(violations) {
  return violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact))
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}

/// The reference plan (../shared/fixtures), as the app stores it.
export function referenceEnvelope() {
  const envelope = spawnSync("cargo", ["run", "--quiet", "--example", "reference_envelope"], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  }).stdout.trim();
  assert.ok(envelope.startsWith("{"), "the reference plan, as the app stores it");
  return envelope;
}
