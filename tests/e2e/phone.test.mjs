// The stock-take on a 360 px phone, as a person walks it to a finished plan: how many screens
// each step is (its scroll height over the screen's) and how many fields it shows, printed;
// and the checks that keep the walk short: the step indicator stays a line or two, with the
// list of steps on demand, the first field is on the first screen, and a skill's card shows
// only what every skill needs, the rest on demand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, PHONE, openApp } from "./support.mjs";
import { PEOPLE, buildPlan } from "./people.mjs";

const app = useServedApp();

const STEPS = ["start", "skills", "situation", "soft-skills", "mentors", "value", "plan"];

/// Screens (scroll height over the screen's height), visible fields, and the step
/// indicator's height, on the screen shown now.
function measure(page) {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll("main input, main select, main textarea")]
      .filter((field) => field.checkVisibility());
    return {
      screens: document.documentElement.scrollHeight / window.innerHeight,
      fields: fields.length,
      indicator: document.querySelector(".step-nav").getBoundingClientRect().height,
    };
  });
}

test("a phone walk to a finished plan: screens and fields per step, printed", async () => {
  const page = await openApp(app.browser, app.server.url, { viewport: PHONE });
  const first = await page.locator("main").locator("input, textarea").first().boundingBox();
  console.log(`first field at ${Math.round(first.y)} px: screen ${Math.ceil((first.y + 1) / PHONE.height)}`);
  // On the first screen, with room enough to see it is a box to write in.
  assert.ok(first.y + 24 <= PHONE.height, `the first field shows on the first screen (${first.y} px)`);

  const person = PEOPLE.find((candidate) => candidate.who.includes("newcomer"));
  await buildPlan(page, person);
  const rows = [];
  for (const step of STEPS) {
    await page.goto(`${app.server.url}#/${step}`);
    await page.locator(`[aria-current="step"][href="#/${step}"]`).waitFor({ state: "attached" });
    const { screens, fields, indicator } = await measure(page);
    rows.push({ step, screens: Number(screens.toFixed(1)), fields, indicator: Math.round(indicator) });
    // A skill's card shows its levels and priority; the rest opens on demand.
    if (step === "skills") {
      assert.ok(fields <= 4 * person.suggestions.length + 6, `#/skills: ${fields} fields at first sight`);
    }
    // It was the list of all seven steps, four rows of them: 230 px.
    assert.ok(indicator <= 80, `#/${step}: the step indicator is a line or two (${indicator} px)`);
    // The list of steps opens on demand, and its line says what the numbers are.
    await page.getByRole("button", { name: "All steps" }).click();
    await page.getByText("The number after a step is how many things you have filled in there.").waitFor();
    assert.equal(await page.getByRole("button", { name: "All steps" }).getAttribute("aria-expanded"), "true");
  }
  console.table(rows);
  const total = rows.reduce((sum, row) => sum + row.screens, 0);
  console.log(`a finished plan for ${person.who}: ${total.toFixed(1)} screens in all at 360 x 740`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
