use leptos::prelude::*;

use crate::domain::content::load_notice as text;
use crate::storage::LoadProblem;

/// The message for a start-up problem, in plain words.
pub fn load_problem_message(problem: &LoadProblem) -> String {
    match problem {
        LoadProblem::Unreadable { backup_key } => text::unreadable(backup_key),
        LoadProblem::NewerSchema { found, backup_key } => text::newer_schema(*found, backup_key),
        LoadProblem::BackupFailed => text::BACKUP_FAILED.get().to_owned(),
        LoadProblem::StorageUnavailable => text::STORAGE_UNAVAILABLE.get().to_owned(),
        LoadProblem::Trimmed {
            trimmed,
            backup_key,
        } => text::trimmed(trimmed, backup_key),
    }
}

/// Tells the person, until they dismiss it, that the stored plans could not be used as they were.
#[component]
pub fn LoadNotice(problem: RwSignal<Option<LoadProblem>>) -> impl IntoView {
    let shown = problem;
    move || {
        shown.with(|problem| {
            problem.as_ref().map(|problem| {
                view! {
                    <section class="notice" role="alert">
                        <p>
                            <strong>
                                {match problem {
                                    LoadProblem::Trimmed { .. } => text::TRIMMED_HEADING.get(),
                                    _ => text::HEADING.get(),
                                }}
                            </strong>
                        </p>
                        <p>{load_problem_message(problem)}</p>
                        <button type="button" on:click=move |_| shown.set(None)>
                            {text::DISMISS}
                        </button>
                    </section>
                }
            })
        })
    }
}
