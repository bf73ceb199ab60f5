use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::content::workshop as text;
use crate::domain::workshop_content::WorkshopContent;
use crate::state::workshop_content;

/// Where fetching the workshop's content stands.
#[derive(Clone)]
enum Loading {
    Waiting,
    Loaded(Arc<WorkshopContent>),
    Failed,
}

/// What `render` makes of the workshop's example plans, once they are loaded (they are
/// fetched when a screen first needs them); a line while they load, and a way to try again if
/// they could not be.
#[component]
pub fn WithWorkshopContent(
    #[prop(into)] render: Callback<Arc<WorkshopContent>, AnyView>,
) -> impl IntoView {
    let state = RwSignal::new(Loading::Waiting);
    let load = move || {
        state.set(Loading::Waiting);
        leptos::task::spawn_local(async move {
            let loaded = workshop_content().await;
            // The screen may have closed meanwhile; then there is nothing to show it on.
            let _ = state.try_set(loaded.map_or(Loading::Failed, Loading::Loaded));
        });
    };
    load();
    move || match state.get() {
        Loading::Waiting => {
            view! { <p class="hint" role="status">{text::LOADING.get()}</p> }.into_any()
        }
        Loading::Loaded(content) => render.run(content),
        Loading::Failed => view! {
            <div class="notice" role="alert">
                <p>{text::LOAD_FAILED.get()}</p>
                <button type="button" on:click=move |_| load()>
                    {text::TRY_AGAIN.get()}
                </button>
            </div>
        }
        .into_any(),
    }
}
