// Screenshots of the built app (dist/) at a phone's width (360 px) and a desktop's (1280 px),
// to look at before calling a change done. Writes target/screenshots/<name>-<width>.png.
//
// Usage: node scripts/screenshots.mjs [hash ...]   (after scripts/build)
//   With no hash: the first visit, then every screen with the reference plan loaded.
//   A hash that starts with "first:" is shot in a fresh browser (no plan stored).
//   SCREENSHOT_LANGUAGE=fr shoots the screens in French (files end in -fr).
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
mkdirSync(OUT, { recursive: true });
const { url: base, close } = await serveDist();
const browser = await launchBrowser();
try {
  for (const entry of hashes) {
    const first = entry.startsWith("first:");
    const hash = first ? entry.slice("first:".length) : entry;
    const initScript = first
      ? undefined
      : `localStorage.setItem(${JSON.stringify(PLAN_KEY)}, ${JSON.stringify(envelope)});`;
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await openApp(browser, base + hash, { viewport, initScript, storage });
      await appReady(page);
      const name = (first ? "first-" : "") + (hash.replace(/[^\w]+/g, "-").replace(/^-|-$/g, "") || "start");
      const path = `${OUT}/${name}-${viewport.width}${language ? `-${language}` : ""}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await close();
}
