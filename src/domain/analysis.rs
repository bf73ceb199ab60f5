//! What the plan view shows: the competency-by-mentor grid and the findings, as pure
//! functions of a `&Plan`.

use crate::domain::plan::{Id, Plan, Priority, Reason};
use crate::text::lowercase;

/// Something true and specific about the person's mentor network, with a step that fixes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A competency no mentor answers.
    Gap { competency: Id, priority: Priority },
    /// One mentor answers more than half of the competencies: the old single-mentor model.
    OverReliance {
        mentor: Id,
        answered: usize,
        total: usize,
    },
    /// A mentor the person offers nothing in return.
    NothingOffered { mentor: Id },
    /// The person described their situation, and no mentor shares any part of it.
    NoSharedSituation,
    /// No mentor can be reached online for a quick answer.
    NoOnlineMentor,
    /// No mentor answers any soft-skill competency.
    NoSoftSkillMentor,
}

/// The ids of the mentors who answer a competency, in the order of the plan's mentors.
pub fn answered_by(plan: &Plan, competency: Id) -> Vec<Id> {
    plan.mentors
        .iter()
        .filter(|mentor| mentor.competencies.contains(&competency))
        .map(|mentor| mentor.id)
        .collect()
}

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

/// Every finding for the plan: gaps (high priority first), then over-reliance,
/// reciprocity, shared situation, online reach and soft skills.
pub fn findings(plan: &Plan) -> Vec<Finding> {
    let mut gaps: Vec<_> = plan
        .competencies
        .iter()
        .filter(|competency| answered_by(plan, competency.id).is_empty())
        .map(|competency| Finding::Gap {
            competency: competency.id,
            priority: competency.priority,
        })
        .collect();
    // A stable sort keeps the person's own order within each priority.
    gaps.sort_by_key(|gap| match gap {
        Finding::Gap { priority, .. } => *priority,
        _ => Priority::Low,
    });

    let total = plan.competencies.len();
    let over_reliance = plan.mentors.iter().filter_map(|mentor| {
        let answered = answered_count(plan, mentor.id);
        (total >= 2 && answered * 2 > total).then_some(Finding::OverReliance {
            mentor: mentor.id,
            answered,
            total,
        })
    });

    let nothing_offered = plan
        .mentors
        .iter()
        .filter(|mentor| mentor.offer.trim().is_empty())
        .map(|mentor| Finding::NothingOffered { mentor: mentor.id });

    let parts = plan.situation_parts();
    let shares_situation = plan
        .mentors
        .iter()
        .any(|mentor| mentor.shared.iter().any(|part| parts.contains(part)));
    let reachable_online = plan.mentors.iter().any(|mentor| mentor.reach.is_online());
    let soft_skill_mentor = plan
        .competencies
        .iter()
        .filter(|competency| competency.reason == Reason::SoftSkill)
        .any(|competency| !answered_by(plan, competency.id).is_empty());

    gaps.into_iter()
        .chain(over_reliance)
        .chain(nothing_offered)
        .chain((!parts.is_empty() && !shares_situation).then_some(Finding::NoSharedSituation))
        .chain((!reachable_online).then_some(Finding::NoOnlineMentor))
        .chain((!soft_skill_mentor).then_some(Finding::NoSoftSkillMentor))
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

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GridRow {
    pub competency: Id,
    pub name: String,
    pub priority: Priority,
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
