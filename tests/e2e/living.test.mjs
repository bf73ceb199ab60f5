// A living plan, used as a person keeps it up: logging meetings, marking next steps done and
// writing the next, coming back weeks later (the clock is moved) to see who is due, doing a
// check-in and seeing progress, and taking the whole team into a calendar. Each new screen
// passes axe at 360 and 1280 px, and the log works with the keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useServedApp, DESKTOP, PHONE, appReady, openApp, reload, seriousViolations } from "./support.mjs";
import { addSkills, card, editMentor } from "./people.mjs";

const app = useServedApp();

/// Saturday 28 November 2026, 10:00: the day the plan is made.
const MADE = new Date(2026, 10, 28, 10);
/// Sunday 10 January 2027: six weeks later.
const LATER = new Date(2027, 0, 10, 10);

/// A plan someone keeps up: a one-year goal, two skills, Amara (active, every month, with a
/// next step), Bo (active, every two weeks) and Cy (only an idea). Opens on the mentors step.
async function keptPlan(viewport = DESKTOP) {
  const page = await openApp(app.browser, `${app.server.url}#/start`, { viewport });
  await page.clock.setFixedTime(MADE);
  await reload(page);
  await page.getByLabel("In about a year").fill("Lead the finance team");
  await page.goto(`${app.server.url}#/skills`);
  await addSkills(page, ["Budgets", "Hiring"]);
  await page.goto(`${app.server.url}#/mentors`);
  await editMentor(page, {
    name: "Amara", answers: ["Budgets"], status: "Active", cadence: "Every month", nextStep: "Send the draft budget",
  });
  await editMentor(page, { name: "Bo", answers: ["Hiring"], status: "Active", cadence: "Every two weeks" });
  await editMentor(page, { name: "Cy" });
  return page;
}

/// Opens a mentor's folded log of meetings and steps done.
async function openLog(page, name) {
  await card(page, name).getByText(/^Meetings and steps done \(\d+\)/).click();
  await card(page, name).getByLabel("Date of the meeting").waitFor();
}

/// The entries of a mentor's log, newest first.
function entries(page, name) {
  return card(page, name).locator(".log__entry > p").allTextContents();
}

test("a person logs a meeting, marks a step done, writes the next one, and finds it all after a reload", async () => {
  const page = await keptPlan();
  const amara = card(page, "Amara");
  // Asked today, meeting every month: due a month from today.
  await amara.getByText("Due in 30 days").waitFor();

  await openLog(page, "Amara");
  assert.equal(await amara.getByLabel("Date of the meeting").inputValue(), "2026-11-28", "today by default");
  await amara.getByLabel("Date of the meeting").fill("2026-11-20");
  await amara.getByLabel("What you agreed (one line, optional)").fill("Review the Q4 budget together");
  await amara.getByRole("button", { name: "Log the meeting Amara" }).click();
  await page.getByText("Meeting with Amara logged.").waitFor();
  // Due a month after the last meeting, not after the day she was asked.
  await amara.getByText("Due in 22 days").waitFor();
  assert.deepEqual(await entries(page, "Amara"), ["Met on Nov. 20, 2026 \u2014 Review the Q4 budget together"]);

  await amara.getByRole("button", { name: "Edit Amara" }).click();
  await amara.getByLabel("Next step due by (optional)").fill("2026-12-05");
  await amara.getByRole("button", { name: "Mark the step done Amara" }).click();
  await page.getByText("Step done and logged. What is the next step with Amara?").waitFor();
  const nextStep = amara.getByLabel("Next step", { exact: true });
  assert.equal(await nextStep.inputValue(), "", "the field is empty for the next step");
  await page.waitForFunction(() => document.activeElement?.id?.endsWith("-next-step"));
  await page.keyboard.type("Book the Q1 planning call");
  assert.deepEqual(await entries(page, "Amara"), [
    "Step done on Nov. 28, 2026 \u2014 Send the draft budget",
    "Met on Nov. 20, 2026 \u2014 Review the Q4 budget together",
  ]);

  await reload(page);
  await amara.getByText("Meetings and steps done (2)").waitFor();
  await amara.getByText("Due in 22 days").waitFor();
  await openLog(page, "Amara");
  assert.equal((await entries(page, "Amara")).length, 2, "both entries are kept");
  await amara.getByRole("button", { name: "Edit Amara" }).click();
  assert.equal(await amara.getByLabel("Next step", { exact: true }).inputValue(), "Book the Q1 planning call");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an entry of the log can be edited, moved by its date, removed, and brought back with undo", async () => {
  const page = await keptPlan();
  const amara = card(page, "Amara");
  await openLog(page, "Amara");
  for (const [date, note] of [["2026-11-10", "First coffee"], ["2026-11-24", "Budget walk-through"]]) {
    await amara.getByLabel("Date of the meeting").fill(date);
    await amara.getByLabel("What you agreed (one line, optional)").fill(note);
    await amara.getByRole("button", { name: "Log the meeting Amara" }).click();
  }
  assert.deepEqual(await entries(page, "Amara"), [
    "Met on Nov. 24, 2026 \u2014 Budget walk-through",
    "Met on Nov. 10, 2026 \u2014 First coffee",
  ]);
  // A later date moves the older entry first, and who is due follows the latest meeting.
  await amara.getByRole("button", { name: "Edit Met on Nov. 10, 2026" }).click();
  await amara.getByLabel("Note", { exact: true }).fill("First coffee, at her office");
  await amara.getByLabel("Date", { exact: true }).fill("2026-11-26");
  await amara.getByText("Due in 28 days").waitFor();
  assert.deepEqual(await entries(page, "Amara"), [
    "Met on Nov. 26, 2026 \u2014 First coffee, at her office",
    "Met on Nov. 24, 2026 \u2014 Budget walk-through",
  ]);

  await amara.getByRole("button", { name: "Remove Met on Nov. 26, 2026" }).click();
  assert.deepEqual(await entries(page, "Amara"), ["Met on Nov. 24, 2026 \u2014 Budget walk-through"]);
  await amara.getByText("Due in 26 days").waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  assert.deepEqual(await entries(page, "Amara"), [
    "Met on Nov. 26, 2026 \u2014 First coffee, at her office",
    "Met on Nov. 24, 2026 \u2014 Budget walk-through",
  ]);
  await page.context().close();
});

test("coming back six weeks later, a returning visitor first sees who is due and the steps past their date", async () => {
  const page = await keptPlan();
  const amara = card(page, "Amara");
  await amara.getByRole("button", { name: "Edit Amara" }).click();
  await amara.getByLabel("Next step due by (optional)").fill("2026-12-05");
  await openLog(page, "Bo");
  await card(page, "Bo").getByLabel("Date of the meeting").fill("2026-11-21");
  await card(page, "Bo").getByRole("button", { name: "Log the meeting Bo" }).click();
  await page.getByText("Meeting with Bo logged.").waitFor();

  await page.clock.setFixedTime(LATER);
  await page.goto(app.server.url);
  await appReady(page);
  await page.waitForURL(/#\/since$/);
  await page.getByRole("heading", { level: 1, name: "Since your last visit" }).waitFor();
  await page.getByText("Your last visit was on Nov. 28, 2026. Here is what needs you now.").waitFor();
  const due = page.getByRole("region", { name: "Mentors to meet" });
  // Amara, asked on Nov. 28 and never met, was due on Dec. 28; Bo, met on Nov. 21, on Dec. 5.
  // Cy is only an idea. The plan's order is kept.
  assert.deepEqual(await due.getByRole("listitem").allTextContents(), [
    "Amara: Overdue by 13 days",
    "Bo: Overdue by 36 days",
  ]);
  const late = page.getByRole("region", { name: "Next steps past their date" });
  assert.deepEqual(await late.getByRole("listitem").allTextContents(), [
    "Send the draft budget (with Amara, due Dec. 5, 2026)",
  ]);
  await page.getByRole("region", { name: "Your next check-in" })
    .getByText("You have not reviewed your plan yet.", { exact: false }).waitFor();

  // One click to the mentor, with her card open.
  await due.getByRole("link", { name: "Amara" }).click();
  await page.waitForURL(/#\/mentors\/\d+$/);
  await page.getByRole("button", { name: "Done editing Amara" }).waitFor();
  await amara.getByText("Overdue by 13 days").waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("six weeks on, the person sees who has not answered and who is still an idea, and one click opens the message", async () => {
  const page = await keptPlan();
  await editMentor(page, { name: "Dee", answers: ["Hiring"], status: "Asked", reach: "Online, for quick answers" });
  await page.clock.setFixedTime(LATER);
  await page.goto(app.server.url);
  await appReady(page);
  await page.waitForURL(/#\/since$/);
  const waiting = page.getByRole("region", { name: "Asked, with no answer yet" });
  assert.deepEqual(await waiting.getByRole("listitem").allTextContents(), ["Dee: asked 43 days ago. Draft a follow-up"]);
  const ideas = page.getByRole("region", { name: "Still only an idea" });
  assert.deepEqual(await ideas.getByRole("listitem").allTextContents(), ["Write to Cy"]);

  await waiting.getByRole("link", { name: "Draft a follow-up" }).click();
  await page.waitForURL(/#\/mentors\/\d+\/follow-up$/);
  const dee = card(page, "Dee");
  const kinds = dee.getByRole("group", { name: "Kind of message" });
  assert.equal(await kinds.getByRole("button", { name: "Follow-up after no answer" }).getAttribute("aria-pressed"), "true");
  await page.waitForFunction(() => document.activeElement?.id.endsWith("-message"));
  assert.match(await dee.getByLabel("Your message").inputValue(), /^Hello Dee,\n\nI wrote a little while ago to ask for a short chat about \u201cHiring\u201d\./);
  assert.match(await dee.getByLabel("Your message").inputValue(), /20 minutes for a video call/);

  // The plan view says the same, and its link opens the same place.
  await page.goto(`${app.server.url}#/plan`);
  const found = page.getByRole("region", { name: "What your plan shows" });
  await found.getByText("You asked Dee 43 days ago and have no answer yet.", { exact: false }).waitFor();
  await found.getByRole("link", { name: "Draft a follow-up to Dee" }).click();
  await page.waitForURL(/#\/mentors\/\d+\/follow-up$/);
  await card(page, "Dee").getByLabel("Your message").waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a first visit never shows what is due, and a returning visitor's own address wins", async () => {
  const fresh = await openApp(app.browser, app.server.url);
  await fresh.getByRole("heading", { level: 1, name: "One mentor is not enough any more" }).waitFor();
  assert.doesNotMatch(fresh.url(), /since/);
  await fresh.context().close();

  const page = await keptPlan();
  await page.clock.setFixedTime(LATER);
  await page.goto(`${app.server.url}#/skills`);
  await reload(page);
  await page.getByRole("heading", { level: 1, name: "Which skills will take you where you want to go?" }).waitFor();
  assert.match(page.url(), /#\/skills$/);
  await page.context().close();
});

test("a check-in re-rates skills, ticks goals met, and the plan view shows progress as a chart and a table", async () => {
  const page = await keptPlan();
  await page.goto(`${app.server.url}#/plan`);
  const progress = page.getByRole("region", { name: "Your progress" });
  await progress.getByText("Review your plan every three months", { exact: false }).waitFor();
  await progress.getByRole("link", { name: "Review my plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Review my plan" }).waitFor();
  // Budgets was added at "Learning (2 of 5)"; the first check-in says 3.
  await page.getByLabel("Budgets").selectOption({ label: "Capable (3 of 5)" });
  await page.getByRole("button", { name: "Save the check-in" }).click();
  await page.waitForURL(/#\/plan$/);

  // Three weeks on, a second check-in: Budgets has moved up, and the goal is met.
  await page.clock.setFixedTime(new Date(2026, 11, 19, 10));
  await page.goto(`${app.server.url}#/review`);
  await page.getByLabel("Budgets").selectOption({ label: "Strong (4 of 5)" });
  await page.getByLabel("In about a year: Lead the finance team").check();
  await page.getByLabel("What changed since your last check-in? (optional)").fill("Ran the close on my own");
  await page.getByRole("button", { name: "Save the check-in" }).click();
  await page.waitForURL(/#\/plan$/);
  await page.getByText("Check-in saved. Your progress is on your plan.").waitFor();

  await progress.locator("svg.progress__chart").waitFor();
  const table = progress.getByRole("table");
  assert.deepEqual(await table.getByRole("columnheader").allTextContents(), ["Skill", "At the start", "Now", "Target"]);
  const rows = await table.getByRole("row").allTextContents();
  assert.ok(rows.some((row) => /^Budgets\s*24\d$/.test(row.replace(/\s+/g, ""))), `Budgets went from 2, as set up, to 4: ${rows}`);
  await progress.getByText("Check-ins so far: 2; the last on Dec. 19, 2026.", { exact: false }).waitFor();
  // All of it is kept: after a reload, the chart is there and the goal is still met.
  await reload(page);
  await progress.locator("svg.progress__chart").waitFor();
  await page.goto(`${app.server.url}#/review`);
  assert.ok(await page.getByLabel("In about a year: Lead the finance team").isChecked(), "the goal stays met");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/// The events of an .ics file, each as a map of its properties (folded lines unfolded).
function events(ics) {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const found = [];
  let event = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") {
      event = {};
    } else if (line === "END:VEVENT") {
      found.push(event);
      event = null;
    } else if (event) {
      // The event's own properties come first; its alarm's DESCRIPTION does not replace its own.
      const at = line.indexOf(":");
      const name = line.slice(0, at);
      if (!(name in event)) event[name] = line.slice(at + 1);
    }
  }
  return found;
}

test("the team calendar has one series per active mentor and a check-in every three months, and updates on import", async () => {
  const page = await keptPlan();
  await openLog(page, "Amara");
  await card(page, "Amara").getByLabel("Date of the meeting").fill("2026-11-20");
  await card(page, "Amara").getByRole("button", { name: "Log the meeting Amara" }).click();
  await page.goto(`${app.server.url}#/share`);
  const download = async () => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the team calendar (.ics)" }).click(),
    ]);
    assert.match(file.suggestedFilename(), /\.ics$/);
    return readFile(await file.path(), "utf8");
  };
  const text = await download();
  assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"));
  const found = events(text);
  assert.deepEqual(found.map((event) => event.SUMMARY), [
    "Mentor: Amara",
    "Mentor: Bo",
    "Check-in: review my multi-mentor plan",
  ], "Cy is only an idea: no series for her");
  const [amara, bo, checkIn] = found;
  assert.equal(amara.DTSTART, "20261220T090000", "a month after the last meeting");
  assert.equal(amara.RRULE, "FREQ=MONTHLY");
  assert.equal(bo.DTSTART, "20261212T090000", "two weeks after the day Bo was asked");
  assert.equal(bo.RRULE, "FREQ=WEEKLY;INTERVAL=2");
  assert.equal(checkIn.DTSTART, "20261128T090000", "before a first check-in: today");
  assert.equal(checkIn.RRULE, "FREQ=MONTHLY;INTERVAL=3");
  assert.equal(new Set(found.map((event) => event.UID)).size, 3, "each event has its own UID");

  // A second download, after a change, keeps every UID: importing it updates the events.
  await page.goto(`${app.server.url}#/mentors`);
  await card(page, "Bo").getByRole("button", { name: "Edit Bo" }).click();
  await card(page, "Bo").getByLabel("How often you meet").selectOption({ label: "Every week" });
  await page.goto(`${app.server.url}#/share`);
  const again = events(await download());
  assert.deepEqual(again.map((event) => event.UID), found.map((event) => event.UID));
  assert.equal(again[1].RRULE, "FREQ=WEEKLY");
  await page.context().close();
});

test("the log, the step done, the since screen, the review and the progress pass axe at 360 and 1280 px", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const page = await keptPlan(viewport);
    const amara = card(page, "Amara");
    await openLog(page, "Amara");
    await amara.getByRole("button", { name: "Log the meeting Amara" }).click();
    await amara.getByRole("button", { name: "Edit Met on Nov. 28, 2026" }).click();
    await amara.getByRole("button", { name: "Edit Amara" }).click();
    await amara.getByLabel("Next step due by (optional)").fill("2026-12-01");
    const where = `at ${viewport.width} px`;
    assert.deepEqual(await seriousViolations(page), [], `mentors step with the log open, ${where}`);
    const noSideways = async (screen) => {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= viewport.width, `${screen}: no sideways scroll ${where} (${wide})`);
    };
    await noSideways("mentors");

    await page.goto(`${app.server.url}#/review`);
    await page.getByRole("heading", { level: 1, name: "Review my plan" }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], `review ${where}`);
    await noSideways("review");
    await page.getByRole("button", { name: "Save the check-in" }).click();
    await page.getByRole("region", { name: "Your progress" }).locator("svg").waitFor();
    assert.deepEqual(await seriousViolations(page), [], `plan view with progress ${where}`);
    await noSideways("plan view");

    await page.goto(`${app.server.url}#/share`);
    await page.getByRole("button", { name: "Download the team calendar (.ics)" }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], `share ${where}`);

    await page.clock.setFixedTime(LATER);
    await page.goto(app.server.url);
    await appReady(page);
    await page.getByRole("heading", { level: 1, name: "Since your last visit" }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], `since your last visit ${where}`);
    await noSideways("since");
    await page.context().close();
  }
});

test("with the keyboard alone, a meeting is logged and a step is marked done", async () => {
  const page = await keptPlan();
  const amara = card(page, "Amara");
  const summary = amara.getByText(/^Meetings and steps done/);
  await summary.focus();
  await page.keyboard.press("Enter");
  const date = amara.getByLabel("Date of the meeting");
  await date.waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.type), "date", "Tab reaches the date");
  // Past the date's parts (month, day, year: one Tab stop each), then the note.
  for (let stop = 0; stop < 5; stop += 1) {
    if ((await page.evaluate(() => document.activeElement.type)) !== "date") break;
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent),
    "What you agreed (one line, optional)");
  await page.keyboard.type("Agreed on a reading list");
  await page.keyboard.press("Enter");
  await page.getByText("Meeting with Amara logged.").waitFor();
  assert.deepEqual(await entries(page, "Amara"), ["Met on Nov. 28, 2026 \u2014 Agreed on a reading list"]);

  await amara.getByRole("button", { name: "Edit Amara" }).focus();
  await page.keyboard.press("Enter");
  await amara.getByRole("button", { name: "Mark the step done Amara" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id?.endsWith("-next-step"));
  await page.keyboard.type("Read chapter one");
  assert.equal(await amara.getByLabel("Next step", { exact: true }).inputValue(), "Read chapter one");
  assert.equal((await entries(page, "Amara"))[0], "Step done on Nov. 28, 2026 \u2014 Send the draft budget");
  await page.context().close();
});
