//! The store: every plan in this browser in one signal (the open plan included, so there is
//! no second copy to keep in step), saving it shortly after each change, taking in what
//! other tabs save, and the save status.

use leptos::ev;
use leptos::prelude::*;

use super::{PlanContext, UndoContext};
use crate::domain::content::plans;
use crate::domain::library::{Library, PlanEntry, RemovedPlan};
use crate::domain::plan::Plan;
use crate::domain::share;
use crate::storage::{self, BrowserStore, LoadProblem, Slot, StorageError};

/// How long after the last change the plans are written to storage.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

/// Where saving stands, as the person should hear it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since these plans were loaded.
    Untouched,
    /// The last change is stored.
    Saved,
    /// The last change is stored, merged with another tab's save that changed some of the
    /// same things: there, this tab's version was kept.
    SavedKeepingMine,
    /// Saving is off so that an unreadable stored plan is not overwritten.
    Paused,
    /// The last save failed; the plans are still in memory.
    Failed(StorageError),
}

impl From<Result<(), StorageError>> for SaveState {
    fn from(result: Result<(), StorageError>) -> Self {
        match result {
            Ok(()) => Self::Saved,
            Err(error) => Self::Failed(error),
        }
    }
}

impl SaveState {
    pub fn is_problem(&self) -> bool {
        matches!(self, Self::Paused | Self::Failed(_))
    }
}

/// Every plan in this browser (the open one included), which ones (the person's own or
/// workshop mode's demo plans), and saving them all.
#[derive(Debug, Clone, Copy)]
pub struct LibraryContext {
    pub library: RwSignal<Library>,
    pub save_state: RwSignal<SaveState>,
    /// The person's own plans, or workshop mode's demo plans.
    pub slot: RwSignal<Slot>,
    /// Why the plans in use could not be loaded as stored, until the person dismisses it.
    pub problem: RwSignal<Option<LoadProblem>>,
    can_save: StoredValue<bool>,
    pending_save: StoredValue<Option<TimeoutHandle>>,
    /// Changes made here that are not stored yet: waiting for the save delay, or a save
    /// that failed. Only a save that succeeds clears it.
    unsaved: StoredValue<bool>,
    /// The plans as this tab last stored them or took them in: what a merge with another
    /// tab's save compares both sides with.
    base: StoredValue<Library>,
    /// Whether the browser agreed to keep this site's storage: asked once the person has a
    /// plan saved (None until then).
    pub storage_kept: RwSignal<Option<bool>>,
    /// A check-in was just saved: the plan page suggests keeping a copy, once
    /// (`components::keep_copy`).
    pub check_in_saved: RwSignal<bool>,
    /// The plan page has looked, in this visit, at whether the last copy is old.
    pub old_copy_asked: StoredValue<bool>,
    /// The next change to the library came from storage, so it needs no saving.
    from_storage: StoredValue<bool>,
}

impl LibraryContext {
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// True while workshop mode is on (the demo plans are in use).
    pub fn in_workshop(self) -> bool {
        self.slot.get() == Slot::Demo
    }

    /// Puts the plans of `slot` in place of these, as stored; this change is not saved back.
    fn load(self, slot: Slot) {
        self.cancel_pending_save();
        self.unsaved.set_value(false);
        let loaded = load_noting_backup(slot);
        self.can_save.set_value(loaded.can_save());
        self.save_state.set(if loaded.can_save() {
            SaveState::Untouched
        } else {
            SaveState::Paused
        });
        self.problem.set(loaded.problem);
        self.slot.set(slot);
        self.from_storage.set_value(true);
        self.base.set_value(loaded.library.clone());
        self.library.set(loaded.library);
    }

    fn cancel_pending_save(self) {
        if let Some(handle) = self.pending_save.get_value() {
            handle.clear();
            self.pending_save.set_value(None);
        }
    }

    /// Saves shortly, after the last of a run of changes.
    fn save_soon(self) {
        self.cancel_pending_save();
        let save = move || {
            self.save_now();
        };
        self.pending_save
            .set_value(set_timeout_with_handle(save, SAVE_DELAY).ok());
    }

    /// Writes every plan to storage now, instead of after the usual short delay. False if
    /// they could not be written (the save status says why).
    pub fn save_now(self) -> bool {
        self.cancel_pending_save();
        if !self.can_save.get_value() {
            return false;
        }
        let slot = self.slot.get_untracked();
        // Another tab may have stored since this one last did, its storage event still on the
        // way: merge with what is stored, field by field, so that neither tab's edits are
        // lost. What is stored becomes the base, so a failed save never counts the other
        // tab's changes as this one's at the next merge.
        let mut clashes = 0;
        if let Some(stored) = storage::read(&BrowserStore, slot)
            && self.base.with_value(|base| *base != stored)
        {
            let (merged, clashed) = self.base.with_value(|base| {
                self.library
                    .with_untracked(|library| library.merged(base, stored.clone()))
            });
            clashes = clashed;
            self.base.set_value(stored);
            self.from_storage.set_value(true);
            self.library.set(merged);
        }
        // Each plan that changed notes when, and a plan saved for the first time gets its
        // identity.
        let now = crate::browser::now_seconds();
        self.base.with_value(|base| {
            self.library.update_untracked(|library| {
                library.before_saving(base, now, crate::browser::new_identity);
            });
        });
        let saved = self
            .library
            .with_untracked(|library| storage::save(&BrowserStore, slot, library));
        let ok = saved.is_ok();
        if ok {
            self.unsaved.set_value(false);
            self.base.set_value(self.library.get_untracked());
            if self.storage_kept.get_untracked().is_none() && slot == Slot::Own {
                self.storage_kept.set(Some(false));
                let kept = self.storage_kept;
                leptos::task::spawn_local(async move {
                    kept.set(Some(crate::browser::keep_storage().await));
                });
            }
        }
        self.save_state.set(match saved {
            Ok(()) if clashes > 0 => SaveState::SavedKeepingMine,
            saved => SaveState::from(saved),
        });
        ok
    }

    /// Saves again after a start-up that paused saving (`LoadProblem::BackupFailed`), once
    /// the person holds a copy of what is stored: whatever was changed meanwhile is saved now.
    pub fn resume_saving(self) {
        self.can_save.set_value(true);
        self.save_state.set(SaveState::Untouched);
        if self.unsaved.get_value() {
            self.save_now();
        }
    }

    /// Saves now if a change is not stored yet (when the page is hidden or closed, or before
    /// a new version takes over). False if changes are still unsaved after that.
    pub fn flush(self) -> bool {
        !self.unsaved.get_value() || self.save_now()
    }

    /// Takes in what another tab saved. With nothing unsaved here, every plan is taken as
    /// stored (the one open here stays open if it still exists); with unsaved changes
    /// (waiting, or after a failed save), they are merged in when they are saved, so
    /// neither tab's work is lost.
    fn take_other_tabs_save(self) {
        if !self.can_save.get_value() {
            return;
        }
        if self.unsaved.get_value() {
            // Merged in when this tab saves.
            return;
        }
        let Some(mut stored) = storage::read(&BrowserStore, self.slot.get_untracked()) else {
            return;
        };
        let open_here = self.library.with_untracked(|library| library.current);
        if stored.entry(open_here).is_some() {
            stored.current = open_here;
        }
        self.base.set_value(stored.clone());
        if self.library.with_untracked(|library| *library != stored) {
            self.from_storage.set_value(true);
            self.library.set(stored);
        }
    }

    /// Switches workshop mode on or off, and puts its plans in place. Changes not yet saved
    /// are saved first; if that fails, nothing switches and the save status says why. True
    /// if it switched.
    pub fn switch_workshop(self, on: bool) -> bool {
        if self.unsaved.get_value() && !self.save_now() {
            return false;
        }
        match storage::set_workshop(&BrowserStore, on) {
            Ok(()) => {
                self.load(if on { Slot::Demo } else { Slot::Own });
                true
            }
            Err(error) => {
                self.save_state.set(SaveState::from(Err(error)));
                false
            }
        }
    }

    /// Clears every demo plan, and nothing else, and starts a fresh demo. False if the
    /// browser refused.
    pub fn reset_demo(self) -> bool {
        self.cancel_pending_save();
        let reset = storage::reset_demo(&BrowserStore).is_ok();
        if reset {
            self.load(Slot::Demo);
        }
        reset
    }

    /// Opens another plan.
    pub fn open(self, id: u32) {
        self.library.update(|library| {
            library.switch(id);
        });
    }

    /// Adds a plan and opens it. In a browser that so far holds only a blank plan, the new
    /// one takes its place. False, and nothing changes, when there is no room for it (the
    /// caller says so: `content::limits::plans_full`).
    #[must_use = "false means the plan was not added, and the person is told why"]
    pub fn add_and_open(self, name: String, plan: Plan) -> bool {
        if self.library.with_untracked(Library::is_full) {
            return false;
        }
        self.library.update(|library| {
            let blank = library.is_only_a_blank_plan().then_some(library.current);
            library.skip_ids(random_ids());
            if let Some(id) = library.add(name, plan) {
                library.switch(id);
            }
            if let Some(blank) = blank {
                library.remove(blank);
            }
        });
        true
    }

    /// The address that brings the open plan back, whole, as the person's own: for a copy
    /// they keep, the link in their calendar, or a move to another device
    /// (`share::FOR_ONESELF`). Saves first, so that it carries the plan as it is now, with
    /// its identity.
    pub fn link_for_oneself(self) -> String {
        self.save_now();
        let fragment = self.library.with_untracked(|library| {
            share::encode_for_oneself(library.current_name(), library.current_plan())
        });
        format!("{}#{fragment}", crate::browser::app_address())
    }

    /// Notes that the person has just kept a whole copy of the open plan elsewhere, and saves.
    pub fn note_copy_kept(self) {
        let now = crate::browser::now_seconds();
        self.library.update(|library| library.note_copy_kept(now));
        self.save_now();
    }

    /// Takes back the person's own plan from a link they kept, when this browser holds none
    /// of their plans (only the blank one a new browser starts with): it becomes their plan,
    /// open and saved. False, and nothing changes, otherwise.
    pub fn take_back(self, name: String, plan: Plan) -> bool {
        let nothing_here =
            !self.in_workshop() && self.library.with_untracked(Library::is_only_a_blank_plan);
        let taken = nothing_here && self.add_and_open(name, plan);
        if taken {
            self.save_now();
        }
        taken
    }

    /// Puts a copy of plan `id` coming back in its place and saves; the plan as it was, for
    /// undo (None if it is gone).
    pub fn replace(self, id: u32, name: String, plan: Plan) -> Option<PlanEntry> {
        let before = self
            .library
            .try_update(|library| {
                library.switch(id);
                library.replace(id, name, plan)
            })
            .flatten();
        self.save_now();
        before
    }

    /// Adds a plan that came from a link or a file, opens it and saves at once. False, and
    /// nothing changes, when there is no room for it; the person is told either way (through
    /// `undo`, which a task after an await cannot look up): `said` once it is saved, or why it
    /// could not be.
    pub fn keep_as_own(self, undo: UndoContext, name: String, plan: Plan, said: String) -> bool {
        let kept = self.add_and_open(name, plan);
        if kept {
            self.save_now();
        }
        undo.announce(if kept {
            said
        } else {
            crate::domain::content::limits::plans_full()
        });
        kept
    }

    /// Adds a copy of a plan; false when there is no room for it.
    #[must_use = "false means the copy was not added, and the person is told why"]
    pub fn duplicate(self, id: u32, copy_name: String) -> bool {
        self.library
            .try_update(|library| {
                library.skip_ids(random_ids());
                library.duplicate(id, copy_name).is_some()
            })
            .unwrap_or(false)
    }

    /// Deletes a plan; deleting the open one opens its neighbour first, or a new blank plan
    /// if it was the only one. Returns what undo needs.
    pub fn delete(self, id: u32) -> Option<RemovedPlan> {
        self.library
            .try_update(|library| {
                if library.current == id {
                    match library.neighbour(id) {
                        Some(neighbour) => {
                            library.switch(neighbour);
                        }
                        None => {
                            library.skip_ids(random_ids());
                            let name = plans::DEFAULT_NAME.get().to_owned();
                            // The only plan is going: there is room for this one.
                            if let Some(blank) = library.add(name, Plan::default()) {
                                library.switch(blank);
                            }
                        }
                    }
                }
                library.remove(id)
            })
            .flatten()
    }
}

/// A random number of plan ids to skip (see `Library::skip_ids`).
fn random_ids() -> u32 {
    (js_sys::Math::random() * 65_536.0) as u32
}

/// Loads the plans of `slot`; if they had to be copied to a backup, notes when.
fn load_noting_backup(slot: Slot) -> storage::Loaded {
    let loaded = storage::load(&BrowserStore, slot);
    if let Some(key) = loaded.problem.as_ref().and_then(LoadProblem::backup_key) {
        storage::note_backup_made(&BrowserStore, key, &crate::browser::utc_stamp());
    }
    loaded
}

/// Loads every plan (the demo plans while workshop mode is on) and provides the store:
/// `LibraryContext`, `PlanContext` for the open plan, and `UndoContext`. Plans are saved
/// shortly after each change, at once when the page is hidden or closed, and what other
/// tabs save is taken in.
pub fn provide_store() -> LibraryContext {
    let slot = Slot::in_use(&BrowserStore);
    let loaded = load_noting_backup(slot);
    let can_save = loaded.can_save();
    let base = StoredValue::new(loaded.library.clone());
    let library = RwSignal::new(loaded.library);
    let store = LibraryContext {
        library,
        save_state: RwSignal::new(if can_save {
            SaveState::Untouched
        } else {
            SaveState::Paused
        }),
        slot: RwSignal::new(slot),
        problem: RwSignal::new(loaded.problem),
        can_save: StoredValue::new(can_save),
        pending_save: StoredValue::new(None),
        unsaved: StoredValue::new(false),
        base,
        storage_kept: RwSignal::new(None),
        check_in_saved: RwSignal::new(false),
        old_copy_asked: StoredValue::new(false),
        from_storage: StoredValue::new(false),
    };
    provide_context(store);
    provide_context(PlanContext::new(library));
    provide_context(UndoContext::new(library));

    // Sync every plan to localStorage shortly after each change, off the typing path. The
    // first run only subscribes, so opening the app never writes anything.
    Effect::new(move |previous: Option<()>| {
        library.track();
        if store.from_storage.get_value() {
            store.from_storage.set_value(false);
            return;
        }
        if previous.is_some() {
            store.unsaved.set_value(true);
            if store.can_save.get_value() {
                store.save_soon();
            }
        }
    });
    let _ = window_event_listener(ev::pagehide, move |_| {
        store.flush();
    });
    // Leaving with changes that could not be saved: the browser asks the person first.
    let _ = window_event_listener(ev::beforeunload, move |event| {
        if !store.flush() {
            event.prevent_default();
            event.set_return_value("");
        }
    });
    let _ = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            store.flush();
        }
    });
    let _ = window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() == Some(store.slot.get_untracked().key()) {
            store.take_other_tabs_save();
        }
    });
    store
}
