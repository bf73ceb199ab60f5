use leptos::prelude::*;

use crate::domain::content::save_status as text;
use crate::storage::StorageError;

/// Where saving stands, as the person should hear it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since the page opened.
    Untouched,
    /// The last change is stored.
    Saved,
    /// Saving is off so that an unreadable stored plan is not overwritten.
    Paused,
    /// The last save failed; the plan is still in memory.
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
    pub fn message(&self) -> &'static str {
        match self {
            Self::Untouched => text::NOT_SAVED_YET,
            Self::Saved => text::SAVED,
            Self::Paused => text::PAUSED,
            Self::Failed(StorageError::QuotaExceeded) => text::STORAGE_FULL,
            Self::Failed(StorageError::Unavailable) => text::STORAGE_BLOCKED,
            Self::Failed(StorageError::Other(_)) => text::FAILED,
        }
    }

    pub fn is_problem(&self) -> bool {
        matches!(self, Self::Paused | Self::Failed(_))
    }
}

/// The autosave indicator, a polite live region so screen readers hear each change.
#[component]
pub fn SaveStatus(state: RwSignal<SaveState>) -> impl IntoView {
    view! {
        <p
            class="save-status"
            class:save-status--problem=move || state.with(SaveState::is_problem)
            role="status"
        >
            {move || state.with(SaveState::message)}
        </p>
    }
}
