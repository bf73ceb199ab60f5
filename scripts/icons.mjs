// Draws the app's PNG icons from public/favicon.svg in headless Chromium, into public/icons/:
// icon-192.png and icon-512.png (the icon as it is), maskable-512.png (the icon on a full
// square of its own colour, inside the safe circle that launchers may crop to), and a copy of
// the SVG under a name that does not change. Run by hand when the icon changes, and commit
// the results:
//
//   node scripts/icons.mjs
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { launchBrowser } from "../tests/e2e/support.mjs";

const svg = readFileSync("public/favicon.svg", "utf8");
const BACKGROUND = "#1f4e5f"; // the icon's own square, and the manifest's theme colour
mkdirSync("public/icons", { recursive: true });
copyFileSync("public/favicon.svg", "public/icons/icon.svg");

const browser = await launchBrowser();
try {
  // [file, size, how much of the square the icon fills, background]
  const icons = [
    ["icon-192.png", 192, 1, "transparent"],
    ["icon-512.png", 512, 1, "transparent"],
    // Maskable: the safe zone is the centre circle of 80 % of the width.
    ["maskable-512.png", 512, 0.72, BACKGROUND],
  ];
  for (const [file, size, share, background] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * share);
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace("<svg ", '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: background === "transparent" });
    await page.close();
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
