// A generated plan of any size, in the app's storage format (schema 2, which the app migrates
// on load), for benchmarks. Each mentor can have a log of weekly meetings.
const FACTOR = "parent_of_young_children";
const REASONS = ["performance_review", "goal", "transition", "situation", "soft_skill"];
const PRIORITIES = ["high", "medium", "low"];
const REACH = ["in_person", "online", "both"];

/// `meetings`: how many meetings each mentor's log holds, a week apart, newest first, the last
/// on 20 November 2026.
export function generatedPlan(competencyCount, mentorCount, meetings = 0) {
  const last = Date.UTC(2026, 10, 20);
  const log = Array.from({ length: meetings }, (_, i) => {
    const day = new Date(last - i * 7 * 86_400_000);
    return {
      date: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
      note: `Went over the month-end close checklist, part ${meetings - i}`,
      done_step: i % 5 === 4,
    };
  });
  const competencies = Array.from({ length: competencyCount }, (_, i) => ({
    id: i,
    name: `Competency ${i + 1}`,
    reason: REASONS[i % REASONS.length],
    now: 1 + (i % 3),
    target: 4,
    priority: PRIORITIES[i % PRIORITIES.length],
  }));
  const mentors = Array.from({ length: mentorCount }, (_, m) => ({
    id: competencyCount + m,
    name: `Mentor ${m + 1}`,
    how_known: "Met at a professional association event",
    role: "expert",
    // Each mentor answers a spread of competencies, as a real plan would.
    competencies: competencies.filter((_, i) => (i + m) % 7 === 0).map((c) => c.id),
    shared: m % 5 === 0 ? [{ listed: FACTOR }] : [],
    reach: REACH[m % REACH.length],
    status: "active",
    next_step: "Ask for a 20-minute coffee chat",
    cadence: "monthly",
    offer: m % 4 === 0 ? "" : "Help with their community newsletter",
    log,
  }));
  return {
    schema: 2,
    plan: {
      goals: "Grow into a leadership role.",
      target_role: "Director",
      review_notes: "",
      situation: { factors: [FACTOR], own_factors: [], notes: "" },
      industry: "technology",
      competencies,
      contacts: [],
      mentors,
      next_id: competencyCount + mentorCount,
    },
  };
}
