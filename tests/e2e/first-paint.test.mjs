// The first screen paints before the wasm arrives: the release build puts a copy of it in
// index.html (scripts/prerender.mjs), asks for the app only once that copy is on the screen
// (scripts/start-after-paint.mjs), and the app takes its place without moving anything.
// The wasm is held back here, as a slow network would, to look at the page before it runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DESKTOP, PHONE, PLAN_KEY, appReady, nextFrames, useServedApp } from "./support.mjs";
import { inFrench } from "./words.mjs";

const app = useServedApp();
const WELCOME = "One mentor is not enough any more";

/// A fresh browser whose wasm download waits until `release()` is called. The page records
/// every layout shift, as Lighthouse and the Core Web Vitals count them.
async function openWithWasmHeld(url, { viewport, storedPlan, locale } = {}) {
  const context = await app.browser.newContext({ viewport, ...(locale ? { locale } : {}) });
  await context.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  if (storedPlan) {
    await context.addInitScript(([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    }, [PLAN_KEY, storedPlan]);
  }
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  await page.goto(url);
  return { page, release };
}

async function boxOf(locator) {
  const { x, y, width, height } = await locator.boundingBox();
  return { x, y, width, height };
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`a first visit reads the welcome before the wasm arrives, and the app takes it over in place (${viewport.width} px)`, async () => {
    const { page, release } = await openWithWasmHeld(app.server.url, { viewport });
    const heading = page.getByRole("heading", { level: 1, name: WELCOME });
    await heading.waitFor();
    // What the welcome shows below its heading: what the person will have, and the example.
    // (Not the paragraphs folded under "Why a team of mentors?": Chromium 156 measures text
    // in a closed details element as drawn once the app has made it, though it is not.)
    const paragraph = page.getByText(/^At the end you will have a plan/);
    const example = page.getByRole("link", { name: "Look at a finished example first" });
    const before = { heading: await boxOf(heading), paragraph: await boxOf(paragraph), example: await boxOf(example) };
    assert.equal(await page.getByLabel("In about a year").count(), 0, "the app has not started yet");

    release();
    await appReady(page);
    await page.getByLabel("In about a year").waitFor();
    assert.equal(await page.getByRole("heading", { name: WELCOME }).count(), 1, "one welcome heading");
    assert.deepEqual(
      { heading: await boxOf(heading), paragraph: await boxOf(paragraph), example: await boxOf(example) },
      before,
      "the welcome did not move",
    );
    assert.equal(await page.evaluate(() => window.layoutShift), 0, "no layout shift");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`the app is asked for only once the first screen is painted, and its takeover is never a larger paint (${viewport.width} px)`, async () => {
    const context = await app.browser.newContext({ viewport });
    await context.addInitScript(() => {
      window.largestPaints = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.largestPaints.push(entry.startTime);
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await appReady(page);
    // Two frames after the takeover, for any paint it made to be reported.
    await nextFrames(page);
    const seen = await page.evaluate(() => {
      const asked = (ending) => performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(ending))?.startTime;
      return {
        firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
        glue: asked(".js"),
        wasm: asked("_bg.wasm"),
        largest: window.largestPaints,
      };
    });
    assert.ok(seen.firstPaint > 0, "the first screen painted");
    assert.ok(seen.glue >= seen.firstPaint, `the glue was asked for at ${seen.glue} ms, after the paint at ${seen.firstPaint} ms`);
    assert.ok(seen.wasm >= seen.firstPaint, `the wasm was asked for at ${seen.wasm} ms, after the paint at ${seen.firstPaint} ms`);
    assert.ok(seen.largest.length > 0, "a largest paint was reported");
    assert.ok(
      seen.largest.every((at) => at < seen.glue),
      `every largest paint (${seen.largest.join(", ")} ms) came before the app was asked for (${seen.glue} ms)`,
    );
    await context.close();
  });
}

test("a returning visitor, or another screen's address, never sees the welcome flash first", async () => {
  const stored = JSON.stringify({ schema: 3, open: 1, plans: [] });
  const cases = [
    { url: `${app.server.url}#/mentors`, heading: "Build your team of mentors" },
    { url: `${app.server.url}#/start`, storedPlan: stored, heading: WELCOME },
    { url: app.server.url, storedPlan: stored, heading: WELCOME },
  ];
  for (const { url, storedPlan, heading } of cases) {
    const { page, release } = await openWithWasmHeld(url, { storedPlan });
    await page.waitForLoadState("domcontentloaded");
    assert.equal(
      await page.getByRole("heading", { name: WELCOME }).isVisible(),
      false,
      `no welcome before the app starts at ${url.slice(url.indexOf("#"))}`,
    );
    release();
    await appReady(page);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await page.context().close();
  }
});

test("a French first visit reads the welcome in French before the wasm arrives, with no English first", async () => {
  const fr = inFrench();
  const { page, release } = await openWithWasmHeld(app.server.url, { locale: "fr-CA" });
  // The English copy in the page stays hidden until the French copy has taken its place.
  assert.equal(await page.getByRole("heading", { name: WELCOME }).isVisible(), false);
  const heading = page.getByRole("heading", { level: 1, name: fr.t(WELCOME) });
  await heading.waitFor();
  assert.equal(await page.getByRole("heading", { name: WELCOME }).count(), 0, "no English welcome");
  const before = await boxOf(heading);
  release();
  await appReady(page);
  await page.getByLabel(fr.t("In about a year")).waitFor();
  assert.deepEqual(await boxOf(heading), before, "the welcome did not move");
  assert.equal(await page.evaluate(() => window.layoutShift), 0, "no layout shift");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
