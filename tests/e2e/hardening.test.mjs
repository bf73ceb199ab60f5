// Hardening: the app under its Content-Security-Policy, crafted links and files opened at
// once and trimmed to the limits, and private notes kept out of files unless asked for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BACKUP_KEY, PLAN_KEY, openApp, reload, statusSays, storedHolds, storedItem, storedOpenPlan, useServedApp,
} from "./support.mjs";
import { addSkills, card, editMentor } from "./people.mjs";

const app = useServedApp();

/// A flooded link and file (400 competencies, 200 mentors answering all, repeated ids).
function craftedPlans() {
  const run = spawnSync("cargo", ["run", "--quiet", "--example", "crafted_plans"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`cargo run --example crafted_plans failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/// Seconds of script (JavaScript and wasm) the page has run so far, from Chromium's metrics.
async function scriptSeconds(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "ScriptDuration").value;
}

/// Opens the app with one plan of the person's own, saved; returns the page and that text.
async function withOwnPlan() {
  const page = await openApp(app.browser, app.server.url);
  await page.getByLabel("In about a year").fill("Lead the audit team by 2028");
  await storedHolds(page, PLAN_KEY, "Lead the audit team");
  return { page, own: await storedItem(page, PLAN_KEY) };
}

test("the app works under its Content-Security-Policy on every screen", async () => {
  const page = await openApp(app.browser, app.server.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.match(policy, /default-src 'none'/);
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.violations.push(event.violatedDirective));
  });
  const screens = [
    ["#/skills", "Which skills will take you where you want to go?"],
    ["#/plan", "Your multi-mentor plan"],
    ["#/share", "Share and save your plan"],
    ["#/plans", "Your plans"],
  ];
  for (const [hash, heading] of screens) {
    await page.goto(`${app.server.url}${hash}`);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }
  // The example plans are fetched from a file beside the app: they arrived under the policy.
  await page.goto(`${app.server.url}#/workshop/on`);
  await page.getByRole("button", { name: /^Open a demo copy / }).first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a crafted link opens at once, trimmed to the limits, and the person's plans are unchanged", async () => {
  const { link } = craftedPlans();
  const { page, own } = await withOwnPlan();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const before = await scriptSeconds(cdp);
  await page.goto(`${app.server.url}#${link}`);
  const heading = page.getByRole("heading", { level: 1, name: /^Shared plan: Flood/ });
  await heading.waitFor();
  await page.getByText("Part of it was over this app\u2019s limits, so it was trimmed").waitFor();
  const spent = (await scriptSeconds(cdp)) - before;
  assert.ok(spent < 1, `script time ${spent.toFixed(2)} s`);
  assert.equal(await heading.textContent(), "Shared plan: Flood gnp.exe", "no direction control");
  assert.equal(await page.getByRole("columnheader", { name: /^Mentor / }).count(), 50);
  assert.equal(await storedItem(page, PLAN_KEY), own);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a crafted link at the top of the id range, saved: what the person adds to it is still there after a reload", async () => {
  const { top } = craftedPlans();
  const page = await openApp(app.browser, `${app.server.url}#${top}`);
  await page.getByRole("heading", { level: 1, name: "Shared plan: Top of the range" }).waitFor();
  await page.getByRole("button", { name: "Save as a new plan of mine" }).click();
  await statusSays(page, "Saved as a new plan. You are now editing your copy.");
  await page.goto(`${app.server.url}#/skills`);
  await addSkills(page, ["Budgeting"]);
  await storedHolds(page, PLAN_KEY, "Budgeting");
  await reload(page);
  for (const skill of ["Skill 4294967294", "Budgeting"]) {
    await card(page, skill).waitFor();
  }
  await page.goto(`${app.server.url}#/mentors`);
  await card(page, "Top").waitFor();
  assert.equal(await page.getByText("so it was trimmed").count(), 0);
  assert.equal(await storedItem(page, BACKUP_KEY), null, "no backup: nothing was trimmed");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("at a list's limit, adding is refused with a plain message, what was typed stays, and removing one makes room", async () => {
  const { link } = craftedPlans();
  const page = await openApp(app.browser, `${app.server.url}#${link}`);
  await page.getByRole("button", { name: "Save as a new plan of mine" }).click();
  await page.goto(`${app.server.url}#/mentors`);
  const full = "This plan has 50 mentors, the most it can hold. Remove one to add another.";
  const form = page.getByRole("region", { name: "Add a mentor" });
  await form.getByRole("alert").filter({ hasText: full }).waitFor();
  await form.getByLabel("Mentor's name").fill("Amara");
  await form.getByRole("button", { name: "Add mentor" }).click();
  assert.equal(await form.getByLabel("Mentor's name").inputValue(), "Amara", "what was typed stays");
  const mentors = async () => (await storedOpenPlan(page)).mentors;
  await storedHolds(page, PLAN_KEY, "Mentor 400");
  assert.equal((await mentors()).length, 50);
  assert.ok(!(await mentors()).some((m) => m.name === "Amara"));

  // One removed: the message goes, and the name typed is added.
  await page.getByRole("button", { name: "Remove Mentor 400", exact: true }).click();
  await form.getByRole("alert").filter({ hasText: full }).waitFor({ state: "hidden" });
  await form.getByRole("button", { name: "Add mentor" }).click();
  await storedHolds(page, PLAN_KEY, "Amara");
  assert.equal((await mentors()).length, 50);
  // Undo would bring back a 51st: it says why it does not.
  await page.getByRole("button", { name: "Undo" }).click();
  await statusSays(page, full);
  assert.ok(!(await mentors()).some((m) => m.name === "Mentor 400"));

  // A suggestion on the skills step, with 100 skills already: refused, and said.
  await page.goto(`${app.server.url}#/skills`);
  await page.getByRole("button", { name: "Add Accounting fundamentals" }).click();
  await statusSays(page, "This plan has 100 skills, the most it can hold. Remove one to add another.");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a long text pasted into a note is cut at the limit where the person sees it, and nothing is trimmed later", async () => {
  const page = await openApp(app.browser, app.server.url);
  const notes = page.getByLabel("What your last performance review said");
  await notes.focus();
  await page.keyboard.insertText("Speak up. ".repeat(2_500));
  assert.equal((await notes.inputValue()).length, 20_000);
  await page.getByText("This text is at its limit of 20,000 characters: anything past it was not kept.").waitFor();
  await storedHolds(page, PLAN_KEY, "Speak up.");
  await reload(page);
  assert.equal((await page.getByLabel("What your last performance review said").inputValue()).length, 20_000);
  assert.equal(await page.getByText("so it was trimmed").count(), 0);
  assert.equal(await storedItem(page, BACKUP_KEY), null);
  // Short of the limit, the line says how much is used; well short, it is not there.
  await page.getByLabel("What your last performance review said").press("Backspace");
  await page.getByText("19,999 of 20,000 characters used.").waitFor();
  await page.getByLabel("What your last performance review said").fill("Speak up.");
  await page.getByText("characters used.").waitFor({ state: "hidden" });
  await page.context().close();
});

test("a crafted file opens at once as a new plan, trimmed to the limits, and says so", async () => {
  const { file } = craftedPlans();
  const path = join(tmpdir(), "crafted-plan.json");
  await writeFile(path, file);
  const { page, own } = await withOwnPlan();
  await page.goto(`${app.server.url}#/share`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const before = await scriptSeconds(cdp);
  await page.getByLabel("Open a plan file").setInputFiles(path);
  await page.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
  await statusSays(page, "Part of it was over this app\u2019s limits, so it was trimmed");
  const spent = (await scriptSeconds(cdp)) - before;
  assert.ok(spent < 1, `script time ${spent.toFixed(2)} s`);
  const library = JSON.parse(await storedItem(page, PLAN_KEY)).library;
  const mine = JSON.parse(own).library.plans[0];
  assert.deepEqual(library.plans[0], mine, "the person's plan is as it was");
  const imported = library.plans.find((entry) => entry.id === library.current);
  assert.equal(imported.plan.competencies.length, 100);
  assert.equal(imported.plan.mentors.length, 50);
  assert.ok(imported.plan.next_id <= 2 ** 31);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("private notes and the meeting log stay out of the plan file unless the person asks for a full backup", async () => {
  const page = await openApp(app.browser, app.server.url);
  await page.getByLabel("What your last performance review said").fill("Needs to speak up in meetings");
  await page.getByLabel("Keep my review notes private when I share").check();
  await page.goto(`${app.server.url}#/mentors`);
  await editMentor(page, { name: "Amara", status: "Active" });
  await card(page, "Amara").getByText(/^Meetings and steps done \(\d+\)/).click();
  await card(page, "Amara").getByLabel("What you agreed (one line, optional)").fill("Talked about my manager");
  await card(page, "Amara").getByRole("button", { name: "Log the meeting Amara" }).click();
  await statusSays(page, "All changes saved in this browser.");
  await page.goto(`${app.server.url}#/share`);
  const download = async () => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download plan file (JSON)" }).click(),
    ]);
    return JSON.parse(await readFile(await file.path(), "utf8")).plan;
  };
  await page.getByText("The file leaves out what you marked private, and your meetings, notes and check-ins").waitFor();
  const shared = await download();
  assert.equal(shared.review_notes, "");
  assert.deepEqual(shared.mentors[0].log ?? [], []);
  assert.equal(shared.mentors[0].name, "Amara");
  await page.getByLabel("Include what I marked private, my meetings and my check-ins (a full backup for myself)").check();
  const backup = await download();
  assert.equal(backup.review_notes, "Needs to speak up in meetings");
  assert.equal(backup.mentors[0].log[0].note, "Talked about my manager");
  await page.context().close();
});
