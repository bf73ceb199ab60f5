use leptos::prelude::*;

use crate::browser;
use crate::domain::content::load_notice as text;
use crate::storage::{BACKUP_FILE, LoadProblem};

/// The message for a start-up problem, in plain words.
pub fn load_problem_message(problem: &LoadProblem) -> String {
    match problem {
        LoadProblem::Unreadable { backup_key } => text::unreadable(backup_key),
        LoadProblem::NewerSchema { found, backup_key } => text::newer_schema(*found, backup_key),
        LoadProblem::BackupFailed { .. } => text::BACKUP_FAILED.get().to_owned(),
        LoadProblem::StorageUnavailable => text::STORAGE_UNAVAILABLE.get().to_owned(),
        LoadProblem::Trimmed {
            trimmed,
            backup_key,
        } => text::trimmed(trimmed, backup_key),
    }
}

/// Tells the person, until they dismiss it, that the stored plans could not be used as they
/// were. When there was no room to keep a copy of them (`LoadProblem::BackupFailed`), it
/// offers them as a file: once downloaded, saving over them is safe, and `resume_saving` runs.
#[component]
pub fn LoadNotice(
    problem: RwSignal<Option<LoadProblem>>,
    resume_saving: Callback<()>,
) -> impl IntoView {
    let shown = problem;
    let download_failed = RwSignal::new(false);
    let download_and_save = move |stored: String| {
        let downloaded = browser::download(BACKUP_FILE, "application/json", &stored).is_ok();
        download_failed.set(!downloaded);
        if downloaded {
            shown.set(None);
            resume_saving.run(());
        }
    };
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
                        {match problem {
                            LoadProblem::BackupFailed { stored } => {
                                let stored = stored.clone();
                                Some(view! {
                                    <p hidden=move || !download_failed.get()>{text::DOWNLOAD_FAILED.get()}</p>
                                    <button type="button" on:click=move |_| download_and_save(stored.clone())>
                                        {text::DOWNLOAD_AND_SAVE.get()}
                                    </button>
                                })
                            }
                            _ => None,
                        }}
                        <button type="button" on:click=move |_| shown.set(None)>
                            {text::DISMISS.get()}
                        </button>
                    </section>
                }
            })
        })
    }
}
