// Benchmark, not a test: Lighthouse's performance audit of a first visit to the release build
// (a fresh browser profile, empty storage and cache), with Lighthouse's default mobile profile
// and simulated throttling, three runs. Prints, for each run and the median of each figure,
// the performance score, first contentful paint, largest contentful paint, total blocking
// time, cumulative layout shift and time to interactive, beside our goals.
//
// Each run starts Debian's Chromium itself (headless, a new profile folder, a free
// remote-debugging port) and hands the port to Lighthouse, so nothing downloads a browser.
// It exits 1 only if Lighthouse could not run at all.
//
// Usage: node tests/bench/lighthouse.mjs         (after a release build into dist/)
//        node tests/bench/lighthouse.mjs URL     (audits another address instead, such as a
//                                                 test page, to try the method)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM, serveDist } from "../e2e/support.mjs";

const RUNS = 3;
const CHROMIUM_FLAGS = ["--headless=new", ...CHROMIUM.args];
const GOALS = { score: 98, lcpMs: 2300, ttiMs: 3000, cls: 0 };

/// Starts headless Chromium on a new, empty profile folder with a remote-debugging port
/// that Chromium picks itself (port 0, so it is always free) and reports on stderr.
/// Resolves to the port and a function that stops Chromium and removes the profile.
async function startChromium() {
  const profile = await mkdtemp(join(tmpdir(), "lighthouse-profile-"));
  const chromium = spawn(
    CHROMIUM.executablePath,
    [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  // A browser that could not even start emits "error" and never "exit".
  const exited = new Promise((resolve) => {
    chromium.once("exit", resolve);
    chromium.once("error", resolve);
  });
  const stop = async () => {
    if (chromium.exitCode === null && chromium.signalCode === null) chromium.kill("SIGTERM");
    await exited;
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  let stderr = "";
  try {
    const port = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no DevTools port after 30 s")), 30_000);
      // Chromium keeps writing to stderr: keep reading it, or it would block on a full pipe.
      chromium.stderr.on("data", (chunk) => {
        stderr = (stderr + chunk).slice(-4000);
        const found = stderr.match(/DevTools listening on ws:\/\/[^/]*:(\d+)\//);
        if (found) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      });
      chromium.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      chromium.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (code ${code}) before opening its DevTools port`));
      });
    });
    return { port, stop };
  } catch (error) {
    await stop();
    const said = stderr.trim() ? `; it said: ${stderr.trim()}` : "";
    throw new Error(`could not start ${CHROMIUM.executablePath}: ${error.message}${said}`);
  }
}

/// One Lighthouse run in its own browser: the figures, or `error` if the run failed.
async function audit(url) {
  let chromium;
  try {
    chromium = await startChromium();
    const result = await lighthouse(url, {
      port: chromium.port,
      logLevel: "error",
      output: "json",
      onlyCategories: ["performance"],
    });
    const lhr = result?.lhr;
    if (!lhr) return { error: "Lighthouse returned no result" };
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const value = (id) => lhr.audits[id]?.numericValue;
    const { score } = lhr.categories.performance;
    const figures = {
      score: typeof score === "number" ? Math.round(score * 100) : undefined,
      fcpMs: value("first-contentful-paint"),
      lcpMs: value("largest-contentful-paint"),
      tbtMs: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      ttiMs: value("interactive"),
    };
    const missing = Object.keys(figures).filter((key) => typeof figures[key] !== "number");
    if (missing.length > 0) return { error: `Lighthouse computed no ${missing.join(", ")}` };
    // Audits that could not run: with Chromium 156 one gatherer fails, which leaves a few
    // diagnostics empty; the metrics and the score do not depend on them.
    const errored = Object.keys(lhr.audits).filter((id) => lhr.audits[id].errorMessage);
    const versions = `Lighthouse ${lhr.lighthouseVersion}, ${await browserVersion(chromium.port)} (${CHROMIUM.executablePath})`;
    return { figures, errored, warnings: lhr.runWarnings ?? [], versions };
  } catch (error) {
    return { error: error.message };
  } finally {
    await chromium?.stop();
  }
}

/// The browser's name and version, as its DevTools endpoint reports them.
async function browserVersion(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/json/version`);
    return (await response.json()).Browser;
  } catch {
    return "a browser that did not say its version";
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/// The median of each figure on its own (not the figures of one median run).
function medianFigures(all) {
  return Object.fromEntries(Object.keys(all[0]).map((key) => [key, median(all.map((f) => f[key]))]));
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms) => `${Math.round(ms)} ms`;
const shift = (cls) => (cls === 0 ? "0" : cls < 0.001 ? cls.toPrecision(2) : cls.toFixed(3));
const verdict = (met) => (met ? "met" : "MISSED");

function oneLine(f) {
  return (
    `score ${f.score}, FCP ${seconds(f.fcpMs)}, LCP ${seconds(f.lcpMs)}, ` +
    `TBT ${millis(f.tbtMs)}, CLS ${shift(f.cls)}, TTI ${seconds(f.ttiMs)}`
  );
}

function report(f) {
  console.log(
    `    performance score: ${f.score} ` +
      `(goal at least ${GOALS.score}: ${verdict(f.score >= GOALS.score)})`,
  );
  console.log(`    first contentful paint: ${seconds(f.fcpMs)}`);
  console.log(
    `    largest contentful paint: ${seconds(f.lcpMs)} ` +
      `(goal at most ${seconds(GOALS.lcpMs)}: ${verdict(f.lcpMs <= GOALS.lcpMs)})`,
  );
  console.log(`    total blocking time: ${millis(f.tbtMs)}`);
  console.log(
    `    cumulative layout shift: ${shift(f.cls)} ` +
      `(goal ${GOALS.cls}: ${verdict(f.cls === GOALS.cls)})`,
  );
  console.log(
    `    time to interactive: ${seconds(f.ttiMs)} ` +
      `(goal at most ${seconds(GOALS.ttiMs)}: ${verdict(f.ttiMs <= GOALS.ttiMs)})`,
  );
}

const asked = process.argv[2];
if (!asked && !existsSync(new URL("../../dist/index.html", import.meta.url))) {
  console.error("Lighthouse could not run: dist/ holds no release build (run scripts/build first).");
  process.exit(1);
}
const server = asked ? null : await serveDist();
const url = asked ?? server.url;

console.log(
  `Lighthouse, first visit (fresh profile, empty storage), default mobile ` +
    `profile with simulated throttling, ${RUNS} runs: ${url}`,
);
const succeeded = [];
const warnings = new Set();
const errored = new Set();
let versions;
for (let run = 1; run <= RUNS; run += 1) {
  const result = await audit(url);
  if (result.error) {
    console.log(`  run ${run}: failed: ${result.error}`);
    continue;
  }
  succeeded.push(result.figures);
  result.warnings.forEach((warning) => warnings.add(warning));
  result.errored.forEach((id) => errored.add(id));
  versions ??= result.versions;
  console.log(`  run ${run}: ${oneLine(result.figures)}`);
}
await server?.close();

if (succeeded.length === 0) {
  console.error(`Lighthouse could not run: all ${RUNS} runs failed (see above).`);
  process.exit(1);
}
console.log(`  median of ${succeeded.length === RUNS ? "the" : "the successful"} ${succeeded.length} runs`);
report(medianFigures(succeeded));
console.log(`  ran ${versions}`);
for (const warning of warnings) console.log(`  Lighthouse warned: ${warning}`);
if (errored.size > 0) {
  console.log(`  audits that errored (diagnostics, not part of the score): ${[...errored].join(", ")}`);
}
