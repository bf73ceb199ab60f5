// axe-core audit of every screen and state, at phone and desktop widths.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  DESKTOP, PHONE, PLAN_KEY, launchBrowser, openApp, reload, seriousViolations, serveDist, statusSays,
} from "./support.mjs";

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

for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`the start screen has no serious or critical axe violations (${name})`, async () => {
    const page = await openApp(browser, server.url, { viewport });
    await page.getByLabel("Target role").fill("Team lead");
    await statusSays(page, "All changes saved in this browser.");
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });

  test(`the start-up notice has no serious or critical axe violations (${name})`, async () => {
    const page = await openApp(browser, server.url, { viewport });
    await page.evaluate((k) => window.localStorage.setItem(k, "garbage"), PLAN_KEY);
    await reload(page);
    await page.getByRole("alert").waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });
}

test("the save error has no serious or critical axe violations", async () => {
  const page = await openApp(browser, server.url, {
    initScript: () => {
      Storage.prototype.setItem = function refuse() {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
  });
  await page.getByLabel("Target role").fill("Team lead");
  await statusSays(page, "storage is full");
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});
