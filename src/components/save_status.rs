use leptos::prelude::*;

use crate::domain::content::save_status as text;
use crate::state::SaveState;
use crate::storage::StorageError;

/// Where saving stands, in the words the person reads.
fn message(state: &SaveState) -> &'static str {
    match state {
        SaveState::Untouched => text::NOT_SAVED_YET.get(),
        SaveState::Saved => text::SAVED.get(),
        SaveState::SavedKeepingMine => text::SAVED_KEEPING_MINE.get(),
        SaveState::Paused => text::PAUSED.get(),
        SaveState::Failed(StorageError::QuotaExceeded) => text::STORAGE_FULL.get(),
        SaveState::Failed(StorageError::Unavailable) => text::STORAGE_BLOCKED.get(),
        SaveState::Failed(StorageError::Other(_)) => text::FAILED.get(),
        SaveState::Failed(StorageError::NewerVersion(_)) => text::NEWER_VERSION.get(),
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
            {move || state.with(message)}
        </p>
    }
}
