// Workshop mode: example plans as demo copies, the presenter view, the room's QR code, the
// reset, and the person's own plans untouched through all of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import {
  useServedApp, DIST, PHONE, PLAN_KEY, openApp, seriousViolations, statusSays, storedHolds, storedItem,
} from "./support.mjs";
import { ENGLISH, inFrench } from "./words.mjs";

const LANGUAGE_KEY = "multi-mentor-plan:language";

const app = useServedApp();
const WORKSHOP_KEY = "multi-mentor-plan:workshop";
const DEMO_KEY = "multi-mentor-plan:demo";
const PROJECTOR = { width: 1280, height: 720 };
/// Screenshots of the presenter view and the room's QR code, for checking by eye.
const SHOTS = new URL("../../target/screenshots/", import.meta.url).pathname;

const QUESTIONS = [
  "Which skills will take you where you want to go?",
  "How do your lifestyle and situation shape the strategy?",
  "Which soft skills pay off in your industry?",
  "What value can you add to each relationship?",
];

/// The words the team map uses for each role, by the name the workshop file gives it.
const ROLES = {
  expert: "Expert", coach: "Coach", sponsor: "Sponsor", peer: "Peer", role_model: "Role model", connector: "Connector",
};

/// Each example's mentors as the team map names them: "Name: Role, ".
function mapNames(exampleName) {
  const { examples } = JSON.parse(readFileSync(`${DIST}workshop-content.json`, "utf8"));
  const example = examples.find((candidate) => candidate.name === exampleName);
  return example.plan.mentors.map((mentor) => `${mentor.name}: ${ROLES[mentor.role]}, `);
}

/// Each example, with what its plan view must show and must not.
const EXAMPLES = [
  {
    name: "Example: Priya, IT analyst to accounting",
    role: "Staff accountant",
    shows: [/No one on this team helps with .*\(high priority\)/, /No mentor can be reached online/],
    hides: [/helps with \d+ of the \d+ skills/, /No mentor on this team shares/, /sponsor/],
  },
  {
    name: "Example: Jonah, new team lead",
    role: "Assistant front office manager",
    shows: [/helps with \d+ of the \d+ skills in this plan/, /no one on the team is a sponsor/],
    hides: [/No one on this team helps with “/, /to offer .* in return/],
  },
  {
    name: "Example: Leah, returning to paid work",
    role: "Communications coordinator at a non-profit",
    shows: [/Nothing is noted yet to offer .* in return/],
    hides: [/No mentor on this team shares/, /No one on this team helps with “/],
  },
  {
    name: "Example: Tunde, newcomer to Canada",
    role: "Engineer-in-training at a structural consulting firm",
    shows: [/No mentor on this team shares the situation this plan describes/],
    hides: [/to offer .* in return/, /No mentor on this team helps with soft skills/],
  },
];

/// Every localStorage key and value, to compare byte for byte.
function allStorage(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)));
}

/// Texts in the presenter view set under 24 px: "size: text" for each.
function smallTexts(page) {
  return page.evaluate(() => {
    const small = [];
    for (const element of document.querySelectorAll("main *")) {
      const ownText = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent.trim())
        .join("");
      // Words in an SVG are sized in its own units: scale them to the size it is drawn at.
      const scale = element.closest("svg")?.getScreenCTM()?.a ?? 1;
      const size = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (ownText && size < 24) small.push(`${size}px: ${ownText.slice(0, 40)}`);
    }
    return small;
  });
}

/// The person's own plans: two of them, made through the UI.
async function ownPlans(page) {
  await page.getByLabel("Target role").fill("Team lead");
  await page.goto(`${app.server.url}#/plans`);
  await page.getByLabel("Name of the new plan").fill("Second try");
  await page.getByRole("button", { name: "Create plan" }).click();
  await page.getByLabel("Target role").fill("Director");
  await storedHolds(page, PLAN_KEY, "Director");
}

test("a whole workshop leaves the person's own plans byte for byte as they were", async () => {
  const page = await openApp(app.browser, app.server.url, { viewport: PROJECTOR });
  await ownPlans(page);
  const before = await allStorage(page);
  assert.ok(before[PLAN_KEY].includes("Second try"));

  // The footer leads to workshop mode; switching it on reloads on the demo plans.
  await page.getByRole("link", { name: "Running a workshop? Workshop mode" }).click();
  await page.getByRole("button", { name: "Switch on workshop mode" }).click();
  await page.getByText("Workshop mode is on.").waitFor();
  const banner = page.getByRole("region", { name: "Workshop mode is on" });
  await banner.waitFor();

  for (const example of EXAMPLES) {
    await page.getByRole("button", { name: `Open a demo copy ${example.name}` }).click();
    await statusSays(page, `Opened a demo copy: \u201c${example.name}\u201d.`);
    const current = page.getByRole("region", { name: "The demo plan" });
    assert.match(await current.textContent(), new RegExp(example.name));

    await current.getByRole("link", { name: "Present it" }).click();
    for (const [index, question] of QUESTIONS.entries()) {
      await page.getByRole("heading", { level: 1, name: question }).waitFor();
      assert.match(await page.getByRole("main").textContent(), new RegExp(`${index + 1} of 7`));
      if (index === 0) assert.match(await page.getByRole("main").textContent(), new RegExp(example.role));
      // Slide clickers send Page Down; the last question goes on to the plan.
      await page.keyboard.press(index % 2 ? "PageDown" : "ArrowRight");
    }
    // The plan in three slides, one part each: its findings, its team map, its grid; spoken
    // about, not to the room ("this plan", not "your plan").
    await page.getByRole("heading", { level: 1, name: `The plan: ${example.name}` }).waitFor();
    const findings = await page.getByRole("region", { name: "What this plan shows" }).textContent();
    assert.doesNotMatch(findings, /\b[Yy]ou(r)?\b/, example.name);
    for (const pattern of example.shows) assert.match(findings, pattern, example.name);
    for (const pattern of example.hides) assert.doesNotMatch(findings, pattern, example.name);
    assert.equal(await page.getByRole("link", { name: /^Go to / }).count(), 0, "read-only");
    assert.equal(await page.getByRole("region", { name: "Team map" }).count(), 0, "one part a slide");
    await page.keyboard.press("ArrowRight");
    // The map's slide shows each mentor with their role, as pictures, not links.
    const map = page.getByRole("region", { name: "Team map" });
    await map.waitFor();
    assert.match(await page.getByRole("main").textContent(), /6 of 7/);
    for (const name of mapNames(example.name)) {
      assert.equal(await map.getByRole("img", { name }).count(), 1, `${example.name}: ${name}`);
    }
    assert.equal(await map.getByRole("link").count(), 0, "read-only");
    assert.equal(await page.getByRole("region", { name: "What this plan shows" }).count(), 0, "one part a slide");
    await page.keyboard.press("PageDown");
    await page.getByRole("table").getByRole("columnheader", { name: mapNames(example.name)[0].split(":")[0] }).waitFor();
    assert.match(await page.getByRole("main").textContent(), /7 of 7/);
    assert.equal(await page.getByRole("link", { name: "Next" }).count(), 0, "the last slide");
    await page.getByRole("link", { name: "Exit presenter view" }).click();
    await page.getByRole("heading", { level: 1, name: "Workshop mode" }).waitFor();
  }

  // Hand it to the room: the app's address, then the demo plan's link.
  await page.getByRole("link", { name: "Hand it to the room" }).click();
  await page.getByRole("heading", { level: 1, name: "Open Multi-Mentor Plan on your phone" }).waitFor();
  const qr = page.getByRole("img", { name: "QR code of the address shown below" });
  assert.ok((await qr.boundingBox()).height > 400, "fills the screen");
  const address = new URL(app.server.url);
  assert.match(await page.getByRole("main").textContent(), new RegExp(`${address.host}${address.pathname.replace(/\/$/, "")}`));
  await page.getByLabel("Show the demo plan\u2019s link instead").check();
  await page.getByRole("heading", { level: 1, name: "Open the demo plan on your phone" }).waitFor();
  await qr.waitFor();
  // An example no one has edited goes by its short link: a code of few, large squares.
  const modules = async () => Number((await qr.getAttribute("viewBox")).split(" ")[2]) - 8;
  const short = await modules();
  assert.ok(short <= 41, `the unedited example's code is ${short} squares wide`);
  await page.getByRole("link", { name: "Back to workshop mode" }).click();
  // That link opens the example as a plan to read, on any phone.
  const phone = await openApp(app.browser, `${app.server.url}#/example/newcomer`, { viewport: PHONE });
  await phone.getByRole("heading", { level: 1, name: `Shared plan: ${EXAMPLES.at(-1).name}` }).waitFor();
  assert.match(phone.url(), /#s\d\./, "the short link gave way to the plan's own");
  await phone.context().close();

  // The demo plan can be edited in the stock-take, still clearly a demo.
  await page.getByRole("link", { name: "Edit it in the stock-take" }).click();
  await banner.waitFor();
  const role = page.getByLabel("Target role");
  assert.equal(await role.inputValue(), EXAMPLES.at(-1).role);
  await role.fill("Edited during the demo");
  await storedHolds(page, DEMO_KEY, "Edited during the demo");
  // Edited, the demo plan goes to the room whole: a larger code, but the plan as it is.
  await page.goto(`${app.server.url}#/workshop/room`);
  await page.getByLabel("Show the demo plan\u2019s link instead").check();
  const whole = await modules();
  assert.ok(whole > short + 20, `the edited plan's code is ${whole} squares wide`);
  await page.goto(`${app.server.url}#/start`);

  // Reset clears the demo plans and nothing else.
  await banner.getByRole("link", { name: "Workshop" }).click();
  await page.getByRole("button", { name: "Reset demo" }).click();
  // It asks first; keeping them changes nothing, and focus comes back to the button.
  await page.getByRole("button", { name: "Keep them" }).click();
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === "Reset demo");
  assert.ok((await storedItem(page, DEMO_KEY)).includes("Edited during the demo"), "nothing cleared");
  await page.getByRole("button", { name: "Reset demo" }).click();
  await page.getByRole("button", { name: "Yes, clear them" }).click();
  await statusSays(page, "The demo is reset: every demo plan is cleared.");
  assert.equal(await storedItem(page, DEMO_KEY), null);
  await page.getByText("No example is open yet.").waitFor();
  // A demo built live from the blank plan is called what it is, on the projector too.
  await page.goto(`${app.server.url}#/workshop/present/plan`);
  await page.getByRole("heading", { level: 1, name: "The plan: Demo plan" }).waitFor();
  await page.goto(`${app.server.url}#/workshop`);

  await banner.getByRole("button", { name: "Leave workshop mode" }).click();
  await page.getByRole("button", { name: "Switch on workshop mode" }).waitFor();
  assert.deepEqual(await allStorage(page), before, "own plans byte for byte, and no workshop keys left");
  await page.goto(app.server.url);
  assert.equal(await page.getByLabel("Target role").inputValue(), "Director");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a link switches workshop mode on in a browser that holds no plan yet", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/workshop/on`);
  await page.getByText("Workshop mode is on.").waitFor();
  assert.equal(await storedItem(page, WORKSHOP_KEY), "on");
  assert.equal(new URL(page.url()).hash, "#/workshop");
  await page.goto(`${app.server.url}#/start`);
  await page.getByRole("region", { name: "Workshop mode is on" }).waitFor();
  // The facilitator comes back another day, to the app's address: workshop mode's home.
  await page.goto("about:blank");
  await page.goto(app.server.url);
  await page.getByRole("heading", { level: 1, name: "Workshop mode" }).waitFor();
  assert.equal(new URL(page.url()).hash, "#/workshop");
  await page.context().close();
});

test("a link to switch workshop mode on, in a browser with a plan of the person's own, asks first", async () => {
  const page = await openApp(app.browser, app.server.url);
  await page.getByLabel("In about a year").fill("Become a charge nurse on my own ward");
  await storedHolds(page, PLAN_KEY, "charge nurse");
  await page.goto(`${app.server.url}#/workshop/on`);
  await page.getByText("The link you followed asks to switch on workshop mode. It stays off unless you switch it on here.").waitFor();
  assert.equal(new URL(page.url()).hash, "#/workshop");
  assert.equal(await storedItem(page, WORKSHOP_KEY), null, "still off");
  await page.goto(`${app.server.url}#/start`);
  assert.equal(await page.getByRole("region", { name: "Workshop mode is on" }).count(), 0);
  assert.equal(await page.getByLabel("In about a year").inputValue(), "Become a charge nurse on my own ward");
  await page.goto(`${app.server.url}#/workshop`);
  await page.getByRole("button", { name: "Switch on workshop mode" }).click();
  await page.getByText("Workshop mode is on.").waitFor();
  assert.equal(await storedItem(page, WORKSHOP_KEY), "on");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("with workshop mode off, the presenter and the room never show the person's own plan", async () => {
  const page = await openApp(app.browser, app.server.url);
  await page.getByLabel("In about a year").fill("Become a charge nurse on my own ward");
  await storedHolds(page, PLAN_KEY, "charge nurse");
  for (const slide of ["1", "plan"]) {
    await page.goto(`${app.server.url}#/workshop/present/${slide}`);
    await page.getByRole("heading", { level: 1, name: "Workshop mode is off" }).waitFor();
    assert.equal(await page.getByText("charge nurse").count(), 0, `slide ${slide}`);
  }
  await page.getByRole("link", { name: "Go to workshop mode" }).click();
  await page.getByRole("heading", { level: 1, name: "Workshop mode" }).waitFor();
  await page.goto(`${app.server.url}#/workshop/room`);
  await page.getByRole("heading", { level: 1, name: "Open Multi-Mentor Plan on your phone" }).waitFor();
  assert.equal(await page.getByLabel("Show the demo plan\u2019s link instead").count(), 0);
  await page.context().close();
});

test("workshop mode's screens and banner pass axe on a phone", async () => {
  const page = await openApp(app.browser, `${app.server.url}#/workshop/on`, { viewport: PHONE });
  await page.getByRole("button", { name: `Open a demo copy ${EXAMPLES[1].name}` }).click();
  const problems = [];
  for (const screen of ["#/workshop", "#/workshop/room", "#/workshop/present/2", "#/plan", "#/plans"]) {
    await page.goto(`${app.server.url}${screen}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    for (const violation of await seriousViolations(page)) problems.push(`${screen}: ${violation}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) problems.push(`${screen}: scrolls sideways (${width}px wide)`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("every slide of every example fits a 1280x800 and a 1920x1080 screen without scrolling, in English and French", async () => {
  const slides = ["1", "2", "3", "4", "plan", "map", "team"];
  const problems = [];
  for (const [language, w] of [["en", ENGLISH], ["fr", inFrench()]]) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
      const storage = { [LANGUAGE_KEY]: language };
      const page = await openApp(app.browser, `${app.server.url}#/workshop/on`, { viewport, storage });
      const file = language === "en" ? "workshop-content.json" : "workshop-content.fr.json";
      const { examples } = JSON.parse(readFileSync(`${DIST}${file}`, "utf8"));
      for (const example of examples) {
        await page.goto(`${app.server.url}#/workshop`);
        await page.getByRole("button", { name: `${w.t("Open a demo copy")} ${example.name}` }).click();
        await statusSays(page, w.t("Opened a demo copy: \u201c{name}\u201d.", { name: example.name }));
        for (const [index, slide] of slides.entries()) {
          await page.goto(`${app.server.url}#/workshop/present/${slide}`);
          await page.getByText(w.t("{slide} of {total}", { slide: index + 1, total: slides.length })).waitFor();
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          if (height > viewport.height) {
            problems.push(`${language}, ${viewport.width}x${viewport.height}, ${example.name}, slide ${slide}: ${height}px tall`);
          }
        }
      }
      await page.context().close();
    }
  }
  assert.deepEqual(problems, []);
});

test("the presenter view is large, high-contrast and passes axe at 1280x720", async () => {
  await mkdir(SHOTS, { recursive: true });
  const page = await openApp(app.browser, `${app.server.url}#/workshop/on`, { viewport: PROJECTOR });
  await page.getByRole("button", { name: `Open a demo copy ${EXAMPLES[0].name}` }).click();
  const problems = [];
  for (const slide of ["1", "2", "3", "4", "plan", "map", "team"]) {
    await page.goto(`${app.server.url}#/workshop/present/${slide}`);
    await page.getByRole("link", { name: "Exit presenter view" }).waitFor();
    await page.getByRole("heading", { level: 1 }).waitFor();
    for (const text of await smallTexts(page)) problems.push(`slide ${slide}: ${text}`);
    for (const link of await page.locator(".presenter__pager a").all()) {
      const [color, background] = await link.evaluate((a) => [getComputedStyle(a).color, getComputedStyle(a).backgroundColor]);
      if (color === background) problems.push(`slide ${slide}: "${await link.textContent()}" is ${color} on ${background}`);
    }
    for (const violation of await seriousViolations(page)) problems.push(`slide ${slide}: ${violation}`);
    if (["1", "plan", "map", "team"].includes(slide)) {
      await page.screenshot({ path: `${SHOTS}presenter-${slide}.png` });
    }
  }
  await page.goto(`${app.server.url}#/workshop/room`);
  await page.getByRole("img", { name: "QR code of the address shown below" }).waitFor();
  for (const violation of await seriousViolations(page)) problems.push(`room: ${violation}`);
  for (const text of await smallTexts(page)) problems.push(`room: ${text}`);
  await page.screenshot({ path: `${SHOTS}room.png` });
  for (const screen of ["#/workshop"]) {
    await page.goto(`${app.server.url}${screen}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    for (const violation of await seriousViolations(page)) problems.push(`${screen}: ${violation}`);
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

/// The pages of a PDF that Chromium wrote.
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/// The words of the pages beside the app, which the app's French file does not hold.
const PAGE_WORDS = {
  en: {
    guide: "The facilitator\u2019s guide",
    lengths: ["Running a 60-minute workshop", "Running a 45-minute workshop"],
    worksheet: "My multi-mentor plan: a worksheet",
    back: "Back to Multi-Mentor Plan",
  },
  fr: {
    guide: "Le guide d\u2019animation",
    lengths: ["Animer un atelier de 60\u00a0minutes", "Animer un atelier de 45\u00a0minutes"],
    worksheet: "Mon plan multi-mentors\u00a0: feuille de travail",
    back: "Retour \u00e0 Multi-Mentor Plan",
  },
};

test("workshop mode links the guide, in both lengths, and the worksheet, on one printed page, in the app's language", async () => {
  const problems = [];
  for (const language of ["en", "fr"]) {
    const t = language === "en" ? (words) => words : inFrench().t;
    const words = PAGE_WORDS[language];
    const page = await openApp(app.browser, `${app.server.url}#/workshop`, {
      viewport: PHONE,
      storage: { [LANGUAGE_KEY]: language },
    });
    // The guide: both lengths, the contents leading to each, and the way back.
    await page.getByRole("link", { name: t("Read the facilitator\u2019s guide") }).click();
    await page.getByRole("heading", { level: 1, name: words.guide }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), `${language}-CA`);
    for (const length of words.lengths) await page.getByRole("heading", { level: 2, name: length }).waitFor();
    await page.getByRole("link", { name: words.lengths[1] }).click();
    assert.match(page.url(), /#minutes-45$/);
    for (const violation of await seriousViolations(page)) problems.push(`${language} guide: ${violation}`);
    // The worksheet: the four questions, on one Letter page and one A4 page.
    await page.getByRole("link", { name: t("Print the worksheet for people without a phone") }).click();
    await page.getByRole("heading", { level: 1, name: words.worksheet }).waitFor();
    for (const [number, question] of QUESTIONS.entries()) {
      await page.getByRole("heading", { level: 2, name: `${number + 1}. ${t(question)}` }).waitFor();
    }
    assert.equal(await page.getByRole("table").count(), 2, "the skills and the team, to fill in");
    for (const violation of await seriousViolations(page)) problems.push(`${language} worksheet: ${violation}`);
    await page.emulateMedia({ media: "print" });
    for (const format of ["Letter", "A4"]) {
      assert.equal(pageCount(await page.pdf({ format })), 1, `${language} worksheet on ${format}`);
    }
    await page.screenshot({ path: `${SHOTS}worksheet-${language}.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("link", { name: words.back }).click();
    await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

test("an example's link that cannot fetch the examples offers to try again, and one to an unknown example lists those there are", async () => {
  // No service worker, so that the page's own fetch is the one refused.
  const page = await openApp(app.browser, app.server.url, { viewport: PHONE, serviceWorkers: "block" });
  await page.route("**/workshop-content.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.getByRole("link", { name: "Look at a finished example first" }).click();
  const failed = page.getByRole("alert").filter({ hasText: "The example plans could not be loaded." });
  await failed.waitFor();
  // Once the network is back, trying again opens the example as a shared plan.
  await page.unroute("**/workshop-content.json");
  await failed.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("heading", { level: 1, name: /^Shared plan: / }).waitFor();
  // A key no example has: said, with a link to each example there is.
  await page.goto(`${app.server.url}#/example/no-such-example`);
  await page.getByRole("alert").filter({ hasText: "There is no example by that name" }).waitFor();
  assert.equal(await page.getByRole("main").getByRole("listitem").count(), EXAMPLES.length);
  await page.getByRole("link", { name: EXAMPLES[0].name }).click();
  await page.getByRole("heading", { level: 1, name: `Shared plan: ${EXAMPLES[0].name}` }).waitFor();
  // The refused fetch is the only error the browser reports.
  assert.deepEqual(page.errors.filter((error) => !error.includes("503")), []);
  await page.context().close();
});
