use leptos::prelude::*;

use crate::components::when::When;
use crate::domain::content::common;
use crate::ids;
use crate::state::UndoContext;

/// A bar at the foot of the screen that announces changes and offers undo after a removal.
#[component]
pub fn UndoBar() -> impl IntoView {
    let undo = UndoContext::expect_context();
    view! {
        <div class="undo-bar" class:undo-bar--shown=move || !undo.message.with(String::is_empty)>
            <p role="status" class="undo-bar__message">{move || undo.message.get()}</p>
            <When when=move || undo.can_undo()>
                <button type="button" id=ids::UNDO_BUTTON on:click=move |_| undo.undo()>
                    {common::UNDO.get()}
                </button>
                <button type="button" class="quiet" on:click=move |_| undo.dismiss()>
                    {common::DISMISS.get()}
                </button>
            </When>
        </div>
    }
}
