// Four people from the brief walk the whole stock-take as first-time users, reload, find
// their plan intact, and see the findings their plan should produce (and no others).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, reload, useServedApp } from "./support.mjs";
import { PEOPLE, assertFindings, buildPlan, findings } from "./people.mjs";

const app = useServedApp();

for (const person of PEOPLE) {
  test(`${person.who} builds a plan that survives a reload and shows the right findings`, async () => {
    const page = await openApp(app.browser, app.server.url);
    await buildPlan(page, person);
    assert.match(page.url(), /#\/plan$/);
    const before = await findings(page);
    assertFindings(before, person.expect);

    const grid = page.getByRole("table");
    const headings = await grid.getByRole("columnheader").allTextContents();
    for (const mentor of person.mentors) {
      assert.ok(headings.includes(mentor.label ?? mentor.name), `grid has ${mentor.label ?? mentor.name}`);
    }

    await reload(page);
    assert.match(page.url(), /#\/plan$/, "a reload stays on the plan");
    assert.deepEqual(await findings(page), before);
    assert.deepEqual(await grid.getByRole("columnheader").allTextContents(), headings);
    await page.getByRole("link", { name: "Start", exact: false }).first().click();
    assert.equal(await page.getByLabel("Target role").inputValue(), person.role);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
