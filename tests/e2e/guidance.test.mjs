// Guidance that gets people to act. The ask: a person drafts a message to a mentor from
// their plan, changes its kind, copies it and reads what to bring to the meeting. Advice that
// does not apply to a person can be set aside and brought back. Both pass axe on a phone and
// a desktop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, DESKTOP, PHONE, openApp, reload, seriousViolations, statusSays } from "./support.mjs";
import { card } from "./people.mjs";

const app = useServedApp();

/// A plan with one skill and one mentor, Amara, who helps with it and gets an offer.
async function planWithAmara(viewport) {
  const page = await openApp(app.browser, `${app.server.url}#/skills`, { viewport });
  const skills = page.getByRole("region", { name: "Add a skill" });
  await skills.getByLabel("Skill", { exact: true }).fill("Presenting to executives");
  await skills.getByRole("button", { name: "Add skill" }).click();
  await page.goto(`${app.server.url}#/mentors`);
  const mentors = page.getByRole("region", { name: "Add a mentor" });
  await mentors.getByLabel("Mentor's name").fill("Amara");
  await mentors.getByRole("button", { name: "Add mentor" }).click();
  const amara = card(page, "Amara");
  await amara.getByRole("group", { name: "Skills they help with" }).getByLabel("Presenting to executives").check();
  await amara.getByLabel("How you know them").fill("former manager");
  await page.goto(`${app.server.url}#/value`);
  await page.getByLabel("What you offer Amara").fill("Help with her team's spreadsheets.");
  await page.goto(`${app.server.url}#/mentors`);
  return { page, amara: card(page, "Amara") };
}

test("a person drafts a message to a mentor, changes its kind and copies it", async () => {
  const { page, amara } = await planWithAmara(DESKTOP);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(app.server.url).origin,
  });
  await amara.getByText("Draft a message").click();
  const message = amara.getByLabel("Your message");
  // The draft is written when the fold opens.
  await page.waitForFunction(() => document.querySelector('textarea[id$="-message"]')?.value.startsWith("Hello"));
  const first = await message.inputValue();
  assert.match(first, /^Hello Amara,/);
  assert.match(first, /I'm working on \u201cPresenting to executives\u201d/);
  assert.match(first, /20 minutes for a coffee/);
  // Notes written about Amara are for the person, not pasted into a letter to her.
  assert.doesNotMatch(first, /former manager|spreadsheets/);
  const kinds = amara.getByRole("group", { name: "Kind of message" });
  assert.equal(await kinds.getByRole("button", { name: "First approach" }).getAttribute("aria-pressed"), "true");
  // A quick question is for a mentor reached online; an update, for one already met.
  assert.equal(await kinds.getByRole("button", { name: "Quick question" }).isVisible(), false);

  const before = amara.getByRole("heading", { name: "Before you meet" }).locator("xpath=following-sibling::ul");
  assert.match(await before.textContent(), /What they help you with: Presenting to executives\./);
  assert.match(await before.textContent(), /Your offer: Help with her team's spreadsheets\./);

  await amara.getByLabel("Sign as").fill("Sam Lee");
  await page.waitForFunction(() => document.querySelector('textarea[id$="-message"]').value.endsWith("Thank you,\nSam Lee"));

  await kinds.getByRole("button", { name: "Thank-you after you meet" }).click();
  await amara.getByLabel("What you tried since you met").fill("I presented the Q3 numbers myself");
  assert.match(await message.inputValue(), /Since we spoke, I've tried this: I presented the Q3 numbers myself\./);

  await message.fill(`${await message.inputValue()}\n\nSee you soon!`);
  await amara.getByRole("button", { name: "Copy message" }).click();
  await amara.getByRole("status").filter({ hasText: "Message copied." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await message.inputValue());
  assert.match(copied, /See you soon!$/);
  await page.context().close();
});

test("an edited message survives a change of kind and a reload, and starting again can be undone", async () => {
  const { page, amara } = await planWithAmara(PHONE);
  await amara.getByText("Draft a message").click();
  const message = amara.getByLabel("Your message");
  await page.waitForFunction(() => document.querySelector('textarea[id$="-message"]')?.value.startsWith("Hello"));
  const mine = "Hi Amara,\n\nIt's been a while! Could we have a coffee on Thursday?\n\nSam";
  await message.fill(mine);
  const kinds = amara.getByRole("group", { name: "Kind of message" });
  await kinds.getByRole("button", { name: "Follow-up after no answer" }).click();
  assert.match(await message.inputValue(), /^Hello Amara,\n\nI wrote a little while ago/);
  await kinds.getByRole("button", { name: "First approach" }).click();
  assert.equal(await message.inputValue(), mine, "a change of kind keeps the person's words");

  await statusSays(page, "All changes saved in this browser.");
  await reload(page);
  const again = card(page, "Amara");
  await again.getByText("Draft a message").click();
  const reloaded = again.getByLabel("Your message");
  await page.waitForFunction(() => document.querySelector('textarea[id$="-message"]')?.value !== "");
  assert.equal(await reloaded.inputValue(), mine, "a reload keeps the person's words");

  await again.getByRole("button", { name: "Start again from my plan" }).click();
  assert.match(await reloaded.inputValue(), /^Hello Amara,\n\nI hope you don't mind me writing/);
  await again.getByRole("status").filter({ hasText: "The message is drafted again from your plan." }).waitFor();
  await again.getByRole("button", { name: "Bring back my words" }).click();
  assert.equal(await reloaded.inputValue(), mine, "starting again is undone");
  assert.equal(await again.getByRole("button", { name: "Bring back my words" }).isVisible(), false);
  await page.context().close();
});

test("an open message draft passes axe on a phone and a desktop", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, amara } = await planWithAmara(viewport);
    await amara.getByText("Draft a message").click();
    await amara.getByLabel("Your message").waitFor();
    await amara.getByRole("button", { name: "Thank-you after you meet" }).click();
    await amara.getByLabel("What you tried since you met").waitFor();
    assert.deepEqual(await seriousViolations(page), [], `at ${viewport.width} px`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= viewport.width, `no sideways scroll at ${viewport.width} px (${wide})`);
    await page.context().close();
  }
});

const NO_SPONSOR = /no one on your team is a sponsor/;

test("advice that does not apply can be set aside, stays quiet after a reload, and comes back", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/start`);
  await page.getByLabel("Target role").fill("Team manager");
  // Advice on the team's mix waits for a team: one mentor in mind, met in person.
  await page.goto(`${app.server.url}#/mentors`);
  const add = page.getByRole("region", { name: "Add a mentor" });
  await add.getByLabel("Mentor's name").fill("Ana");
  await add.getByRole("button", { name: "Add mentor" }).click();
  await page.goto(`${app.server.url}#/plan`);
  const findings = page.getByRole("region", { name: "What your plan shows" });
  const sponsor = findings.getByRole("listitem").filter({ hasText: NO_SPONSOR });
  await sponsor.waitFor();
  const online = findings.getByRole("listitem").filter({ hasText: /reached online/ });
  await online.waitFor();
  // Each button says which finding it sets aside (its description is the finding).
  const setAside = sponsor.getByRole("button", { name: "This does not apply to me" });
  const described = await setAside.getAttribute("aria-describedby");
  assert.match(await page.locator(`#${described}`).textContent(), NO_SPONSOR);
  await setAside.click();
  await sponsor.waitFor({ state: "detached" });
  const showAgain = page.getByRole("button", { name: "Show all advice again" });
  assert.ok(await showAgain.evaluate((button) => button === document.activeElement), "focus moves to the way back");
  await page.getByText("You said 1 piece of advice does not apply to you.").waitFor();
  assert.equal(await online.count(), 1, "other advice still shows");
  assert.deepEqual(await seriousViolations(page), []);

  await statusSays(page, "All changes saved in this browser.");
  await reload(page);
  await findings.getByRole("listitem").filter({ hasText: /reached online/ }).waitFor();
  assert.equal(await findings.getByRole("listitem").filter({ hasText: NO_SPONSOR }).count(), 0);

  await page.getByRole("button", { name: "Show all advice again" }).click();
  await findings.getByRole("listitem").filter({ hasText: NO_SPONSOR }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "findings-heading");
  assert.equal(await page.getByRole("button", { name: "Show all advice again" }).count(), 0);
  await page.context().close();
});
