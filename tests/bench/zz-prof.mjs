import { PLAN_KEY, launchBrowser, serveDist } from "../e2e/support.mjs";
import { card } from "../e2e/people.mjs";
import { generatedPlan } from "./generated-plan.mjs";
const server = await serveDist();
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); }, [PLAN_KEY, JSON.stringify(generatedPlan(100, 50))]);
const page = await context.newPage();
await page.goto(server.url + "#/mentors");
const mentor = card(page, "Mentor 25");
await mentor.getByRole("button", { name: "Edit Mentor 25" }).click();
const field = mentor.getByLabel(process.argv[2] ?? "Next step");
await field.focus();
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
for (let i = 0; i < 40; i++) { await page.keyboard.press("a"); await page.waitForTimeout(30); }
const { profile } = await cdp.send("Profiler.stop");
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const counts = new Map(); for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self.set(name, (self.get(name) ?? 0) + c); total += c; }
const dt = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
console.log("ms per sample", dt.toFixed(3), "total ms", (total*dt).toFixed(0));
for (const [n, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((c*dt).toFixed(1).padStart(7), n.slice(0, 140));
await browser.close(); await server.close();
