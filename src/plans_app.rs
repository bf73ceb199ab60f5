//! The plans page's root component: every plan in this browser, sharing the open one, and
//! plans opened from a link. It is a page of its own (`plans/`), with its own bundle, so
//! that the stock-take's first load does not fetch any of it.

use leptos::ev;
use leptos::prelude::*;

use crate::app::{LibraryContext, focus_heading_on_change, provide_plans};
use crate::components::load_notice::LoadNotice;
use crate::components::plans_screen::PlansScreen;
use crate::components::share_screen::ShareScreen;
use crate::components::shared_view::SharedView;
use crate::components::shell::{AppFooter, AppHeader};
use crate::components::undo_bar::UndoBar;
use crate::domain::steps::{Page, Route};

/// The screen the address bar names.
fn current_route() -> Route {
    location_hash().map_or(Route::Plans, |hash| Route::from_hash(&hash))
}

/// The plans page: shell, start-up notice, save status, and the screen the address names.
#[component]
pub fn PlansApp() -> impl IntoView {
    let problem = provide_plans();
    let save_state = LibraryContext::expect_context().save_state;
    let route = RwSignal::new(current_route());
    let _ = window_event_listener(ev::hashchange, move |_| route.set(current_route()));
    focus_heading_on_change(route);

    view! {
        <AppHeader save_state page=Page::Plans />
        <main id="main">
            <LoadNotice problem />
            {move || match route.get() {
                Route::Plans => view! { <PlansScreen /> }.into_any(),
                Route::Share => view! { <ShareScreen /> }.into_any(),
                Route::Shared(fragment) => view! { <SharedView fragment /> }.into_any(),
            }}
        </main>
        <UndoBar />
        <AppFooter page=Page::Plans />
    }
}
