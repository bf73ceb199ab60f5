// Drives the stock-take as a first-time user would: by role and label, one step at a time,
// moving on with the "Next" link. Used by the persona tests, the audits, the benchmark, and
// the walks in Firefox and WebKit: keep to the page and locator calls that
// tests/engines/page.mjs and locator.mjs also have.
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

/// Four people from the brief, each with the findings their plan must show and must not.
export const PEOPLE = [
  {
    who: "an IT analyst moving into accounting",
    goals: "Move from IT support into accounting and earn my CPA.",
    role: "Staff accountant",
    review: "Strong troubleshooting. Needs clearer written updates.",
    suggestions: ["Accounting fundamentals", "Month-end close and reconciliations"],
    ownCompetencies: [{ name: "Clear written updates", reason: "Performance review", priority: "High" }],
    factors: ["Changing careers"],
    industry: "Finance and accounting",
    softSkills: ["Presenting numbers to executives"],
    contacts: [{ name: "Marie", strengths: ["Presenting numbers to executives"], makeMentor: true }],
    mentors: [
      {
        name: "Daniel",
        howKnown: "Former colleague, now an audit senior",
        role: "Expert in a skill",
        answers: ["Accounting fundamentals", "Month-end close and reconciliations"],
        shares: ["Changing careers"],
        reach: "Online, for quick answers",
        status: "Active",
        nextStep: "Ask for a mock interview before March",
        cadence: "Every two weeks",
        offer: "Help move his team's tracker into a small database.",
      },
      { name: "Marie", fromContact: true, reach: "In person", status: "Idea" },
    ],
    expect: {
      present: [FINDING.gap("Clear written updates", "high")],
      absent: [
        FINDING.anyOverReliance,
        FINDING.nothingOffered("Daniel"),
        // Marie is still an idea: what to offer her can wait until she is asked.
        FINDING.nothingOffered("Marie"),
        FINDING.noSharedSituation,
        FINDING.noOnline,
        FINDING.noSoftSkill,
        FINDING.noSponsor,
        FINDING.noOneAsked,
        FINDING.gap("Accounting fundamentals", "medium"),
      ],
    },
  },
  {
    who: "a new team lead",
    goals: "Lead my team of six well in my first year.",
    role: "Team lead",
    review: "Takes on too much herself; should delegate routine work.",
    suggestions: ["Delegating work", "Working with difficult relationships", "Giving feedback"],
    factors: ["In a first leadership role"],
    industry: "Technology",
    softSkills: ["Influencing without authority"],
    mentors: [
      {
        name: "Kevin",
        howKnown: "Team lead in the next department",
        role: "Coach",
        answers: ["Delegating work", "Working with difficult relationships", "Giving feedback"],
        shares: ["In a first leadership role"],
        reach: "In person",
        status: "Active",
        cadence: "Every month",
        offer: "Show his new hires our ticketing system.",
      },
    ],
    expect: {
      present: [
        FINDING.overReliance("Kevin", 3, 4),
        FINDING.gap("Influencing without authority", "medium"),
        FINDING.noOnline,
        FINDING.noSoftSkill,
        FINDING.noSponsor,
      ],
      absent: [FINDING.anyNothingOffered, FINDING.noSharedSituation, FINDING.gap("Delegating work", "medium")],
    },
  },
  {
    who: "a parent returning to work",
    goals: "Return to paid work in marketing after five years at home.",
    role: "Marketing coordinator",
    suggestions: [
      "Up-to-date industry knowledge",
      "Explaining a career gap with confidence",
      "Balancing work and family routines",
    ],
    factors: ["Parent of young children", "Returning to paid work after time away"],
    ownFactors: ["School pick-up at 3:30"],
    industry: "Creative work and media",
    softSkills: ["Self-promotion on social media"],
    mentors: [
      {
        name: "Nadia",
        howKnown: "Former manager at the agency",
        answers: ["Up-to-date industry knowledge", "Self-promotion on social media"],
        reach: "Online, for quick answers",
        status: "Asked",
        offer: "Design the banner for her charity run.",
      },
      {
        name: "Jo",
        howKnown: "Neighbour who runs a small studio",
        role: "Role model",
        answers: ["Explaining a career gap with confidence", "Balancing work and family routines"],
        reach: "Both",
        status: "Idea",
        offer: "Write the captions for her studio's next campaign.",
      },
    ],
    expect: {
      present: [FINDING.noSharedSituation],
      absent: [
        FINDING.anyGap,
        FINDING.anyOverReliance,
        FINDING.anyNothingOffered,
        FINDING.noOnline,
        FINDING.noSoftSkill,
      ],
    },
  },
  {
    who: "a newcomer to Canada",
    goals: "Rebuild my engineering career in Canada.",
    role: "Project engineer",
    suggestions: [
      "Canadian workplace culture",
      "Credential recognition",
      "Building a professional network in Canada",
      "Interviewing for Canadian employers",
    ],
    factors: ["Newcomer to the country", "Working in a second language"],
    softSkills: ["Clear communication"],
    mentors: [
      {
        name: "Priya",
        howKnown: "Met at a newcomer professionals' meetup",
        role: "Connector who introduces you",
        answers: ["Credential recognition", "Building a professional network in Canada"],
        shares: ["Newcomer to the country"],
        reach: "Both",
        status: "Asked",
        offer: "Run the social media campaign for her association's fundraiser.",
      },
      {
        name: "Robert",
        howKnown: "Retired engineer at the community centre",
        answers: ["Canadian workplace culture"],
        reach: "In person",
        status: "Idea",
      },
      {
        name: "Sam",
        answers: ["Interviewing for Canadian employers"],
        reach: "Online, for quick answers",
        offer: "Review the Arabic version of his firm's brochure.",
      },
      {
        // A second mentor called Sam: allowed, and told apart as "Sam (2)".
        name: "Sam",
        label: "Sam (2)",
        answers: ["Clear communication"],
        reach: "In person",
        offer: "Help with his community garden's website.",
      },
    ],
    expect: {
      present: [],
      absent: [
        // Robert is still an idea: what to offer him can wait until he is asked.
        FINDING.nothingOffered("Robert"),
        FINDING.anyGap,
        FINDING.anyOverReliance,
        FINDING.nothingOffered("Sam"),
        FINDING.noSharedSituation,
        FINDING.noOnline,
        FINDING.noSoftSkill,
      ],
    },
  },
];

/// Priya, from the brief (the IT analyst above), as a French-speaking person would write her
/// plan: the same choices, in her own words. The suggested skills, factors and soft skills
/// are ours, named here in English and shown in French.
const [ANALYST] = PEOPLE;
export const PRIYA_IN_FRENCH = {
  ...ANALYST,
  goals: "Passer du soutien informatique à la comptabilité et obtenir mon titre de CPA.",
  role: "Technicienne comptable",
  review: "Très bonne pour résoudre les problèmes. Doit écrire des suivis plus clairs.",
  ownCompetencies: [{ name: "Rédiger des suivis clairs", reason: "Performance review", priority: "High" }],
  mentors: [
    {
      ...ANALYST.mentors[0],
      howKnown: "Ancien collègue, maintenant en audit",
      nextStep: "Demander une simulation d’entrevue avant mars",
      offer: "L’aider à passer le suivi de son équipe dans une petite base de données.",
    },
    ANALYST.mentors[1],
  ],
};
