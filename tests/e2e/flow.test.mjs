// The guided flow: progress, back and next, jumping to any step, the step in the URL,
// the browser's back button, keyboard use, and bad input at every kind of field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, DESKTOP, PHONE, PLAN_KEY, openApp, reload, statusSays, storedItem } from "./support.mjs";
import { card, editMentor, next } from "./people.mjs";

const app = useServedApp();

const currentStep = (page) => page.locator('[aria-current="step"]').textContent();

test("back, next, jumping, reload and the browser's back button all agree on the step", async () => {
  const page = await openApp(app.browser, app.server.url);
  const nav = page.getByRole("navigation", { name: "Stock-take steps" });
  assert.equal(await nav.getByRole("link").count(), 7);
  assert.match(await page.getByText("Step 1 of 7").textContent(), /Step 1 of 7/);

  await next(page, "Skills you need");
  assert.match(page.url(), /#\/skills$/);
  assert.match(await currentStep(page), /Skills you need/);
  await page.getByText("Step 2 of 7").waitFor();

  await nav.getByRole("link", { name: /Your plan/ }).click();
  await page.getByRole("heading", { level: 1, name: "Your multi-mentor plan" }).waitFor();

  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Which skills will take you where you want to go?" }).waitFor();

  await page.getByRole("link", { name: "Back: Start" }).click();
  await page.getByLabel("Target role").waitFor();

  await page.goto(`${app.server.url}#/mentors`);
  await reload(page);
  assert.match(await currentStep(page), /Mentors/);
  await page.getByRole("heading", { level: 1, name: "Build your team of mentors" }).waitFor();
  await page.context().close();
});

test("the step list says what each step holds and which step to do next", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/skills`);
  const nav = page.getByRole("navigation", { name: "Stock-take steps" });
  await nav.getByRole("link", { name: "Start, suggested next" }).waitFor();
  await page.getByRole("button", { name: "Add Delegating work" }).click();
  await page.getByRole("button", { name: "Add Giving feedback" }).click();
  await nav.getByRole("link", { name: "Skills you need, 2" }).waitFor();
  await page.goto(`${app.server.url}#/start`);
  await page.getByLabel("In about a year").fill("Lead a small team");
  await nav.getByRole("link", { name: "Start, 1" }).waitFor();
  await nav.getByRole("link", { name: "Lifestyle and situation, suggested next" }).waitFor();
  assert.equal(await nav.locator("a.filled").count(), 2, "start and skills are marked");
  await page.context().close();
});

test("an unknown step in the address opens the start", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/no-such-step`);
  assert.match(await currentStep(page), /Start/);
  await page.context().close();
});

test("moving to a step puts keyboard focus on its heading", async () => {
  const page = await openApp(app.browser, app.server.url);
  await next(page, "Skills you need");
  await page.waitForFunction(() => document.activeElement?.id === "step-heading");
  assert.equal(
    await page.evaluate(() => document.activeElement.textContent),
    "Which skills will take you where you want to go?",
  );
  await page.context().close();
});

test("a competency and a mentor can be added with the keyboard alone", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/skills`);
  const form = page.getByRole("region", { name: "Add a skill" });
  await form.getByLabel("Skill", { exact: true }).focus();
  await page.keyboard.type("Delegating work");
  await page.keyboard.press("Enter");
  await card(page, "Delegating work").waitFor();

  await page.goto(`${app.server.url}#/mentors`);
  const add = page.getByRole("region", { name: "Add a mentor" });
  await add.getByLabel("Mentor's name").focus();
  await page.keyboard.type("Kevin");
  await page.keyboard.press("Enter");
  const kevin = card(page, "Kevin");
  const box = kevin.getByRole("group", { name: "Skills they help with" }).getByLabel("Delegating work");
  await box.focus();
  await page.keyboard.press("Space");
  assert.ok(await box.isChecked());
  await kevin.getByLabel("How you reach them").focus();
  await page.keyboard.press("ArrowDown");
  await statusSays(page, "All changes saved in this browser.");
  await page.context().close();
});

test("blank names are refused with a message at the field", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/mentors`);
  const add = page.getByRole("region", { name: "Add a mentor" });
  await add.getByLabel("Mentor's name").fill("   ");
  await add.getByRole("button", { name: "Add mentor" }).click();
  await add.getByText("Write the mentor's name.").waitFor();
  assert.equal(await add.getByLabel("Mentor's name").getAttribute("aria-invalid"), "true");
  assert.match(await page.getByText("No mentors yet.").textContent(), /No mentors yet/);

  await editMentor(page, { name: "Priya" });
  const priya = card(page, "Priya");
  await priya.getByRole("button", { name: "Edit Priya" }).click();
  await priya.getByLabel("Mentor's name").fill("");
  await priya.getByText("Write the mentor's name.").waitFor();
  await reload(page);
  await card(page, "Priya").waitFor();
  await page.context().close();
});

test("10,000 characters in a field are kept and do not break the layout", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/mentors`, { viewport: PHONE });
  const long = "reciprocity".repeat(910).slice(0, 10000);
  await editMentor(page, { name: "Daniel", nextStep: long, howKnown: long });
  await page.goto(`${app.server.url}#/value`);
  await page.getByLabel("What you offer Daniel").fill(long);
  await statusSays(page, "All changes saved in this browser.");
  await reload(page);
  assert.equal(await page.getByLabel("What you offer Daniel").inputValue(), long);
  await page.goto(`${app.server.url}#/plan`);
  await page.getByRole("heading", { name: "Your team" }).waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, "no sideways scrolling at 360 px");
  await page.context().close();
});

test("deleting a competency that mentors answer updates them, and undo restores both", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/skills`);
  await page.getByRole("button", { name: "Add Delegating work" }).click();
  await page.getByRole("button", { name: "Add Giving feedback" }).click();
  await page.goto(`${app.server.url}#/mentors`);
  await editMentor(page, { name: "Kevin", answers: ["Delegating work", "Giving feedback"] });
  await page.goto(`${app.server.url}#/skills`);

  await page.getByRole("button", { name: "Remove Delegating work" }).click();
  await page.getByRole("status").filter({ hasText: "Removed \u201cDelegating work\u201d." }).waitFor();
  const undo = page.getByRole("button", { name: "Undo" });
  assert.ok(await undo.evaluate((button) => button === document.activeElement), "Undo has focus");

  await page.goto(`${app.server.url}#/mentors`);
  assert.match(await card(page, "Kevin").textContent(), /Helps with 1 skill/);
  await undo.click();
  await page.getByRole("status").filter({ hasText: "\u201cDelegating work\u201d is back." }).waitFor();
  assert.match(await card(page, "Kevin").textContent(), /Helps with 2 skills/);
  await reload(page);
  assert.match(await card(page, "Kevin").textContent(), /Helps with 2 skills/);
  await page.context().close();
});

test("removing a mentor can be undone", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/mentors`);
  await editMentor(page, { name: "Robert", nextStep: "Volunteer orientation in February" });
  await page.getByRole("button", { name: "Remove Robert" }).click();
  assert.equal(await card(page, "Robert").count(), 0);
  await page.getByRole("button", { name: "Undo" }).click();
  await card(page, "Robert").waitFor();
  await card(page, "Robert").getByRole("button", { name: "Edit Robert" }).click();
  assert.equal(await card(page, "Robert").getByLabel("Next step").inputValue(), "Volunteer orientation in February");
  await page.context().close();
});

test("two competencies with the same name are allowed and told apart", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/skills`);
  const form = page.getByRole("region", { name: "Add a skill" });
  for (let i = 0; i < 2; i += 1) {
    await form.getByLabel("Skill", { exact: true }).fill("Networking");
    await form.getByRole("button", { name: "Add skill" }).click();
  }
  await card(page, "Networking").waitFor();
  await card(page, "Networking (2)").waitFor();
  await page.goto(`${app.server.url}#/plan`);
  const rows = await page.getByRole("table").getByRole("rowheader").allTextContents();
  assert.ok(rows.some((row) => row.startsWith("Networking (2)")), rows.join(" | "));
  await page.context().close();
});

test("the plan prints on paper without the controls and without sideways overflow", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/skills`, { viewport: DESKTOP });
  for (const name of ["Delegating work", "Giving feedback", "Running effective one-on-ones"]) {
    await page.getByRole("button", { name: `Add ${name}` }).click();
  }
  await page.goto(`${app.server.url}#/mentors`);
  for (const name of ["Kevin", "Priya", "Sofia", "Robert", "Daniel", "Marie-Claude", "Amira", "Jo"]) {
    await editMentor(page, { name, answers: ["Giving feedback"], offer: "Help" });
  }
  await page.goto(`${app.server.url}#/plan`);
  await page.getByRole("table").waitFor();
  await page.setViewportSize({ width: 720, height: 1000 }); // about the printable width of A4
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("navigation", { name: "Stock-take steps" }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible(), false);
  assert.ok(await page.getByRole("table").isVisible());
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 1000);
  await page.context().close();
});

/// The visible controls on the page that pressing Tab never reaches: numbers every visible
/// control, then Tabs through the page and notes which ones get focus.
async function untabbable(page) {
  const count = await page.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, [tabindex='0']";
    const controls = [...document.querySelectorAll(selector)].filter(
      // checkVisibility() also leaves out what a closed <details> folds away.
      (el) => !el.disabled && el.offsetParent !== null && el.checkVisibility(),
    );
    controls.forEach((el, i) => { el.dataset.control = String(i); });
    document.activeElement?.blur();
    return controls.length;
  });
  // A date field takes three Tab stops: its month, day and year.
  const dates = await page.locator("input[type=date]:visible").count();
  const reached = new Set();
  for (let i = 0; i < count + 2 * dates + 5; i += 1) {
    await page.keyboard.press("Tab");
    const control = await page.evaluate(() => document.activeElement?.dataset.control);
    if (control !== undefined) reached.add(Number(control));
  }
  return [...Array(count).keys()].filter((i) => !reached.has(i));
}

test("every step can be used with the keyboard alone: Tab reaches every control", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
  // Fill a little of every step so that lists, cards and the grid are on screen.
  await page.goto(`${app.server.url}#/skills`);
  await page.getByRole("button", { name: "Add Delegating work" }).click();
  await page.goto(`${app.server.url}#/situation`);
  await page.getByLabel("Caring for a family member").check();
  await page.goto(`${app.server.url}#/mentors`);
  await editMentor(page, { name: "Kevin", answers: ["Delegating work"] });
  await card(page, "Kevin").getByRole("button", { name: "Edit Kevin" }).click();

  for (const step of ["start", "skills", "situation", "soft-skills", "mentors", "value", "plan"]) {
    await page.goto(`${app.server.url}#/${step}`);
    await page.locator(`[aria-current="step"][href="#/${step}"]`).waitFor();
    assert.deepEqual(await untabbable(page), [], `${step}: controls that Tab never reaches`);
  }
  await page.goto(`${app.server.url}#/mentors`);
  await card(page, "Kevin").getByText("Draft a message").click();
  await card(page, "Kevin").getByLabel("Your message").waitFor();
  assert.deepEqual(await untabbable(page), [], "a message draft: controls that Tab never reaches");
  await page.context().close();
});

test("a name typed into an add form and not yet added survives Next, Back and a reload", async () => {
  const page = await openApp(app.browser, app.server.url);
  const forms = [
    ["#/skills", "Skill", "Public speaking"],
    ["#/situation", "Describe it in a few words", "Shift work"],
    ["#/soft-skills", "Name", "Marie Tremblay"],
    ["#/mentors", "Mentor's name", "Daniel Okafor"],
    ["#/plans", "Name of the new plan", "Plan B"],
  ];
  const field = (label) => page.getByLabel(label, { exact: true });
  for (const [hash, label, text] of forms) {
    await page.goto(`${app.server.url}${hash}`);
    await field(label).fill(text);
    if (hash !== "#/plans") {
      await page.getByRole("link", { name: /^Next/ }).click();
      await page.getByRole("link", { name: /^Back/ }).click();
    }
    assert.equal(await field(label).inputValue(), text, `${hash} after Next and Back`);
  }
  await statusSays(page, "All changes saved in this browser.");
  await reload(page);
  for (const [hash, label, text] of forms) {
    await page.goto(`${app.server.url}${hash}`);
    assert.equal(await field(label).inputValue(), text, `${hash} after a reload`);
  }
  // Added, the name leaves the form for good.
  await page.goto(`${app.server.url}#/skills`);
  await page.getByRole("button", { name: "Add skill" }).click();
  await page.getByRole("heading", { name: "Public speaking" }).waitFor();
  await page.waitForFunction((key) => !localStorage.getItem(key).includes("new-competency"), PLAN_KEY);
  const stored = JSON.parse(await storedItem(page, PLAN_KEY)).library.plans[0];
  assert.deepEqual(stored.drafts.map((draft) => draft.form).sort(), ["new-factor", "new-mentor", "new-person", "new-plan"]);
  await page.context().close();
});
