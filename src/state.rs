//! The store: every plan in this browser in one signal (the open plan included, so there is
//! no second copy to keep in step), saving it shortly after each change, taking in what
//! other tabs save, the save status, and undo. Nothing here draws.

use leptos::ev;
use leptos::prelude::*;

use crate::domain::content::{self, Language, common, plans};
use crate::domain::library::{Library, RemovedPlan};
use crate::domain::plan::{Competency, Id, List, Mentor, Plan, Removed};
use crate::domain::workshop_content::WorkshopContent;
use crate::json::Document;
use crate::storage::{self, BrowserStore, LoadProblem, Slot, StorageError};

/// How long after the last change the plans are written to storage.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(250);
/// How long an announcement stays on screen.
const ANNOUNCEMENT_LASTS: std::time::Duration = std::time::Duration::from_secs(6);

/// The open plan, for the screens that show or edit it, and the names it shows everywhere.
/// It reads and writes the plan where it lives: in the library.
#[derive(Debug, Clone, Copy)]
pub struct PlanContext {
    library: RwSignal<Library>,
    /// Every mentor's id and name, told apart from namesakes; computed once per change.
    pub mentor_labels: Memo<Vec<(Id, String)>>,
    /// Every competency's id and name, told apart from namesakes.
    pub competency_labels: Memo<Vec<(Id, String)>>,
}

impl PlanContext {
    /// The open plan of `library`.
    pub fn new(library: RwSignal<Library>) -> Self {
        Self {
            library,
            mentor_labels: memo(move || library.with(|l| l.current_plan().mentor_labels())),
            competency_labels: memo(move || library.with(|l| l.current_plan().competency_labels())),
        }
    }

    /// A plan that is not one of this browser's (a shared link, a slide), to show read-only.
    pub fn of_plan(name: String, plan: Plan) -> Self {
        Self::new(RwSignal::new(Library::with_plan(name, plan)))
    }

    /// The context the `App` provides; panics only if a component is mounted outside it.
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Reads the plan, and redraws the caller when it changes.
    pub fn with<T>(self, read: impl FnOnce(&Plan) -> T) -> T {
        self.library.with(|library| read(library.current_plan()))
    }

    /// Reads the plan without subscribing to its changes (in event handlers).
    pub fn with_untracked<T>(self, read: impl FnOnce(&Plan) -> T) -> T {
        self.library
            .with_untracked(|library| read(library.current_plan()))
    }

    pub fn update(self, change: impl FnOnce(&mut Plan)) {
        self.library
            .update(|library| change(library.current_plan_mut()));
    }

    /// Changes the plan and returns what the change returned.
    pub fn try_update<T>(self, change: impl FnOnce(&mut Plan) -> T) -> Option<T> {
        self.library
            .try_update(|library| change(library.current_plan_mut()))
    }

    /// A value read from the plan. It is worked out again on every change to the plan,
    /// but tells the view only when the value itself changed, so a keystroke in one
    /// field redraws only what shows that field.
    pub fn read<T: PartialEq + Send + Sync + 'static>(
        self,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Signal<T> {
        memo(move || self.with(&read)).into()
    }

    /// Why `list` takes no more items, while it is full.
    pub fn full(self, list: List) -> Signal<Option<String>> {
        self.read(move |plan| plan.is_full(list).then(|| content::limits::list_full(list)))
    }

    /// The name shown for one mentor (namesakes get a number).
    pub fn mentor_label(self, id: Id) -> Signal<String> {
        label_in(self.mentor_labels, id)
    }

    /// The name shown for one competency (namesakes get a number).
    pub fn competency_label(self, id: Id) -> Signal<String> {
        label_in(self.competency_labels, id)
    }

    /// A callback that changes the plan with the value it is given.
    pub fn write<T: 'static>(
        self,
        write: impl Fn(&mut Plan, T) + Send + Sync + 'static,
    ) -> Callback<T> {
        Callback::new(move |value| self.update(|plan| write(plan, value)))
    }

    /// One field of one mentor, to bind to a form control.
    pub fn mentor_field<T: Default + PartialEq + Send + Sync + 'static>(
        self,
        id: Id,
        get: fn(&Mentor) -> T,
        set: fn(&mut Mentor, T),
    ) -> (Signal<T>, Callback<T>) {
        (
            self.read(move |plan| plan.mentor(id).map(get).unwrap_or_default()),
            self.write(move |plan, value| {
                if let Some(mentor) = plan.mentor_mut(id) {
                    set(mentor, value);
                }
            }),
        )
    }

    /// One field of one competency, to bind to a form control.
    pub fn competency_field<T: Default + PartialEq + Send + Sync + 'static>(
        self,
        id: Id,
        get: fn(&Competency) -> T,
        set: fn(&mut Competency, T),
    ) -> (Signal<T>, Callback<T>) {
        (
            self.read(move |plan| plan.competency(id).map(get).unwrap_or_default()),
            self.write(move |plan, value| {
                if let Some(competency) = plan.competency_mut(id) {
                    set(competency, value);
                }
            }),
        )
    }
}

/// `Memo::new` for a value that `compute` works out. Leptos' memo is in the wasm once per
/// closure it is given; this one boxes the closure, so it is in the wasm once per type of
/// value. With `PlanContext::read`, which uses it, it took 2.5 KB gzip off the first load.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    compute: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    memo_boxed(Box::new(compute))
}

#[inline(never)]
fn memo_boxed<T: PartialEq + Send + Sync + 'static>(
    compute: Box<dyn Fn() -> T + Send + Sync>,
) -> Memo<T> {
    Memo::new(move |_| compute())
}

fn label_in(labels: Memo<Vec<(Id, String)>>, id: Id) -> Signal<String> {
    memo(move || {
        labels.with(|labels| {
            labels
                .iter()
                .find_map(|(other, label)| (*other == id).then(|| label.clone()))
                .unwrap_or_default()
        })
    })
    .into()
}

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

/// Something removed that can be put back.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Undoable {
    /// Part of a plan, and which plan it belongs to.
    InPlan { plan: u32, removed: Box<Removed> },
    /// A whole plan.
    Plan(Box<RemovedPlan>),
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

    /// The Undo button takes focus, since the button that was pressed has gone.
    fn offer_undoable(self, message: String, undoable: Undoable) {
        self.message.set(message);
        self.removed.set(Some(undoable));
        crate::browser::focus_after_render("undo-button".into());
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
            Some(Undoable::Plan(_)) => true,
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

thread_local! {
    static WORKSHOP_CONTENT: std::cell::RefCell<Option<(Language, std::sync::Arc<WorkshopContent>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Workshop mode's example plans and guide in the language spoken now, fetched from the file
/// beside the app the first time a workshop screen needs them, then kept. `None` if the file
/// could not be fetched or read.
pub async fn workshop_content() -> Option<std::sync::Arc<WorkshopContent>> {
    let language = content::language();
    let kept = WORKSHOP_CONTENT.with_borrow(|kept| {
        kept.as_ref()
            .filter(|(kept_language, _)| *kept_language == language)
            .map(|(_, content)| content.clone())
    });
    if kept.is_some() {
        return kept;
    }
    let text = crate::browser::fetch_text(WorkshopContent::file_name(language)).await?;
    let content = std::sync::Arc::new(
        Document::parse(&text)
            .ok()?
            .read::<WorkshopContent>()
            .ok()?,
    );
    WORKSHOP_CONTENT.set(Some((language, content.clone())));
    Some(content)
}

/// The language our words are in, and the switch between English and French.
#[derive(Debug, Clone, Copy)]
pub struct LanguageContext {
    /// Every screen is drawn again when it changes.
    pub language: RwSignal<Language>,
    /// True while the French is being fetched.
    pub loading: RwSignal<bool>,
    /// True when the French could not be fetched; the app stays in English.
    pub failed: RwSignal<bool>,
}

impl LanguageContext {
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Speaks the other language, fetching the French first if need be, and remembers the
    /// choice in this browser.
    pub fn switch(self) {
        if self.loading.get_untracked() {
            return;
        }
        let to = self.language.get_untracked().other();
        self.loading.set(true);
        when_spoken(
            to,
            Box::new(move |spoken| {
                self.loading.set(false);
                self.failed.set(!spoken);
                if spoken {
                    // A browser that refuses storage still switches, for this visit.
                    let _ = storage::choose_language(&BrowserStore, to);
                    self.language.set(to);
                    crate::browser::focus_after_render(LANGUAGE_SWITCH_ID.to_owned());
                }
            }),
        );
    }
}

/// The id of the language switch, where focus goes after switching.
pub const LANGUAGE_SWITCH_ID: &str = "language-switch";

/// Provides the `LanguageContext`, speaking the language `start_in_page_language` chose;
/// `french_failed` when it chose French and the French could not be fetched.
pub fn provide_language(french_failed: bool) -> LanguageContext {
    let context = LanguageContext {
        language: RwSignal::new(content::language()),
        loading: RwSignal::new(false),
        failed: RwSignal::new(french_failed),
    };
    provide_context(context);
    context
}

/// Before the app mounts: speaks the language the page chose (index.html's first script sets
/// `<html lang>` from the choice stored in this browser, else from the browser's languages),
/// then calls `then` with whether the French could not be fetched. French waits for its
/// words; without them the app starts in English (and says so).
pub fn start_in_page_language(then: Box<dyn FnOnce(bool)>) {
    when_spoken(
        crate::browser::page_language(),
        Box::new(move |spoken| {
            if !spoken {
                crate::browser::set_page_language(Language::English);
            }
            then(!spoken);
        }),
    );
}

/// Speaks `language`, once its words are here (the French is fetched the first time), then
/// calls `then` with whether it could. One boxed callback, so the fetch is built once.
fn when_spoken(language: Language, then: Box<dyn FnOnce(bool)>) {
    if language == Language::English || content::has_french() {
        speak(language);
        then(true);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let pairs = crate::browser::french_catalogue().await;
        let fetched = pairs.is_some();
        if let Some(pairs) = pairs {
            content::use_french(pairs);
            speak(language);
        }
        then(fetched);
    });
}

/// Speaks `language`: our words and `<html lang>`.
fn speak(language: Language) {
    content::set_language(language);
    crate::browser::set_page_language(language);
}

/// True once a new version of the app is downloaded and waits for the person to reload.
#[derive(Debug, Clone, Copy)]
pub struct NewVersion(pub RwSignal<bool>);

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
