import { launchBrowser, openApp, serveDist, statusSays, PHONE, DESKTOP, PLAN_KEY, storedHolds } from "./support.mjs";
const server = await serveDist(); const browser = await launchBrowser();
for (const viewport of [PHONE, DESKTOP]) {
  const page = await openApp(browser, server.url, { viewport });
  await page.getByLabel("Target role").fill("Staff accountant");
  await statusSays(page, "All changes saved in this browser.");
  await page.goto(`${server.url}#/share`);
  const older = await page.getByLabel("Link to this plan", { exact: true }).inputValue();
  await page.waitForTimeout(1100);
  await page.goto(`${server.url}#/start`);
  await page.getByLabel("Target role").fill("Finance director");
  await storedHolds(page, PLAN_KEY, "Finance director");
  await page.goto(older);
  await page.getByRole("button", { name: "Update my plan from this copy" }).waitFor();
  await page.screenshot({ path: `target/screenshots/own-copy-${viewport.width}.png` });
  await page.getByRole("button", { name: "Update my plan from this copy" }).click();
  await page.getByRole("button", { name: "Undo" }).waitFor();
  await page.screenshot({ path: `target/screenshots/own-copy-updated-${viewport.width}.png` });
  await page.context().close();
}
await browser.close(); await server.close();
