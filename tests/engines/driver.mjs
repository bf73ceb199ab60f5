// The engines the walks run in besides Chromium: Firefox (geckodriver) and WebKit
// (WebKitWebDriver with MiniBrowser, under Xvfb). Starts and stops their WebDriver servers;
// each new page is a browser with a fresh profile (page.mjs).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Page } from "./page.mjs";

/// This run's folder for the browsers' downloads and settings, removed when the run ends.
const SCRATCH = mkdtempSync(join(tmpdir(), "engines-"));
process.on("exit", () => rmSync(SCRATCH, { recursive: true, force: true }));

/// Where plan files saved in either engine land (each one's download folder is set to this).
export const DOWNLOADS = join(SCRATCH, "downloads");

/// The engines the walks run in: how to start each one's WebDriver server, and the browser.
export const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    command: (port) => [
      process.env.GECKODRIVER ?? join(homedir(), ".cargo/bin/geckodriver"),
      ["--host", "127.0.0.1", "--port", String(port)],
    ],
    capabilities: {
      browserName: "firefox",
      // WebDriver BiDi beside the classic protocol: for the page's console and an exact viewport.
      webSocketUrl: true,
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
        args: ["-headless"],
        prefs: {
          "browser.download.folderList": 2,
          "browser.download.dir": DOWNLOADS,
          "browser.download.useDownloadDir": true,
          "browser.download.always_ask_before_handling_new_types": false,
          "intl.accept_languages": "en-CA",
          // Scrollbars over the page, as on a phone (and in headless Chromium): the page gets
          // the whole 360 px, not 348.
          "ui.useOverlayScrollbars": 1,
        },
      },
    },
  },
  webkit: {
    name: "WebKit (WebKitGTK MiniBrowser)",
    // WebKitGTK needs a display; with --headless its new session hangs here (TOOLCHAIN.md).
    serverPerBrowser: true,
    // Its downloads go to the desktop's download folder, named in a user-dirs.dirs of our own.
    environment: () => {
      const config = join(SCRATCH, "config");
      mkdirSync(config, { recursive: true });
      writeFileSync(join(config, "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${DOWNLOADS}"\n`);
      return { XDG_CONFIG_HOME: config };
    },
    command: (port) => [
      "xvfb-run",
      ["-a", "-s", "-screen 0 1920x1200x24", "WebKitWebDriver", `--port=${port}`],
    ],
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        // Full screen: without the toolbar, the window can be as narrow as a phone (360 px).
        args: ["--automation", "--full-screen"],
      },
    },
  },
};

/// Which engines to walk: all, or those named in ENGINES=firefox,webkit.
export function chosenEngines() {
  const named = process.env.ENGINES?.split(",").filter(Boolean) ?? Object.keys(ENGINES);
  return named.map((key) => {
    if (!ENGINES[key]) throw new Error(`ENGINES names "${key}"; known: ${Object.keys(ENGINES)}`);
    return { key, ...ENGINES[key] };
  });
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/// Starts an engine's WebDriver server; resolves once it answers. `stop()` ends it and every
/// process it started (the browser, Xvfb).
async function launch(engine) {
  const port = await freePort();
  const [program, args] = engine.command(port);
  const env = { ...process.env, ...engine.environment?.() };
  const child = spawn(program, args, { detached: true, env, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // Ends the server and everything it started (the browser, Xvfb), forcibly if it lingers.
  const stop = async () => {
    const signal = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // Already gone.
      }
    };
    signal("SIGTERM");
    const ended = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!ended) signal("SIGKILL");
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`${base}/status`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${engine.name}: its WebDriver server did not start.\n${log}`);
    }
    await sleep(100);
  }
  return { base, stop };
}

/// An engine's WebDriver server, whose `newPage` opens a browser with a fresh profile (nothing
/// stored), as a new person's browser. WebKit gets a server and display of its own for each
/// browser, stopped with it: with one server for all, a new session now and then never
/// answered after the one before it closed (twice in about 20 walks here).
export async function startDriver(engine) {
  if (engine.serverPerBrowser) {
    return {
      newPage: async (options) => {
        const server = await launch(engine);
        try {
          const page = await Page.open(server.base, engine, options);
          page.afterClose = server.stop;
          return page;
        } catch (error) {
          await server.stop();
          throw error;
        }
      },
      stop: async () => {},
    };
  }
  const server = await launch(engine);
  return { newPage: (options) => Page.open(server.base, engine, options), stop: server.stop };
}
