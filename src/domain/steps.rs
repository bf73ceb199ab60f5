//! The guided flow's steps, and the presenter view's slides.

use crate::domain::plan::Plan;

/// One screen of the stock-take, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Step {
    #[default]
    Start,
    Skills,
    Situation,
    SoftSkills,
    Mentors,
    Value,
    Plan,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Start,
        Step::Skills,
        Step::Situation,
        Step::SoftSkills,
        Step::Mentors,
        Step::Value,
        Step::Plan,
    ];

    /// The part of the URL hash after `#/`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Skills => "skills",
            Step::Situation => "situation",
            Step::SoftSkills => "soft-skills",
            Step::Mentors => "mentors",
            Step::Value => "value",
            Step::Plan => "plan",
        }
    }

    /// The step whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.slug() == slug)
    }

    /// Position in the flow, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|step| *step == self).unwrap_or(0)
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// How many things this step holds in `plan` (fields filled in, competencies, factors,
    /// soft skills and people, mentors, offers), for the progress indicator. None for the
    /// plan view, which only shows what the others hold.
    pub fn filled(self, plan: &Plan) -> Option<usize> {
        let count = |flags: &[bool]| flags.iter().filter(|&&flag| flag).count();
        Some(match self {
            Step::Start => count(&[
                !plan.goals.is_empty(),
                !plan.target_role.trim().is_empty(),
                !plan.review_notes.trim().is_empty(),
            ]),
            Step::Skills => plan.competencies.len(),
            Step::Situation => plan.situation.factors.len() + plan.situation.own_factors.len(),
            Step::SoftSkills => {
                let soft = plan.competencies.iter();
                soft.filter(|c| c.soft_skill).count() + plan.contacts.len()
            }
            Step::Mentors => plan.mentors.len(),
            Step::Value => plan
                .mentors
                .iter()
                .filter(|m| !m.offer.trim().is_empty())
                .count(),
            Step::Plan => return None,
        })
    }

    /// The step to suggest next: the first that holds nothing yet, or the plan view once
    /// every step holds something.
    pub fn suggested(plan: &Plan) -> Step {
        Step::ALL
            .into_iter()
            .find(|step| step.filled(plan) == Some(0))
            .unwrap_or(Step::Plan)
    }
}

/// One slide of the presenter view: the four stock-take questions, then the plan in three
/// parts, each sized for a projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Question(usize),
    /// What the plan shows: its findings.
    Findings,
    /// The team map.
    Map,
    /// The team against the skills: the grid.
    Team,
}

impl Slide {
    pub const QUESTIONS: usize = 4;
    pub const ALL: [Slide; 7] = [
        Slide::Question(1),
        Slide::Question(2),
        Slide::Question(3),
        Slide::Question(4),
        Slide::Findings,
        Slide::Map,
        Slide::Team,
    ];

    /// Position among the slides, from 0.
    pub fn index(self) -> usize {
        Slide::ALL
            .iter()
            .position(|slide| *slide == self)
            .unwrap_or(0)
    }

    pub fn previous(self) -> Option<Slide> {
        self.index().checked_sub(1).map(|i| Slide::ALL[i])
    }

    pub fn next(self) -> Option<Slide> {
        Slide::ALL.get(self.index() + 1).copied()
    }

    /// The part of the presenter's address after `present/`. The findings keep "plan", the
    /// address of the one plan slide there was before.
    pub fn slug(self) -> String {
        match self {
            Slide::Question(number) => number.to_string(),
            Slide::Findings => "plan".to_owned(),
            Slide::Map => "map".to_owned(),
            Slide::Team => "team".to_owned(),
        }
    }

    /// The slide a slug names; the first question for anything else.
    pub fn from_slug(slug: &str) -> Slide {
        Slide::ALL
            .into_iter()
            .find(|slide| slide.slug() == slug)
            .unwrap_or(Slide::Question(1))
    }
}
