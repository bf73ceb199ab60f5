// The core walks in Firefox ESR and WebKit (WebKitGTK), over W3C WebDriver, as the Chromium
// tests walk them: the four people's stock-take and findings, a reload, a share link in a fresh
// profile, a plan file saved and opened, French, workshop mode with its reset, offline, and axe.
// Elements are found by role and label, with the same walk helpers as tests/e2e/.
// ENGINES=firefox (or webkit) walks one engine only.
import { after, afterEach, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  AXE_TAGS, DESKTOP, PHONE, PLAN_KEY, appReady, reload, serious, serveDist, statusSays, storedItem, storedOpenPlan,
} from "../e2e/support.mjs";
import { PEOPLE, PRIYA_IN_FRENCH, assertFindings, buildPlan, card, editMentor, findings } from "../e2e/people.mjs";
import { inFrench } from "../e2e/words.mjs";
import { DOWNLOADS, chosenEngines, startDriver } from "./driver.mjs";

const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const DEMO_KEY = "multi-mentor-plan:demo";

/// Serious and critical axe violations on the page as it is now (the rules of AXE_TAGS), one
/// line each. axe-core goes in as WebDriver's script itself: the app's content security policy
/// forbids a page to evaluate a string, and WebKit holds injected scripts to it. The tags come
/// first among the script's arguments, WebDriver's callback last.
async function seriousViolations(page) {
  const violations = await page.command("POST", "/execute/async", {
    script: `${AXE};\nconst done = arguments[1];\naxe.run(document, { runOnly: arguments[0] }).then((results) => done(results.violations));`,
    args: [AXE_TAGS],
  });
  return serious(violations);
}

/// Waits for a file of this name in `folder` to be whole; resolves to its text.
async function savedFile(folder, name) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const names = await readdir(folder).catch(() => []);
    if (names.includes(name) && !names.some((each) => each.endsWith(".part"))) {
      const text = await readFile(join(folder, name), "utf8");
      if (text) return text;
    }
    if (Date.now() > deadline) throw new Error(`no ${name} in ${folder} (found: ${names})`);
    await sleep(100);
  }
}

for (const engine of chosenEngines()) {
  describe(engine.name, () => {
    let server;
    let driver;
    let opened = [];
    before(async () => {
      server = await serveDist();
      driver = await startDriver(engine);
    });
    after(async () => {
      await driver?.stop();
      await server?.close();
    });
    // A test's browsers are closed after it, passed or failed: a WebDriver server runs one at a time.
    afterEach(async () => {
      for (const page of opened) await page.close().catch(() => {});
      opened = [];
    });

    /// A new browser with a fresh profile, on `url`, once the app has drawn its screen.
    async function openApp(url, { viewport = DESKTOP } = {}) {
      const page = await driver.newPage({ viewport });
      opened.push(page);
      await page.goto(url);
      await appReady(page);
      return page;
    }

    /// Closes a browser before the test opens the next (one profile at a time).
    async function close(page) {
      opened = opened.filter((each) => each !== page);
      await page.close();
    }

    for (const person of PEOPLE) {
      test(`${person.who} walks the stock-take on a phone, and a reload keeps it all`, async () => {
        const page = await openApp(server.url, { viewport: PHONE });
        await buildPlan(page, person);
        assert.match(await page.url(), /#\/plan$/);
        const before = await findings(page);
        assertFindings(before, person.expect);
        const headings = await page.getByRole("table").getByRole("columnheader").allTextContents();
        for (const mentor of person.mentors) {
          assert.ok(headings.includes(mentor.label ?? mentor.name), `grid has ${mentor.label ?? mentor.name}`);
        }
        // Each mark in the grid is drawn, the same size whatever fonts the engine has.
        const marks = await page.evaluate(() =>
          [...document.querySelectorAll(".plan-grid .answered [aria-hidden]")].map((mark) => {
            const { width, height } = mark.getBoundingClientRect();
            return [Math.round(width), Math.round(height)];
          }),
        );
        assert.ok(marks.length > 0);
        for (const size of marks) assert.deepEqual(size, [14, 14], "a mark 0.9rem across");

        await reload(page);
        assert.match(await page.url(), /#\/plan$/, "a reload stays on the plan");
        assert.deepEqual(await findings(page), before);
        // On a phone the list of steps opens on demand.
        await page.getByRole("button", { name: "All steps" }).click();
        await page.getByRole("link", { name: "Start" }).first().click();
        assert.equal(await page.getByLabel("Target role").inputValue(), person.role);
        assert.deepEqual(await page.errors(), []);
      });
    }

    test("a share link opens read-only in a fresh profile and can be saved", async (context) => {
      const author = await openApp(server.url);
      await author.getByLabel("Target role").fill("Staff accountant");
      await author.goto(`${server.url}#/mentors`);
      await editMentor(author, { name: "Daniel", reach: "Online, for quick answers" });
      await statusSays(author, "All changes saved in this browser.");
      await author.goto(`${server.url}#/share`);
      const link = await author.getByLabel("Link to this plan", { exact: true }).inputValue();
      assert.match(link, /#s5\.[A-Za-z0-9_-]+$/);
      // The share sheet is offered only where the engine has one; copying says how it went.
      const sheet = await author.evaluate(() => typeof navigator.share === "function");
      assert.equal(await author.getByRole("button", { name: "Share…" }).count(), sheet ? 1 : 0);
      await author.getByRole("button", { name: "Copy link" }).click();
      const copied = author.getByRole("status").filter({ hasText: /Link copied\.|did not let us copy/ });
      await copied.waitFor();
      context.diagnostic(`share sheet: ${sheet}; copy: ${await copied.textContent()}`);
      assert.deepEqual(await author.errors(), []);
      await close(author);

      const reader = await openApp(link);
      await reader.getByRole("heading", { level: 1, name: "Shared plan: My plan" }).waitFor();
      assert.equal(await reader.getByRole("main").getByRole("textbox").count(), 0, "nothing to edit");
      assert.match(await reader.getByRole("main").textContent(), /Staff accountant/);
      assert.equal(await storedItem(reader, PLAN_KEY), null, "a fresh profile, and opening writes nothing");
      await reader.getByRole("button", { name: "Save as a new plan of mine" }).click();
      await reader.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
      await card(reader, "Daniel").waitFor();
      assert.deepEqual(await reader.errors(), []);
    });

    test("a plan file saved from the share screen opens back as the same plan", async () => {
      await rm(DOWNLOADS, { recursive: true, force: true });
      await mkdir(DOWNLOADS, { recursive: true });
      const page = await openApp(server.url);
      await page.getByLabel("Target role").fill("Team lead");
      await statusSays(page, "All changes saved in this browser.");
      await page.goto(`${server.url}#/share`);
      await page.getByRole("button", { name: "Download plan file (JSON)" }).click();
      const exported = JSON.parse(await savedFile(DOWNLOADS, "multi-mentor-plan-my-plan.json"));
      assert.equal(exported.app, "multi-mentor-plan");
      await close(page);

      const other = await openApp(`${server.url}#/share`);
      await other.getByLabel("Open a plan file").setInputFiles(join(DOWNLOADS, "multi-mentor-plan-my-plan.json"));
      await other.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
      await statusSays(other, "Opened the file as a new plan, \u201cMy plan\u201d.");
      assert.deepEqual(await storedOpenPlan(other), exported.plan);
      assert.deepEqual(await other.errors(), []);
    });

    test("the switch to French keeps what was typed, and a person walks the stock-take in French", async () => {
      const fr = inFrench();
      const page = await openApp(server.url, { viewport: PHONE });
      await page.getByLabel("In about a year").fill(PRIYA_IN_FRENCH.goals);
      await page.getByRole("button", { name: "Français" }).click();
      // The switch now offers English back.
      await page.getByRole("button", { name: "English", exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), "fr-CA");
      assert.equal(await page.getByLabel(fr.t("In about a year")).inputValue(), PRIYA_IN_FRENCH.goals);
      await buildPlan(page, PRIYA_IN_FRENCH, fr);
      const gap = fr.t(
        "No mentor helps with \u201c{competency}\u201d yet ({priority} priority). Find someone who is good at it.",
        { competency: "Rédiger des suivis clairs", priority: fr.t("High").toLowerCase() },
      );
      const found = await findings(page, fr);
      assertFindings(found, { present: [gap] });
      await reload(page);
      assert.deepEqual(await findings(page, fr), found);
      assert.deepEqual(await page.errors(), []);
    });

    test("workshop mode opens a demo copy, presents it, resets it and leaves the own plan alone", async () => {
      const page = await openApp(server.url);
      await page.getByLabel("Target role").fill("Director");
      await statusSays(page, "All changes saved in this browser.");
      const own = await storedItem(page, PLAN_KEY);

      await page.getByRole("link", { name: "Running a workshop? Workshop mode" }).click();
      await page.getByRole("button", { name: "Switch on workshop mode" }).click();
      const banner = page.getByRole("region", { name: "Workshop mode is on" });
      await banner.waitFor();
      const example = "Example: Jonah, new team lead";
      await page.getByRole("button", { name: `Open a demo copy ${example}` }).click();
      await statusSays(page, `Opened a demo copy: \u201c${example}\u201d.`);
      await page.getByRole("region", { name: "The demo plan" }).getByRole("link", { name: "Present it" }).click();
      await page.getByRole("heading", { level: 1, name: "Which skills will take you where you want to go?" }).waitFor();
      await page.keyboard.press("ArrowRight");
      await page.getByRole("heading", { level: 1, name: "How do your lifestyle and situation shape the strategy?" }).waitFor();
      await page.getByRole("link", { name: "Exit presenter view" }).click();

      await page.getByRole("heading", { level: 1, name: "Workshop mode" }).waitFor();
      await page.getByRole("button", { name: "Reset demo" }).click();
      await page.getByRole("button", { name: "Yes, clear them" }).click();
      await statusSays(page, "The demo is reset: every demo plan is cleared.");
      assert.equal(await storedItem(page, DEMO_KEY), null);
      // Focus comes back to the button, a frame later.
      await page.waitForFunction(() => document.activeElement?.textContent.trim() === "Reset demo");
      await banner.getByRole("button", { name: "Leave workshop mode" }).click();
      await page.getByRole("button", { name: "Switch on workshop mode" }).waitFor();
      assert.equal(await storedItem(page, PLAN_KEY), own, "the own plan, byte for byte");
      await page.goto(server.url);
      assert.equal(await page.getByLabel("Target role").inputValue(), "Director");
      assert.deepEqual(await page.errors(), []);
    });

    test("after a first visit, the service worker serves the app offline", async (context) => {
      const own = await serveDist();
      context.after(() => own.close());
      const page = await openApp(own.url);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(new URL(scope).pathname, new URL(own.url).pathname);
      await page.getByLabel("Target role").fill("Team lead");
      await statusSays(page, "All changes saved in this browser.");

      // Offline: the address now refuses. A new visit, not WebDriver's refresh, which in Firefox
      // is a forced reload that skips the service worker (as Ctrl+Shift+R does).
      await own.close();
      await page.goto(own.url);
      await appReady(page);
      assert.equal(await page.getByLabel("Target role").inputValue(), "Team lead");
      // The pages beside the app, too: the facilitator's guide.
      await page.goto(`${own.url}guide.html`);
      await page.getByRole("heading", { level: 2, name: "Running a 45-minute workshop" }).waitFor();
      assert.deepEqual(await page.errors(), []);
    });

    test("axe finds nothing serious on the stock-take, the plan and the share screen", async () => {
      const page = await openApp(server.url, { viewport: PHONE });
      const problems = [];
      const audit = async (screen) => {
        for (const violation of await seriousViolations(page)) problems.push(`${screen}: ${violation}`);
      };
      await page.getByLabel("Target role").fill("Team lead");
      await audit("start");
      await page.goto(`${server.url}#/mentors`);
      await editMentor(page, { name: "Kevin", reach: "In person" });
      await page.goto(`${server.url}#/plan`);
      await page.getByRole("region", { name: "What your plan shows" }).waitFor();
      await audit("plan");
      await page.goto(`${server.url}#/share`);
      await page.getByRole("img", { name: "QR code of the link to this plan" }).first().waitFor();
      await audit("share");
      assert.deepEqual(problems, []);
    });
  });
}
