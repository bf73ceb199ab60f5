// A plan that outlives the browser: it comes back from the link in the person's calendar after
// the browser cleared it, the keep-a-copy prompt shows only where the browser may clear the
// plans (and once per moment), and the QR code that moves the plan decodes to a link that
// brings it back on another device.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import jsQR from "jsqr";
import {
  useServedApp, PLAN_KEY, appReady, openApp, reload, statusSays, storedHolds, storedItem, storedOpenPlan,
} from "./support.mjs";
import { addSkills, card, editMentor } from "./people.mjs";

const app = useServedApp();

/// Saturday 28 November 2026, 10:00.
const MADE = new Date(2026, 10, 28, 10);

/// A plan with a mentor who meets every month, one meeting logged and one check-in saved.
/// Opens on the plan page, after the check-in.
async function livingPlan(page) {
  await page.getByLabel("In about a year").fill("Lead the finance team");
  await page.goto(`${app.server.url}#/skills`);
  await addSkills(page, ["Budgets"]);
  await page.goto(`${app.server.url}#/mentors`);
  await editMentor(page, { name: "Amara", answers: ["Budgets"], status: "Active", cadence: "Every month" });
  await logMeeting(page, "Amara", "Review the Q4 budget together");
  await checkIn(page);
}

async function logMeeting(page, name, note) {
  const mentor = card(page, name);
  if (!(await mentor.getByLabel("Date of the meeting").isVisible())) {
    await mentor.getByText(/^Meetings and steps done \(\d+\)/).click();
  }
  await mentor.getByLabel("What you agreed (one line, optional)").fill(note);
  await mentor.getByRole("button", { name: `Log the meeting ${name}` }).click();
  await page.getByText(`Meeting with ${name} logged.`).waitFor();
}

/// Saves a check-in, and waits until it is stored.
async function checkIn(page) {
  await page.goto(`${app.server.url}#/review`);
  await page.getByRole("button", { name: "Save the check-in" }).click();
  await page.waitForURL(/#\/plan$/);
  await page.waitForFunction((key) => {
    const library = JSON.parse(localStorage.getItem(key) ?? "{}").library;
    return library?.plans.find((entry) => entry.id === library.current).plan.check_ins?.length > 0;
  }, PLAN_KEY);
}

/// Sets, through the DevTools protocol, whether the browser keeps this site's storage.
async function persistence(page, setting) {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfo } = await cdp.send("Target.getTargetInfo");
  await cdp.send("Browser.setPermission", {
    permission: { name: "persistent-storage" },
    setting,
    origin: new URL(app.server.url).origin,
    browserContextId: targetInfo.browserContextId,
  });
}

/// The keep-a-copy prompts on screen now.
const prompts = (page) => page.getByText("Keep a copy of your plan", { exact: true }).filter({ visible: true });

test("after the browser clears the plan, the link in the person's calendar brings it back whole, as theirs", async () => {
  let page = await openApp(app.browser, `${app.server.url}#/start`);
  await page.clock.setFixedTime(MADE);
  await reload(page);
  await livingPlan(page);
  const before = await storedOpenPlan(page);
  assert.equal(before.mentors[0].log.length, 1, "one meeting logged");
  assert.equal(before.check_ins.length, 1, "one check-in");

  await page.goto(`${app.server.url}#/share`);
  await page.getByLabel("Put a link to my whole plan in each event").check();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the team calendar (.ics)" }).click(),
  ]);
  const ics = (await readFile(await file.path(), "utf8")).replace(/\r\n[ \t]/g, "");
  const descriptions = ics.split("\r\n")
    .filter((line) => line.startsWith("DESCRIPTION:") && line.includes("If your browser no longer has your plan"));
  assert.equal(descriptions.length, 2, "the mentor's series and the check-in carry the link");
  const text = descriptions[1].slice("DESCRIPTION:".length).replace(/\\([,;\\])/g, "$1").replace(/\\n/g, "\n");
  assert.match(text, /^Rate where you are in each skill.*\n\nIf your browser/s, "after the event's own words");
  assert.match(text, /bring it back as it was on Nov\. 28, 2026: /);
  const link = text.match(/(http\S+\.mine)$/)[1];
  assert.ok(link.startsWith(`${app.server.url}#s5.`), link);

  // The app is closed (it saves as it goes), then the browser clears everything this site
  // stored, as Safari does after seven days away.
  const context = page.context();
  await page.close();
  page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.clearDataForOrigin", { origin: new URL(app.server.url).origin, storageTypes: "all" });
  await page.goto(app.server.url);
  await appReady(page);
  assert.equal(await storedItem(page, PLAN_KEY), null, "nothing is stored");

  await page.goto(link);
  await appReady(page);
  await statusSays(page, "Your plan from Nov. 28, 2026 is back and saved in this browser again.");
  await page.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
  await storedHolds(page, PLAN_KEY, "Review the Q4 budget together");
  const { library } = JSON.parse(await storedItem(page, PLAN_KEY));
  assert.equal(library.plans.length, 1, "it takes the place of the blank plan");
  const back = library.plans[0].plan;
  assert.equal(back.identity, before.identity, "the same plan, as the person's own");
  assert.deepEqual(back.mentors[0].log, before.mentors[0].log, "with its log");
  assert.deepEqual(back.check_ins, before.check_ins, "and its check-ins");
  assert.equal(await page.getByText("Someone shared this plan with you.").count(), 0);

  // Opened again, now that the plan is here, it is a copy of it: nothing changes unasked.
  await page.goto(link);
  await page.locator(".shared-banner").getByText("This is a copy of your own plan.").waitFor();
  assert.deepEqual(await storedOpenPlan(page), back);
  await page.context().close();
});

test("the keep-a-copy prompt shows where the browser may clear the plans, once per moment, and can be dismissed", async () => {
  const refused = await openApp(app.browser, `${app.server.url}#/start`);
  await persistence(refused, "denied");
  await livingPlan(refused);
  await refused.getByRole("contentinfo").getByText("This browser may clear your plans").waitFor();

  // After the check-in, on the plan page, once.
  assert.equal(await prompts(refused).count(), 1);
  const prompt = refused.locator(".notice").filter({ has: prompts(refused) });
  assert.match(await prompt.textContent(), /Your check-in is in this browser only\./);
  assert.match(await prompt.textContent(), /You have not kept a copy of this plan yet\./);
  await prompt.getByRole("button", { name: "Not now" }).click();
  await prompts(refused).waitFor({ state: "hidden" });
  await refused.goto(`${refused.url().split("#")[0]}#/start`);
  await refused.goto(`${app.server.url}#/plan`);
  await refused.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
  assert.equal(await prompts(refused).count(), 0, "not again for the same check-in");

  // After each meeting logged, beside the log; dismissed, it stays away until the next one.
  await refused.goto(`${app.server.url}#/mentors`);
  assert.equal(await prompts(refused).count(), 0);
  await logMeeting(refused, "Amara", "Talked about the audit");
  const amara = card(refused, "Amara");
  await amara.getByText("Your meeting is in this browser only.", { exact: false }).waitFor();
  await amara.getByRole("button", { name: "Not now" }).click();
  assert.equal(await prompts(refused).count(), 0);
  await logMeeting(refused, "Amara", "Planned the next quarter");
  await amara.getByText("Your meeting is in this browser only.", { exact: false }).waitFor();

  // Its one action keeps a whole copy (a file here, where there is no share sheet), says
  // when, and closes the prompt.
  const [file] = await Promise.all([
    refused.waitForEvent("download"),
    amara.getByRole("button", { name: "Save a copy as a file" }).click(),
  ]);
  const copy = JSON.parse(await readFile(await file.path(), "utf8"));
  assert.equal(JSON.stringify(copy).includes("Planned the next quarter"), true, "the whole record");
  assert.equal(await prompts(refused).count(), 0);
  await refused.goto(`${app.server.url}#/share`);
  await refused.getByRole("region", { name: "Keep your plan safe" })
    .getByText(/^Your last copy of this plan: [A-Z][a-z]+\.? \d+, \d{4}\.$/).waitFor();
  await refused.context().close();

  // Where the browser agreed to keep the plans, no prompt at all.
  const granted = await openApp(app.browser, `${app.server.url}#/start`);
  await persistence(granted, "granted");
  await livingPlan(granted);
  await granted.getByRole("contentinfo").getByText("This browser has agreed to keep your plans").waitFor();
  await granted.goto(`${app.server.url}#/mentors`);
  await logMeeting(granted, "Amara", "Talked about the audit");
  assert.equal(await prompts(granted).count(), 0);
  await granted.context().close();
});

test("the QR code that moves the reference plan, with its record, decodes to a link that brings it back", async () => {
  const envelope = spawnSync("cargo", ["run", "--quiet", "--example", "reference_envelope"], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  }).stdout.trim();
  assert.ok(envelope.startsWith("{"), "the reference plan, as the app stores it");
  const page = await openApp(app.browser, `${app.server.url}#/mentors`, { storage: { [PLAN_KEY]: envelope } });
  const mentor = (await page.locator(".card h3").first().textContent()).trim();
  await logMeeting(page, mentor, "Went through the month-end close");
  await checkIn(page);
  const plan = await storedOpenPlan(page);

  await page.goto(`${app.server.url}#/share`);
  const keep = page.getByRole("region", { name: "Keep your plan safe" });
  await keep.getByText("Move this plan to another device").click();
  const qr = keep.getByRole("img", { name: "QR code that moves this plan to another device" });
  await qr.waitFor();
  const svg = await qr.evaluate((element) => element.outerHTML);

  // Drawn by the browser at 6 pixels a module, read back, and decoded by jsQR.
  const blank = await page.context().newPage();
  const size = Number(svg.match(/viewBox="0 0 (\d+) \d+"/)[1]) * 6;
  const image = await blank.evaluate(async ([markup, size]) => {
    const picture = new Image();
    const sized = markup.replace("<svg ", `<svg width="${size}" height="${size}" `);
    picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
    await picture.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    const context = canvas.getContext("2d");
    context.imageSmoothingEnabled = false;
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(data), width, height };
  }, [svg, size]);
  await blank.close();
  const decoded = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height);
  assert.ok(decoded, "jsQR reads the code");
  assert.match(decoded.data, /^http.*#s5\.[A-Za-z0-9_-]+\.mine$/);

  // On the other device (a fresh browser), the link brings the plan back as its own.
  const other = await openApp(app.browser, decoded.data);
  await statusSays(other, "is back and saved in this browser again.");
  await storedHolds(other, PLAN_KEY, "Went through the month-end close");
  const moved = await storedOpenPlan(other);
  assert.equal(moved.identity, plan.identity);
  assert.deepEqual(moved.check_ins, plan.check_ins);
  assert.deepEqual(moved.mentors, plan.mentors);
  await other.context().close();
  await page.context().close();
});
