// Benchmark, not a test: prints the time from a keystroke in a mentor's field to the updated
// plan view being painted, in headless Chromium, on a generated plan of 100 competencies and
// 50 mentors with 50 meetings each in their logs. The coverage grid (the plan view) is on
// screen beside the mentor being edited.
//
// Usage: node tests/bench/keystroke.mjs   (after a release build into dist/)
import { PLAN_KEY, launchBrowser, serveDist } from "../e2e/support.mjs";
import { card } from "../e2e/people.mjs";
import { generatedPlan } from "./generated-plan.mjs";

const COMPETENCIES = 100;
const MENTORS = 50;
const MEETINGS = 50;
const KEYSTROKES = 60;
const GOAL_MS = 16;

const server = await serveDist();
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const plan = JSON.stringify(generatedPlan(COMPETENCIES, MENTORS, MEETINGS));
await context.addInitScript(
  ([key, value]) => {
    if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value);
  },
  [PLAN_KEY, plan],
);
const page = await context.newPage();
await page.goto(`${server.url}#/mentors`);
await page.getByRole("heading", { level: 1, name: "Build your team of mentors" }).waitFor();

const rows = await page.getByRole("table").locator("tbody tr").count();
const columns = await page.getByRole("table").locator("thead th").count();
if (rows !== COMPETENCIES || columns !== MENTORS + 2) {
  throw new Error(`the generated plan did not load: ${rows} rows, ${columns} columns`);
}

/// Types `KEYSTROKES` characters into a field and records, for each keystroke, the time from
/// the key press to the first frame painted after it, which includes the wait for the
/// display's next refresh (up to one frame at 60 Hz; `floor()` measures it). `painted` says,
/// in the page, whether the plan view already shows the new value in that frame.
async function measure(page, field, painted) {
  await field.evaluate((element, check) => {
    window.frame = [];
    window.stale = 0;
    let start = 0;
    const isPainted = new Function("value", check);
    element.addEventListener("keydown", () => { start = performance.now(); }, true);
    element.addEventListener("input", () => {
      requestAnimationFrame(() => {
        if (!isPainted(element.value)) window.stale += 1;
        // The frame is painted after this callback; a task queued now runs after the paint.
        setTimeout(() => window.frame.push(performance.now() - start), 0);
      });
    });
  }, painted);
  await field.focus();
  // The profiler tells apart the app's own script time from the browser's rendering.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction((n) => window.frame.length >= n, i + 1);
  }
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  const result = await page.evaluate(() => ({ frame: window.frame, stale: window.stale }));
  return { ...result, scriptMs: scriptTime(profile) / KEYSTROKES };
}

/// Milliseconds the profile spent running script (JavaScript and wasm), not idle or rendering.
function scriptTime(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const notScript = new Set(["(idle)", "(program)", "(garbage collector)", "(root)"]);
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (!notScript.has(nodes.get(id))) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

/// The same measurement on an empty plan's first field: what the method itself costs,
/// mostly the wait for the display's next refresh.
async function floor() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const result = await measure(page, page.getByLabel("Target role"), "return true;");
  await context.close();
  return result;
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

const mentor = card(page, "Mentor 25");
await mentor.getByRole("button", { name: "Edit Mentor 25" }).click();
// The next step first: typing in the name changes the heading this card is found by.
const nextStep = await measure(page, mentor.getByLabel("Next step", { exact: true }), "return true;");
const name = await measure(
  page,
  mentor.getByLabel("Mentor's name"),
  "return [...document.querySelectorAll('thead th')].some((th) => th.textContent === value);",
);

const fmt = ({ median, p90 }) => `median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms`;
console.log(
  `Keystroke in a mentor's field to the updated plan view: ${COMPETENCIES} competencies, ` +
    `${MENTORS} mentors with ${MEETINGS} meetings each, ${KEYSTROKES} keystrokes each (goal ${GOAL_MS} ms)`,
);
const results = [
  ["mentor's name (a grid heading changes)", name],
  ["mentor's next step", nextStep],
  ["floor: empty plan, first field", await floor()],
];
for (const [label, result] of results) {
  console.log(`  ${label}`);
  console.log(`    keystroke to next painted frame: ${fmt(summary(result.frame))}`);
  console.log(`    script (JS and wasm) per keystroke: ${result.scriptMs.toFixed(2)} ms`);
}
if (name.stale > 0) {
  console.error(`Benchmark: ${name.stale} frames were painted before the grid showed the new name.`);
  process.exitCode = 1;
}
await browser.close();
await server.close();
