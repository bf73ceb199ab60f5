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

/// The two pages of the site. Each has its own bundle, so that the first page load fetches
/// only the stock-take: plans and sharing live in `plans/` and load when someone goes there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    StockTake,
    Plans,
}

impl Page {
    /// The plans page's folder, relative to the stock-take.
    pub const PLANS_FOLDER: &str = "plans/";

    /// A link from this page to one step of the stock-take.
    pub fn step_href(self, step: Step) -> String {
        match self {
            Page::StockTake => step.href(),
            Page::Plans => format!("../{}", step.href()),
        }
    }

    /// A link from this page to a screen of the plans page.
    pub fn plans_href(self, route: &Route) -> String {
        let hash = route.href();
        match self {
            Page::StockTake => format!("{}{hash}", Page::PLANS_FOLDER),
            Page::Plans => hash,
        }
    }
}

/// The screens of the plans page, named by its URL hash: the list of plans, the sharing
/// screen, or a plan someone shared (whose link is the whole fragment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Plans,
    Share,
    Shared(String),
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let fragment = hash.trim_start_matches('#');
        if crate::domain::share::is_share_fragment(fragment) {
            return Route::Shared(fragment.to_owned());
        }
        match fragment.trim_start_matches('/') {
            "share" => Route::Share,
            _ => Route::Plans,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Plans => "#/".to_owned(),
            Route::Share => "#/share".to_owned(),
            Route::Shared(fragment) => format!("#{fragment}"),
        }
    }
}
