//! What the plan view shows: the competency-by-mentor grid and the findings, as pure
//! functions of a `&Plan`.

use crate::domain::content::{LEADERSHIP_WORDS, NOT_LEADERSHIP, plan_view};
use crate::domain::date::Date;
use crate::domain::markup::{Markup, escape};
use crate::domain::plan::{
    Advice, Cadence, Competency, Factor, Id, Mentor, MentorRole, Plan, Priority, Reach, Status,
};
use crate::text::lowercase;

/// Something true and specific about the person's mentor network, with a step that fixes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A competency no mentor answers.
    Gap { competency: Id, priority: Priority },
    /// A high-priority competency that only mentors not yet asked answer.
    NotYetAsked { competency: Id },
    /// The person has mentors in mind and has asked none of them.
    NoOneAsked,
    /// A mentor asked `living::NO_REPLY_DAYS` or more days ago, still with no answer: time
    /// for the one follow-up.
    NoReply { mentor: Id, days: i64 },
    /// One mentor answers most of a plan's four or more competencies.
    OverReliance {
        mentor: Id,
        answered: usize,
        total: usize,
    },
    /// An active mentor with no next step written.
    NoNextStep { mentor: Id },
    /// A mentor who helps with none of the plan's skills: each is chosen for one at least.
    HelpsWithNoSkill { mentor: Id },
    /// An active mentor met at no set pace (so not in the 12-week view).
    NoPace { mentor: Id },
    /// More mentors active at once than a person can keep up with.
    TooManyActive { count: usize },
    /// A mentor the person offers nothing in return.
    NothingOffered { mentor: Id },
    /// The person described their situation, and no mentor shares any part of it.
    NoSharedSituation,
    /// No mentor can be reached online for a quick answer.
    NoOnlineMentor,
    /// No one on the team is met in person.
    NoInPerson,
    /// No mentor answers any soft-skill competency.
    NoSoftSkillMentor,
    /// The goals or target role are a move into leadership, and no mentor is a sponsor.
    NoSponsor,
}

impl Finding {
    /// The plan-wide advice behind a finding, which the person can set aside.
    pub fn advice(&self) -> Option<Advice> {
        match self {
            Finding::NoSharedSituation => Some(Advice::SharedSituation),
            Finding::NoOnlineMentor => Some(Advice::OnlineMentor),
            Finding::NoSoftSkillMentor => Some(Advice::SoftSkillMentor),
            Finding::NoSponsor => Some(Advice::Sponsor),
            Finding::NoInPerson => Some(Advice::InPerson),
            // A finding about one skill or one mentor is fixed, not set aside. Listed one by
            // one, so that a new finding needs a decision here.
            Finding::Gap { .. }
            | Finding::NotYetAsked { .. }
            | Finding::NoOneAsked
            | Finding::NoReply { .. }
            | Finding::OverReliance { .. }
            | Finding::HelpsWithNoSkill { .. }
            | Finding::NoPace { .. }
            | Finding::TooManyActive { .. }
            | Finding::NoNextStep { .. }
            | Finding::NothingOffered { .. } => None,
        }
    }
}

/// A plan needs this many competencies before one mentor can be "leaned on too much".
pub const OVER_RELIANCE_MIN_NEEDS: usize = 4;
/// Past this share of the competencies (in percent), one mentor carries too much.
pub const OVER_RELIANCE_PERCENT: usize = 60;
/// Past this many active mentors, keeping up with each gets hard.
pub const MOST_ACTIVE: usize = 5;

/// How many of the plan's competencies a mentor answers (links to removed ones do not count).
pub fn answered_count(plan: &Plan, mentor: Id) -> usize {
    plan.competencies
        .iter()
        .filter(|competency| {
            plan.mentor(mentor)
                .is_some_and(|m| m.competencies.contains(&competency.id))
        })
        .count()
}

/// True if the goals or the target role name a move into leadership, or the person said
/// they are in a first leadership role.
pub fn is_leadership_move(plan: &Plan) -> bool {
    plan.has_factor(Factor::FirstLeadershipRole)
        || plan.goals.texts().any(names_leadership)
        || names_leadership(&plan.target_role)
}

/// True if `text` holds one of `LEADERSHIP_WORDS` as whole words, outside `NOT_LEADERSHIP`.
fn names_leadership(text: &str) -> bool {
    let mut words = as_words(text);
    for phrase in NOT_LEADERSHIP {
        while let Some(at) = find_phrase(&words, phrase) {
            words.replace_range(at..at + phrase.len() + 1, "");
        }
    }
    LEADERSHIP_WORDS
        .iter()
        .any(|phrase| find_phrase(&words, phrase).is_some())
}

/// The text in lower case, its words apart by one space, with a space at each end. A word is
/// what lies between punctuation and spaces (ASCII, and the typographic marks French and
/// English use), so that no Unicode tables come into the wasm.
fn as_words(text: &str) -> String {
    let mut words = String::from(" ");
    for c in lowercase(text).chars() {
        let apart = (c.is_ascii() && !c.is_ascii_alphanumeric())
            || matches!(
                c,
                '\u{a0}'
                    | '\u{202f}'
                    | '\u{2018}'
                    | '\u{2019}'
                    | '\u{201c}'
                    | '\u{201d}'
                    | '\u{ab}'
                    | '\u{bb}'
                    | '\u{2013}'
                    | '\u{2014}'
                    | '\u{2026}'
            );
        if !apart {
            words.push(c);
        } else if !words.ends_with(' ') {
            words.push(' ');
        }
    }
    if !words.ends_with(' ') {
        words.push(' ');
    }
    words
}

/// Where `phrase` starts in `words` (from `as_words`) as whole words: the byte offset of the
/// space before it. A plain byte search: `str::find` would bring a large string searcher
/// into the wasm.
fn find_phrase(words: &str, phrase: &str) -> Option<usize> {
    let needle = format!(" {phrase} ");
    words
        .as_bytes()
        .windows(needle.len())
        .position(|part| part == needle.as_bytes())
}

/// True if the mentor counts towards the findings: a paused mentor helps with nothing for now.
fn counts(mentor: &&Mentor) -> bool {
    mentor.status != Status::Paused
}

/// True if a mentor who counts helps with this competency.
fn is_answered(plan: &Plan, competency: Id) -> bool {
    (plan.mentors.iter().filter(counts)).any(|mentor| mentor.competencies.contains(&competency))
}

/// A competency below its target that no mentor (but a paused one) helps with. One already
/// at its target needs no one.
pub fn is_gap(plan: &Plan, competency: &Competency) -> bool {
    competency.now < competency.target && !is_answered(plan, competency.id)
}

/// Every finding for the plan, as it stands `today`: gaps (high priority first) and
/// high-priority needs only unasked mentors answer, then asking and replies, over-reliance,
/// next steps, pace, reciprocity, shared situation, online reach, meeting in person, soft
/// skills and a sponsor. Paused mentors count for none of them.
pub fn findings(plan: &Plan, today: Date) -> Vec<Finding> {
    // High priority first, in the person's own order within each priority. (One pass per
    // priority rather than a sort: the wasm then carries no sorting code.)
    let gaps = Priority::ALL.into_iter().flat_map(|priority| {
        plan.competencies
            .iter()
            .filter(move |competency| competency.priority == priority)
            .filter(|competency| is_gap(plan, competency))
            .map(|competency| Finding::Gap {
                competency: competency.id,
                priority: competency.priority,
            })
    });

    let asked = |mentor: &Mentor| mentor.status != Status::Idea;
    let no_one_asked = !plan.mentors.is_empty() && !plan.mentors.iter().any(asked);
    let not_yet_asked = plan
        .competencies
        .iter()
        .filter(|competency| !no_one_asked && competency.priority == Priority::High)
        .filter(|competency| {
            let mut helpers = plan
                .mentors
                .iter()
                .filter(counts)
                .filter(|mentor| mentor.competencies.contains(&competency.id))
                .peekable();
            helpers.peek().is_some() && !helpers.any(asked)
        })
        .map(|competency| Finding::NotYetAsked {
            competency: competency.id,
        });

    let no_reply = (plan.mentors.iter())
        .filter(|mentor| mentor.waiting_for_reply(today))
        .map(|mentor| Finding::NoReply {
            mentor: mentor.id,
            days: mentor.asked_on.map_or(0, |asked| asked.days_to(today)),
        });

    let total = plan.competencies.len();
    let over_reliance = plan.mentors.iter().filter(counts).filter_map(|mentor| {
        let answered = answered_count(plan, mentor.id);
        (total >= OVER_RELIANCE_MIN_NEEDS && answered * 100 > total * OVER_RELIANCE_PERCENT)
            .then_some(Finding::OverReliance {
                mentor: mentor.id,
                answered,
                total,
            })
    });

    let helps_with_no_skill = (plan.mentors.iter().filter(counts))
        .filter(|mentor| answered_count(plan, mentor.id) == 0)
        .map(|mentor| Finding::HelpsWithNoSkill { mentor: mentor.id });

    let active = || (plan.mentors.iter()).filter(|mentor| mentor.status == Status::Active);
    let no_next_step = active()
        .filter(|mentor| mentor.next_step.trim().is_empty())
        .map(|mentor| Finding::NoNextStep { mentor: mentor.id });
    let no_pace = active()
        .filter(|mentor| mentor.cadence == Cadence::NotSet)
        .map(|mentor| Finding::NoPace { mentor: mentor.id });
    let active_count = active().count();
    let too_many_active = (active_count > MOST_ACTIVE).then_some(Finding::TooManyActive {
        count: active_count,
    });

    // Once asked: while someone is only an idea, what to offer them can wait.
    let nothing_offered = plan
        .mentors
        .iter()
        .filter(|mentor| matches!(mentor.status, Status::Asked | Status::Active))
        .filter(|mentor| mentor.offer.trim().is_empty())
        .map(|mentor| Finding::NothingOffered { mentor: mentor.id });

    let parts = plan.situation_parts();
    let team = || plan.mentors.iter().filter(counts);
    let has_team = team().next().is_some();
    let shares_situation =
        team().any(|mentor| mentor.shared.iter().any(|part| parts.contains(part)));
    let reachable_online = team().any(|mentor| mentor.reach.is_online());
    let met_in_person = team().any(|mentor| mentor.reach != Reach::Online);
    let soft_skills = || plan.competencies.iter().filter(|c| c.soft_skill);
    let has_soft_skills = soft_skills().next().is_some();
    let soft_skill_mentor = soft_skills().any(|competency| is_answered(plan, competency.id));
    let sponsor = team().any(|m| m.role == MentorRole::Sponsor);

    gaps.into_iter()
        .chain(not_yet_asked)
        .chain(no_one_asked.then_some(Finding::NoOneAsked))
        .chain(no_reply)
        .chain(over_reliance)
        .chain(helps_with_no_skill)
        .chain(too_many_active)
        .chain(no_next_step)
        .chain(no_pace)
        .chain(nothing_offered)
        .chain((!parts.is_empty() && !shares_situation).then_some(Finding::NoSharedSituation))
        // The team's mix: once there is a team (and soft skills for it to help with).
        .chain((has_team && !reachable_online).then_some(Finding::NoOnlineMentor))
        .chain((has_team && !met_in_person).then_some(Finding::NoInPerson))
        .chain(
            (has_team && has_soft_skills && !soft_skill_mentor)
                .then_some(Finding::NoSoftSkillMentor),
        )
        .chain((!sponsor && is_leadership_move(plan)).then_some(Finding::NoSponsor))
        // Advice the person said does not apply to them stays quiet.
        .filter(|finding| {
            finding
                .advice()
                .is_none_or(|advice| !plan.set_aside.contains(&advice))
        })
        .collect()
}

/// The competency-by-mentor grid, ready to draw. Compared by value so the view redraws
/// only when something in it changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grid {
    /// Column headings: each mentor's id and a name told apart from any namesake.
    pub mentors: Vec<(Id, String)>,
    pub rows: Vec<GridRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    pub competency: Id,
    pub name: String,
    pub priority: Priority,
    /// Marked as a gap, as the findings report it (`is_gap`).
    pub gap: bool,
    /// One entry per mentor column: does that mentor answer this competency?
    pub answered: Vec<bool>,
}

impl GridRow {
    pub fn mentor_count(&self) -> usize {
        self.answered.iter().filter(|answered| **answered).count()
    }
}

pub fn grid(plan: &Plan) -> Grid {
    let competency_names = plan.competency_labels();
    let rows = plan
        .competencies
        .iter()
        .zip(competency_names)
        .map(|(competency, (_, name))| GridRow {
            competency: competency.id,
            name,
            priority: competency.priority,
            gap: is_gap(plan, competency),
            answered: plan
                .mentors
                .iter()
                .map(|mentor| mentor.competencies.contains(&competency.id))
                .collect(),
        })
        .collect();
    Grid {
        mentors: plan.mentor_labels(),
        rows,
    }
}

/// The grid's column headings as HTML, to put in the page as it is: the competency column,
/// a column per mentor (names escaped), and the count column. The headings and the rows are
/// drawn apart, so that typing a mentor's name draws only the headings again. (A view per cell
/// made the wasm 7 KB gzip larger.)
pub fn grid_headings(mentors: &[(Id, String)]) -> String {
    let mut row = Markup::default();
    row.raw("<tr><th scope=\"col\">")
        .raw(plan_view::COMPETENCY_COLUMN.get())
        .raw("</th>");
    for (_, name) in mentors {
        row.raw("<th scope=\"col\" dir=\"auto\">")
            .raw(&escape(name))
            .raw("</th>");
    }
    row.raw("<th scope=\"col\">")
        .raw(plan_view::MENTOR_COUNT_COLUMN.get())
        .raw("</th></tr>");
    row.0
}

/// The grid's rows as HTML: each competency (escaped) with its priority, a dot where a mentor
/// helps, and the count of mentors who do. A gap's row is marked.
pub fn grid_rows(rows: &[GridRow]) -> String {
    let mut body = Markup::default();
    for row in rows {
        let count = row.mentor_count();
        body.raw(if row.gap {
            "<tr class=\"gap\">"
        } else {
            "<tr>"
        })
        .raw("<th scope=\"row\"><bdi>")
        .raw(&escape(&row.name))
        .raw("</bdi><span class=\"priority\">")
        .raw(plan_view::priority(row.priority).get())
        .raw("</span></th>");
        for answered in &row.answered {
            if *answered {
                body.raw("<td class=\"answered\"><span aria-hidden=\"true\"></span>")
                    .raw("<span class=\"visually-hidden\">")
                    .raw(plan_view::ANSWERS.get())
                    .raw("</span></td>");
            } else {
                body.raw("<td></td>");
            }
        }
        body.raw("<td class=\"plan-grid__count\">")
            .raw(&count.to_string())
            .raw("</td></tr>");
    }
    body.0
}

/// Names told apart: the second "Sam" becomes "Sam (2)", the third "Sam (3)".
/// Names are compared trimmed and ignoring case.
pub fn distinct_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    names
        .into_iter()
        .map(|name| {
            let key = lowercase(name.trim());
            let count = match seen.iter_mut().find(|(seen_key, _)| *seen_key == key) {
                Some((_, count)) => {
                    *count += 1;
                    *count
                }
                None => {
                    seen.push((key, 1));
                    1
                }
            };
            if count == 1 {
                name.trim().to_owned()
            } else {
                format!("{} ({count})", name.trim())
            }
        })
        .collect()
}

impl Plan {
    /// Each competency's id and its name, told apart from namesakes.
    pub fn competency_labels(&self) -> Vec<(Id, String)> {
        let names = distinct_names(self.competencies.iter().map(|c| c.name.as_str()));
        self.competencies.iter().map(|c| c.id).zip(names).collect()
    }

    /// Each mentor's id and name, told apart from namesakes.
    pub fn mentor_labels(&self) -> Vec<(Id, String)> {
        let names = distinct_names(self.mentors.iter().map(|m| m.name.as_str()));
        self.mentors.iter().map(|m| m.id).zip(names).collect()
    }
}
