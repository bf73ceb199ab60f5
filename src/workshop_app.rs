//! The workshop page's root component (`workshop/`): workshop mode for facilitators, with
//! example plans as demo copies, the presenter view, a QR code for the room and the
//! facilitator's guide. A page of its own, so that none of it is in the stock-take's bundle.

use leptos::prelude::*;

use crate::app::{hash_route, provide_plans};
use crate::components::guide::Guide;
use crate::components::presenter::Presenter;
use crate::components::room::Room;
use crate::components::shell::PageShell;
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
    // The start-up notice is shown once, not again each time the shell is drawn afresh.
    let problem = StoredValue::new(provide_plans());
    let route = hash_route(current_route);
    move || match route.get() {
        WorkshopRoute::Present(slide) => view! { <Presenter slide /> }.into_any(),
        WorkshopRoute::Room => view! { <Room /> }.into_any(),
        screen => view! {
            <PageShell page=Page::Workshop problem=problem.try_update_value(Option::take).flatten()>
                {match screen {
                    WorkshopRoute::Guide => view! { <Guide /> }.into_any(),
                    _ => view! { <WorkshopHome switch_failed /> }.into_any(),
                }}
            </PageShell>
        }
        .into_any(),
    }
}
