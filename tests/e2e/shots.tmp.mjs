import { test } from "node:test";
import { readFileSync, writeFileSync } from "node:fs";
import { useServedApp, openApp } from "./support.mjs";
import { PLAN_KEY } from "./support.mjs";
const app = useServedApp();
const DIST = new URL("../../dist/", import.meta.url).pathname;
test("print priya", async () => {
  const { examples } = JSON.parse(readFileSync(`${DIST}workshop-content.json`, "utf8"));
  const example = examples[0];
  const library = { plans: [{ id: 0, name: example.name, plan: example.plan }], current: 0, next_id: 1 };
  const stored = JSON.stringify({ schema: 4, library });
  const page = await openApp(app.browser, `${app.server.url}#/plan`, {
    initScript: `localStorage.setItem(${JSON.stringify(PLAN_KEY)}, ${JSON.stringify(stored)});`,
  });
  await page.getByRole("heading", { level: 2, name: "Your team", exact: true }).waitFor();
  await page.emulateMedia({ media: "print" });
  writeFileSync("/tmp/priya.pdf", await page.pdf({ format: "Letter" }));
  await page.setViewportSize({ width: 720, height: 900 });
  await page.screenshot({ path: "/tmp/priya-print.png", fullPage: true });
  await page.context().close();
});
