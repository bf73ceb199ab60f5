// WCAG 2.2 AA as an auditor walks it, screen by screen, with the reference plan and a check-in
// (so that every list, table and finding is on screen), at 360 and 1280 px:
// - axe with the WCAG 2.0 to 2.2 A and AA tags and its best practices (AXE_TAGS): nothing
//   serious or critical, workshop mode's screens and a shared plan included;
// - a focus walk with the Tab key: every stop on screen, not covered by the banner, a bar or a
//   table's sticky column (2.4.11), with a visible outline (2.4.7);
// - the QR code's dialog keeps focus inside, closes with Escape and gives focus back;
// - text spacing set as 1.4.12 asks: no text cut off, nothing scrolls sideways;
// - reduced motion: nothing moves.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useServedApp, AXE_TAGS, DESKTOP, PHONE, PLAN_KEY, nextFrames, openApp, referenceEnvelope, seriousViolations,
} from "./support.mjs";

const app = useServedApp();

const SCREENS = [
  "#/start", "#/skills", "#/situation", "#/soft-skills", "#/mentors", "#/value", "#/plan",
  "#/plans", "#/share", "#/since", "#/review", "#/workshop",
  // The pages beside the app.
  "accessibility.html", "guide.html", "guide-fr.html", "worksheet.html", "worksheet-fr.html",
];

/// Where an address is, in the app's folder.
const at = (address) => address.slice(app.server.url.length);

/// The reference plan open at `viewport` with a check-in saved, and every screen's address:
/// the ones above, the first mentor's editor and the plan's link as someone else opens it.
async function referencePlan(envelope, viewport, options = {}) {
  const page = await openApp(app.browser, `${app.server.url}#/review`, {
    viewport, storage: { [PLAN_KEY]: envelope }, ...options,
  });
  await page.getByRole("button", { name: "Save the check-in" }).click();
  await page.waitForURL(/#\/plan$/);
  const mentor = await page.evaluate((key) => {
    const { library } = JSON.parse(localStorage.getItem(key));
    return library.plans.find((entry) => entry.id === library.current).plan.mentors[0].id;
  }, PLAN_KEY);
  await page.goto(`${app.server.url}#/share`);
  const link = await page.getByLabel("Link to this plan", { exact: true }).inputValue();
  const addresses = [...SCREENS, `#/mentors/${mentor}`].map((screen) => `${app.server.url}${screen}`);
  return { page, addresses, link };
}

/// Opens `address` and waits for its heading, and for the frame after, when the app moves
/// focus to the heading (the walk starts there).
async function show(page, address) {
  await page.goto(address);
  await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
  await nextFrames(page);
}

/// Where focus is now, and whether a person can see it: on screen, its middle not under
/// another element, with an outline or a ring. Null when focus has left the page's controls.
function focusNow(page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    // A date field's parts (month, year) are stops of one element: it counts once.
    if (focused === window.lastFocused) return { same: true };
    window.lastFocused = focused;
    const again = window.walked.has(focused);
    window.walked.add(focused);
    const box = focused.getBoundingClientRect();
    const style = getComputedStyle(focused);
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const labelled = [...(focused.labels ?? [])].some((label) => label.contains(hit));
    const name = (focused.getAttribute("aria-label") || focused.textContent || focused.id || focused.tagName)
      .trim().replace(/\s+/g, " ").slice(0, 40);
    return {
      again,
      name: `${focused.tagName.toLowerCase()} "${name}"`,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
        && box.right > 0 && box.left < innerWidth,
      covered: !(hit && (focused.contains(hit) || hit.contains(focused) || labelled)),
      coveredBy: hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : "nothing",
      ring: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none",
    };
  });
}

/// The screen's focus walk and axe's serious findings, as lines.
async function audit(page, at) {
  const walk = await focusWalk(page, at);
  const axe = (await seriousViolations(page)).map((violation) => `${at}: axe ${violation}`);
  return { problems: [...walk.problems, ...axe], stops: walk.stops };
}

/// Tabs through the page from where the screen put focus (its heading), past the page's end and
/// round from its top, until focus comes back to a stop it has seen; each stop's problems.
async function focusWalk(page, at) {
  const problems = [];
  await page.evaluate(() => { window.walked = new Set(); window.lastFocused = null; });
  let stops = 0;
  for (let presses = 0; presses < 600; presses += 1) {
    await page.keyboard.press("Tab");
    const focus = await focusNow(page);
    if (focus === null || focus.same) continue;
    if (focus.again) break;
    if (!focus.onScreen) problems.push(`${at}: ${focus.name} is off screen`);
    else if (focus.covered) problems.push(`${at}: ${focus.name} is under ${focus.coveredBy}`);
    if (!focus.ring) problems.push(`${at}: ${focus.name} shows no focus`);
    stops += 1;
  }
  return { problems, stops };
}

for (const [width, viewport] of [["360 px", PHONE], ["1280 px", DESKTOP]]) {
  test(`every screen at ${width}: each Tab stop on screen, uncovered, outlined; axe (${AXE_TAGS.length} tags) finds nothing serious`, async () => {
    const { page, addresses, link } = await referencePlan(referenceEnvelope(), viewport);
    const problems = [];
    const stops = [];
    for (const address of addresses) {
      await show(page, address);
      const walk = await audit(page, at(address));
      problems.push(...walk.problems);
      stops.push(walk.stops);
    }
    // Workshop mode, with its bar over every screen, a demo plan, the presenter and the room's code.
    await show(page, `${app.server.url}#/workshop`);
    await page.getByRole("button", { name: "Switch on workshop mode" }).click();
    await page.getByRole("button", { name: /^Open a demo copy / }).first().click();
    await page.getByRole("region", { name: "The demo plan" }).waitFor();
    for (const screen of ["workshop", "start", "workshop/present/1", "workshop/present/map", "workshop/room"]) {
      await show(page, `${app.server.url}#/${screen}`);
      const walk = await audit(page, `workshop mode, ${screen}`);
      problems.push(...walk.problems);
      stops.push(walk.stops);
    }
    // The plan as the person it was sent to opens it.
    const reader = await openApp(app.browser, link, { viewport });
    const walk = await audit(reader, "a shared plan");
    problems.push(...walk.problems);
    stops.push(walk.stops);
    console.log(`Focus walk at ${width}: ${stops.reduce((a, b) => a + b)} stops on ${stops.length} screens`);
    assert.ok(stops.every((count) => count >= 1), `every screen has its controls in the walk: ${stops}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
    await reader.context().close();
    await page.context().close();
  });
}

test("the full-screen QR code keeps focus inside, closes with Escape and gives focus back", async () => {
  const { page } = await referencePlan(referenceEnvelope(), PHONE);
  await show(page, `${app.server.url}#/share`);
  const opener = page.getByRole("button", { name: "Show QR code full screen" }).first();
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")));
    // The browser's own address bar may take a turn; the page behind the dialog never does.
    const behind = await page.evaluate(() =>
      document.activeElement !== document.body && !document.activeElement?.closest("dialog"));
    assert.ok(inside || !behind, "focus stays in the dialog");
  }
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.ok(await opener.evaluate((button) => button === document.activeElement), "focus is back on its button");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/// 1.4.12's spacing: line height 1.5, paragraphs 2 apart, letters 0.12 and words 0.16 apart.
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/// Elements whose text the spacing cuts off: a box that hides its overflow but overflows.
function clippedText(page) {
  return page.evaluate(() => {
    const clipped = [];
    for (const element of document.querySelectorAll("main *, header *, footer *")) {
      if (!element.checkVisibility() || element.closest(".visually-hidden, svg")) continue;
      const style = getComputedStyle(element);
      const hides = [style.overflowX, style.overflowY].some((value) => value === "hidden" || value === "clip");
      const tight = element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
      if (hides && tight && element.textContent.trim()) {
        clipped.push(`${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 40)}"`);
      }
    }
    return clipped;
  });
}

test("with text spaced as WCAG 1.4.12 asks, no text is cut off and nothing scrolls sideways", async () => {
  const envelope = referenceEnvelope();
  const problems = [];
  for (const viewport of [{ width: 320, height: 640 }, DESKTOP]) {
    const { page, addresses } = await referencePlan(envelope, viewport, { bypassCSP: true });
    for (const address of addresses) {
      await show(page, address);
      await page.addStyleTag({ content: TEXT_SPACING });
      const where = `${viewport.width} px, ${at(address)}`;
      for (const element of await clippedText(page)) problems.push(`${where}: cut off ${element}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > viewport.width) problems.push(`${where}: the page scrolls sideways (${width} px)`);
    }
    await page.screenshot({ path: new URL(`../../target/screenshots/text-spacing-${viewport.width}.png`, import.meta.url).pathname, fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

test("with reduced motion asked for, nothing on any screen moves", async () => {
  const { page, addresses } = await referencePlan(referenceEnvelope(), DESKTOP);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const moving = [];
  for (const address of addresses) {
    await show(page, address);
    const here = await page.evaluate(() => [...document.querySelectorAll("*")]
      .filter((element) => {
        const style = getComputedStyle(element);
        const lasts = (durations) => durations.split(",").some((duration) => parseFloat(duration) > 0);
        return style.animationName !== "none" || lasts(style.transitionDuration) || style.scrollBehavior === "smooth";
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`));
    moving.push(...here.map((element) => `${at(address)}: ${element}`));
  }
  assert.deepEqual(moving, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
