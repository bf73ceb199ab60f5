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

/// The pages of the site. Each has its own bundle, so that the first page load fetches only
/// the stock-take: plans and sharing live in `plans/`, workshop mode in `workshop/`, and
/// each loads when someone goes there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    StockTake,
    Plans,
    Workshop,
}

impl Page {
    /// The plans page's folder, relative to the stock-take.
    pub const PLANS_FOLDER: &str = "plans/";
    /// The workshop page's folder, relative to the stock-take.
    pub const WORKSHOP_FOLDER: &str = "workshop/";

    /// The way from this page up to the stock-take's folder.
    fn to_root(self) -> &'static str {
        match self {
            Page::StockTake => "",
            Page::Plans | Page::Workshop => "../",
        }
    }

    /// A link from this page to one step of the stock-take.
    pub fn step_href(self, step: Step) -> String {
        format!("{}{}", self.to_root(), step.href())
    }

    /// A link from this page to a screen of the plans page.
    pub fn plans_href(self, route: &Route) -> String {
        match self {
            Page::Plans => route.href(),
            _ => format!("{}{}{}", self.to_root(), Page::PLANS_FOLDER, route.href()),
        }
    }

    /// A link from this page to a screen of the workshop page.
    pub fn workshop_href(self, route: WorkshopRoute) -> String {
        match self {
            Page::Workshop => route.href(),
            _ => format!(
                "{}{}{}",
                self.to_root(),
                Page::WORKSHOP_FOLDER,
                route.href()
            ),
        }
    }
}

/// The screens of the workshop page, named by its URL hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkshopRoute {
    /// Switching workshop mode on and off, the example plans, and the way to everything else.
    Home,
    /// A link that switches workshop mode on (`workshop/#/on`), then shows `Home`.
    SwitchOn,
    /// The presenter view: a question (1 to 4), or the plan.
    Present(Slide),
    /// A full-screen QR code for the room.
    Room,
    Guide,
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

    fn slug(self) -> String {
        match self {
            Slide::Question(number) => number.to_string(),
            Slide::Plan => "plan".to_owned(),
        }
    }
}

impl WorkshopRoute {
    pub fn from_hash(hash: &str) -> WorkshopRoute {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/').unwrap_or((path, "")) {
            ("on", _) => WorkshopRoute::SwitchOn,
            ("room", _) => WorkshopRoute::Room,
            ("guide", _) => WorkshopRoute::Guide,
            ("present", "plan") => WorkshopRoute::Present(Slide::Plan),
            ("present", number) => WorkshopRoute::Present(
                number
                    .parse()
                    .ok()
                    .filter(|n| (1..=Slide::QUESTIONS).contains(n))
                    .map_or(Slide::Question(1), Slide::Question),
            ),
            _ => WorkshopRoute::Home,
        }
    }

    pub fn href(self) -> String {
        match self {
            WorkshopRoute::Home => "#/".to_owned(),
            WorkshopRoute::SwitchOn => "#/on".to_owned(),
            WorkshopRoute::Present(slide) => format!("#/present/{}", slide.slug()),
            WorkshopRoute::Room => "#/room".to_owned(),
            WorkshopRoute::Guide => "#/guide".to_owned(),
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
