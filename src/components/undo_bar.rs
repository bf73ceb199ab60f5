use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::PlanContext;
use crate::domain::content::common;
use crate::domain::plan::Removed;

/// How long an announcement stays on screen.
const ANNOUNCEMENT_LASTS: std::time::Duration = std::time::Duration::from_secs(6);

/// The last removal (which can be undone) and the last announcement, for the undo bar.
#[derive(Debug, Clone, Copy)]
pub struct UndoContext {
    removed: RwSignal<Option<Removed>>,
    message: RwSignal<String>,
}

impl UndoContext {
    pub fn new() -> Self {
        Self {
            removed: RwSignal::new(None),
            message: RwSignal::new(String::new()),
        }
    }

    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Says that something was removed and offers to put it back; the Undo button
    /// takes focus, since the button that was pressed has gone.
    pub fn offer(self, removed: Removed) {
        self.message.set(common::removed(removed.name()));
        self.removed.set(Some(removed));
        request_animation_frame(|| {
            if let Some(button) = document()
                .get_element_by_id("undo-button")
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = button.focus();
            }
        });
    }

    /// Tells screen reader users (and everyone else) what just happened. The words fade
    /// after a few seconds; an offer to undo stays until the person acts on it.
    pub fn announce(self, message: String) {
        self.removed.set(None);
        self.message.set(message.clone());
        let message_now = self.message;
        set_timeout(
            move || {
                if message_now.try_get_untracked().as_ref() == Some(&message) {
                    message_now.set(String::new());
                }
            },
            ANNOUNCEMENT_LASTS,
        );
    }

    fn undo(self, plan: RwSignal<crate::domain::plan::Plan>) {
        if let Some(removed) = self.removed.get_untracked() {
            self.message.set(common::restored(removed.name()));
            plan.update(|plan| plan.restore(removed));
            self.removed.set(None);
        }
    }

    fn dismiss(self) {
        self.removed.set(None);
        self.message.set(String::new());
    }
}

impl Default for UndoContext {
    fn default() -> Self {
        Self::new()
    }
}

/// A bar at the foot of the screen that announces changes and offers undo after a removal.
#[component]
pub fn UndoBar() -> impl IntoView {
    let undo = UndoContext::expect_context();
    let plan = PlanContext::expect_context().plan;
    let can_undo = move || undo.removed.with(Option::is_some);
    view! {
        <div class="undo-bar" class:undo-bar--shown=move || !undo.message.with(String::is_empty)>
            <p role="status" class="undo-bar__message">{move || undo.message.get()}</p>
            <Show when=can_undo>
                <button type="button" id="undo-button" on:click=move |_| undo.undo(plan)>
                    {common::UNDO}
                </button>
                <button type="button" class="quiet" on:click=move |_| undo.dismiss()>
                    {common::DISMISS}
                </button>
            </Show>
        </div>
    }
}
