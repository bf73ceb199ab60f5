// Several plans, share links, the read-only view, files, QR code and calendar reminders.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { PLAN_KEY, launchBrowser, openApp, reload, serveDist, statusSays, storedHolds, storedItem } from "./support.mjs";
import { card, editMentor } from "./people.mjs";

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// A small plan with a private note, a gap and a mentor with a rhythm, built through the UI.
async function buildSmallPlan(page) {
  await page.getByLabel("Target role").fill("Staff accountant");
  await page.getByLabel("What your last performance review said").fill("Private: wants to leave soon");
  await page.getByLabel("Keep my review notes private when I share").check();
  await page.goto(`${server.url}#/skills`);
  await page.getByRole("button", { name: "Add Accounting fundamentals" }).click();
  await page.getByRole("button", { name: "Add Delegating work" }).click();
  await page.goto(`${server.url}#/mentors`);
  await editMentor(page, {
    name: "Daniel",
    answers: ["Accounting fundamentals"],
    reach: "Online, for quick answers",
    nextStep: "Ask for a mock interview",
    cadence: "Every two weeks",
  });
  await statusSays(page, "All changes saved in this browser.");
}

async function shareLink(page) {
  await page.goto(`${server.url}#/share`);
  const link = page.getByLabel("Link to this plan", { exact: true });
  await link.waitFor();
  return link.inputValue();
}

test("the share screen asks for the name a link's reader sees, and the link carries it", async () => {
  const author = await openApp(browser, server.url);
  await buildSmallPlan(author);
  await author.goto(`${server.url}#/share`);
  const name = author.getByLabel("Plan name");
  assert.equal(await name.inputValue(), "My plan");
  assert.match(await name.getAttribute("aria-describedby"), /share-name-hint/);
  await name.fill("Priya's plan");
  await statusSays(author, "All changes saved in this browser.");
  const link = await author.getByLabel("Link to this plan", { exact: true }).inputValue();
  // A blank name is refused at the field, and the link keeps the name before.
  await name.fill(" ");
  await author.getByText("Give the plan a name.").waitFor();
  assert.equal(await author.getByLabel("Link to this plan", { exact: true }).inputValue(), link);
  await author.context().close();

  const reader = await openApp(browser, link);
  await reader.getByRole("heading", { level: 1, name: "Shared plan: Priya's plan" }).waitFor();
  await reader.getByRole("group", { name: "Map of the mentee and their mentors" }).waitFor();
  await reader.context().close();
});

test("a link opens read-only in a fresh browser and can be saved as a new plan", async () => {
  const author = await openApp(browser, server.url);
  await buildSmallPlan(author);
  const link = await shareLink(author);
  assert.match(link, /#s5\.[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 2000);
  await author.context().close();

  const reader = await openApp(browser, link);
  await reader.getByRole("heading", { level: 1, name: "Shared plan: My plan" }).waitFor();
  assert.equal(await reader.getByRole("main").getByRole("textbox").count(), 0, "nothing to edit");
  // It speaks about the plan, not to its reader as if they had written it.
  const findings = await reader.getByRole("region", { name: "What this plan shows" }).textContent();
  assert.match(findings, /No one on this team helps with \u201cDelegating work\u201d/);
  // Below the banner that speaks to the reader (save, close), the plan: no "you" in it.
  const plan = await reader.getByRole("main").evaluate((main) => {
    const words = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element.checkVisibility() && !element.closest(".shared-banner")) words.push(node.textContent);
    }
    return words.join(" ");
  });
  assert.doesNotMatch(plan, /\b(You|Your|you|your)\b/, "no \u201cyou\u201d in a plan someone else wrote");
  assert.doesNotMatch(await reader.getByRole("main").textContent(), /wants to leave soon/, "private notes left out");
  assert.equal(await storedItem(reader, PLAN_KEY), null, "opening a link writes nothing");

  await reader.getByRole("button", { name: "Save as a new plan of mine" }).click();
  // It opens on the stock-take page, in the plan view, already saved.
  await reader.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
  assert.equal(new URL(reader.url()).pathname, new URL(server.url).pathname);
  await statusSays(reader, "Saved as a new plan. You are now editing your copy.");
  const library = JSON.parse(await storedItem(reader, PLAN_KEY)).library;
  assert.deepEqual(
    library.plans.map((entry) => entry.name),
    ["My plan"],
    "the shared plan takes the place of a new browser's blank one",
  );
  assert.equal(library.plans[0].plan.target_role, "Staff accountant");
  await reader.goto(`${server.url}#/mentors`);
  await card(reader, "Daniel").waitFor();
  await reader.context().close();
});

test("a link handed out before the app was one page (plans/#s5.…) still opens the plan", async () => {
  const author = await openApp(browser, server.url);
  await buildSmallPlan(author);
  const link = await shareLink(author);
  assert.ok(link.startsWith(`${server.url}#s5.`), link);
  await author.context().close();

  const reader = await openApp(browser, link.replace("#s5.", "plans/#s5."));
  await reader.getByRole("heading", { level: 1, name: "Shared plan: My plan" }).waitFor();
  assert.equal(reader.url(), link);
  await reader.context().close();
});

test("opening a link changes none of the plans a browser already has", async () => {
  const author = await openApp(browser, server.url);
  await buildSmallPlan(author);
  const link = await shareLink(author);
  await author.context().close();

  const page = await openApp(browser, server.url);
  await page.getByLabel("Target role").fill("Team lead");
  await page.goto(`${server.url}#/plans`);
  await page.getByLabel("Name of the new plan").fill("Second try");
  await page.getByRole("button", { name: "Create plan" }).click();
  await page.getByLabel("Target role").fill("Director");
  await storedHolds(page, PLAN_KEY, "Director");
  const before = await storedItem(page, PLAN_KEY);

  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "Shared plan: My plan" }).waitFor();
  await page.getByRole("button", { name: "Close" }).click();
  await page.getByLabel("Target role").waitFor();
  assert.equal(await page.getByLabel("Target role").inputValue(), "Director");
  await page.waitForTimeout(400);
  assert.equal(await storedItem(page, PLAN_KEY), before, "byte for byte");
  await page.context().close();
});

test("from a shared plan, the header leads to the person's own plans and sharing", async () => {
  const author = await openApp(browser, server.url);
  await buildSmallPlan(author);
  const link = await shareLink(author);
  await author.context().close();

  const page = await openApp(browser, link);
  await page.getByRole("heading", { level: 1, name: "Shared plan: My plan" }).waitFor();
  await page.getByRole("navigation", { name: "Plans and sharing" }).getByRole("link", { name: "Share" }).click();
  const own = await page.getByLabel("Link to this plan", { exact: true }).inputValue();
  assert.notEqual(own, link, "the share screen shares the person's own plan, not the one they read");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a link that is not a plan says why and leaves the plans alone", async () => {
  const page = await openApp(browser, server.url);
  await page.getByLabel("Target role").fill("Team lead");
  await statusSays(page, "All changes saved in this browser.");
  const before = await storedItem(page, PLAN_KEY);
  const good = await shareLink(page);
  const fragment = good.slice(good.indexOf("#"));
  const cases = [
    [fragment.slice(0, fragment.length - 40), /damaged or incomplete/],
    [fragment.replace("#s5.", "#s7."), /newer version of this app \(link format 7\)/],
    [`${fragment}!!`, /characters a plan link never has/],
    ["#s1.AAAAAAAAAAAAAAAA", /damaged or incomplete/],
    [`#s1.${"A".repeat(80000)}`, /far longer than any plan link/],
  ];
  for (const [bad, reason] of cases) {
    await page.goto(`${server.url}${bad}`);
    const alert = page.getByRole("alert").filter({ hasText: "This link could not be opened" });
    await alert.waitFor();
    assert.match(await alert.textContent(), reason);
    assert.match(await alert.textContent(), /Your own plans are unchanged/);
    await page.getByRole("heading", { level: 1, name: "Your plans" }).waitFor();
  }
  assert.equal(await storedItem(page, PLAN_KEY), before);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a plan downloaded as JSON opens back as the same plan", async () => {
  const page = await openApp(browser, server.url);
  await buildSmallPlan(page);
  await page.goto(`${server.url}#/share`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download plan file (JSON)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^multi-mentor-plan-my-plan\.json$/);
  const path = await download.path();
  const exported = JSON.parse(await readFile(path, "utf8"));
  assert.equal(exported.app, "multi-mentor-plan");

  const other = await openApp(browser, `${server.url}#/share`);
  await other.getByLabel("Open a plan file").setInputFiles(path);
  await other.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
  await statusSays(other, "Opened the file as a new plan, \u201cMy plan\u201d.");
  const library = JSON.parse(await storedItem(other, PLAN_KEY)).library;
  const imported = library.plans.find((entry) => entry.id === library.current);
  assert.deepEqual(imported.plan, exported.plan);
  assert.equal(imported.name, "My plan");
  await other.context().close();
  await page.context().close();
});

test("a wrong file gets a clear message and changes nothing", async () => {
  const page = await openApp(browser, `${server.url}#/share`);
  const input = page.getByLabel("Open a plan file");
  const files = [
    [{ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not json at all") }, /not JSON/],
    [{ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') }, /not made by Multi-Mentor Plan/],
    [
      { name: "future.json", mimeType: "application/json", buffer: Buffer.from('{"app":"multi-mentor-plan","format":9,"plan":{}}') },
      /newer version/,
    ],
    [
      { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"app":"multi-mentor-plan","format":1,"plan":{"mentors":7}}') },
      /damaged/,
    ],
  ];
  for (const [file, message] of files) {
    await input.setInputFiles(file);
    await page.getByRole("alert").filter({ hasText: message }).waitFor();
  }
  assert.equal(await storedItem(page, PLAN_KEY), null);
  await page.context().close();
});

test("calendar reminders download as an .ics event that repeats at the mentor's rhythm", async () => {
  const page = await openApp(browser, server.url);
  await buildSmallPlan(page);
  await page.goto(`${server.url}#/share`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Reminders for Daniel (.ics)" }).click(),
  ]);
  const text = await readFile(await download.path(), "utf8");
  assert.ok(text.includes("\r\n"), "CRLF line endings");
  // Unfold continuation lines (RFC 5545, 3.1), then read each property.
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.equal(lines.at(-1), "END:VCALENDAR");
  const property = (name) => lines.find((line) => line.split(/[:;]/)[0] === name);
  assert.equal(property("RRULE"), "RRULE:FREQ=WEEKLY;INTERVAL=2");
  assert.match(property("DTSTART"), /^DTSTART:\d{8}T090000$/);
  assert.match(property("SUMMARY"), /Daniel/);
  assert.match(property("DESCRIPTION"), /mock interview/);
  assert.ok(lines.includes("BEGIN:VEVENT") && lines.includes("END:VEVENT"));
  assert.ok(lines.includes("BEGIN:VALARM"));
  await page.context().close();
});

test("copy, length meter and QR code, with a full-screen view", async () => {
  const page = await openApp(browser, server.url);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
  await buildSmallPlan(page);
  const link = await shareLink(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.getByRole("status").filter({ hasText: "Link copied." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(await page.getByRole("main").textContent(), new RegExp(`${link.length.toLocaleString("en-CA")} characters`));
  const meter = page.getByRole("meter", { name: "Link length" });
  assert.equal(Number(await meter.getAttribute("value")), link.length);

  const qr = page.getByRole("img", { name: "QR code of the link to this plan" }).first();
  await qr.waitFor();
  await page.getByRole("button", { name: "Show QR code full screen" }).click();
  const dialog = page.getByRole("dialog", { name: "QR code of the link to this plan" });
  await dialog.waitFor();
  const box = await dialog.getByRole("img").boundingBox();
  assert.ok(box.width > 500, `large enough to project: ${box.width}px`);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  await page.context().close();
});

/// A plan's card on the plans page (its name is a level-2 heading there).
const planCard = (page, name) => card(page, name, 2);

test("plans can be created, renamed, duplicated, switched and deleted with undo", async () => {
  const page = await openApp(browser, server.url);
  await page.getByLabel("Target role").fill("Team lead");
  await page.goto(`${server.url}#/plans`);
  await page.getByLabel("Name of the new plan").fill("Move into accounting");
  await page.getByRole("button", { name: "Create plan" }).click();
  await page.getByLabel("Target role").fill("Staff accountant");
  await page.goto(`${server.url}#/plans`);

  const first = planCard(page, "My plan");
  await first.getByLabel("Plan name").fill("Stay and lead");
  await planCard(page, "Stay and lead").getByRole("button", { name: "Duplicate Stay and lead" }).click();
  await planCard(page, "Copy of Stay and lead").waitFor();

  await planCard(page, "Stay and lead").getByRole("button", { name: "Open Stay and lead" }).click();
  await page.getByLabel("Target role").waitFor();
  await statusSays(page, "Opened \u201cStay and lead\u201d.");
  assert.equal(await page.getByLabel("Target role").inputValue(), "Team lead");
  assert.match(await page.getByRole("navigation", { name: "Plans and sharing" }).textContent(), /Stay and lead/);

  await page.goto(`${server.url}#/plans`);
  await planCard(page, "Move into accounting").getByRole("button", { name: "Delete Move into accounting" }).click();
  assert.equal(await planCard(page, "Move into accounting").count(), 0);
  await page.getByRole("button", { name: "Undo" }).click();
  await planCard(page, "Move into accounting").getByRole("button", { name: "Open Move into accounting" }).click();
  assert.equal(await page.getByLabel("Target role").inputValue(), "Staff accountant");

  // Deleting the open plan opens another; the deleted one comes back with undo.
  await page.goto(`${server.url}#/plans`);
  await planCard(page, "Move into accounting").getByRole("button", { name: "Delete Move into accounting" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await planCard(page, "Move into accounting").waitFor();
  await statusSays(page, "All changes saved in this browser.");
  await reload(page);
  const names = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
  assert.deepEqual(names.slice(0, 3).sort(), ["Copy of Stay and lead", "Move into accounting", "Stay and lead"]);
  await page.context().close();
});

test("an older copy of the person's own plan asks before it replaces the newer one, and undo brings the newer one back", async () => {
  const page = await openApp(browser, server.url);
  await page.getByLabel("Target role").fill("Staff accountant");
  await statusSays(page, "All changes saved in this browser.");
  const older = await shareLink(page);
  // A newer change, at least a second later, so the two copies tell which is newer.
  await page.waitForTimeout(1100);
  await page.goto(`${server.url}#/start`);
  await page.getByLabel("Target role").fill("Finance director");
  await storedHolds(page, PLAN_KEY, "Finance director");
  const stored = () => storedItem(page, PLAN_KEY).then((text) => JSON.parse(text).library.plans);
  const [before] = await stored();
  assert.ok(before.plan.identity > 0, "the plan has an identity once saved");

  await page.goto(older);
  const banner = page.locator(".shared-banner");
  await banner.getByText("This is a copy of your own plan.").waitFor();
  assert.match(await banner.textContent(), /Your plan in this browser is newer/);
  assert.deepEqual(await stored(), [before], "nothing is overwritten until the person chooses");

  await page.getByRole("button", { name: "Update my plan from this copy" }).click();
  await page.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();
  await statusSays(page, "Your plan \u201cMy plan\u201d was updated from the copy.");
  const [updated] = await stored();
  assert.equal(updated.plan.target_role, "Staff accountant");
  assert.equal(updated.plan.identity, before.plan.identity, "still the same plan");

  await page.getByRole("button", { name: "Undo" }).click();
  await storedHolds(page, PLAN_KEY, "Finance director");
  const [undone] = await stored();
  assert.equal(undone.plan.target_role, "Finance director", "undo brings the newer plan back");

  // Kept beside it instead, the copy becomes a plan of its own, with an identity of its own.
  await page.goto(older);
  await page.getByRole("button", { name: "Keep both" }).click();
  await statusSays(page, "Saved as a new plan. You are now editing your copy.");
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).library.plans.length === 2, PLAN_KEY);
  const plans = await stored();
  assert.equal(plans.length, 2);
  assert.notEqual(plans[0].plan.identity, plans[1].plan.identity);

  // Someone else's plan still opens read-only, as before.
  const other = await openApp(browser, server.url);
  await other.getByLabel("Target role").fill("Nurse manager");
  await statusSays(other, "All changes saved in this browser.");
  const theirs = await shareLink(other);
  await other.context().close();
  await page.goto(theirs);
  await page.getByText("Someone shared this plan with you.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Update my plan from this copy" }).count(), 0);
  await page.getByRole("button", { name: "Save as a new plan of mine" }).waitFor();
  await page.context().close();
});
