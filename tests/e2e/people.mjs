// Drives the stock-take as a first-time user would: by role and label, one step at a time,
// moving on with the "Next" link. Used by the persona tests, the audits and the benchmark.
import assert from "node:assert/strict";
import { ENGLISH } from "./words.mjs";

/// Follows the "Next: …" link and waits for the next step's heading. `w`: the words of the
/// language the app speaks (tests/e2e/words.mjs); `stepName` is in English.
export async function next(page, stepName, w = ENGLISH) {
  await page.getByRole("link", { name: w.toStep("Next", stepName) }).click();
  await page.getByRole("heading", { level: 1, name: undefined }).first().waitFor();
  await page.waitForFunction((name) => {
    const current = document.querySelector('[aria-current="step"]');
    return current && current.textContent.includes(name);
  }, w.t(stepName));
}

/// The card (list item) of a mentor, competency or person, found by its heading.
export function card(page, name, level = 3) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level, name, exact: true }) });
}

/// Adds skills of the person's own, by name, on the skills step (which must be on screen).
export async function addSkills(page, names) {
  const form = page.getByRole("region", { name: "Add a skill" });
  for (const name of names) {
    await form.getByLabel("Skill", { exact: true }).fill(name);
    await form.getByRole("button", { name: "Add skill" }).click();
  }
}

/// Walks a whole persona through every step, from the start screen to the plan view.
export async function buildPlan(page, person, w = ENGLISH) {
  const { t, name: n } = w;
  await page.getByLabel(t("In about a year")).fill(person.goals);
  await page.getByLabel(t("Target role")).fill(person.role);
  if (person.review) {
    await page.getByLabel(t("What your last performance review said")).fill(person.review);
  }

  await next(page, "Skills you need", w);
  for (const name of person.suggestions ?? []) {
    await page.getByRole("button", { name: t("Add {name}", { name: n(name) }), exact: true }).click();
  }
  for (const own of person.ownCompetencies ?? []) {
    const form = page.getByRole("region", { name: t("Add a skill") });
    await form.getByLabel(t("Skill"), { exact: true }).fill(own.name);
    await form.getByLabel(t("Why it matters")).selectOption({ label: t(own.reason) });
    await form.getByLabel(t("Priority")).selectOption({ label: t(own.priority) });
    await form.getByRole("button", { name: t("Add skill") }).click();
  }

  await next(page, "Lifestyle and situation", w);
  for (const factor of person.factors ?? []) {
    await page.getByLabel(n(factor), { exact: true }).check();
  }
  for (const own of person.ownFactors ?? []) {
    await page.getByLabel(t("Describe it in a few words")).fill(own);
    await page.getByRole("button", { name: t("Add factor") }).click();
  }

  await next(page, "Soft skills", w);
  if (person.industry) {
    await page.getByLabel(t("Your industry"), { exact: true }).selectOption({ label: t(person.industry) });
  }
  for (const skill of person.softSkills ?? []) {
    await page.getByRole("button", { name: t("Add {name}", { name: n(skill) }), exact: true }).click();
  }
  for (const contact of person.contacts ?? []) {
    const form = page.getByRole("region", { name: t("People who are good at these skills") });
    await form.getByLabel(t("Name"), { exact: true }).fill(contact.name);
    const strengths = form.locator("form").getByRole("group", { name: t("What they do well") });
    for (const skill of contact.strengths) {
      await strengths.getByLabel(n(skill), { exact: true }).check();
    }
    await form.getByRole("button", { name: t("Add this person") }).click();
    if (contact.makeMentor) {
      await page.getByRole("button", { name: `${t("Add to my mentors")} ${contact.name}` }).click();
    }
  }

  await next(page, "Mentors", w);
  for (const mentor of person.mentors) {
    await editMentor(page, mentor, w);
  }

  await next(page, "Value you add", w);
  for (const mentor of person.mentors) {
    if (mentor.offer) {
      await page.getByLabel(t("What you offer {name}", { name: mentor.label ?? mentor.name }), { exact: true }).fill(mentor.offer);
    }
  }

  await next(page, "Your plan", w);
}

/// Adds a mentor (or opens one made from a person) and fills in every field given.
export async function editMentor(page, mentor, w = ENGLISH) {
  const { t, name: n } = w;
  const label = mentor.label ?? mentor.name;
  if (mentor.fromContact) {
    await page.getByRole("button", { name: `${t("Edit")} ${label}` }).click();
  } else {
    const form = page.getByRole("region", { name: t("Add a mentor") });
    await form.getByLabel(t("Mentor's name")).fill(mentor.name);
    await form.getByRole("button", { name: t("Add mentor") }).click();
  }
  const it = card(page, label);
  await it.getByLabel(t("How you know them")).waitFor();
  if (mentor.howKnown) await it.getByLabel(t("How you know them")).fill(mentor.howKnown);
  if (mentor.role) await it.getByLabel(t("Role on your team")).selectOption({ label: t(mentor.role) });
  const answers = it.getByRole("group", { name: t("Skills they help with") });
  for (const competency of mentor.answers ?? []) {
    await answers.getByLabel(n(competency), { exact: true }).check();
  }
  const shares = it.getByRole("group", { name: t("Parts of your situation they share") });
  for (const part of mentor.shares ?? []) {
    await shares.getByLabel(n(part), { exact: true }).check();
  }
  if (mentor.reach) await it.getByLabel(t("How you reach them")).selectOption({ label: t(mentor.reach) });
  if (mentor.status) await it.getByLabel(t("Where it stands")).selectOption({ label: t(mentor.status) });
  if (mentor.nextStep) await it.getByLabel(t("Next step"), { exact: true }).fill(mentor.nextStep);
  if (mentor.cadence) await it.getByLabel(t("How often you meet")).selectOption({ label: t(mentor.cadence) });
  await it.getByRole("button", { name: `${t("Done editing")} ${label}` }).click();
}

/// The text of every finding in the plan view.
export async function findings(page, w = ENGLISH) {
  const region = page.getByRole("region", { name: w.t("What your plan shows") });
  await region.waitFor();
  return region.getByRole("listitem").allTextContents();
}

export function assertFindings(found, { present = [], absent = [] }) {
  const all = found.join("\n");
  for (const text of present) assert.ok(all.includes(text), `expected a finding with "${text}" in:\n${all}`);
  for (const text of absent) assert.ok(!all.includes(text), `did not expect "${text}" in:\n${all}`);
}

/// The words each kind of finding starts with, for present/absent checks.
export const FINDING = {
  gap: (name, priority) => `No mentor helps with \u201c${name}\u201d yet (${priority} priority)`,
  overReliance: (name, answered, total) => `${name} helps with ${answered} of your ${total} skills`,
  nothingOffered: (name) => `anything you offer ${name} in return`,
  anyGap: "No mentor helps with \u201c",
  anyOverReliance: "so your plan does not rest on one person",
  anyNothingOffered: "You have not noted anything you offer",
  noSharedSituation: "No mentor shares your situation",
  noOnline: "No mentor can be reached online",
  noSoftSkill: "No mentor helps you with soft skills",
  noSponsor: "no one on your team is a sponsor",
  noOneAsked: "You have not asked anyone yet",
  notYetAsked: (name) => `Only mentors you have not asked yet help with \u201c${name}\u201d`,
  noNextStep: (name) => `You meet ${name}, but there is no next step yet`,
};
