//! Every screen of the app and its address in the URL hash, which works on any static host
//! and under any subpath. `Route` and its hash are pure (tested natively); `provide_router`
//! keeps the current route in step with the address bar and moves focus on arrival.

use leptos::ev;
use leptos::prelude::*;

use crate::domain::plan::{Id, MessageKind};
use crate::domain::share;
use crate::domain::steps::{Slide, Step};

/// One screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A step of the stock-take (`#/start` to `#/plan`); the start for an empty hash.
    Step(Step),
    /// The mentors step with one mentor open (`#/mentors/12`), and with a message of one
    /// kind to them open (`#/mentors/12/follow-up`): where the team map, a finding or the
    /// "since your last visit" screen sends the person to act.
    Mentor(Id, Option<MessageKind>),
    /// Every plan in this browser (`#/plans`).
    Plans,
    /// Sharing the open plan: link, QR code, files, calendar (`#/share`).
    Share,
    /// A plan someone shared: the whole fragment is the link (`#s1.…`).
    Shared(String),
    /// One of workshop mode's example plans by its key (`#/example/newcomer`; the first
    /// without a key), which opens as a shared plan: a short link, for the room's QR code.
    Example(String),
    /// What needs the person since their last visit (`#/since`): who is due, late steps,
    /// the next check-in. A returning visitor sees it first.
    Since,
    /// A check-in: "Review my plan" (`#/review`).
    Review,
    /// Workshop mode's home (`#/workshop`).
    Workshop,
    /// A link that switches workshop mode on (`#/workshop/on`), then shows its home.
    WorkshopOn,
    /// The presenter view, full screen (`#/workshop/present/1` to `4`, then `plan`, `map`, `team`).
    Present(Slide),
    /// A full-screen QR code for the room (`#/workshop/room`).
    Room,
}

impl Route {
    /// The screen a URL hash names; the start of the stock-take for anything unknown.
    pub fn from_hash(hash: &str) -> Route {
        let fragment = hash.trim_start_matches('#');
        if share::is_share_fragment(fragment) {
            return Route::Shared(fragment.to_owned());
        }
        let path = fragment.trim_start_matches('/');
        match path.split('/').collect::<Vec<_>>().as_slice() {
            ["plans"] => Route::Plans,
            ["share"] => Route::Share,
            ["since"] => Route::Since,
            ["review"] => Route::Review,
            ["workshop"] | ["workshop", ""] => Route::Workshop,
            ["workshop", "on"] => Route::WorkshopOn,
            ["workshop", "room"] => Route::Room,
            ["example"] => Route::Example(String::new()),
            ["example", key] => Route::Example((*key).to_owned()),
            // The guide's old address: it is a page beside the app now, linked from here.
            ["workshop", "guide"] => Route::Workshop,
            ["workshop", "present"] => Route::Present(Slide::Question(1)),
            ["workshop", "present", slide] => Route::Present(Slide::from_slug(slide)),
            ["mentors", id, rest @ ..] if rest.len() <= 1 => match id.parse() {
                Ok(id) => {
                    Route::Mentor(Id(id), rest.first().and_then(|s| MessageKind::from_slug(s)))
                }
                Err(_) => Route::Step(Step::Mentors),
            },
            [slug] => Route::Step(Step::from_slug(slug).unwrap_or_default()),
            _ => Route::Step(Step::Start),
        }
    }

    /// The address of this screen: a hash, so following it never loads a page.
    pub fn href(&self) -> String {
        match self {
            Route::Step(step) => format!("#/{}", step.slug()),
            Route::Mentor(id, None) => format!("#/mentors/{}", id.0),
            Route::Mentor(id, Some(kind)) => format!("#/mentors/{}/{}", id.0, kind.slug()),
            Route::Plans => "#/plans".to_owned(),
            Route::Share => "#/share".to_owned(),
            Route::Since => "#/since".to_owned(),
            Route::Review => "#/review".to_owned(),
            Route::Shared(fragment) => format!("#{fragment}"),
            Route::Example(key) if key.is_empty() => "#/example".to_owned(),
            Route::Example(key) => format!("#/example/{key}"),
            Route::Workshop => "#/workshop".to_owned(),
            Route::WorkshopOn => "#/workshop/on".to_owned(),
            Route::Present(slide) => format!("#/workshop/present/{}", slide.slug()),
            Route::Room => "#/workshop/room".to_owned(),
        }
    }

    /// True for the screens that fill the screen on their own, without the app's banner.
    pub fn is_full_screen(&self) -> bool {
        matches!(self, Route::Present(_) | Route::Room)
    }
}

/// The screen shown now, as the address bar names it.
#[derive(Debug, Clone, Copy)]
pub struct RouterContext {
    pub route: RwSignal<Route>,
    /// True once the person has moved from the first screen to another.
    moved: StoredValue<bool>,
}

impl RouterContext {
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Goes to another screen, with an entry in the history (so Back returns).
    pub fn go(self, route: &Route) {
        let _ = window().location().set_hash(&route.href());
    }

    /// Shows another screen in place of this one in the history (for a screen that only
    /// passes through, such as the link that switches workshop mode on).
    pub fn replace(self, route: &Route) {
        let _ = window().location().replace(&route.href());
    }

    /// For a screen whose heading appears a moment after it opens (a shared plan being
    /// unpacked): moves focus to it as arriving on any screen does, unless it is the first.
    pub fn focus_late_heading(self) {
        if self.moved.get_value() {
            crate::browser::focus_after_render(crate::ids::SCREEN_HEADING.into());
        }
    }
}

/// The route the address bar names now.
fn route_in_address_bar() -> Route {
    location_hash().map_or(Route::Step(Step::Start), |hash| Route::from_hash(&hash))
}

/// Provides the current route, kept in step with the address bar. After it changes,
/// keyboard focus goes to the new screen's heading (not on the first load) and the page
/// scrolls back to its top.
pub fn provide_router() -> RouterContext {
    let route = RwSignal::new(route_in_address_bar());
    let _ = window_event_listener(ev::hashchange, move |_| {
        let now = route_in_address_bar();
        if route.with_untracked(|shown| *shown != now) {
            route.set(now);
        }
    });
    let moved = StoredValue::new(false);
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|previous| previous != now) {
            moved.set_value(true);
            crate::browser::focus_after_render(crate::ids::SCREEN_HEADING.into());
        }
        now
    });
    let router = RouterContext { route, moved };
    provide_context(router);
    router
}
