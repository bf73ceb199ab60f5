// Benchmark, not a test: Lighthouse's performance audit of a first visit to the release build
// (a fresh browser profile, empty storage and cache), with Lighthouse's default mobile profile
// and simulated throttling, three runs each way the site may be served and measured: at a
// domain root and under a subpath, gzipped and uncompressed (as a plain static server sends
// it), through Lighthouse's Node API and through its command line. Prints, for each run, the
// performance score, first contentful paint, largest contentful paint, total blocking time,
// cumulative layout shift and time to interactive; for each way, the median of each figure
// beside our goals; and how many runs missed them.
//
// For the API, each run starts Debian's Chromium itself (headless, a new profile folder, a
// free remote-debugging port) and hands the port to Lighthouse; the command line starts the
// same Chromium (CHROME_PATH) with the same flags. Nothing downloads a browser.
// It exits 1 only if Lighthouse could not run at all.
//
// Usage: node tests/bench/lighthouse.mjs         (after a release build into dist/)
//        node tests/bench/lighthouse.mjs URL     (audits another address instead, through
//                                                 the API, such as a test page, to try the method)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import { CHROMIUM, DIST, SUBPATH, serveDist } from "../e2e/support.mjs";

const RUNS = 3;
const CHROMIUM_FLAGS = ["--headless=new", ...CHROMIUM.args];
const GOALS = { score: 98, lcpMs: 1200, ttiMs: 3000, cls: 0 };

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

/// One Lighthouse run through its Node API, in a browser of its own: the figures, or
/// `error` if the run failed.
async function auditByApi(url) {
  let chromium;
  try {
    chromium = await startChromium();
    const result = await lighthouse(url, {
      port: chromium.port,
      logLevel: "error",
      output: "json",
      onlyCategories: ["performance"],
    });
    if (!result?.lhr) return { error: "Lighthouse returned no result" };
    return read(result.lhr, await browserVersion(chromium.port));
  } catch (error) {
    return { error: error.message };
  } finally {
    await chromium?.stop();
  }
}

/// One run of Lighthouse's command line, as an outsider types it: Lighthouse starts the
/// browser itself (chrome-launcher, told which one by CHROME_PATH) with its own flags added
/// to ours. The figures, or `error` if the run failed.
async function auditByCommandLine(url) {
  const command = fileURLToPath(new URL("../../node_modules/lighthouse/cli/index.js", import.meta.url));
  const args = [
    command,
    url,
    "--only-categories=performance",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`,
  ];
  const env = { ...process.env, CHROME_PATH: CHROMIUM.executablePath };
  const run = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  run.stdout.on("data", (chunk) => (stdout += chunk));
  run.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const code = await new Promise((resolve) => {
    run.once("exit", resolve);
    run.once("error", () => resolve(-1));
  });
  if (code !== 0) return { error: `the command line exited with ${code}: ${stderr.trim()}` };
  try {
    const lhr = JSON.parse(stdout);
    return read(lhr, lhr.environment?.hostUserAgent ?? "a browser that did not say its version");
  } catch (error) {
    return { error: `the command line printed no report: ${error.message}` };
  }
}

/// The figures of one Lighthouse report, and what it could not do; or `error` if the report
/// has no figures.
function read(lhr, browser) {
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
  const versions = `Lighthouse ${lhr.lighthouseVersion}, ${browser} (${CHROMIUM.executablePath})`;
  return { figures, errored, warnings: lhr.runWarnings ?? [], versions };
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

/// Whether one run met the goals that every run must meet.
const runMet = (f) => f.score >= GOALS.score && f.lcpMs <= GOALS.lcpMs;

function oneLine(f) {
  return (
    `score ${f.score}, FCP ${seconds(f.fcpMs)}, LCP ${seconds(f.lcpMs)}, ` +
    `TBT ${millis(f.tbtMs)}, CLS ${shift(f.cls)}, TTI ${seconds(f.ttiMs)}: ${verdict(runMet(f))}`
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

/// Every way an outsider might serve the site and run Lighthouse: at a domain root and
/// under a subpath, gzipped and not, through the Node API and the command line.
const WAYS = [
  { tool: "API", at: "/", compress: true },
  { tool: "API", at: "/", compress: false },
  { tool: "API", at: SUBPATH, compress: true },
  { tool: "API", at: SUBPATH, compress: false },
  { tool: "command line", at: "/", compress: true },
  { tool: "command line", at: "/", compress: false },
];

const describe = (way) =>
  `${way.tool}, served at ${way.at === "/" ? "the root" : way.at}, ` +
  `${way.compress ? "gzipped" : "uncompressed"}`;

const asked = process.argv[2];
if (!asked && !existsSync(new URL("../../dist/index.html", import.meta.url))) {
  console.error("Lighthouse could not run: dist/ holds no release build (run scripts/build first).");
  process.exit(1);
}

console.log(
  `Lighthouse, first visit (fresh profile, empty storage), default mobile profile with ` +
    `simulated throttling, ${RUNS} runs each way. Every run should score at least ` +
    `${GOALS.score} with a largest paint at most ${seconds(GOALS.lcpMs)}.`,
);
const warnings = new Set();
const errored = new Set();
const versions = new Set();
let runs = 0;
let missed = 0;
let failed = 0;
for (const way of asked ? [{ tool: "API" }] : WAYS) {
  const server = asked ? null : await serveDist(DIST, way);
  const url = asked ?? server.url;
  console.log(asked ? `${url}, through the API` : `${describe(way)}: ${url}`);
  const succeeded = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const result = way.tool === "API" ? await auditByApi(url) : await auditByCommandLine(url);
    if (result.error) {
      failed += 1;
      console.log(`  run ${run}: failed: ${result.error}`);
      continue;
    }
    runs += 1;
    if (!runMet(result.figures)) missed += 1;
    succeeded.push(result.figures);
    result.warnings.forEach((warning) => warnings.add(warning));
    result.errored.forEach((id) => errored.add(id));
    versions.add(result.versions);
    console.log(`  run ${run}: ${oneLine(result.figures)}`);
  }
  await server?.close();
  if (succeeded.length === 0) continue;
  console.log(`  median of ${succeeded.length === RUNS ? "the" : "the successful"} ${succeeded.length} runs`);
  report(medianFigures(succeeded));
}

if (runs === 0) {
  console.error("Lighthouse could not run: every run failed (see above).");
  process.exit(1);
}
const summary = missed === 0 ? "every run met the goals" : `${missed} of ${runs} runs MISSED the goals`;
console.log(`In all, ${summary}${failed > 0 ? `; ${failed} runs failed` : ""}.`);
for (const version of versions) console.log(`  ran ${version}`);
for (const warning of warnings) console.log(`  Lighthouse warned: ${warning}`);
if (errored.size > 0) {
  console.log(`  audits that errored (diagnostics, not part of the score): ${[...errored].join(", ")}`);
}
