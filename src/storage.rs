//! The only file that touches localStorage.
//!
//! Every plan (the library) is stored as JSON inside a versioned envelope under one key.
//! Anything we cannot read is copied, untouched, to a backup key before a fresh library
//! replaces it. Workshop mode's demo plans live under keys of their own, so that a demo
//! never reads or writes the person's plans.

use serde::{Deserialize, Serialize};

use crate::domain::content::Language;
use crate::domain::content::plans::{DEFAULT_NAME, DEMO_NAME};
use crate::domain::date::Date;
use crate::domain::library::Library;
use crate::domain::limits::{Trimmed, library_within_limits};
use crate::domain::plan::Plan;
use crate::json::{self, Document, JsonError};

/// The one key the current plan lives under.
pub const PLAN_KEY: &str = "multi-mentor-plan";
/// Where an unreadable stored value is kept; later copies get a numeric suffix.
pub const BACKUP_KEY: &str = "multi-mentor-plan:backup";
/// Workshop mode's demo plans, in the same envelope as the person's own.
pub const DEMO_KEY: &str = "multi-mentor-plan:demo";
/// Where an unreadable demo value is kept.
pub const DEMO_BACKUP_KEY: &str = "multi-mentor-plan:demo:backup";
/// Holds "on" while workshop mode is on.
pub const WORKSHOP_KEY: &str = "multi-mentor-plan:workshop";
/// The language chosen in this browser, "en" or "fr": not part of any plan, so plans and
/// their links carry no language. index.html's first script reads it too.
pub const LANGUAGE_KEY: &str = "multi-mentor-plan:language";
/// The day of the last visit, as "2026-11-28": for the "since your last visit" screen. Not
/// part of any plan.
pub const LAST_VISIT_KEY: &str = "multi-mentor-plan:last-visit";
/// The envelope format this build writes. Bump it and add a migration when `Plan` changes shape.
pub const SCHEMA_VERSION: u32 = 7;
/// The file a copy of stored plans is downloaded as, when the browser has no room for it.
pub const BACKUP_FILE: &str = "multi-mentor-plan-backup.json";
/// How many backups are kept at most: past it, the oldest gives way to the newest.
pub const MAX_BACKUPS: u32 = 50;

/// A string key-value store: localStorage in the browser, a map in tests.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
}

/// Which plans: the person's own, or workshop mode's demo plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Own,
    Demo,
}

impl Slot {
    pub fn key(self) -> &'static str {
        match self {
            Slot::Own => PLAN_KEY,
            Slot::Demo => DEMO_KEY,
        }
    }

    fn backup_key(self, n: u32) -> String {
        let first = match self {
            Slot::Own => BACKUP_KEY,
            Slot::Demo => DEMO_BACKUP_KEY,
        };
        if n == 1 {
            first.to_owned()
        } else {
            format!("{first}:{n}")
        }
    }

    /// The plans a page works on: the demo plans while workshop mode is on.
    pub fn in_use(store: &impl KeyValueStore) -> Slot {
        if workshop_is_on(store) {
            Slot::Demo
        } else {
            Slot::Own
        }
    }
}

pub fn workshop_is_on(store: &impl KeyValueStore) -> bool {
    matches!(store.get(WORKSHOP_KEY), Ok(Some(value)) if value == "on")
}

/// Switches workshop mode on or off. Neither touches any plan.
pub fn set_workshop(store: &impl KeyValueStore, on: bool) -> Result<(), StorageError> {
    if on {
        store.set(WORKSHOP_KEY, "on")
    } else {
        store.remove(WORKSHOP_KEY)
    }
}

/// Remembers the language chosen in this browser.
pub fn choose_language(store: &impl KeyValueStore, language: Language) -> Result<(), StorageError> {
    let value = match language {
        Language::English => "en",
        Language::French => "fr",
    };
    store.set(LANGUAGE_KEY, value)
}

/// The day of the last visit before this one, and today kept as the last visit from now on.
/// None on a first visit (or if the stored day cannot be read).
pub fn visit(store: &impl KeyValueStore, today: Date) -> Option<Date> {
    let last = store
        .get(LAST_VISIT_KEY)
        .ok()
        .flatten()
        .and_then(|text| Date::parse_iso(&text));
    let _ = store.set(LAST_VISIT_KEY, &today.iso());
    last
}

/// Clears every demo plan (and any backup of them), and nothing else.
pub fn reset_demo(store: &impl KeyValueStore) -> Result<(), StorageError> {
    store.remove(DEMO_KEY)?;
    for n in 1..=MAX_BACKUPS {
        delete_backup(store, &Slot::Demo.backup_key(n))?;
    }
    Ok(())
}

/// A copy of stored plans that could not be used as they were, kept untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    /// The text as it was stored.
    pub text: String,
    /// When the copy was made (`YYYYMMDDTHHMMSSZ`), if that was noted.
    pub made: Option<String>,
}

impl Backup {
    /// The plans in it, within the limits, if this build can read them.
    pub fn plans(&self) -> Option<Library> {
        decode_envelope(&self.text)
            .ok()
            .map(|library| library_within_limits(library).0)
    }
}

/// Where the time a backup was made is noted.
fn made_key(backup_key: &str) -> String {
    format!("{backup_key}:made")
}

/// Every backup of `slot`, in the order of their keys.
pub fn backups(store: &impl KeyValueStore, slot: Slot) -> Vec<Backup> {
    (1..=MAX_BACKUPS)
        .map(|n| slot.backup_key(n))
        .filter_map(|key| {
            let text = store.get(&key).ok()??;
            let made = store.get(&made_key(&key)).ok().flatten();
            Some(Backup { key, text, made })
        })
        .collect()
}

/// Notes when the backup under `key` was made, unless that is noted already.
pub fn note_backup_made(store: &impl KeyValueStore, key: &str, stamp: &str) {
    if matches!(store.get(&made_key(key)), Ok(None)) {
        let _ = store.set(&made_key(key), stamp);
    }
}

/// Deletes a backup (and the note of when it was made).
pub fn delete_backup(store: &impl KeyValueStore, key: &str) -> Result<(), StorageError> {
    store.remove(key)?;
    store.remove(&made_key(key))
}

/// Why a read or a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage, or access to it is denied (some private modes, blocked cookies).
    Unavailable,
    /// The browser's storage quota is used up.
    QuotaExceeded,
    /// Anything else the browser reported.
    Other(String),
    /// A newer version of the app (in another tab) stored these plans in a format this
    /// one does not know: writing would destroy them, so nothing is written.
    NewerVersion(u32),
}

/// What is wrong with a stored value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not JSON, not an envelope, or a plan of the wrong shape; says which, for tests.
    Unreadable(&'static str),
    /// Written by a newer build than this one.
    NewerSchema(u32),
}

/// A problem found while loading, for the start-up notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The stored value was damaged; it is kept under `backup_key`.
    Unreadable { backup_key: String },
    /// The stored value came from a newer build; it is kept under `backup_key`.
    NewerSchema { found: u32, backup_key: String },
    /// The stored plans could not be used as they were, nor copied: we must not write over
    /// them until the person has them (`stored`, the text as it is stored) in a file.
    BackupFailed { stored: String },
    /// localStorage cannot be used at all.
    StorageUnavailable,
    /// The stored plans were over the limits and were trimmed; the original is kept under
    /// `backup_key`.
    Trimmed {
        trimmed: Trimmed,
        backup_key: String,
    },
}

impl LoadProblem {
    /// Where the stored value was copied to, if it was.
    pub fn backup_key(&self) -> Option<&str> {
        match self {
            LoadProblem::Unreadable { backup_key }
            | LoadProblem::NewerSchema { backup_key, .. }
            | LoadProblem::Trimmed { backup_key, .. } => Some(backup_key),
            LoadProblem::BackupFailed { .. } | LoadProblem::StorageUnavailable => None,
        }
    }
}

/// The outcome of loading at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub library: Library,
    pub problem: Option<LoadProblem>,
}

impl Loaded {
    /// False when writing would destroy a stored value we could not keep a copy of.
    pub fn can_save(&self) -> bool {
        !matches!(self.problem, Some(LoadProblem::BackupFailed { .. }))
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    library: &'a Library,
}

/// Read in two passes so that the schema number decides how to read the rest.
/// Schemas 1 and 2 held one plan under `plan`; schemas 3 to 7 hold every plan under
/// `library`. Schema 4 made "soft skill" a flag of its own rather than a reason, and schema 5
/// split the goals by horizon (older plans are brought up to date by `Plan::migrate`,
/// through `library_within_limits`). Schema 6 added messages kept per mentor and kind, a
/// signature and the advice to meet someone in person: an older app would drop or refuse
/// them, so it reads schema 6 as newer than itself and leaves it alone. Schema 7 added each
/// plan's identity and the time of its last change, which an older app would drop.
#[derive(Deserialize)]
struct EnvelopeHeader {
    schema: u32,
}

/// Schema 1: only the start of the stock-take existed.
#[derive(Deserialize)]
struct PlanV1 {
    #[serde(default)]
    goals: String,
    #[serde(default)]
    target_role: String,
    #[serde(default)]
    review_notes: String,
}

impl From<PlanV1> for Plan {
    /// Schema 2 keeps the start fields as they were; everything it added starts empty.
    fn from(v1: PlanV1) -> Plan {
        Plan {
            goals_text: v1.goals,
            target_role: v1.target_role,
            review_notes: v1.review_notes,
            ..Plan::default()
        }
    }
}

/// The stored text for every plan.
pub fn encode_envelope(library: &Library) -> String {
    let envelope = EnvelopeOut {
        schema: SCHEMA_VERSION,
        library,
    };
    json::write(&envelope)
}

/// Reads stored text back, migrating older schemas forward: the single plan of schema 1
/// or 2 becomes the one plan of a library.
pub fn decode_envelope(text: &str) -> Result<Library, EnvelopeError> {
    let unreadable = |_: JsonError| EnvelopeError::Unreadable("not JSON, or the wrong shape");
    let document = Document::parse(text).map_err(unreadable)?;
    let header: EnvelopeHeader = document.read().map_err(unreadable)?;
    let part = |name: &str| {
        document.field(name).ok_or(EnvelopeError::Unreadable(
            "a part of the envelope is missing",
        ))
    };
    let one_plan = |plan: Plan| Library::with_plan(DEFAULT_NAME.get().to_owned(), plan);
    match header.schema {
        1 => part("plan")?
            .read::<PlanV1>()
            .map(|v1| one_plan(v1.into()))
            .map_err(unreadable),
        2 => part("plan")?
            .read::<Plan>()
            .map(one_plan)
            .map_err(unreadable),
        3..=SCHEMA_VERSION => {
            let library: Library = part("library")?.read().map_err(unreadable)?;
            match library.entry(library.current) {
                Some(_) => Ok(library),
                None => Err(EnvelopeError::Unreadable("the current plan is missing")),
            }
        }
        0 => Err(EnvelopeError::Unreadable("schema 0 does not exist")),
        newer => Err(EnvelopeError::NewerSchema(newer)),
    }
}

/// Loads every plan of `slot`, keeping anything unreadable under a backup key first.
pub fn load(store: &impl KeyValueStore, slot: Slot) -> Loaded {
    let stored = match store.get(slot.key()) {
        Ok(Some(text)) => text,
        Ok(None) => return fresh(slot, None),
        Err(_) => return fresh(slot, Some(LoadProblem::StorageUnavailable)),
    };
    let error = match decode_envelope(&stored) {
        Ok(library) => {
            let (library, trimmed) = library_within_limits(library);
            let problem = (!trimmed.is_empty()).then(|| match keep_backup(store, slot, &stored) {
                Some(backup_key) => LoadProblem::Trimmed {
                    trimmed,
                    backup_key,
                },
                None => LoadProblem::BackupFailed {
                    stored: stored.clone(),
                },
            });
            return Loaded { library, problem };
        }
        Err(error) => error,
    };
    let Some(backup_key) = keep_backup(store, slot, &stored) else {
        return fresh(slot, Some(LoadProblem::BackupFailed { stored }));
    };
    fresh(
        slot,
        Some(match error {
            EnvelopeError::Unreadable(_) => LoadProblem::Unreadable { backup_key },
            EnvelopeError::NewerSchema(found) => LoadProblem::NewerSchema { found, backup_key },
        }),
    )
}

/// The plans of `slot` as stored now, if they can be read. Unlike `load`, it never writes:
/// it is for taking in what another tab saved.
pub fn read(store: &impl KeyValueStore, slot: Slot) -> Option<Library> {
    let stored = store.get(slot.key()).ok()??;
    let library = decode_envelope(&stored).ok()?;
    Some(library_within_limits(library).0)
}

/// Writes every plan of `slot` under its key, unless what is stored there now was written
/// by a newer version of the app.
pub fn save(store: &impl KeyValueStore, slot: Slot, library: &Library) -> Result<(), StorageError> {
    if let Some(stored) = store.get(slot.key())? {
        let schema = Document::parse(&stored)
            .ok()
            .and_then(|document| document.read::<EnvelopeHeader>().ok());
        if let Some(EnvelopeHeader { schema }) = schema.filter(|h| h.schema > SCHEMA_VERSION) {
            return Err(StorageError::NewerVersion(schema));
        }
    }
    store.set(slot.key(), &encode_envelope(library))
}

/// One blank plan: "My plan", or in workshop mode "Demo plan", the name a room then sees.
fn fresh(slot: Slot, problem: Option<LoadProblem>) -> Loaded {
    let name = match slot {
        Slot::Own => DEFAULT_NAME,
        Slot::Demo => DEMO_NAME,
    };
    Loaded {
        library: Library::with_plan(name.get().to_owned(), Plan::default()),
        problem,
    }
}

/// Copies `original` to a backup key: one that holds the same text already, else a free one.
/// With all `MAX_BACKUPS` in use, the oldest gives way (by when it was made; one with no note
/// of it counts as oldest), so that what is about to be replaced always gets its copy. Returns the key used; None if the browser refused to write it.
fn keep_backup(store: &impl KeyValueStore, slot: Slot, original: &str) -> Option<String> {
    let kept = backups(store, slot);
    if let Some(same) = kept.iter().find(|backup| backup.text == original) {
        return Some(same.key.clone());
    }
    let free = (1..=MAX_BACKUPS)
        .map(|n| slot.backup_key(n))
        .find(|key| kept.iter().all(|backup| backup.key != *key));
    let key = match free {
        Some(key) => key,
        None => {
            let oldest = kept.iter().min_by(|a, b| a.made.cmp(&b.made))?.key.clone();
            delete_backup(store, &oldest).ok()?;
            oldest
        }
    };
    store.set(&key, original).ok().map(|()| key)
}

/// The browser's localStorage. Every call checks access, since it can be revoked at any time.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserStore;

impl BrowserStore {
    fn storage() -> Result<web_sys::Storage, StorageError> {
        web_sys::window()
            .ok_or(StorageError::Unavailable)?
            .local_storage()
            .ok()
            .flatten()
            .ok_or(StorageError::Unavailable)
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Self::storage()?.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        Self::storage()?.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        Self::storage()?.remove_item(key).map_err(classify)
    }
}

/// Turns the browser's exception into our error; quota errors have their own name.
fn classify(error: wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => StorageError::QuotaExceeded,
        Some(exception) if exception.name() == "SecurityError" => StorageError::Unavailable,
        Some(exception) => StorageError::Other(exception.message()),
        None => StorageError::Other("not a DOMException".to_owned()),
    }
}
