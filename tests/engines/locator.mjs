// Playwright's locator calls that the walks use, for the WebDriver client (page.mjs): found
// in the page by role and label (find.mjs), acted on through WebDriver.
import { setTimeout as sleep } from "node:timers/promises";
import { findAll } from "./find.mjs";

/// How long a locator waits for its element, and how often it looks.
export const WAIT_MS = 15_000;
export const POLL_MS = 50;
/// The key WebDriver names an element by, in what a script returns and is given.
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/// A regular expression crosses into the page as its source and flags.
const wanted = (name) => (name instanceof RegExp ? { regex: name.source, flags: name.flags } : name);

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
        throw new Error(`${this.page.engine.name}: timed out waiting for ${state}: ${this.describe()}${await this.scene()}`);
      }
      await sleep(POLL_MS);
    }
  }

  /// What the page showed when a wait ran out, for the failure's message: its address, the
  /// screen's heading, any alert, and the page's errors.
  async scene() {
    const shown = await this.page
      .evaluate(() => ({
        address: location.href,
        heading: document.querySelector("main h1")?.textContent.trim(),
        alerts: [...document.querySelectorAll("[role=alert]:not([hidden])")].map((alert) => alert.textContent.trim()),
      }))
      .catch((error) => ({ unreadable: error.message }));
    const errors = await this.page.errors().catch(() => []);
    return `\n  the page then: ${JSON.stringify({ ...shown, errors })}`;
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
        throw new Error(`${this.page.engine.name}: timed out waiting for ${this.describe()}${await this.scene()}`);
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
  /// wait runs out. It first lets two frames pass, as `fill` does: the app moves focus on the
  /// next frame after some actions (back to the button after a question is answered), and
  /// focus scrolls the page, which would move the element from under a click already aimed.
  async click() {
    const deadline = Date.now() + WAIT_MS;
    await this.page.nextFrames();
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
    await this.page.nextFrames();
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
