// Every reader, at every width: tables that never hide a column without saying so, words that
// never break inside, targets of at least 24 CSS px (WCAG 2.5.8), and reflow at 320 CSS px,
// the width of 1280 px at 400 % zoom (WCAG 1.4.10). With the reference plan and a check-in,
// so that the grid, the 12-week table and the progress table are all on screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, DESKTOP, PHONE, PLAN_KEY, openApp, referenceEnvelope } from "./support.mjs";

const app = useServedApp();

const SCREENS = [
  "start", "skills", "situation", "soft-skills", "mentors", "value", "plan",
  "plans", "share", "since", "review",
];

/// The reference plan open at `viewport`, with a check-in saved.
async function referencePlan(envelope, viewport) {
  const page = await openApp(app.browser, `${app.server.url}#/review`, { viewport, storage: { [PLAN_KEY]: envelope } });
  await page.getByRole("button", { name: "Save the check-in" }).click();
  await page.waitForURL(/#\/plan$/);
  await page.getByRole("table", { name: /progress/i }).or(page.locator(".progress__table")).first().waitFor();
  return page;
}

/// Words that the browser broke across two lines, as "element: word".
function brokenWords(page) {
  return page.evaluate(() => {
    const broken = new Set();
    const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element.checkVisibility() || element.closest(".visually-hidden")) continue;
      // A word, up to a space, a hyphen, a dash or a slash: where a line may end.
      for (const word of node.textContent.matchAll(/[^\s\-\u2013\u2014/]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.add(`${element.tagName.toLowerCase()}: ${word[0]}`);
      }
    }
    return [...broken];
  });
}

/// Controls smaller than 24 by 24 CSS px that WCAG 2.5.8 does not excuse: a link inside a
/// sentence is excused (its size is the line's), as "control (width x height)".
function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    const controls = "a[href], button, input, select, textarea, summary, [tabindex='0']";
    for (const control of document.querySelectorAll(controls)) {
      if (!control.checkVisibility()) continue;
      const { width, height } = control.getBoundingClientRect();
      if (width >= 24 && height >= 24) continue;
      const parent = control.parentElement;
      const inSentence = getComputedStyle(control).display === "inline"
        && parent.textContent.trim().length > control.textContent.trim().length;
      if (inSentence) continue;
      const name = (control.textContent || control.getAttribute("aria-label") || control.type || "").trim();
      small.push(`${control.tagName.toLowerCase()} "${name.slice(0, 40)}" (${width.toFixed(1)}x${height.toFixed(1)})`);
    }
    return small;
  });
}

/// How dark the strip 4 px inside the right edge of `region` is: the share of its pixels that
/// are clearly darker than the page's white, read back from a screenshot.
async function rightEdgeShade(page, region) {
  const png = await region.screenshot();
  const blank = await page.context().newPage();
  const shaded = await blank.evaluate(async (base64) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${base64}`;
    await picture.decode();
    const canvas = document.createElement("canvas");
    canvas.width = picture.width;
    canvas.height = picture.height;
    const context = canvas.getContext("2d");
    context.drawImage(picture, 0, 0);
    const { data } = context.getImageData(picture.width - 4, 0, 1, picture.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] + data[i + 1] + data[i + 2] < 3 * 225) dark += 1;
    }
    return dark / picture.height;
  }, png.toString("base64"));
  await blank.close();
  return shaded;
}

test("at 360 px, a table that scrolls keeps its first column and shades its edge while columns follow", async () => {
  const page = await referencePlan(referenceEnvelope(), PHONE);
  const regions = page.locator(".grid-scroll");
  assert.equal(await regions.count(), 2, "the 12-week table and the grid");
  for (const region of await regions.all()) {
    const name = await region.getAttribute("aria-label");
    await region.scrollIntoViewIfNeeded();
    const [scrollWidth, clientWidth] = await region.evaluate((r) => [r.scrollWidth, r.clientWidth]);
    assert.ok(scrollWidth > clientWidth, `${name}: the reference plan's table is wider than a phone`);
    const sticky = await region.locator("tbody th").evaluateAll((cells) =>
      cells.every((cell) => getComputedStyle(cell).position === "sticky"));
    assert.ok(sticky, `${name}: each row's name stays in view`);
    const before = await rightEdgeShade(page, region);
    assert.ok(before > 0.5, `${name}: the right edge is shaded while columns follow (${before})`);
    await region.evaluate((r) => { r.scrollLeft = r.scrollWidth; });
    const after = await rightEdgeShade(page, region);
    assert.ok(after < 0.1, `${name}: no shade once the last column shows (${after})`);
    const last = await region.locator("thead th").last().boundingBox();
    const box = await region.boundingBox();
    assert.ok(last.x + last.width <= box.x + box.width + 1, `${name}: the last column can be scrolled to`);
  }
  // The progress table fits: no column past the screen, no heading broken into letters.
  const progress = await page.locator(".progress__table").boundingBox();
  assert.ok(progress.x + progress.width <= PHONE.width, "the progress table fits a phone");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("no word breaks inside, every target is 24 px or more, and nothing scrolls sideways at 320 px", async () => {
  const envelope = referenceEnvelope();
  const problems = [];
  for (const viewport of [{ width: 320, height: 640 }, PHONE, DESKTOP]) {
    const page = await referencePlan(envelope, viewport);
    const mentor = await page.evaluate((key) => {
      const { library } = JSON.parse(localStorage.getItem(key));
      return library.plans.find((entry) => entry.id === library.current).plan.mentors[0].id;
    }, PLAN_KEY);
    for (const screen of [...SCREENS, `mentors/${mentor}`, "workshop"]) {
      await page.goto(`${app.server.url}#/${screen}`);
      await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
      const at = `${viewport.width} px, #/${screen}`;
      for (const word of await brokenWords(page)) problems.push(`${at}: broken word ${word}`);
      for (const target of await smallTargets(page)) problems.push(`${at}: small target ${target}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > viewport.width) problems.push(`${at}: the page scrolls sideways (${width} px)`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

test("in forced colours, the grid's marks and the team map's seats stay visible", async () => {
  const page = await referencePlan(referenceEnvelope(), DESKTOP);
  await page.emulateMedia({ forcedColors: "active" });
  const grid = page.locator(".plan-grid");
  await grid.scrollIntoViewIfNeeded();
  // Each mark is a border, drawn in the system's text colour, against the cell's background.
  const marks = await grid.locator(".answered [aria-hidden]").evaluateAll((spans) => spans.map((span) => {
    const style = getComputedStyle(span);
    const cell = getComputedStyle(span.closest("td"));
    return { border: style.borderTopColor, width: parseFloat(style.borderTopWidth), behind: cell.backgroundColor };
  }));
  assert.ok(marks.length > 0);
  for (const mark of marks) {
    assert.ok(mark.width >= 5, `a mark is a border ${mark.width} px wide`);
    assert.notEqual(mark.border, mark.behind, "the mark differs from its cell");
  }
  // The map's seats keep an outline in the system's colours.
  const outlines = await page.locator(".team-map .map__seat circle").evaluateAll((circles) =>
    circles.map((circle) => [getComputedStyle(circle).stroke, parseFloat(getComputedStyle(circle).strokeWidth)]));
  assert.ok(outlines.length > 0);
  for (const [stroke, width] of outlines) {
    assert.ok(stroke !== "none" && width > 0, `a seat's outline: ${stroke} ${width}`);
  }
  await grid.screenshot({ path: new URL("../../target/screenshots/forced-colours-grid.png", import.meta.url).pathname });
  await page.locator(".team-map").screenshot({ path: new URL("../../target/screenshots/forced-colours-map.png", import.meta.url).pathname });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
