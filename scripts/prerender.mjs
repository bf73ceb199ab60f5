// Puts the first screen a new visitor sees into dist/index.html, so it paints before the
// wasm has arrived: the banner, the step list and the welcome, exactly as the built app
// draws them for a first visit (it opens dist/ in headless Chromium and copies them).
// The app removes this copy just before it mounts, in the same task, so nothing flashes.
// A returning visitor, or an address of another screen, never shows it (index.html's
// inline script marks the page, and style/main.css hides the copy).
// The screen is copied in English and in French. The English copy goes into the page; the
// French one into first-screen-fr.html, which index.html's first script fetches and swaps in
// when it chose French (so an English visit does not download it).
//
// Usage: node scripts/prerender.mjs [dist]   (after trunk build --release)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, openApp, serveDist } from "../tests/e2e/support.mjs";

const dist = process.argv[2] ?? "dist";
const page = join(dist, "index.html");
const html = readFileSync(page, "utf8");
if (!html.includes("<body>") || html.includes('id="boot"') || html.includes("id=boot")) {
  console.error("prerender: dist/index.html has no bare <body>, or already has a first screen.");
  process.exit(1);
}

const server = await serveDist(dist);
const browser = await launchBrowser();
// index.html asks for the French copy on a French visit; it is written below, empty till then.
writeFileSync(join(dist, "first-screen-fr.html"), "");
const markup = {};
try {
  for (const language of ["en", "fr"]) {
    // The service worker is made after this step, from the files as they end up.
    const app = await openApp(browser, `${server.url}#/start`, {
      serviceWorkers: "block",
      storage: { "multi-mentor-plan:language": language },
    });
    // The switch names the other language once the app speaks this one.
    await app.getByRole("button", { name: language === "fr" ? "English" : "Français" }).waitFor();
    markup[language] = await app.evaluate(() => {
      // Until the app takes over, the copy's language switch cannot do anything: say so.
      document.querySelector(".language-switch").disabled = true;
      const copy = (selector) => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`prerender: the first screen has no ${selector}`);
        return element.outerHTML;
      };
      const main = `<main id="main">${copy("main .step-nav")}${copy("main .welcome")}</main>`;
      // Leptos's placeholder comments mean nothing without the app.
      return (copy("body > .app-header") + main).replace(/<!--[^]*?-->/g, "");
    });
    if (app.errors.length) throw new Error(`prerender: the app reported ${app.errors.join("; ")}`);
    await app.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}

const boot = `<div id="boot">${markup.en}</div>`;
writeFileSync(join(dist, "first-screen-fr.html"), markup.fr);
writeFileSync(page, html.replace("<body>", `<body>${boot}`));
console.log(
  `Prerendered the first screen into ${page} (${boot.length} characters) and into first-screen-fr.html (${markup.fr.length}).`,
);
