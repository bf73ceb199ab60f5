// Screenshots of the built app (dist/) at a phone's width (360 px) and a desktop's (1280 px),
// to look at before calling a change done. Writes target/screenshots/<name>-<width>.png.
//
// Usage: node scripts/screenshots.mjs [hash ...]   (after scripts/build)
//   With no hash: the first visit, then every screen with the reference plan loaded.
//   A hash that starts with "first:" is shot in a fresh browser (no plan stored).
//   SCREENSHOT_LANGUAGE=fr shoots the screens in French (files end in -fr).
//   SCREENSHOT_ENGINE=firefox or webkit shoots them in that engine over WebDriver
//   (tests/engines/; files end in -firefox or -webkit) instead of Chromium.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import {
  DESKTOP,
  PHONE,
  PLAN_KEY,
  appReady,
  launchBrowser,
  openApp,
  serveDist,
} from "../tests/e2e/support.mjs";
import { ENGINES, startDriver } from "../tests/engines/driver.mjs";

const OUT = "target/screenshots";
const DEFAULT = [
  "first:#/start",
  "#/start",
  "#/skills",
  "#/plan",
  "#/plans",
  "#/share",
  "#/workshop",
];

// The reference plan (tests/fixtures/), as the app stores it.
const envelope = spawnSync("cargo", ["run", "--quiet", "--example", "reference_envelope"], {
  encoding: "utf8",
  maxBuffer: 16 * 1024 * 1024,
}).stdout.trim();
const hashes = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT;
const language = process.env.SCREENSHOT_LANGUAGE;
const storage = language ? { "multi-mentor-plan:language": language } : undefined;
const engine = process.env.SCREENSHOT_ENGINE;
if (engine && !ENGINES[engine]) throw new Error(`SCREENSHOT_ENGINE: one of ${Object.keys(ENGINES)}`);
mkdirSync(OUT, { recursive: true });
const { url: base, close } = await serveDist();
const browser = engine ? await startDriver({ key: engine, ...ENGINES[engine] }) : await launchBrowser();

/// The app on `url` in a fresh browser, with `items` (key to text) in its localStorage first.
async function open(url, { viewport, items }) {
  if (!engine) return openApp(browser, url, { viewport, storage: items });
  const page = await browser.newPage({ viewport });
  await page.goto(base);
  await appReady(page);
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, items);
  await page.goto(url);
  await page.reload();
  return page;
}

try {
  for (const entry of hashes) {
    const first = entry.startsWith("first:");
    const hash = first ? entry.slice("first:".length) : entry;
    const items = { ...storage, ...(first ? {} : { [PLAN_KEY]: envelope }) };
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(base + hash, { viewport, items });
      try {
        await appReady(page);
        const name = (first ? "first-" : "") + (hash.replace(/[^\w]+/g, "-").replace(/^-|-$/g, "") || "start");
        const ending = [language, engine].filter(Boolean).map((each) => `-${each}`).join("");
        const path = `${OUT}/${name}-${viewport.width}${ending}.png`;
        await page.screenshot({ path, fullPage: true });
        console.log(path);
      } finally {
        await (engine ? page.close() : page.context().close());
      }
    }
  }
} finally {
  await (engine ? browser.stop() : browser.close());
  await close();
}
