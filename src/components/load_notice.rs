use leptos::prelude::*;

use crate::domain::content::load_notice as text;
use crate::storage::LoadProblem;

/// The message for a start-up problem, in plain words.
pub fn load_problem_message(problem: &LoadProblem) -> String {
    match problem {
        LoadProblem::Unreadable { backup_key } => text::unreadable(backup_key),
        LoadProblem::NewerSchema { found, backup_key } => text::newer_schema(*found, backup_key),
        LoadProblem::BackupFailed => text::BACKUP_FAILED.to_owned(),
        LoadProblem::StorageUnavailable => text::STORAGE_UNAVAILABLE.to_owned(),
    }
}

/// Tells the person, once, that the stored plan could not be used as it was.
#[component]
pub fn LoadNotice(problem: Option<LoadProblem>) -> impl IntoView {
    let visible = RwSignal::new(problem.is_some());
    let message = problem.as_ref().map(load_problem_message);
    move || {
        visible.get().then(|| {
            view! {
                <section class="notice" role="alert">
                    <p>
                        <strong>{text::HEADING}</strong>
                    </p>
                    <p>{message.clone()}</p>
                    <button type="button" on:click=move |_| visible.set(false)>
                        {text::DISMISS}
                    </button>
                </section>
            }
        })
    }
}
