// A small W3C WebDriver client with the few page and locator calls of Playwright's that our
// walk helpers (tests/e2e/people.mjs) use, so one walk runs in every engine. Elements are
// found by role and label in the page (find.mjs); actions go through WebDriver, so a click is
// the engine's own click on the element and typing is key by key, as a person does it.
import { writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import WebSocket from "ws";
import { findAll } from "./find.mjs";

const WAIT_MS = 15_000;
const POLL_MS = 50;
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

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

/// A regular expression crosses into the page as its source and flags.
const wanted = (name) => (name instanceof RegExp ? { regex: name.source, flags: name.flags } : name);

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

/// Playwright's locator calls that the walks use: found afresh at each call, waiting for
/// the element, and strict (an action on a locator that finds two elements fails).
export class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  with(step) {
    return new Locator(this.page, [...this.steps, step]);
  }

  getByRole(role, { name, exact = false, level } = {}) {
    return this.with({ role, name: wanted(name), exact, level });
  }

  getByLabel(text, { exact = false } = {}) {
    return this.with({ label: wanted(text), exact });
  }

  getByText(text, { exact = false } = {}) {
    return this.with({ text: wanted(text), exact });
  }

  locator(css) {
    return this.with({ css });
  }

  filter({ has, hasText } = {}) {
    return this.with({ filter: { has: has?.steps, hasText: wanted(hasText) } });
  }

  first() {
    return this.with({ nth: 0 });
  }

  nth(index) {
    return this.with({ nth: index });
  }

  /// The elements found now, as WebDriver element references; with `visibleOnly`, only those
  /// on screen (the role, label and text steps find only those anyway).
  async elements({ visibleOnly = false } = {}) {
    const steps = visibleOnly ? [...this.steps, { visible: true }] : this.steps;
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      try {
        return await this.page.command("POST", "/execute/sync", {
          script: `return (${findAll})(arguments[0]);`,
          args: [steps],
        });
      } catch (error) {
        // An element found went away before WebDriver could name it: the page moved on; look again.
        if (error.code !== "stale element reference" || Date.now() > deadline) throw error;
        await sleep(POLL_MS);
      }
    }
  }

  async count() {
    return (await this.elements()).length;
  }

  describe() {
    return JSON.stringify(this.steps);
  }

  /// Waits until the element is "visible", "hidden" (or gone), "attached" or "detached".
  async waitFor({ state = "visible", timeout = WAIT_MS } = {}) {
    const deadline = Date.now() + timeout;
    const visibleOnly = state === "visible" || state === "hidden";
    for (;;) {
      const count = (await this.elements({ visibleOnly })).length;
      if (state === "visible" || state === "attached" ? count > 0 : count === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`${this.page.engine.name}: timed out waiting for ${state}: ${this.describe()}`);
      }
      await sleep(POLL_MS);
    }
  }

  /// The one element this finds, once it is there.
  async one(timeout = WAIT_MS) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await this.elements();
      if (found.length === 1) return found[0][ELEMENT];
      if (found.length > 1) {
        throw new Error(`${this.page.engine.name}: ${found.length} elements match ${this.describe()}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.page.engine.name}: timed out waiting for ${this.describe()}`);
      }
      await sleep(POLL_MS);
    }
  }

  /// Runs `fn(element, arg)` in the page on the element WebDriver knows as `id`.
  onElement(id, fn, arg) {
    return this.page.command("POST", "/execute/sync", {
      script: `return (${fn})(...arguments);`,
      args: [{ [ELEMENT]: id }, arg],
    });
  }

  /// Runs `fn(element, arg)` in the page on the one element.
  async evaluate(fn, arg) {
    return this.onElement(await this.one(), fn, arg);
  }

  /// The engine's own click on the element's centre; resolves to the element clicked. While a
  /// notice or an animation covers the element, or the app redraws it, tries again until the
  /// wait runs out.
  async click() {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const id = await this.one();
      try {
        // Into the middle of the screen first, as a person scrolls to what they mean to press
        // (WebDriver alone brings it to the bottom edge, where a notice may sit).
        await this.onElement(id, (element) => element.scrollIntoView({ block: "center", inline: "center" }));
        await this.page.command("POST", `/element/${id}/click`, {});
        return id;
      } catch (error) {
        const retry = ["element click intercepted", "element not interactable", "stale element reference"];
        if (!retry.includes(error.code) || Date.now() > deadline) throw error;
        await sleep(POLL_MS);
      }
    }
  }

  /// Replaces the field's text by typing, as a person selects what is there and types over it.
  /// It first lets two frames pass: after a move to another screen, the app moves focus to its
  /// heading on the next frame, which would take the keys typed faster than a person types.
  async fill(text) {
    const id = await this.one();
    await this.page.command("POST", "/execute/async", {
      script: "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
      args: [],
    });
    await this.onElement(id, (element) => {
      element.focus();
      element.select();
    });
    const keys = text === "" ? "\uE003" : text;
    await this.page.command("POST", `/element/${id}/value`, { text: keys });
    const typed = await this.onElement(id, (element) => element.value);
    if (typed !== text) throw new Error(`${this.page.engine.name}: typed "${text}", the field holds "${typed}"`);
  }

  /// Clicks the box once and waits for it to be checked. Only if the app redrew the box under
  /// the click (the box clicked is gone, a new one in its place) does it click again.
  async check() {
    const deadline = Date.now() + WAIT_MS;
    while (!(await this.isChecked())) {
      const clicked = await this.click();
      const settled = Date.now() + 1_000;
      while (!(await this.isChecked()) && Date.now() < settled) await sleep(POLL_MS);
      if (await this.isChecked()) return;
      const replaced = await this.onElement(clicked, () => false).catch((error) => error.code === "stale element reference");
      if (!replaced || Date.now() > deadline) {
        throw new Error(`${this.page.engine.name}: clicked, but did not check ${this.describe()}`);
      }
    }
  }

  isChecked() {
    return this.evaluate((element) => element.checked);
  }

  /// Chooses the option with this label (a string: this value or label), as Playwright does:
  /// a script sets it and sends the input and change events a choice sends (each engine draws
  /// its own list of options, which WebDriver cannot click in alike).
  async selectOption(choice) {
    const problem = await this.evaluate((element, wantedChoice) => {
      const option = [...element.options].find((each) =>
        typeof wantedChoice === "string"
          ? each.value === wantedChoice || each.label.trim() === wantedChoice
          : each.label.trim() === wantedChoice.label,
      );
      if (!option) return "no such option";
      if (element.disabled || option.disabled) return "disabled";
      element.value = option.value;
      element.dispatchEvent(new Event("input", { bubbles: true }));
      element.dispatchEvent(new Event("change", { bubbles: true }));
      return null;
    }, choice);
    if (problem) throw new Error(`${this.page.engine.name}: ${problem}: ${JSON.stringify(choice)}`);
  }

  /// Gives a file input this file, as the file picker would.
  async setInputFiles(path) {
    const id = await this.one();
    await this.page.command("POST", `/element/${id}/value`, { text: path });
  }

  inputValue() {
    return this.evaluate((element) => element.value);
  }

  textContent() {
    return this.evaluate((element) => element.textContent);
  }

  async allTextContents() {
    const found = await this.elements();
    return this.page.command("POST", "/execute/sync", {
      script: "return [...arguments].map((element) => element.textContent);",
      args: found,
    });
  }
}
