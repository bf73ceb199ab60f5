// English and French: the first visit follows the browser's languages, the switch keeps
// every field and the step, a person walks the whole stock-take in French, and the
// workshop's presenter and room speak French. Our words come from the catalogue
// (tests/e2e/words.mjs), so the test reads what a French-speaking person reads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  DESKTOP,
  DIST,
  PHONE,
  PLAN_KEY,
  openApp,
  reload,
  seriousViolations,
  storedHolds,
  storedItem,
  useServedApp,
} from "./support.mjs";
import { PRIYA_IN_FRENCH, assertFindings, buildPlan, card, findings } from "./people.mjs";
import { inFrench } from "./words.mjs";

const app = useServedApp();
const LANGUAGE_KEY = "multi-mentor-plan:language";
const IN_FRENCH = { [LANGUAGE_KEY]: "fr" };

const page_language = (page) => page.evaluate(() => document.documentElement.lang);

test("the wasm holds our words in English only: the French is fetched when it is chosen", async () => {
  const { readdirSync } = await import("node:fs");
  const wasm = readdirSync(DIST).find((name) => name.endsWith("_bg.wasm"));
  const bytes = readFileSync(`${DIST}${wasm}`);
  const fr = inFrench();
  for (const english of ["One mentor is not enough any more", "Parent of young children", "Every two weeks"]) {
    assert.ok(bytes.includes(Buffer.from(english)), `the wasm has \u201c${english}\u201d`);
    assert.ok(!bytes.includes(Buffer.from(fr.t(english))), `the wasm has no \u201c${fr.t(english)}\u201d`);
  }
});

test("a first visit follows the browser's languages, and the choice is remembered", async () => {
  const fr = inFrench();
  const french = await openApp(app.browser, app.server.url, { locale: "fr-CA" });
  assert.equal(await page_language(french), "fr-CA");
  await french.getByRole("heading", { level: 1, name: fr.t("One mentor is not enough any more") }).waitFor();
  await french.context().close();

  const english = await openApp(app.browser, app.server.url, { locale: "en-CA" });
  assert.equal(await page_language(english), "en-CA");
  await english.getByRole("heading", { level: 1, name: "One mentor is not enough any more" }).waitFor();
  // The switch names French in French; choosing it is kept in this browser.
  const toFrench = english.getByRole("button", { name: "Français" });
  assert.equal(await toFrench.getAttribute("lang"), "fr-CA");
  await toFrench.click();
  await english.getByRole("heading", { level: 1, name: fr.t("One mentor is not enough any more") }).waitFor();
  assert.equal(await storedItem(english, LANGUAGE_KEY), "fr");
  await reload(english);
  assert.equal(await page_language(english), "fr-CA");
  await english.getByRole("button", { name: "English" }).click();
  await english.getByRole("heading", { level: 1, name: "One mentor is not enough any more" }).waitFor();
  assert.equal(await storedItem(english, LANGUAGE_KEY), "en");
  assert.deepEqual(english.errors, []);
  await english.context().close();
});

test("switching language mid-flow keeps every field, the draft and the step", async () => {
  const fr = inFrench();
  const page = await openApp(app.browser, app.server.url);
  await page.getByLabel("In about a year").fill("Lead a small team within two years.");
  await page.goto(`${app.server.url}#/skills`);
  await page.getByRole("button", { name: "Add Delegating work", exact: true }).click();
  const form = page.getByRole("region", { name: "Add a skill" });
  await form.getByLabel("Skill", { exact: true }).fill("Running budgets");

  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("heading", { level: 1, name: fr.t("Which skills will take you where you want to go?") }).waitFor();
  assert.match(page.url(), /#\/skills$/, "the same step");
  assert.equal(await page_language(page), "fr-CA");
  // Focus stays on the switch, which now names English.
  await page.waitForFunction(() => document.activeElement?.textContent === "English");
  const frenchForm = page.getByRole("region", { name: fr.t("Add a skill") });
  assert.equal(await frenchForm.getByLabel(fr.t("Skill"), { exact: true }).inputValue(), "Running budgets");
  // A skill added from a suggestion keeps the words it was added with.
  await card(page, "Delegating work").waitFor();

  await page.goto(`${app.server.url}#/start`);
  assert.equal(
    await page.getByLabel(fr.t("In about a year")).inputValue(),
    "Lead a small team within two years.",
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a person walks the whole stock-take in French and reads their findings in French", async () => {
  const fr = inFrench();
  const page = await openApp(app.browser, app.server.url, { storage: IN_FRENCH });
  await buildPlan(page, PRIYA_IN_FRENCH, fr);
  const gap = fr.t(
    "No mentor helps with \u201c{competency}\u201d yet ({priority} priority). Find someone who is good at it.",
    { competency: "Rédiger des suivis clairs", priority: fr.t("High").toLowerCase() },
  );
  const found = await findings(page, fr);
  assertFindings(found, {
    present: [gap],
    absent: [
      fr.t("No mentor can be reached online for a quick answer, such as a cover letter due tonight or an interview question tomorrow."),
      // Marie is still an idea: what to offer her can wait until she is asked.
      fr.t("You have not noted anything you offer {mentor} in return. Good mentoring goes both ways.", { mentor: "Marie" }),
    ],
  });
  // The plan view: the French names of the suggested skills, the person's own words as typed.
  const grid = await page.getByRole("region", { name: fr.t("Needs and mentors") }).textContent();
  assert.ok(grid.includes(fr.name("Accounting fundamentals")), "a suggested skill, in French");
  assert.ok(grid.includes("Rédiger des suivis clairs"), "the person's own skill, as typed");
  assert.ok(grid.includes(fr.t("High priority")), "our words in French");

  // It is all there after a reload.
  await reload(page);
  assert.deepEqual(await findings(page, fr), found);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a plan made in French opens in English from its link, with its own words unchanged", async () => {
  const fr = inFrench();
  const page = await openApp(app.browser, `${app.server.url}#/skills`, { storage: IN_FRENCH });
  await page.getByRole("button", { name: fr.t("Add {name}", { name: fr.name("Delegating work") }), exact: true }).click();
  await storedHolds(page, PLAN_KEY, fr.name("Delegating work"));
  await page.goto(`${app.server.url}#/share`);
  const link = await page.getByLabel(fr.t("Link to this plan"), { exact: true }).inputValue();
  await page.context().close();

  const reader = await openApp(app.browser, link, { locale: "en-CA" });
  await reader.getByRole("heading", { level: 1, name: `Shared plan: ${fr.t("My plan")}` }).waitFor();
  const grid = await reader.getByRole("region", { name: "Needs and mentors" }).textContent();
  assert.match(grid, new RegExp(fr.name("Delegating work")), "the skill as the person added it");
  assert.match(grid, /High priority|Medium priority/, "our words in English");
  await reader.context().close();
});

test("dates follow the language", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/mentors`, { storage: IN_FRENCH });
  // Saturday 28 November 2026, 10:00.
  await page.clock.setFixedTime(new Date(2026, 10, 28, 10));
  await page.reload();
  const fr = inFrench();
  const form = page.getByRole("region", { name: fr.t("Add a mentor") });
  await form.getByLabel(fr.t("Mentor's name")).fill("Amara");
  await form.getByRole("button", { name: fr.t("Add mentor") }).click();
  const it = card(page, "Amara");
  await it.getByLabel(fr.t("Where it stands")).selectOption({ label: fr.t("Active") });
  await it.getByLabel(fr.t("How often you meet")).selectOption({ label: fr.t("Every month") });
  await page.goto(`${app.server.url}#/plan`);
  const rhythm = page.getByRole("region", { name: fr.t("Your next 12 weeks") });
  const headings = await rhythm.getByRole("columnheader").allTextContents();
  assert.equal(headings[1], "28nov.", "day first, then the month, in French");
  await page.context().close();
});

test("the presenter view and the room's screen speak French", async () => {
  const fr = inFrench();
  const { examples } = JSON.parse(readFileSync(`${DIST}workshop-content.fr.json`, "utf8"));
  const example = examples[0];
  const page = await openApp(app.browser, `${app.server.url}#/workshop/on`, {
    storage: IN_FRENCH,
    viewport: { width: 1280, height: 720 },
  });
  await page.getByRole("heading", { level: 1, name: fr.t("Workshop mode") }).waitFor();
  await page.getByRole("button", { name: `${fr.t("Open a demo copy")} ${example.name}` }).click();
  await page.getByRole("region", { name: fr.t("The demo plan") }).getByRole("link", { name: fr.t("Present it") }).click();
  await page.getByRole("heading", { level: 1, name: fr.t("Which skills will take you where you want to go?") }).waitFor();
  assert.match(await page.getByRole("main").textContent(), new RegExp(example.plan.target_role));
  await page.goto(`${app.server.url}#/workshop/present/plan`);
  await page.getByRole("heading", { level: 1, name: fr.t("The plan: {name}", { name: example.name }) }).waitFor();
  await page.getByRole("region", { name: fr.t("What this plan shows") }).waitFor();


  await page.goto(`${app.server.url}#/workshop/room`);
  await page.getByRole("heading", { level: 1, name: fr.t("Open Multi-Mentor Plan on your phone") }).waitFor();
  await page.getByRole("img", { name: fr.t("QR code of the address shown below") }).waitFor();
  // The room's screen can be switched back to English there and then.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Open Multi-Mentor Plan on your phone" }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("if the French cannot be fetched, the app stays in English and says so in both languages", async () => {
  const page = await openApp(app.browser, app.server.url);
  await page.route("**/catalogue-fr.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByText("The French version could not be loaded.").waitFor();
  await page.getByText("La version française n\u2019a pas pu être chargée.", { exact: false }).waitFor();
  assert.equal(await page_language(page), "en-CA");
  await page.getByRole("heading", { level: 1, name: "One mentor is not enough any more" }).waitFor();
  // Once the network is back, the switch works.
  await page.unroute("**/catalogue-fr.json");
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("heading", { level: 1, name: inFrench().t("One mentor is not enough any more") }).waitFor();
  await page.context().close();
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`axe finds nothing serious in French at ${viewport.width} px`, async () => {
    const fr = inFrench();
    const page = await openApp(app.browser, app.server.url, { storage: IN_FRENCH, viewport });
    await buildPlan(page, PRIYA_IN_FRENCH, fr);
    for (const hash of ["#/plan", "#/start", "#/skills", "#/mentors", "#/share", "#/plans", "#/workshop"]) {
      await page.goto(`${app.server.url}${hash}`);
      await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
      assert.equal(await page_language(page), "fr-CA");
      assert.deepEqual(await seriousViolations(page), [], `${hash} at ${viewport.width} px`);
    }
    await page.context().close();
  });
}

test("English stays the language of a browser that prefers neither", async () => {
  const page = await openApp(app.browser, app.server.url, { locale: "de-DE" });
  assert.equal(await page_language(page), "en-CA");
  await page.getByRole("heading", { level: 1, name: "One mentor is not enough any more" }).waitFor();
  await page.context().close();
});
