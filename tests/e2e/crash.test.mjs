// The release build stopped at a panic: what the person meets. scripts/build makes panics
// stop the wasm at once (`-Cpanic=immediate-abort`: the panic is an `unreachable`
// instruction, and no hook runs), so this test takes the shipped wasm from dist/ and adds the
// same instruction to it, behind a switch in the wasm's memory: the app runs as built until
// the test throws the switch, and its next event handler then stops the wasm there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, PLAN_KEY, appReady, launchBrowser, openApp, serveDist, storedHolds, storedItem } from "./support.mjs";

/// The address of the switch: the low bytes of memory, which only a stack that has already
/// overflowed reaches (Rust puts the stack first; see index.html on `--low-memory-unused`).
const SWITCH_ADDRESS = 0;

/// Reads an unsigned LEB128 number at `at`; returns it and the offset after it.
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/// Reads a length-prefixed name; returns it and the offset after it.
function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString("utf8"), start + length];
}

/// Skips one import's description (after its names and kind); returns the offset after it.
function skipImport(bytes, kind, at) {
  const skipLimits = (from) => {
    const flags = bytes[from];
    let next = readLeb(bytes, from + 1)[1];
    if (flags & 1) next = readLeb(bytes, next)[1];
    return next;
  };
  switch (kind) {
    case 0: // function: its type
      return readLeb(bytes, at)[1];
    case 1: // table: its element type, then its limits
      return skipLimits(at + 1);
    case 2: // memory: its limits
      return skipLimits(at);
    case 3: // global: its value type and mutability
      return at + 2;
    case 4: // tag: an attribute and its type
      return readLeb(bytes, at + 1)[1];
    default:
      throw new Error(`unknown import kind ${kind}`);
  }
}

/// The wasm with a switch at the start of every exported function whose name matches
/// `names`: `if memory[SWITCH_ADDRESS] != 0 { unreachable }`, the instruction a panic
/// compiles to in the release build. Returns the new bytes and the names it switched.
function withTrapSwitch(wasm, names) {
  const sections = [];
  for (let at = 8; at < wasm.length; ) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    sections.push({ id, start, end: start + size });
    at = start + size;
  }
  const section = (id) => sections.find((found) => found.id === id);

  let importedFunctions = 0;
  const imports = section(2);
  if (imports) {
    let [count, at] = readLeb(wasm, imports.start);
    while (count--) {
      at = readName(wasm, readName(wasm, at)[1])[1];
      const kind = wasm[at];
      if (kind === 0) importedFunctions++;
      at = skipImport(wasm, kind, at + 1);
    }
  }

  const switched = new Map();
  let [count, at] = readLeb(wasm, section(7).start);
  while (count--) {
    let name;
    [name, at] = readName(wasm, at);
    const kind = wasm[at];
    let index;
    [index, at] = readLeb(wasm, at + 1);
    if (kind === 0 && names.test(name)) switched.set(index - importedFunctions, name);
  }

  const address = leb(SWITCH_ADDRESS);
  // i32.const address; i32.load8_u; if; unreachable; end
  const check = [0x41, ...address, 0x2d, 0x00, 0x00, 0x04, 0x40, 0x00, 0x0b];
  const code = section(10);
  let [bodies, cursor] = readLeb(wasm, code.start);
  const newCode = [leb(bodies)];
  for (let body = 0; body < bodies; body++) {
    const [size, start] = readLeb(wasm, cursor);
    const end = start + size;
    cursor = end;
    if (!switched.has(body)) {
      newCode.push(wasm.subarray(start - leb(size).length, end));
      continue;
    }
    // The locals come first: runs of (count, type); a reference type may carry a heap type.
    let [runs, locals] = readLeb(wasm, start);
    while (runs--) {
      locals = readLeb(wasm, locals)[1];
      const type = wasm[locals++];
      if (type === 0x63 || type === 0x64) locals = readLeb(wasm, locals)[1];
    }
    newCode.push(leb(size + check.length), wasm.subarray(start, locals), check, wasm.subarray(locals, end));
  }
  const codeBytes = Buffer.concat(newCode.map((part) => Buffer.from(part)));
  const bytes = Buffer.concat([
    wasm.subarray(0, code.start - leb(code.end - code.start).length - 1),
    Buffer.from([10, ...leb(codeBytes.length)]),
    codeBytes,
    wasm.subarray(code.end),
  ]);
  return { bytes, switched: [...switched.values()] };
}

/// Keeps the app's wasm memory in `window.appMemory` when the page instantiates it.
function keepWasmMemory() {
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      window.appMemory = (result.instance ?? result).exports.memory;
      return result;
    };
  }
}

test("when the release build stops at a panic, the person reads the crash notice and the stored plan is untouched", async () => {
  const folder = await mkdtemp(join(tmpdir(), "crash-"));
  await cp(DIST, folder, { recursive: true });
  const wasmFile = (await readdir(folder)).find((file) => file.endsWith(".wasm"));
  // The export through which the browser calls the app's event handlers (wasm-bindgen's entry
  // for closures that take an `Event`). The page's error listener, which shows the notice,
  // takes a plain value and comes in by another.
  const { bytes, switched } = withTrapSwitch(await readFile(join(folder, wasmFile)), /closures.*invoke.*_Event_/);
  assert.equal(switched.length, 1, `one entry for event handlers expected, found: ${switched.join(", ")}`);
  await writeFile(join(folder, wasmFile), bytes);
  const server = await serveDist(folder);
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser, `${server.url}#/start`, { initScript: keepWasmMemory, serviceWorkers: "block" });
    const goals = page.getByLabel("In about a year");
    await goals.fill("Lead the audit team by 2028");
    await storedHolds(page, PLAN_KEY, "Lead the audit team by 2028");
    const stored = await storedItem(page, PLAN_KEY);

    await page.evaluate((address) => {
      new Uint8Array(window.appMemory.buffer)[address] = 1;
    }, SWITCH_ADDRESS);
    await goals.pressSequentially(", and mentor two juniors");

    const notice = page.getByRole("alert").filter({ hasText: "Something went wrong, and the app stopped" });
    await notice.waitFor();
    assert.match(await notice.textContent(), /Your plan is safe/);
    assert.ok(
      page.errors.includes("unreachable"),
      `the wasm did not stop at its unreachable instruction: ${page.errors.join("; ")}`,
    );
    assert.equal(await page.locator(".crash-notice").count(), 1);
    // Well past the save delay: nothing was written after the stop.
    await page.waitForTimeout(1000);
    assert.equal(await storedItem(page, PLAN_KEY), stored);

    // The notice's link reloads the page (the address names a screen, so a plain link to
    // it would only scroll): the app starts again, on that screen, with the plan as saved.
    await Promise.all([
      page.waitForEvent("load"),
      notice.getByRole("link", { name: "Reload the page" }).click(),
    ]);
    page.errors.length = 0;
    await appReady(page);
    assert.match(page.url(), /#\/start$/);
    // A new wasm, with its switch off: the page itself was loaded again.
    assert.equal(await page.evaluate((address) => new Uint8Array(window.appMemory.buffer)[address], SWITCH_ADDRESS), 0);
    assert.equal(await page.locator(".crash-notice").count(), 0);
    assert.equal(await page.getByLabel("In about a year").inputValue(), "Lead the audit team by 2028");
    assert.equal(await storedItem(page, PLAN_KEY), stored);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
});
