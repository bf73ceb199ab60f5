//! The guided flow's steps, and the presenter view's slides.

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
}

/// One slide of the presenter view: the four stock-take questions, then the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Question(usize),
    Plan,
}

impl Slide {
    pub const QUESTIONS: usize = 4;
    pub const ALL: [Slide; 5] = [
        Slide::Question(1),
        Slide::Question(2),
        Slide::Question(3),
        Slide::Question(4),
        Slide::Plan,
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

    /// The part of the presenter's address after `present/`.
    pub fn slug(self) -> String {
        match self {
            Slide::Question(number) => number.to_string(),
            Slide::Plan => "plan".to_owned(),
        }
    }

    /// The slide a slug names; the first question for anything else.
    pub fn from_slug(slug: &str) -> Slide {
        if slug == "plan" {
            return Slide::Plan;
        }
        slug.parse()
            .ok()
            .filter(|n| (1..=Slide::QUESTIONS).contains(n))
            .map_or(Slide::Question(1), Slide::Question)
    }
}
