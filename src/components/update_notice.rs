use leptos::prelude::*;

use crate::browser;
use crate::components::when::When;
use crate::domain::content::update as text;
use crate::state::{LibraryContext, NewVersion};

/// Says, politely, that a new version of the app is ready, with the button that saves the
/// plans and reloads into it. Nothing changes until the person chooses to.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let NewVersion(ready) = expect_context::<NewVersion>();
    let library = LibraryContext::expect_context();
    let reload = move |_| {
        // If the plans cannot be saved, the save status says why and nothing reloads.
        if library.flush() {
            browser::use_new_version();
        }
    };
    view! {
        <When when=move || ready.get()>
            <section class="notice" role="status">
                <p>{text::READY.get()}</p>
                <button type="button" class="primary" on:click=reload>{text::RELOAD.get()}</button>
            </section>
        </When>
    }
}
