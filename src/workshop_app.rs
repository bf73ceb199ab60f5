//! The workshop page's root component (`workshop/`): workshop mode for facilitators, with
//! example plans as demo copies, the presenter view, a QR code for the room and the
//! facilitator's guide. A page of its own, so that none of it is in the stock-take's bundle.

use leptos::ev;
use leptos::prelude::*;

use crate::app::{LibraryContext, focus_heading_on_change, provide_plans};
use crate::components::guide::Guide;
use crate::components::load_notice::LoadNotice;
use crate::components::presenter::Presenter;
use crate::components::room::Room;
use crate::components::shell::{AppFooter, AppHeader};
use crate::components::undo_bar::UndoBar;
use crate::components::workshop_home::WorkshopHome;
use crate::domain::steps::{Page, WorkshopRoute};
use crate::storage::{self, BrowserStore};

/// The screen the address bar names.
fn current_route() -> WorkshopRoute {
    location_hash().map_or(WorkshopRoute::Home, |hash| WorkshopRoute::from_hash(&hash))
}

/// The workshop page. The presenter view and the room's QR code fill the screen on their
/// own; the other screens sit in the usual shell.
#[component]
pub fn WorkshopApp() -> impl IntoView {
    // A link to `#/on` switches workshop mode on before any plan is loaded.
    let mut switch_failed = false;
    if current_route() == WorkshopRoute::SwitchOn {
        switch_failed = storage::set_workshop(&BrowserStore, true).is_err();
        let _ = window().location().replace(&WorkshopRoute::Home.href());
    }
    let problem = provide_plans();
    let save_state = LibraryContext::expect_context().save_state;
    let route = RwSignal::new(current_route());
    let _ = window_event_listener(ev::hashchange, move |_| route.set(current_route()));
    focus_heading_on_change(route);

    move || match route.get() {
        WorkshopRoute::Present(slide) => view! { <Presenter slide /> }.into_any(),
        WorkshopRoute::Room => view! { <Room /> }.into_any(),
        screen => view! {
            <AppHeader save_state page=Page::Workshop />
            <main id="main">
                <LoadNotice problem=problem.clone() />
                {match screen {
                    WorkshopRoute::Guide => view! { <Guide /> }.into_any(),
                    _ => view! { <WorkshopHome switch_failed /> }.into_any(),
                }}
            </main>
            <UndoBar />
            <AppFooter page=Page::Workshop />
        }
        .into_any(),
    }
}
