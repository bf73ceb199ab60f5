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
  await page.getByRole("heading", { level: 1, name: "A copy of your plan: My plan" }).waitFor();
  await page.getByText("Team lead", { exact: true }).first().waitFor();
  // The facilitator's guide, a page beside the app.
  await page.goto(`${server.url}guide.html`);
  await page.getByRole("heading", { level: 1, name: "The facilitator\u2019s guide" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Running a 45-minute workshop" }).waitFor();
  await page.goto(`${server.url}#/workshop/room`);
  await page.getByText("This device is offline.").waitFor();
  await page.context().setOffline(false);
  await page.getByText("This device is offline.").waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a new version waits for the person, then takes over with nothing lost", async () => {
  // The next release: the same build with one file changed, and its own service worker.
  const next = release((dir) => rewrite(dir, "index.html", "<title>", '<meta name="release" content="next"><title>'));

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
    // The new worker removes the old release's cache once no tab runs it.
    const kept = await cachesSettleAt(tab, 1);
    assert.equal(kept.length, 1, `only the new release's files are kept: ${kept}`);
  } finally {
    serving = DIST;
  }
  assert.deepEqual(tab.errors, []);
  await tab.context().close();
});

/// A copy of the release build with `change` made to it; `after` changes it once its service
/// worker is made (so the worker lists a file as it no longer is).
function release(change, after = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), "multi-mentor-release-"));
  cpSync(DIST, dir, { recursive: true });
  change(dir);
  const made = spawnSync("node", ["scripts/service-worker.mjs", dir], { encoding: "utf8" });
  assert.equal(made.status, 0, made.stderr);
  after(dir);
  return dir;
}

/// Replaces `from` with `to` in a file of a release.
function rewrite(dir, file, from, to) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${file} holds ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/// The caches this page's origin keeps, once the worker has tidied (it does so in the background).
async function cachesSettleAt(page, count) {
  let kept = [];
  for (let tries = 0; tries < 50; tries += 1) {
    kept = await page.evaluate(() => caches.keys());
    if (kept.length === count) break;
    await page.waitForTimeout(100);
  }
  return kept;
}

test("a tab still running the release before gets that release's files after another tab updates", async () => {
  const FIRST_STAGE = "A high-priority gap, and no one to ask online";
  const next = release((dir) => {
    rewrite(dir, "index.html", "<title>", '<meta name="release" content="next"><title>');
    rewrite(dir, "workshop-content.json", FIRST_STAGE, "A finding of the next release");
  });
  const first = await firstVisit();
  await first.reload(); // now served by the worker
  await appReady(first);
  const second = await first.context().newPage();
  second.errors = [];
  second.on("pageerror", (error) => second.errors.push(error.message));
  await second.goto(`${server.url}#/start`);
  await appReady(second);
  serving = next;
  try {
    await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await first.getByRole("button", { name: "Reload to update" }).click();
    await first.waitForFunction(() => document.querySelector('meta[name="release"]')?.content === "next");
    await appReady(first);

    // The second tab runs the release before: the examples it fetches now are that release's.
    await second.evaluate(() => {
      window.location.hash = "#/workshop/on";
    });
    await second.getByText(FIRST_STAGE).waitFor();
    assert.equal(await second.locator('meta[name="release"]').count(), 0, "still the release before");
    assert.equal((await first.evaluate(() => caches.keys())).length, 2, "both releases kept while both run");
    assert.deepEqual(second.errors, []);
    await second.close();

    // Once no tab runs it, the release before is removed at the next page load.
    await first.reload();
    await appReady(first);
    const kept = await cachesSettleAt(first, 1);
    assert.equal(kept.length, 1, `only the new release's files are kept: ${kept}`);
    await first.goto(`${server.url}#/workshop`);
    await first.getByText("A finding of the next release").waitFor();
  } finally {
    serving = DIST;
  }
  assert.deepEqual(first.errors, []);
  await first.context().close();
});

test("a worker whose files are not all of its own release does not install, and keeps nothing", async () => {
  // The server changed a file after the worker was made, as when a release is put out halfway.
  serving = release(
    () => {},
    (dir) => rewrite(dir, "workshop-content.json", "A high-priority gap", "A high-priority hole"),
  );
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await appReady(page);
    const state = await page.evaluate(async () => {
      // As the app registers it (the same registration, if the app's is still there); then
      // the install runs to its end.
      const registration = await navigator.serviceWorker.register("sw.js");
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      while (worker && ["parsed", "installing"].includes(worker.state)) {
        await new Promise((settled) => worker.addEventListener("statechange", settled, { once: true }));
      }
      return worker?.state ?? "none";
    });
    assert.equal(state, "redundant", "the install failed");
    assert.deepEqual(await page.evaluate(() => caches.keys()), [], "no half release kept");
    await context.close();
  } finally {
    serving = DIST;
  }
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
