// Benchmark: with the reference plan open on the plan view (the heaviest screen), the time
// from a click on the header link "Your plans", or "Share", to the next painted frame once
// that screen shows its heading, in headless Chromium. Between two clicks it goes back to
// the plan view. The one pass/fail check: no click may load the page again (the app is a
// single page with hash routes, so a screen switch must not reload it); it exits 1 if one did.
//
// The reference plan (tests/fixtures/reference-plan.json) is put into localStorage as the
// app stores it, from `cargo run --quiet --example reference_envelope`.
//
// Usage: node tests/bench/screen-switch.mjs   (after a release build into dist/)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { PLAN_KEY, launchBrowser, nextFrames, serveDist } from "../e2e/support.mjs";

const CLICKS = 15;
const GOAL_MS = 50;
const NAV_LABEL = "Plans and sharing";
/// The plan view's heading: the Plan step's title in step_intro (src/domain/content.rs).
const PLAN_VIEW = { hash: "#/plan", heading: "Your multi-mentor plan" };
const SCREENS = [
  { link: "Your plans", heading: "Your plans" },
  { link: "Share", heading: "Share and save your plan" },
];
const REPO = new URL("../../", import.meta.url).pathname;
/// The storage schema the app writes now, read from its source so that this check follows it.
const SCHEMA = Number(
  readFileSync(`${REPO}src/storage.rs`, "utf8").match(/SCHEMA_VERSION: u32 = (\d+);/)[1],
);

/// The storage envelope holding the reference plan, printed by the Rust example.
function referenceEnvelope() {
  const run = spawnSync("cargo", ["run", "--quiet", "--example", "reference_envelope"], {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.error || run.status !== 0) {
    throw new Error(`cargo run --example reference_envelope failed: ${run.error?.message ?? `exit ${run.status}`}`);
  }
  const text = run.stdout.trim();
  const envelope = JSON.parse(text);
  const open = envelope.library?.plans?.find((entry) => entry.id === envelope.library.current);
  if (envelope.schema !== SCHEMA || !open) {
    throw new Error(`reference_envelope did not print a schema ${SCHEMA} envelope with its open plan`);
  }
  return { text, plan: open.plan };
}

/// Records in the page, for each click, the time from the click to the first frame painted
/// once an h1 with the awaited text is in the document, which includes the wait for the
/// display's next refresh (up to one frame at 60 Hz). `window.awaited` names the heading.
function listenForClicks() {
  window.switches = [];
  document.addEventListener(
    "click",
    () => {
      const start = performance.now();
      const heading = window.awaited;
      const shown = () => [...document.querySelectorAll("h1")].some((h1) => h1.textContent.trim() === heading);
      const poll = () =>
        requestAnimationFrame(() => {
          // The frame is painted after this callback; a task queued now runs after the paint.
          if (shown()) setTimeout(() => window.switches.push(performance.now() - start), 0);
          else poll();
        });
      poll();
    },
    true,
  );
}

/// Goes back to the plan view by its hash, as the app's own links do, and lets it settle.
async function backToPlan(page) {
  await page.evaluate((hash) => { window.location.hash = hash; }, PLAN_VIEW.hash);
  await page.getByRole("heading", { level: 1, name: PLAN_VIEW.heading }).waitFor();
  await nextFrames(page);
}

/// Clicks `target` and resolves to the milliseconds until the first frame painted with the
/// h1 `heading`, or `undefined` if the page was loaded anew meanwhile (the marker is gone).
async function timeClick(page, target, heading, clicked) {
  await page.evaluate((text) => { window.awaited = text; }, heading);
  await target.click();
  await page.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();
  try {
    // A page loaded anew has neither the marker nor the click listener: do not wait for it.
    await page.waitForFunction((n) => !window.benchMarker || window.switches.length >= n, clicked);
    return await page.evaluate((n) => (window.benchMarker ? window.switches[n - 1] : undefined), clicked);
  } catch (error) {
    if (/context was destroyed|navigat/i.test(error.message)) return undefined;
    throw error;
  }
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

const reference = referenceEnvelope();
const server = await serveDist();
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(
  ([key, value]) => {
    if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value);
  },
  [PLAN_KEY, reference.text],
);
const page = await context.newPage();
page.on("pageerror", (error) => console.error(`Page error: ${error.message}`));
// Loads of a new document in the tab (a hash change is none), and every navigation of the
// tab (hash changes and loads alike).
let loads = 0;
let navigations = 0;
page.on("load", () => { loads += 1; });
page.on("framenavigated", (frame) => {
  if (frame === page.mainFrame()) navigations += 1;
});

await page.goto(`${server.url}${PLAN_VIEW.hash}`);
await page.getByRole("heading", { level: 1, name: PLAN_VIEW.heading }).waitFor();
const { competencies = [], mentors = [] } = reference.plan;
if (mentors.length > 0) {
  await page
    .getByRole("main")
    .getByText(mentors[0].name)
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => {
      throw new Error(`the reference plan did not load: the plan view does not show ${mentors[0].name}`);
    });
}
await page.evaluate(listenForClicks);
// Set once; only a new page load removes it.
await page.evaluate(() => { window.benchMarker = true; });
const loadsBefore = loads;
const navigationsBefore = navigations;

const navLink = (name) =>
  page.getByRole("navigation", { name: NAV_LABEL }).getByRole("link", { name, exact: true });
// The floor of the method: a click on the plan view's heading, which changes nothing; mostly
// the wait for the display's next refresh.
const FLOOR = {
  label: "floor: a click that changes nothing (the plan view's heading)",
  heading: PLAN_VIEW.heading,
  target: page.getByRole("heading", { level: 1, name: PLAN_VIEW.heading }),
};
const rounds = [
  FLOOR,
  ...SCREENS.map((screen) => ({
    label: `"${screen.link}" link to the heading "${screen.heading}"`,
    heading: screen.heading,
    target: navLink(screen.link),
  })),
];
const samples = new Map(rounds.map((round) => [round, []]));
let clicked = 0;
let reloadedBy;
for (let i = 0; i < CLICKS && !reloadedBy; i += 1) {
  for (const round of rounds) {
    await backToPlan(page);
    clicked += 1;
    const ms = await timeClick(page, round.target, round.heading, clicked);
    if (ms === undefined) {
      reloadedBy = round;
      break;
    }
    samples.get(round).push(ms);
  }
}
const pageLoads = loads - loadsBefore;
const hashChanges = navigations - navigationsBefore - pageLoads;

const fmt = ({ median, p90, max }) =>
  `median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${max.toFixed(1)} ms`;
console.log(
  `Click on a header link to the next painted frame showing its screen, from the plan view ` +
    `of the reference plan (${competencies.length} competencies, ${mentors.length} mentors), ` +
    `${CLICKS} clicks each (goal under ${GOAL_MS} ms)`,
);
for (const [round, times] of samples) {
  if (times.length === 0) continue;
  const result = summary(times);
  const goal = round === FLOOR ? "" : ` (goal: ${result.median < GOAL_MS ? "met" : "MISSED"})`;
  console.log(`  ${round.label}`);
  console.log(`    click to next painted frame: ${fmt(result)}${goal}`);
}
console.log(`  page loads during the clicks: ${pageLoads} (must be 0); hash changes: ${hashChanges}`);
if (reloadedBy || pageLoads > 0) {
  const which = reloadedBy ? ` (${reloadedBy.label})` : "";
  console.error(`Benchmark: a click loaded the page anew${which}; switching screens must stay in the one page.`);
  process.exitCode = 1;
}
await browser.close();
await server.close();
