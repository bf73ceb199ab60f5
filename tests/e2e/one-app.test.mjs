// One app: every screen is a route of one page, old addresses still land on their screen,
// and moving between screens never loads a page nor loses an edit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, openApp, reload, storedOpenPlan } from "./support.mjs";

const app = useServedApp();

/// How many times the page has loaded since `page` was opened: a marker set on the window
/// survives every move inside the app, and only a page load clears it.
async function startCountingLoads(page) {
  page.loads = 0;
  page.on("load", () => { page.loads += 1; });
  await page.evaluate(() => { window.stillTheSamePage = true; });
}

async function samePage(page) {
  return page.evaluate(() => window.stillTheSamePage === true);
}

test("stock-take, plans, share, workshop and back, without a single page load", async () => {
  const page = await openApp(app.browser, app.server.url);
  await startCountingLoads(page);
  const header = page.getByRole("navigation", { name: "Plans and sharing" });

  await page.getByRole("link", { name: /^Next/ }).click();
  await page.getByRole("heading", { level: 1, name: "Which skills will take you where you want to go?" }).waitFor();
  await header.getByRole("link", { name: "Your plans" }).click();
  await page.getByRole("heading", { level: 1, name: "Your plans" }).waitFor();
  await header.getByRole("link", { name: "Share" }).click();
  await page.getByRole("heading", { level: 1, name: "Share and save your plan" }).waitFor();
  await page.getByRole("link", { name: "Running a workshop? Workshop mode" }).click();
  await page.getByRole("heading", { level: 1, name: "Workshop mode" }).waitFor();
  for (let back = 0; back < 4; back += 1) await page.goBack();
  await page.getByLabel("In about a year").waitFor();

  assert.equal(page.loads, 0, "no page load");
  assert.ok(await samePage(page), "the same page throughout");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an edit made just before switching screens is there after a reload", async () => {
  const page = await openApp(app.browser, app.server.url);
  await page.getByLabel("Target role").fill("Controller");
  // At once, before the quarter-second save delay is over.
  await page.getByRole("navigation", { name: "Plans and sharing" }).getByRole("link", { name: "Your plans" }).click();
  await page.getByRole("heading", { level: 1, name: "Your plans" }).waitFor();
  await reload(page);
  assert.equal((await storedOpenPlan(page)).target_role, "Controller");
  await page.goto(`${app.server.url}#/start`);
  assert.equal(await page.getByLabel("Target role").inputValue(), "Controller");
  await page.context().close();
});

test("every address handed out before the app was one page lands on its screen", async () => {
  const page = await openApp(app.browser, app.server.url);
  const cases = [
    ["plans/", "#/plans", "Your plans"],
    ["plans/#/", "#/plans", "Your plans"],
    ["plans/#/share", "#/share", "Share and save your plan"],
    ["plans/#s1.not-a-plan", "#s1.not-a-plan", "Your plans"],
    ["workshop/", "#/workshop", "Workshop mode"],
    // The guide is a page beside the app now: its old address lands where the link to it is.
    ["workshop/#/guide", "#/workshop/guide", "Workshop mode"],
    ["workshop/#/room", "#/workshop/room", "Open Multi-Mentor Plan on your phone"],
    // The presenter shows only demo plans: it says so until workshop mode is on.
    ["workshop/#/present/2", "#/workshop/present/2", "Workshop mode is off"],
    ["workshop/#/on", "#/workshop", "Workshop mode"],
  ];
  for (const [old, hash, heading] of cases) {
    await page.goto(`${app.server.url}${old}`);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    const address = new URL(page.url());
    assert.equal(address.pathname, new URL(app.server.url).pathname, old);
    assert.equal(address.hash, hash, old);
  }
  await page.getByText("Workshop mode is on.").waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
