// The plan at a glance. The team map: each mentor around the person with their role and
// status, linked to the skills they help with; an uncovered skill is an empty seat; a mentor
// on the map opens that mentor. The next 12 weeks: when the person meets each active mentor,
// with the clock fixed. Both pass axe on a phone and a desktop. The map in the presenter
// view and in print is checked in workshop.test.mjs and print.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, DESKTOP, PHONE, openApp, seriousViolations } from "./support.mjs";
import { addSkills, editMentor } from "./people.mjs";

const app = useServedApp();

/// A plan with two skills, Budgets (Amara helps) and Hiring (no one does), and two mentors.
async function smallTeam(viewport) {
  const page = await openApp(app.browser, `${app.server.url}#/skills`, { viewport });
  // Saturday 28 November 2026, 10:00, for the whole test.
  await page.clock.setFixedTime(new Date(2026, 10, 28, 10));
  await page.reload();
  await addSkills(page, ["Budgets", "Hiring"]);
  await page.goto(`${app.server.url}#/mentors`);
  await editMentor(page, {
    name: "Amara", answers: ["Budgets"], role: "Coach", status: "Active", cadence: "Every month",
  });
  await editMentor(page, { name: "Bo" });
  await page.goto(`${app.server.url}#/plan`);
  const map = page.getByRole("region", { name: "Team map" });
  await map.waitFor();
  // Arriving puts focus on the step's heading a frame after the screen is drawn; a link
  // focused before that would lose it.
  await page.waitForFunction(() => document.activeElement?.id === "step-heading");
  return { page, map };
}

test("the map shows each mentor with their role and status, and an empty seat for a skill no one helps with", async () => {
  const { page, map } = await smallTeam(DESKTOP);
  await map.getByRole("link", { name: "Amara: Coach, Active. Open in Mentors." }).waitFor();
  await map.getByRole("link", { name: "Bo: Expert, Idea. Open in Mentors." }).waitFor();
  assert.equal(await map.locator(".map__links line").count(), 1, "one line: Amara to Budgets");
  assert.equal(await map.locator(".map__skill--open").count(), 1, "Hiring is an empty seat");
  const key = await map.getByRole("listitem").allTextContents();
  assert.deepEqual(key, ["Budgets: Amara", "Hiring: empty seat, no one yet"]);
  await page.context().close();
});

test("a mentor on the map opens that mentor in the mentors step", async () => {
  const { page, map } = await smallTeam(DESKTOP);
  await map.getByRole("link", { name: /^Bo: / }).click();
  await page.waitForURL(/#\/mentors\/\d+$/);
  await page.getByRole("button", { name: "Done editing Bo" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id?.endsWith("-name"));
  const focused = await page.evaluate(() => document.activeElement.value);
  assert.equal(focused, "Bo", "Bo's name field has focus, with Bo's editor open");
  assert.equal(await page.getByRole("button", { name: "Done editing Amara" }).count(), 0, "only Bo opens");
  await page.context().close();
});

test("a mentor on the map opens with the keyboard too", async () => {
  const { page, map } = await smallTeam(DESKTOP);
  await map.getByRole("link", { name: /^Amara: / }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Done editing Amara" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.value === "Amara");
  await page.context().close();
});

test("the map passes axe and fits the width on a phone and a desktop", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, map } = await smallTeam(viewport);
    await map.locator("svg").waitFor();
    assert.deepEqual(await seriousViolations(page), [], `at ${viewport.width} px`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= viewport.width, `no sideways scroll at ${viewport.width} px (${wide})`);
    await page.context().close();
  }
});

test("the next 12 weeks show when you meet each active mentor, a cadence after asking them", async () => {
  const { page } = await smallTeam(DESKTOP);
  const weeks = page.getByRole("region", { name: "Your next 12 weeks" });
  const table = weeks.getByRole("table");
  const headers = await table.getByRole("columnheader").allTextContents();
  assert.equal(headers.length, 13);
  assert.deepEqual(headers.slice(0, 3), ["Mentor", "Nov.28", "Dec.5"]);
  const rows = table.getByRole("row");
  assert.equal(await rows.count(), 2, "a header row and Amara's: Bo is only an idea");
  const cells = await rows.nth(1).getByRole("cell").allTextContents();
  // Asked today, 28 November, and met monthly: 28 December is in week 5, 28 January in week 9.
  const meets = cells.flatMap((cell, week) => (cell === "Meet" ? [week + 1] : []));
  assert.deepEqual(meets, [5, 9]);
  assert.equal(await rows.nth(1).getByRole("rowheader").textContent(), "Amara");
  await page.context().close();
});
