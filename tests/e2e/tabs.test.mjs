// Two tabs on the same plans: each takes in what the other saved, and neither loses work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, appReady, openApp, statusSays, storedHolds, storedItem, PLAN_KEY } from "./support.mjs";
import { card, editMentor } from "./people.mjs";

const app = useServedApp();

/// A second tab in the same browser profile as `page`.
async function secondTab(page, url) {
  const tab = await page.context().newPage();
  tab.errors = [];
  tab.on("pageerror", (error) => tab.errors.push(error.message));
  await tab.goto(url);
  await appReady(tab);
  return tab;
}

/// The stored plans, once `ready(plans)` holds (saving waits a moment after typing).
async function storedPlansOnce(page, ready) {
  for (let tries = 0; tries < 50; tries += 1) {
    const plans = JSON.parse(await storedItem(page, PLAN_KEY)).library.plans;
    if (ready(plans)) return plans;
    await page.waitForTimeout(100);
  }
  return JSON.parse(await storedItem(page, PLAN_KEY)).library.plans;
}

const goalsOf = (plans, name) => plans.find((entry) => entry.name === name)?.plan.horizons.year.text;

/// A first tab on "My plan" (saved, so not blank), and a second tab that has just made and
/// opened another plan, "Second try".
async function twoTabsTwoPlans() {
  const first = await openApp(app.browser, app.server.url);
  await first.getByLabel("Target role").fill("Team lead");
  await statusSays(first, "All changes saved in this browser.");
  const second = await secondTab(first, `${app.server.url}#/plans`);
  await second.getByLabel("Name of the new plan").fill("Second try");
  await second.getByRole("button", { name: "Create plan" }).click();
  await second.getByLabel("Target role").waitFor();
  return [first, second];
}

test("a plan made in another tab survives typing in this one", async () => {
  const [first, second] = await twoTabsTwoPlans();
  await second.getByLabel("Target role").fill("Director");
  await statusSays(second, "All changes saved in this browser.");

  await first.bringToFront();
  await first.getByLabel("In about a year").fill("Keep going");
  const plans = await storedPlansOnce(first, (plans) => goalsOf(plans, "My plan") === "Keep going");
  assert.deepEqual(plans.map((entry) => entry.name), ["My plan", "Second try"]);
  assert.equal(plans[0].plan.horizons.year.text, "Keep going");
  assert.equal(plans[0].plan.target_role, "Team lead");
  assert.equal(plans[1].plan.target_role, "Director");
  assert.match(await first.getByRole("navigation", { name: "Plans and sharing" }).textContent(), /My plan/);
  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context().close();
});

test("typing goals in one tab while another adds a mentor to the same plan keeps both", async () => {
  const first = await openApp(app.browser, app.server.url);
  await first.getByLabel("Target role").fill("Team lead");
  await statusSays(first, "All changes saved in this browser.");
  const second = await secondTab(first, `${app.server.url}#/mentors`);
  // The first tab types on, each keystroke putting off its save, while the second adds Amara.
  await first.getByLabel("In about a year").pressSequentially("Lead", { delay: 40 });
  await editMentor(second, { name: "Amara" });
  await storedHolds(second, PLAN_KEY, "Amara");
  await first.getByLabel("In about a year").pressSequentially(" the audit team", { delay: 40 });
  const plans = await storedPlansOnce(first, (plans) => goalsOf(plans, "My plan") === "Lead the audit team");
  assert.equal(plans.length, 1);
  assert.equal(plans[0].plan.horizons.year.text, "Lead the audit team");
  assert.deepEqual(plans[0].plan.mentors.map((mentor) => mentor.name), ["Amara"]);
  assert.equal(plans[0].plan.target_role, "Team lead");
  // Each tab shows both.
  await first.goto(`${app.server.url}#/mentors`);
  await card(first, "Amara").waitFor();
  await second.bringToFront();
  await second.goto(`${app.server.url}#/start`);
  const goal = second.getByLabel("In about a year");
  for (let tries = 0; tries < 50 && (await goal.inputValue()) !== "Lead the audit team"; tries += 1) {
    await second.waitForTimeout(100);
  }
  assert.equal(await goal.inputValue(), "Lead the audit team");
  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context().close();
});

test("a tab shows what another tab typed into the same plan", async () => {
  const first = await openApp(app.browser, app.server.url);
  const second = await secondTab(first, app.server.url);
  await second.getByLabel("Target role").fill("Staff accountant");
  await statusSays(second, "All changes saved in this browser.");
  await first.bringToFront();
  await first.getByLabel("Target role").waitFor();
  await assert.doesNotReject(() =>
    first.waitForFunction(() => document.querySelector("#target-role")?.value === "Staff accountant", null, { timeout: 5000 }),
  );
  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context().close();
});

test("typing in two tabs at once, each on its own plan, loses neither", async () => {
  const [first, second] = await twoTabsTwoPlans();
  // Keystrokes alternate between the tabs faster than either one saves.
  for (const letter of "abcdef") {
    await first.getByLabel("In about a year").press(letter);
    await second.getByLabel("In about a year").press(letter.toUpperCase());
  }
  const plans = await storedPlansOnce(
    first,
    (plans) => goalsOf(plans, "My plan") === "abcdef" && goalsOf(plans, "Second try") === "ABCDEF",
  );
  assert.equal(goalsOf(plans, "My plan"), "abcdef");
  assert.equal(goalsOf(plans, "Second try"), "ABCDEF");
  await first.context().close();
});

test("a tab of an older version pauses saving instead of writing over a newer version's plans", async () => {
  const page = await openApp(app.browser, app.server.url);
  await page.getByLabel("Target role").fill("Team lead");
  await statusSays(page, "All changes saved in this browser.");
  // What a newer build, open in another tab, would store.
  const newer = JSON.stringify({ schema: 99, library: { anything: "new" } });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PLAN_KEY, newer]);
  await page.getByLabel("Target role").fill("Team lead, then manager");
  await statusSays(page, "Saving is paused: a newer version of this app saved your plans in another tab");
  await page.waitForTimeout(1000);
  assert.equal(await storedItem(page, PLAN_KEY), newer, "nothing written over it");
  await page.context().close();
});

test("after a failed save, another tab's save does not replace the edits not yet stored", async () => {
  const first = await openApp(app.browser, app.server.url);
  await first.getByLabel("Target role").fill("Team lead");
  await statusSays(first, "All changes saved in this browser.");
  const second = await secondTab(first, `${app.server.url}#/plans`);
  // The first tab's storage fills up: its next save fails.
  await first.bringToFront();
  await first.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await first.getByLabel("In about a year").fill("Typed while storage was full");
  await statusSays(first, "Could not save: this browser's storage is full.");
  // Meanwhile the second tab makes a plan of its own.
  await second.getByLabel("Name of the new plan").fill("Second try");
  await second.getByRole("button", { name: "Create plan" }).click();
  await second.getByLabel("Target role").waitFor();
  await statusSays(second, "All changes saved in this browser.");
  // Back in the first tab: still the edit, still the failed status.
  await first.bringToFront();
  await first.waitForTimeout(500);
  assert.equal(await first.getByLabel("In about a year").inputValue(), "Typed while storage was full");
  await statusSays(first, "Could not save: this browser's storage is full.");
  // Space is freed; the next change saves both tabs' work.
  await first.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await first.getByLabel("Target role").fill("Team lead soon");
  const plans = await storedPlansOnce(first, (plans) => goalsOf(plans, "My plan") === "Typed while storage was full");
  assert.deepEqual(plans.map((entry) => entry.name).sort(), ["My plan", "Second try"]);
  await first.context().close();
});

test("two tabs creating and renaming plans within the save delay lose nothing", async () => {
  const first = await openApp(app.browser, app.server.url);
  await first.getByLabel("Target role").fill("Team lead");
  await statusSays(first, "All changes saved in this browser.");
  const second = await secondTab(first, `${app.server.url}#/plans`);
  await first.goto(`${app.server.url}#/plans`);
  // Each tab renames the plan they share and creates one of its own, faster than a save.
  await first.getByLabel("Plan name").first().fill("Renamed in the first tab");
  await second.getByLabel("Name of the new plan").fill("Made in the second tab");
  await second.getByRole("button", { name: "Create plan" }).click();
  await first.getByLabel("Name of the new plan").fill("Made in the first tab");
  await first.getByRole("button", { name: "Create plan" }).click();
  await first.getByLabel("Target role").waitFor();
  await second.getByLabel("Target role").waitFor();
  await first.getByLabel("Target role").fill("First");
  await second.getByLabel("Target role").fill("Second");
  const plans = await storedPlansOnce(first, (plans) => plans.length === 3
    && goalsOf(plans, "Renamed in the first tab") !== undefined
    && plans.some((entry) => entry.plan.target_role === "First")
    && plans.some((entry) => entry.plan.target_role === "Second"));
  assert.deepEqual(
    plans.map((entry) => entry.name).sort(),
    ["Made in the first tab", "Made in the second tab", "Renamed in the first tab"],
  );
  assert.equal(new Set(plans.map((entry) => entry.id)).size, 3, "three ids");
  assert.equal(plans.find((entry) => entry.name === "Made in the first tab").plan.target_role, "First");
  assert.equal(plans.find((entry) => entry.name === "Made in the second tab").plan.target_role, "Second");
  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context().close();
});
