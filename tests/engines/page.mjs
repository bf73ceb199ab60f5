// A small W3C WebDriver client with the few page and locator calls of Playwright's that our
// walk helpers (tests/e2e/people.mjs) use, so one walk runs in every engine. Elements are
// found by role and label in the page (find.mjs); actions go through WebDriver, so a click is
// the engine's own click on the element and typing is key by key, as a person does it.
import { writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import WebSocket from "ws";
import { Locator, POLL_MS, WAIT_MS } from "./locator.mjs";

/// How long one WebDriver command may take before the walk fails, naming it.
const COMMAND_MS = 60_000;

async function call(base, method, path, body) {
  const started = Date.now();
  let response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(COMMAND_MS),
    });
  } catch (error) {
    throw new Error(`WebDriver ${method} ${path}: no answer after ${Date.now() - started} ms (${error.message})`);
  }
  const { value } = await response.json();
  if (!response.ok) {
    const error = new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    error.code = value?.error;
    throw error;
  }
  return value;
}

/// WebDriver's codes for the named keys the walks press.
const KEYS = {
  Enter: "\uE007", Escape: "\uE00C", Tab: "\uE004", PageDown: "\uE00F", ArrowLeft: "\uE012",
  ArrowRight: "\uE014",
};

/// The page calls of Playwright's that the walks use, over one WebDriver session.
export class Page {
  static async open(base, engine, { viewport } = {}) {
    const { sessionId, capabilities } = await call(base, "POST", "/session", {
      capabilities: { alwaysMatch: { ...engine.capabilities, unhandledPromptBehavior: "ignore" } },
    });
    const page = new Page(base, sessionId, engine);
    try {
      if (typeof capabilities.webSocketUrl === "string") await page.connectBidi(capabilities.webSocketUrl);
      if (viewport) await page.setViewportSize(viewport);
    } catch (error) {
      await page.close().catch(() => {});
      throw error;
    }
    return page;
  }

  constructor(base, sessionId, engine) {
    this.base = base;
    this.session = `/session/${sessionId}`;
    this.engine = engine;
    this.bidi = null;
    this.consoleErrors = [];
    /// What closing the browser also ends (WebKit's own WebDriver server), if anything.
    this.afterClose = null;
  }

  /// Opens the session's WebDriver BiDi socket: from then on every console error and uncaught
  /// error of the page, from its first script on, is kept for `errors()`.
  async connectBidi(url) {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    const waiting = new Map();
    let lastId = 0;
    const dropAll = (why) => {
      for (const answer of waiting.values()) answer({ type: "error", error: "closed", message: why });
      waiting.clear();
    };
    socket.on("error", (error) => dropAll(error.message));
    socket.on("close", () => dropAll("the BiDi socket closed"));
    socket.on("message", (data) => {
      const message = JSON.parse(data);
      if (waiting.has(message.id)) {
        waiting.get(message.id)(message);
        waiting.delete(message.id);
      } else if (message.method === "log.entryAdded" && message.params.level === "error") {
        this.consoleErrors.push(message.params.text);
      }
    });
    this.bidi = {
      socket,
      send: (method, params) =>
        new Promise((resolve, reject) => {
          lastId += 1;
          const id = lastId;
          const timer = setTimeout(() => {
            waiting.delete(id);
            reject(new Error(`BiDi ${method}: no answer after ${COMMAND_MS} ms`));
          }, COMMAND_MS);
          waiting.set(id, (message) => {
            clearTimeout(timer);
            if (message.type === "success") resolve(message.result);
            else reject(new Error(`BiDi ${method}: ${message.error}: ${message.message}`));
          });
          socket.send(JSON.stringify({ id, method, params }));
        }),
    };
    const { contexts } = await this.bidi.send("browsingContext.getTree", {});
    this.bidi.context = contexts[0].context;
    await this.bidi.send("session.subscribe", { events: ["log.entryAdded"] });
  }

  command(method, path, body) {
    return call(this.base, method, `${this.session}${path}`, body);
  }

  /// Runs `fn(...args)` in the page and returns what it returns (a promise is awaited).
  evaluate(fn, ...args) {
    return this.command("POST", "/execute/sync", { script: `return (${fn})(...arguments);`, args });
  }

  /// Resolves once the page has drawn two more frames: what the app does on its next frame
  /// (moving focus, say) is done.
  nextFrames() {
    return this.command("POST", "/execute/async", {
      script: "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
      args: [],
    });
  }

  async waitForFunction(fn, arg, { timeout = WAIT_MS } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const result = await this.evaluate(fn, arg);
      if (result) return result;
      if (Date.now() > deadline) throw new Error(`${this.engine.name}: timed out waiting for ${fn}`);
      await sleep(POLL_MS);
    }
  }

  /// Makes the page's viewport `width` by `height` CSS px: exactly, through BiDi, where the
  /// engine has it, or else by sizing the window.
  async setViewportSize({ width, height }) {
    if (this.bidi) {
      await this.bidi.send("browsingContext.setViewport", {
        context: this.bidi.context,
        viewport: { width, height },
      });
      return;
    }
    let rect = { width, height };
    let inner = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await this.command("POST", "/window/rect", rect);
      inner = await this.evaluate(() => [innerWidth, innerHeight]);
      if (inner[0] === width && inner[1] === height) return;
      rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
    }
    throw new Error(`${this.engine.name}: asked for a ${width}x${height} viewport, got ${inner.join("x")}`);
  }

  async goto(url) {
    await this.keepErrors();
    await this.command("POST", "/url", { url });
    await this.listenForErrors();
  }

  async reload() {
    await this.keepErrors();
    await this.command("POST", "/refresh", {});
    await this.listenForErrors();
  }

  url() {
    return this.command("GET", "/url");
  }

  /// Where BiDi is missing, records the page's uncaught errors and console errors from now
  /// on, for `errors()` (classic WebDriver has no event for them). One before this runs, while
  /// the page loads, goes unseen, unless it is a panic: that shows the app's crash notice,
  /// which the walk would not get past.
  async listenForErrors() {
    if (this.bidi) return;
    await this.evaluate(() => {
      if (window.engineErrors) return;
      window.engineErrors = [];
      addEventListener("error", (event) => window.engineErrors.push(String(event.message)));
      addEventListener("unhandledrejection", (event) => window.engineErrors.push(String(event.reason)));
      const original = console.error;
      console.error = (...args) => {
        window.engineErrors.push(args.map(String).join(" "));
        original.apply(console, args);
      };
    });
  }

  /// Keeps what the listener has recorded before the page is left, which drops it.
  async keepErrors() {
    if (this.bidi) return;
    const kept = await this.evaluate(() => {
      const recorded = window.engineErrors ?? [];
      if (window.engineErrors) window.engineErrors = [];
      return recorded;
    });
    this.consoleErrors.push(...kept);
  }

  /// The page's console errors and uncaught errors so far.
  async errors() {
    if (this.bidi) return this.consoleErrors;
    return [...this.consoleErrors, ...(await this.evaluate(() => window.engineErrors ?? []))];
  }

  /// A PNG of the viewport, or of the whole page (`fullPage`): geckodriver draws it whole; in
  /// another engine the viewport grows to the page's height for the shot.
  async screenshot({ path, fullPage = false }) {
    let png;
    if (fullPage && this.engine.key === "firefox") {
      png = await this.command("GET", "/moz/screenshot/full");
    } else if (fullPage) {
      const [width, height, whole] = await this.evaluate(() => [
        innerWidth,
        innerHeight,
        document.documentElement.scrollHeight,
      ]);
      await this.setViewportSize({ width, height: whole });
      png = await this.command("GET", "/screenshot");
      await this.setViewportSize({ width, height });
    } else {
      png = await this.command("GET", "/screenshot");
    }
    await writeFile(path, Buffer.from(png, "base64"));
  }

  async close() {
    this.bidi?.socket.close();
    try {
      await this.command("DELETE", "");
    } finally {
      await this.afterClose?.();
    }
  }

  locator(css) {
    return new Locator(this, [{ css }]);
  }

  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  getByLabel(text, options) {
    return new Locator(this, []).getByLabel(text, options);
  }

  getByText(text, options) {
    return new Locator(this, []).getByText(text, options);
  }

  get keyboard() {
    return { press: (key) => this.press(key) };
  }

  /// Presses one key on the focused element, by its name (KEYS) or as the character.
  async press(key) {
    const value = KEYS[key] ?? key;
    await this.command("POST", "/actions", {
      actions: [
        {
          type: "key",
          id: "keyboard",
          actions: [
            { type: "keyDown", value },
            { type: "keyUp", value },
          ],
        },
      ],
    });
    await this.command("DELETE", "/actions");
  }
}
