//! The plans page's root component: every plan in this browser, sharing the open one, and
//! plans opened from a link. It is a page of its own (`plans/`), with its own bundle, so
//! that the stock-take's first load does not fetch any of it.

use leptos::prelude::*;

use crate::app::{hash_route, provide_plans};
use crate::components::plans_screen::PlansScreen;
use crate::components::share_screen::ShareScreen;
use crate::components::shared_view::SharedView;
use crate::components::shell::PageShell;
use crate::domain::steps::{Page, Route};

/// The screen the address bar names.
fn current_route() -> Route {
    location_hash().map_or(Route::Plans, |hash| Route::from_hash(&hash))
}

/// The plans page: the shell, and the screen the address names.
#[component]
pub fn PlansApp() -> impl IntoView {
    let problem = provide_plans();
    let route = hash_route(current_route);
    view! {
        <PageShell page=Page::Plans problem>
            {move || match route.get() {
                Route::Plans => view! { <PlansScreen /> }.into_any(),
                Route::Share => view! { <ShareScreen /> }.into_any(),
                Route::Shared(fragment) => view! { <SharedView fragment /> }.into_any(),
            }}
        </PageShell>
    }
}
