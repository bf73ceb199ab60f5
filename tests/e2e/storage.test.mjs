// Bad storage never loses anything: corrupt or newer plans are kept, full storage is reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  useServedApp, BACKUP_KEY, PLAN_KEY, openApp, reload, statusSays, storedHolds, storedItem, storedOpenPlan,
} from "./support.mjs";

const app = useServedApp();

async function plantAndReload(page, key, value) {
  await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [key, value]);
  await reload(page);
}

test("garbage in storage shows a notice and is kept under the backup key", async () => {
  const page = await openApp(app.browser, app.server.url);
  const garbage = '{"schema":1,"plan":{"goals": ✂ not json';
  await plantAndReload(page, PLAN_KEY, garbage);

  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not open your saved plan/i);
  assert.match(await alert.textContent(), new RegExp(BACKUP_KEY));
  assert.equal(await storedItem(page, BACKUP_KEY), garbage);

  // The fresh plan works and saves; the backup is still there afterwards.
  await page.getByLabel("Target role").fill("Team lead");
  await statusSays(page, "All changes saved in this browser.");
  assert.equal((await storedOpenPlan(page)).target_role, "Team lead");
  assert.equal(await storedItem(page, BACKUP_KEY), garbage);

  await page.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a plan saved by a newer version is kept and explained", async () => {
  const page = await openApp(app.browser, app.server.url);
  const newer = JSON.stringify({ schema: 42, plan: { from: "the future" } });
  await plantAndReload(page, PLAN_KEY, newer);

  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /newer version/);
  assert.equal(await storedItem(page, BACKUP_KEY), newer);
  await page.context().close();
});

test("a second damaged plan does not overwrite the first backup", async () => {
  const page = await openApp(app.browser, app.server.url);
  await page.evaluate((k) => window.localStorage.setItem(k, "first"), BACKUP_KEY);
  await plantAndReload(page, PLAN_KEY, "second");
  await page.getByRole("alert").waitFor();
  assert.equal(await storedItem(page, BACKUP_KEY), "first");
  assert.equal(await storedItem(page, `${BACKUP_KEY}:2`), "second");
  await page.context().close();
});

test("when storage is full the person is told and keeps what they typed", async () => {
  const page = await openApp(app.browser, app.server.url, {
    initScript: () => {
      Storage.prototype.setItem = function refuse() {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
  });
  await page.getByLabel("In about a year").fill("Grow into a leadership role.");
  await statusSays(page, "storage is full");
  assert.equal(
    await page.getByLabel("In about a year").inputValue(),
    "Grow into a leadership role.",
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("with no room to keep a copy of damaged plans, the notice offers them as a file, and then saving starts again", async () => {
  const page = await openApp(app.browser, app.server.url, {
    initScript: () => {
      // Backups are refused, as a full browser refuses them; the damage is planted once.
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function refuseBackups(key, value) {
        if (key.includes(":backup")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return set.call(this, key, value);
      };
      if (!window.sessionStorage.getItem("planted")) {
        window.sessionStorage.setItem("planted", "yes");
        window.localStorage.setItem("multi-mentor-plan", "{ damaged");
      }
    },
  });
  await page.getByRole("alert").filter({ hasText: "there was no room to keep a copy of them here" }).waitFor();
  await page.getByLabel("Target role").fill("Controller");
  await statusSays(page, "Saving is paused");
  assert.equal(await storedItem(page, PLAN_KEY), "{ damaged", "not saved over");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a copy and start saving again" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "multi-mentor-plan-backup.json");
  assert.equal(await readFile(await download.path(), "utf8"), "{ damaged");
  await statusSays(page, "Saving again. The copy of the plans that were stored is in your downloads.");
  await storedHolds(page, PLAN_KEY, "Controller");
  assert.equal(await page.getByLabel("Target role").inputValue(), "Controller");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("when storage cannot be read the app still starts and says so", async () => {
  const page = await openApp(app.browser, app.server.url, {
    initScript: () => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Access is denied.", "SecurityError");
        },
      });
    },
  });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /does not let the app read its storage/);
  await page.getByLabel("Target role").fill("Controller");
  await statusSays(page, "does not let the app store data");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("once a plan is saved, the app asks the browser to keep it and says whether it will", async () => {
  const page = await openApp(app.browser, app.server.url);
  const footer = page.getByRole("contentinfo");
  assert.equal(await footer.getByText("This browser").count(), 0, "nothing asked before a plan is saved");
  await page.getByLabel("Target role").fill("Team lead");
  await statusSays(page, "All changes saved in this browser.");
  await footer.getByText("This browser may clear your plans").waitFor();
  await page.context().close();

  // A browser that grants it (here through Chromium's own permission switch).
  const granted = await openApp(app.browser, app.server.url);
  const cdp = await granted.context().newCDPSession(granted);
  const { targetInfo } = await cdp.send("Target.getTargetInfo");
  await cdp.send("Browser.grantPermissions", {
    permissions: ["durableStorage"],
    origin: new URL(app.server.url).origin,
    browserContextId: targetInfo.browserContextId,
  });
  await granted.getByLabel("Target role").fill("Team lead");
  await granted.getByRole("contentinfo").getByText("This browser has agreed to keep your plans").waitFor();
  await granted.context().close();
});

test("copies of unreadable plans can be seen, restored, downloaded and deleted in the app", async () => {
  const page = await openApp(app.browser, app.server.url);
  // A readable copy (as a trimmed library leaves) and a damaged one.
  const readable = JSON.stringify({
    schema: 2,
    plan: { goals: "Become a charge nurse", target_role: "Charge nurse" },
  });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`${BACKUP_KEY}:2`, readable]);
  await plantAndReload(page, PLAN_KEY, "{ damaged");
  await page.goto(`${app.server.url}#/plans`);
  const panel = page.getByRole("region", { name: "Copies of plans that could not be opened as stored" });
  const items = panel.getByRole("listitem");
  await items.first().waitFor();
  assert.equal(await items.count(), 2);
  assert.match(await items.nth(0).textContent(), /^Copy 1, made \d{4}-\d\d-\d\d at \d\d:\d\d UTC, 0\.0 KB/);
  assert.match(await items.nth(0).textContent(), /cannot read this copy/);
  assert.equal(await items.nth(0).getByRole("button", { name: "Restore its plans" }).count(), 0);

  const [file] = await Promise.all([
    page.waitForEvent("download"),
    items.nth(0).getByRole("button", { name: "Download the text" }).click(),
  ]);
  assert.equal(file.suggestedFilename(), "multi-mentor-plan-backup.json");

  await items.nth(1).getByRole("button", { name: "Restore its plans" }).click();
  await statusSays(page, "Restored 1 plan from the copy, as a new plan.");
  const library = JSON.parse(await storedItem(page, PLAN_KEY)).library;
  assert.equal(library.plans.find((entry) => entry.id === library.current).plan.target_role, "Charge nurse");

  await items.nth(0).getByRole("button", { name: "Delete this copy" }).click();
  await statusSays(page, "The copy was deleted.");
  assert.equal(await storedItem(page, BACKUP_KEY), null);
  assert.equal(await items.count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
