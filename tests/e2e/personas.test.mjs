// Four people from the brief walk the whole stock-take as first-time users, reload, find
// their plan intact, and see the findings their plan should produce (and no others).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, reload, useServedApp } from "./support.mjs";
import { FINDING, assertFindings, buildPlan, findings } from "./people.mjs";

const app = useServedApp();

const PEOPLE = [
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

for (const person of PEOPLE) {
  test(`${person.who} builds a plan that survives a reload and shows the right findings`, async () => {
    const page = await openApp(app.browser, app.server.url);
    await buildPlan(page, person);
    assert.match(page.url(), /#\/plan$/);
    const before = await findings(page);
    assertFindings(before, person.expect);

    const grid = page.getByRole("table");
    const headings = await grid.getByRole("columnheader").allTextContents();
    for (const mentor of person.mentors) {
      assert.ok(headings.includes(mentor.label ?? mentor.name), `grid has ${mentor.label ?? mentor.name}`);
    }

    await reload(page);
    assert.match(page.url(), /#\/plan$/, "a reload stays on the plan");
    assert.deepEqual(await findings(page), before);
    assert.deepEqual(await grid.getByRole("columnheader").allTextContents(), headings);
    await page.getByRole("link", { name: "Start", exact: false }).first().click();
    assert.equal(await page.getByLabel("Target role").inputValue(), person.role);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
