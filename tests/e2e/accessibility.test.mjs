// axe-core audit of every step and state, at phone and desktop widths, with a plan filled in
// (so that lists, cards, the grid and the findings are all on screen).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useServedApp, DESKTOP, PHONE, PLAN_KEY, openApp, reload, seriousViolations, statusSays,
} from "./support.mjs";
import { card, editMentor } from "./people.mjs";

const app = useServedApp();

const STEPS = ["start", "skills", "situation", "soft-skills", "mentors", "value", "plan"];

/// A small plan touching every step, including a namesake and a refused name.
async function fillPlan(page) {
  await page.getByLabel("Target role").fill("Team lead");
  await page.goto(`${app.server.url}#/skills`);
  await page.getByRole("button", { name: "Add Delegating work" }).click();
  await page.getByRole("button", { name: "Add Giving feedback" }).click();
  await page.goto(`${app.server.url}#/situation`);
  await page.getByLabel("Parent of young children").check();
  await page.goto(`${app.server.url}#/soft-skills`);
  await page.getByLabel("Your industry", { exact: true }).selectOption({ label: "Health care" });
  await page.getByRole("button", { name: "Add Clear communication" }).click();
  await page.goto(`${app.server.url}#/mentors`);
  await editMentor(page, { name: "Kevin", answers: ["Delegating work"], shares: ["Parent of young children"] });
  await editMentor(page, { name: "Kevin", label: "Kevin (2)", answers: ["Giving feedback"] });
  await card(page, "Kevin").getByRole("button", { name: "Edit Kevin", exact: true }).click();
  await card(page, "Kevin").getByLabel("Mentor's name").fill(" ");
  await statusSays(page, "All changes saved in this browser.");
}

for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`every step has no serious or critical axe violations (${name})`, async () => {
    const page = await openApp(app.browser, app.server.url, { viewport });
    await fillPlan(page);
    const problems = [];
    for (const step of STEPS) {
      await page.goto(`${app.server.url}#/${step}`);
      await page.locator(`[aria-current="step"][href="#/${step}"]`).waitFor({ state: "attached" });
      // On a phone the list of steps opens on demand: audited open too.
      const allSteps = page.getByRole("button", { name: "All steps" });
      if (await allSteps.isVisible()) await allSteps.click();
      await page.locator(`[aria-current="step"][href="#/${step}"]`).waitFor();
      for (const violation of await seriousViolations(page)) problems.push(`${step}: ${violation}`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test(`the plans page has no serious or critical axe violations (${name})`, async () => {
    const page = await openApp(app.browser, app.server.url, { viewport });
    await fillPlan(page);
    const problems = [];
    const audit = async (screen) => {
      for (const violation of await seriousViolations(page)) problems.push(`${screen}: ${violation}`);
    };
    await page.goto(`${app.server.url}#/plans`);
    await page.getByRole("heading", { level: 1, name: "Your plans" }).waitFor();
    await audit("plans");
    await page.goto(`${app.server.url}#/share`);
    const link = await page.getByLabel("Link to this plan", { exact: true }).inputValue();
    await page.getByRole("img", { name: "QR code of the link to this plan" }).first().waitFor();
    await audit("share");
    await page.getByRole("button", { name: "Show QR code full screen" }).click();
    await page.getByRole("dialog").waitFor();
    await audit("QR code full screen");
    await page.keyboard.press("Escape");
    // The person's own plan, as a link: the view says it is a copy of theirs.
    await page.goto(link);
    await page.getByRole("button", { name: "Update my plan from this copy" }).waitFor();
    await audit("a copy of the person's own plan");
    await page.goto(`${app.server.url}#s1.not-a-plan`);
    await page.getByRole("alert").waitFor();
    await audit("bad link");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test(`the start-up notice has no serious or critical axe violations (${name})`, async () => {
    const page = await openApp(app.browser, app.server.url, { viewport });
    await page.evaluate((k) => window.localStorage.setItem(k, "garbage"), PLAN_KEY);
    await reload(page);
    await page.getByRole("alert").waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });
}

test("the save error and the undo bar have no serious or critical axe violations", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/skills`, {
    initScript: () => {
      Storage.prototype.setItem = function refuse() {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
  });
  await page.getByRole("button", { name: "Add Delegating work" }).click();
  await page.getByRole("button", { name: "Remove Delegating work" }).click();
  await page.getByRole("button", { name: "Undo" }).waitFor();
  await statusSays(page, "storage is full");
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test("the undo bar never covers the step's Next link, the page's last link or where focus moves", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/skills`, { viewport: PHONE });
  await page.getByRole("button", { name: "Add Delegating work" }).click();
  await page.getByRole("button", { name: "Remove Delegating work" }).click();
  await page.getByRole("button", { name: "Undo" }).waitFor();
  // The first save adds the footer's line on keeping storage: measure the settled page.
  await statusSays(page, "All changes saved in this browser.");
  const barTop = async () => (await page.locator(".undo-bar").boundingBox()).y;
  const clear = async (locator, what) => {
    const box = await locator.boundingBox();
    assert.ok(box.y + box.height <= (await barTop()), `${what} ends at ${box.y + box.height}, under the bar`);
  };
  const nextLink = page.getByRole("link", { name: /^Next/ });
  const lastLink = page.getByRole("contentinfo").getByRole("link").last();

  // Scrolled to the very end, as far as a person can.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await clear(nextLink, "Next");
  await clear(lastLink, "the footer's link");
  // Moving focus from the top scrolls each one just into view, above the bar (WCAG 2.4.11).
  for (const [locator, what] of [[nextLink, "Next"], [lastLink, "the footer's link"]]) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await locator.focus();
    await clear(locator, `${what}, focused`);
  }
  await page.context().close();
});

test("the footer leads to the accessibility statement, in the app's language, and it passes axe", async () => {
  const problems = [];
  for (const [language, title, report] of [
    ["en", "Accessibility of Multi-Mentor Plan", "How to tell us about a problem"],
    ["fr", "Accessibilité de Multi-Mentor Plan", "Comment nous signaler un problème"],
  ]) {
    const page = await openApp(app.browser, app.server.url, {
      viewport: PHONE,
      storage: { "multi-mentor-plan:language": language },
    });
    await page.getByRole("contentinfo").getByRole("link", { name: language === "en" ? "Accessibility" : "Accessibilité" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("heading", { level: 2, name: report }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), `${language}-CA`);
    for (const violation of await seriousViolations(page)) problems.push(`${language}: ${violation}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) problems.push(`${language}: scrolls sideways (${width}px)`);
    // Its link goes back to the app, which still holds the plan's language.
    await page.getByRole("link", { name: language === "en" ? "Back to Multi-Mentor Plan" : "Retour à Multi-Mentor Plan" }).click();
    await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});
