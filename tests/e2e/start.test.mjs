// The first screen: the shell, the welcome and the start of the stock-take, persisted.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useServedApp, DESKTOP, PHONE, PLAN_KEY, openApp, reload, statusSays, storedItem, storedOpenPlan,
} from "./support.mjs";

const app = useServedApp();

test("the shell has a banner, a main landmark and a footer", async () => {
  const page = await openApp(app.browser, app.server.url);
  for (const role of ["banner", "main", "contentinfo"]) {
    assert.equal(await page.getByRole(role).count(), 1, `one ${role} landmark`);
  }
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  assert.match(heading, /mentor/i);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("what the person types is saved and is there again after a reload", async () => {
  const page = await openApp(app.browser, app.server.url);
  await statusSays(page, "saved in this browser as you type");

  await page.getByLabel("In about a year").fill("Move from IT support into accounting.");
  await page.getByLabel("Target role").fill("Staff accountant");
  await page
    .getByLabel("What your last performance review said")
    .fill("Present findings to managers with more confidence.");
  await statusSays(page, "All changes saved in this browser.");

  assert.equal(JSON.parse(await storedItem(page, PLAN_KEY)).schema, 7);
  assert.equal((await storedOpenPlan(page)).target_role, "Staff accountant");

  await reload(page);
  assert.equal(
    await page.getByLabel("In about a year").inputValue(),
    "Move from IT support into accounting.",
  );
  assert.equal(await page.getByLabel("Target role").inputValue(), "Staff accountant");
  assert.equal(
    await page.getByLabel("What your last performance review said").inputValue(),
    "Present findings to managers with more confidence.",
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("opening the app writes nothing to storage until the person types", async () => {
  const page = await openApp(app.browser, app.server.url);
  assert.equal(await storedItem(page, PLAN_KEY), null);
  await page.context().close();
});

test("10,000 characters are kept and do not widen the page on a phone", async () => {
  const page = await openApp(app.browser, app.server.url, { viewport: PHONE });
  const long = "competency".repeat(1000);
  await page.getByLabel("Target role").fill(long);
  await page.getByLabel("In about a year").fill(long);
  await statusSays(page, "All changes saved in this browser.");
  await reload(page);
  assert.equal(await page.getByLabel("Target role").inputValue(), long);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, "no sideways scrolling at 360 px");
  await page.context().close();
});

test("every field can be reached and filled with the keyboard alone", async () => {
  const page = await openApp(app.browser, app.server.url, { viewport: DESKTOP });
  const labels = ["In about a year", "Target role", "What your last performance review said"];
  for (const label of labels) {
    let focused = false;
    for (let presses = 0; presses < 20 && !focused; presses += 1) {
      await page.keyboard.press("Tab");
      focused = await page.getByLabel(label).evaluate((field) => field === document.activeElement);
    }
    assert.ok(focused, `Tab reaches "${label}"`);
    await page.keyboard.type("typed by keyboard");
  }
  await statusSays(page, "All changes saved in this browser.");
  assert.equal(await page.getByLabel("Target role").inputValue(), "typed by keyboard");
  await page.context().close();
});

test("a first-time visitor can look at a finished example plan before starting", async () => {
  const page = await openApp(app.browser, app.server.url, { viewport: PHONE });
  await page.getByText("At the end you will have a plan on one page").waitFor();
  await page.getByRole("link", { name: "Look at a finished example first" }).click();
  await page.getByRole("heading", { level: 1, name: /^Shared plan: / }).waitFor();
  await page.getByRole("heading", { level: 2, name: "The team" }).waitFor();
  assert.equal(await storedItem(page, PLAN_KEY), null, "nothing stored until the person saves a copy");
  await page.getByRole("button", { name: "Close" }).click();
  await page.getByLabel("In about a year").waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
