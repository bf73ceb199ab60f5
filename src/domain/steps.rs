//! The guided flow: its steps and how they map to the URL hash.

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

    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The step a URL hash names (`#/mentors`, `/mentors` or `mentors`); the start otherwise.
    pub fn from_hash(hash: &str) -> Step {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        Step::ALL
            .into_iter()
            .find(|step| step.slug() == slug)
            .unwrap_or_default()
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
}
