//! The names the plan shows (namesakes told apart), and each finding told in them, with the
//! place where the person can act on it.

use leptos::prelude::Get;

use crate::domain::analysis::Finding;
use crate::domain::content::{self, Voice, findings};
use crate::domain::plan::{Id, MessageKind};
use crate::domain::steps::Step;
use crate::router::Route;
use crate::state::PlanContext;
use crate::text::lowercase;

/// A finding in plain words, and the place where the person can act on it: a mentor's card
/// (or a message to them) for a finding about one mentor, else a step. `labels` are the
/// names shown for mentors and competencies (namesakes told apart); `voice`, whom it speaks to.
pub(super) fn describe(finding: &Finding, labels: &Labels, voice: Voice) -> (String, Route) {
    let mentor_name = |id: Id| label_of(&labels.mentors, id);
    let card = |id: Id| Route::Mentor(id, None);
    let step = Route::Step;
    match finding {
        Finding::Gap {
            competency,
            priority,
        } => (
            findings::gap(
                voice,
                &label_of(&labels.competencies, *competency),
                &lowercase(content::priority_label(*priority)),
            ),
            step(Step::Mentors),
        ),
        Finding::NotYetAsked { competency } => (
            findings::not_yet_asked(voice, &label_of(&labels.competencies, *competency)),
            step(Step::Mentors),
        ),
        Finding::NoOneAsked => (
            findings::NO_ONE_ASKED.to(voice).get().to_owned(),
            step(Step::Mentors),
        ),
        Finding::NoReply { mentor, days } => (
            findings::no_reply(voice, &mentor_name(*mentor), *days),
            Route::Mentor(*mentor, Some(MessageKind::FollowUp)),
        ),
        Finding::OverReliance {
            mentor,
            answered,
            total,
        } => (
            findings::over_reliance(voice, &mentor_name(*mentor), *answered, *total),
            step(Step::Mentors),
        ),
        Finding::NoNextStep { mentor } => (
            findings::no_next_step(voice, &mentor_name(*mentor)),
            card(*mentor),
        ),
        Finding::HelpsWithNoSkill { mentor } => (
            findings::helps_with_no_skill(voice, &mentor_name(*mentor)),
            card(*mentor),
        ),
        Finding::NoPace { mentor } => (
            findings::no_pace(voice, &mentor_name(*mentor)),
            card(*mentor),
        ),
        Finding::TooManyActive { count } => (
            findings::too_many_active(voice, *count),
            step(Step::Mentors),
        ),
        Finding::NothingOffered { mentor } => (
            findings::nothing_offered(voice, &mentor_name(*mentor)),
            step(Step::Value),
        ),
        Finding::NoSharedSituation => (
            findings::NO_SHARED_SITUATION.to(voice).get().to_owned(),
            step(Step::Mentors),
        ),
        Finding::NoOnlineMentor => (
            findings::NO_ONLINE_MENTOR.get().to_owned(),
            step(Step::Mentors),
        ),
        Finding::NoInPerson => (
            findings::NO_IN_PERSON.to(voice).get().to_owned(),
            step(Step::Mentors),
        ),
        Finding::NoSoftSkillMentor => (
            findings::NO_SOFT_SKILL_MENTOR.to(voice).get().to_owned(),
            step(Step::SoftSkills),
        ),
        Finding::NoSponsor => (
            findings::NO_SPONSOR.to(voice).get().to_owned(),
            step(Step::Mentors),
        ),
    }
}

/// The words of the link to where a finding is acted on.
pub(super) fn place_link(place: &Route, labels: &Labels) -> String {
    match place {
        Route::Mentor(id, Some(_)) => findings::draft_follow_up(&label_of(&labels.mentors, *id)),
        Route::Mentor(id, None) => findings::open_mentor(&label_of(&labels.mentors, *id)),
        Route::Step(step) => findings::fix_link(content::step_name(*step)),
        _ => String::new(),
    }
}

/// The names the plan shows, worked out once per change by `PlanContext`.
pub struct Labels {
    pub mentors: Vec<(Id, String)>,
    pub competencies: Vec<(Id, String)>,
}

impl Labels {
    pub(super) fn of(context: PlanContext) -> Labels {
        Labels {
            mentors: context.mentor_labels.get(),
            competencies: context.competency_labels.get(),
        }
    }
}

/// The names alone, in the plan's order.
pub(super) fn names(labels: Vec<(Id, String)>) -> Vec<String> {
    labels.into_iter().map(|(_, name)| name).collect()
}

fn label_of(labels: &[(Id, String)], id: Id) -> String {
    labels
        .iter()
        .find_map(|(other, label)| (*other == id).then(|| label.clone()))
        .unwrap_or_default()
}
