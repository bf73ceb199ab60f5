// Offline and installed: after a first visit the service worker serves the whole app without
// a network; a new version waits for the person to choose "Reload to update"; Chromium finds
// the app installable. All under the subpath the other tests use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DIST, PLAN_KEY, appReady, launchBrowser, launchProfile, serveDist, statusSays, storedItem,
} from "./support.mjs";
import { after, before } from "node:test";

let browser;
let server;
let serving = DIST;
before(async () => {
  server = await serveDist(() => serving);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// A fresh browser on the app, once its service worker is active (the first visit).
async function firstVisit(hash = "") {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  await page.goto(`${server.url}${hash}`);
  await appReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, new URL(server.url).pathname, "the worker's scope is the app's folder");
  return page;
}

test("after a first visit the app, a share link, the workshop and saving all work offline", async () => {
  const page = await firstVisit();
  await page.getByLabel("Target role").fill("Team lead");
  await statusSays(page, "All changes saved in this browser.");
  await page.goto(`${server.url}#/share`);
  const link = await page.getByRole("textbox", { name: "Link to this plan" }).inputValue();

  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  await page.goto(`${server.url}#/start`);
  assert.equal(await page.getByLabel("Target role").inputValue(), "Team lead");

  await page.getByLabel("Target role").fill("Team lead, typed offline");
  await statusSays(page, "All changes saved in this browser.");
  assert.match(await storedItem(page, PLAN_KEY), /typed offline/);

  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "Shared plan: My plan" }).waitFor();
  await page.getByText("Team lead", { exact: true }).first().waitFor();
  await page.goto(`${server.url}#/workshop/guide`);
  await page.getByRole("heading", { level: 1, name: "Running a 60-minute workshop" }).waitFor();
  await page.getByRole("heading", { level: 2 }).first().waitFor();
  await page.goto(`${server.url}#/workshop/room`);
  await page.getByText("This device is offline.").waitFor();
  await page.context().setOffline(false);
  await page.getByText("This device is offline.").waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a new version waits for the person, then takes over with nothing lost", async () => {
  // The next release: the same build with one file changed, and its own service worker.
  const next = mkdtempSync(join(tmpdir(), "multi-mentor-next-"));
  cpSync(DIST, next, { recursive: true });
  const page = join(next, "index.html");
  writeFileSync(page, readFileSync(page, "utf8").replace("<title>", '<meta name="release" content="next"><title>'));
  const made = spawnSync("node", ["scripts/service-worker.mjs", next], { encoding: "utf8" });
  assert.equal(made.status, 0, made.stderr);

  const tab = await firstVisit();
  await tab.getByLabel("Target role").fill("Team lead");
  await statusSays(tab, "All changes saved in this browser.");
  await tab.reload(); // now served by the worker
  await appReady(tab);
  serving = next;
  try {
    // What the browser does by itself when the app opens or comes back into view.
    await tab.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const reload = tab.getByRole("button", { name: "Reload to update" });
    await reload.waitFor();
    assert.equal(await tab.locator('meta[name="release"]').count(), 0, "nothing changed by itself");
    await tab.getByLabel("Target role").fill("Team lead, typed just before updating");
    await reload.click();
    await tab.waitForFunction(() => document.querySelector('meta[name="release"]')?.content === "next");
    await appReady(tab);
    assert.equal(await tab.getByLabel("Target role").inputValue(), "Team lead, typed just before updating");
    assert.equal(await tab.getByRole("button", { name: "Reload to update" }).count(), 0);
    // The new worker removes the old release's cache once it has taken over.
    let kept = [];
    for (let tries = 0; tries < 50; tries += 1) {
      kept = await tab.evaluate(() => caches.keys());
      if (kept.length === 1) break;
      await tab.waitForTimeout(100);
    }
    assert.equal(kept.length, 1, `only the new release's files are kept: ${kept}`);
  } finally {
    serving = DIST;
  }
  assert.deepEqual(tab.errors, []);
  await tab.context().close();
});

test("Chromium finds the app installable, with its manifest and icons, under a subpath", async () => {
  const profile = await launchProfile(mkdtempSync(join(tmpdir(), "multi-mentor-profile-")));
  const page = await profile.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(message.text());
  });
  await page.goto(server.url);
  await appReady(page);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.reload();
  await appReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(installabilityErrors, []);
  const { errors, url } = await cdp.send("Page.getAppManifest");
  assert.deepEqual(errors, []);
  assert.equal(new URL(url).pathname, `${new URL(server.url).pathname}manifest.webmanifest`);
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, url).href);
    assert.equal(response.status(), 200, icon.src);
  }
  assert.deepEqual(page.errors, []);
  await profile.close();
});
