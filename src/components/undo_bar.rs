use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::content::common;
use crate::domain::library::{Library, RemovedPlan};
use crate::domain::plan::{Plan, Removed};

/// How long an announcement stays on screen.
const ANNOUNCEMENT_LASTS: std::time::Duration = std::time::Duration::from_secs(6);

/// Something removed that can be put back.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Undoable {
    /// Part of a plan, and which plan it belongs to.
    InPlan { plan: u32, removed: Removed },
    /// A whole plan.
    Plan(RemovedPlan),
}

/// The last removal (which can be undone) and the last announcement, for the undo bar.
#[derive(Debug, Clone, Copy)]
pub struct UndoContext {
    removed: RwSignal<Option<Undoable>>,
    message: RwSignal<String>,
    library: RwSignal<Library>,
    plan: RwSignal<Plan>,
}

impl UndoContext {
    pub fn new(library: RwSignal<Library>, plan: RwSignal<Plan>) -> Self {
        Self {
            removed: RwSignal::new(None),
            message: RwSignal::new(String::new()),
            library,
            plan,
        }
    }

    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Says that part of the open plan was removed and offers to put it back.
    pub fn offer(self, removed: Removed) {
        let plan = self.library.with_untracked(|library| library.current);
        self.offer_undoable(
            common::removed(removed.name()),
            Undoable::InPlan { plan, removed },
        );
    }

    /// Says that a whole plan was deleted and offers to put it back.
    pub fn offer_plan(self, removed: RemovedPlan) {
        self.offer_undoable(
            common::removed(&removed.entry.name),
            Undoable::Plan(removed),
        );
    }

    /// The Undo button takes focus, since the button that was pressed has gone.
    fn offer_undoable(self, message: String, undoable: Undoable) {
        self.message.set(message);
        self.removed.set(Some(undoable));
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

    /// True while there is something to undo that still applies: part of a plan can only
    /// go back into that same plan.
    fn can_undo(self) -> bool {
        let current = self.library.with(|library| library.current);
        self.removed.with(|removed| match removed {
            Some(Undoable::InPlan { plan, .. }) => *plan == current,
            Some(Undoable::Plan(_)) => true,
            None => false,
        })
    }

    fn undo(self) {
        let Some(undoable) = self.removed.get_untracked() else {
            return;
        };
        self.removed.set(None);
        match undoable {
            Undoable::InPlan { removed, .. } => {
                self.message.set(common::restored(removed.name()));
                self.plan.update(|plan| plan.restore(removed));
            }
            Undoable::Plan(removed) => {
                self.message.set(common::restored(&removed.entry.name));
                self.library.update(|library| library.restore(removed));
            }
        }
    }

    fn dismiss(self) {
        self.removed.set(None);
        self.message.set(String::new());
    }
}

/// A bar at the foot of the screen that announces changes and offers undo after a removal.
#[component]
pub fn UndoBar() -> impl IntoView {
    let undo = UndoContext::expect_context();
    view! {
        <div class="undo-bar" class:undo-bar--shown=move || !undo.message.with(String::is_empty)>
            <p role="status" class="undo-bar__message">{move || undo.message.get()}</p>
            <Show when=move || undo.can_undo()>
                <button type="button" id="undo-button" on:click=move |_| undo.undo()>
                    {common::UNDO}
                </button>
                <button type="button" class="quiet" on:click=move |_| undo.dismiss()>
                    {common::DISMISS}
                </button>
            </Show>
        </div>
    }
}
