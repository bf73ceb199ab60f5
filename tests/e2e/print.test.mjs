// A plan on a page: each of the four example plans prints on one Letter page and on one A4
// page (so no heading is left alone at the foot of a first page either).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DIST, PLAN_KEY, openApp, useServedApp } from "./support.mjs";

const app = useServedApp();

/// The pages of a PDF that Chromium wrote.
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test("each example plan prints on one Letter page and one A4 page", async () => {
  const { examples } = JSON.parse(readFileSync(`${DIST}workshop-content.json`, "utf8"));
  assert.equal(examples.length, 4);
  for (const example of examples) {
    const library = { plans: [{ id: 0, name: example.name, plan: example.plan }], current: 0, next_id: 1 };
    const stored = JSON.stringify({ schema: 4, library });
    const page = await openApp(app.browser, `${app.server.url}#/plan`, {
      initScript: `localStorage.setItem(${JSON.stringify(PLAN_KEY)}, ${JSON.stringify(stored)});`,
    });
    await page.getByRole("heading", { level: 2, name: "Your team", exact: true }).waitFor();
    // The team map is on the page, with a seat for each mentor.
    await page.emulateMedia({ media: "print" });
    const seats = page.locator(".team-map .map__seat circle");
    assert.equal(await seats.count(), example.plan.mentors.length, example.name);
    for (const seat of await seats.all()) assert.ok((await seat.boundingBox())?.width > 5, `${example.name}: a seat is drawn`);
    for (const format of ["Letter", "A4"]) {
      assert.equal(pageCount(await page.pdf({ format })), 1, `${example.name} on ${format}`);
    }
    await page.context().close();
  }
});
