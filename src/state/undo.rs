//! Undo: the last thing removed, offered back for a while, and the announcements that go
//! with it.

use leptos::prelude::*;

use crate::domain::content::{self, common};
use crate::domain::library::{Library, PlanEntry, RemovedPlan};
use crate::domain::plan::Removed;

/// How long an announcement stays on screen.
const ANNOUNCEMENT_LASTS: std::time::Duration = std::time::Duration::from_secs(6);

/// Something removed that can be put back.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Undoable {
    /// Part of a plan, and which plan it belongs to.
    InPlan { plan: u32, removed: Box<Removed> },
    /// A whole plan.
    Plan(Box<RemovedPlan>),
    /// A plan as it was before a copy of it took its place.
    Replaced(Box<PlanEntry>),
}

/// The last removal (which can be undone) and the last announcement, for the undo bar.
#[derive(Debug, Clone, Copy)]
pub struct UndoContext {
    removed: RwSignal<Option<Undoable>>,
    pub message: RwSignal<String>,
    library: RwSignal<Library>,
}

impl UndoContext {
    pub fn new(library: RwSignal<Library>) -> Self {
        Self {
            removed: RwSignal::new(None),
            message: RwSignal::new(String::new()),
            library,
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
            Undoable::InPlan {
                plan,
                removed: Box::new(removed),
            },
        );
    }

    /// Says that a whole plan was deleted and offers to put it back.
    pub fn offer_plan(self, removed: RemovedPlan) {
        self.offer_undoable(
            common::removed(&removed.entry.name),
            Undoable::Plan(Box::new(removed)),
        );
    }

    /// Says that a copy of a plan took its place, and offers to put the plan back as it was.
    pub fn offer_replaced(self, message: String, before: PlanEntry) {
        self.offer_undoable(message, Undoable::Replaced(Box::new(before)));
    }

    /// The Undo button takes focus, since the button that was pressed has gone.
    fn offer_undoable(self, message: String, undoable: Undoable) {
        self.message.set(message);
        self.removed.set(Some(undoable));
        crate::browser::focus_after_render(crate::ids::UNDO_BUTTON.into());
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
    pub fn can_undo(self) -> bool {
        let current = self.library.with(|library| library.current);
        self.removed.with(|removed| match removed {
            Some(Undoable::InPlan { plan, .. }) => *plan == current,
            Some(Undoable::Plan(_) | Undoable::Replaced(_)) => true,
            None => false,
        })
    }

    pub fn undo(self) {
        let Some(undoable) = self.removed.get_untracked() else {
            return;
        };
        self.removed.set(None);
        // The list it goes back into may have filled up since: then it stays out, and the
        // message says why.
        let message = match undoable {
            Undoable::InPlan { removed, .. } => {
                let restored = common::restored(removed.name());
                let list = removed.list();
                let back = self
                    .library
                    .try_update(|library| library.current_plan_mut().restore(*removed));
                match (back, list) {
                    (Some(false), Some(list)) => content::limits::list_full(list),
                    _ => restored,
                }
            }
            Undoable::Replaced(before) => {
                let restored = common::restored(&before.name);
                self.library.update(|library| {
                    library.put_back(*before);
                });
                restored
            }
            Undoable::Plan(removed) => {
                let restored = common::restored(&removed.entry.name);
                let back = self.library.try_update(|library| library.restore(*removed));
                if back == Some(false) {
                    content::limits::plans_full()
                } else {
                    restored
                }
            }
        };
        self.message.set(message);
    }

    pub fn dismiss(self) {
        self.removed.set(None);
        self.message.set(String::new());
    }
}
