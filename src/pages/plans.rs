use leptos::prelude::*;

use crate::browser;
use crate::components::fields::{AddForm, HiddenName, NameBox};
use crate::components::when::{EachId, When};
use crate::domain::content::{limits, plans};
use crate::domain::library::Library;
use crate::domain::plan::{Id, Plan};
use crate::domain::steps::Step;
use crate::ids;
use crate::router::{Route, RouterContext};
use crate::state::{LibraryContext, UndoContext, memo};
use crate::storage::{self, Backup, BrowserStore};

/// Every plan in this browser: open, rename, duplicate, delete (with undo), and start another.
#[component]
pub fn PlansScreen() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    // A plan's number in the library is not a plan::Id, but it keys a list just as well.
    let ids = memo(move || {
        library
            .library
            .with(|l| l.plans.iter().map(|e| Id(e.id)).collect::<Vec<_>>())
    });
    let create = Callback::new(move |name: String| {
        let notice = plans::created(&name);
        if library.add_and_open(name, Plan::default()) {
            library.save_now();
            undo.announce(notice);
            router.go(&Route::Step(Step::Start));
        }
    });
    let full = memo(move || {
        library
            .library
            .with(Library::is_full)
            .then(limits::plans_full)
    });
    view! {
        <section class="step" aria-labelledby=ids::SCREEN_HEADING>
            <h1 id=ids::SCREEN_HEADING tabindex="-1">{plans::HEADING.get()}</h1>
            <p class="step-intro">{plans::INTRO.get()}</p>
            <ul class="cards">
                <EachId ids view=move |id: Id| view! { <PlanCard id=id.0 /> }.into_any() />
            </ul>
            <section class="panel" aria-labelledby="add-plan-heading">
                <h2 id="add-plan-heading">{plans::ADD_HEADING.get()}</h2>
                <AddForm
                    id="new-plan"
                    label=plans::ADD_LABEL
                    hint=plans::ADD_HINT
                    required=plans::NAME_REQUIRED
                    button=plans::ADD
                    on_add=create
                    full=full.into()
                />
            </section>
            <BackupsPanel />
        </section>
    }
}

/// The copies kept of stored plans that could not be used as they were (damaged, from a
/// newer version, over the limits): restore, download or delete each. Shown only when
/// there are some.
#[component]
fn BackupsPanel() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let changed = RwSignal::new(0_u32);
    move || {
        changed.track();
        let backups = storage::backups(&BrowserStore, library.slot.get());
        (!backups.is_empty()).then(|| {
            let cards = backups
                .into_iter()
                .enumerate()
                .map(|(index, backup)| view! { <BackupCard number=index + 1 backup changed /> })
                .collect_view();
            view! {
                <section class="panel" aria-labelledby="backups-heading">
                    <h2 id="backups-heading">{plans::BACKUPS_HEADING.get()}</h2>
                    <p>{plans::BACKUPS_INTRO.get()}</p>
                    <ul class="cards">{cards}</ul>
                </section>
            }
        })
    }
}

/// One copy: when it was made and its size, and what can be done with it. `changed` is
/// bumped when it is deleted, so the list is read again.
#[component]
fn BackupCard(number: usize, backup: Backup, changed: RwSignal<u32>) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let label = plans::backup_label(number, backup.made.as_deref(), backup.text.len());
    let restorable = backup.plans();
    let restore = restorable.clone().map(|restored| {
        move |_| {
            // As many as there is room for; the message says when some are not.
            let fitting = restored
                .plans
                .iter()
                .take_while(|entry| library.add_and_open(entry.name.clone(), entry.plan.clone()))
                .count();
            library.save_now();
            let mut message = plans::restored(fitting);
            if fitting < restored.plans.len() {
                message = format!("{message} {}", limits::plans_full());
            }
            undo.announce(message);
        }
    });
    let file = format!("{}.json", backup.key.replace(':', "-"));
    let text = backup.text;
    let download = move |_| {
        let _ = browser::download(&file, "application/json", &text);
    };
    let key = backup.key;
    let delete = move |_| {
        let message = match storage::delete_backup(&BrowserStore, &key) {
            Ok(()) => plans::BACKUP_DELETED.get(),
            Err(_) => plans::BACKUP_NOT_DELETED.get(),
        };
        undo.announce(message.to_owned());
        changed.update(|n| *n += 1);
    };
    view! {
        <li class="card">
            <p>{label}</p>
            {restorable.is_none().then(|| view! { <p class="hint">{plans::BACKUP_UNREADABLE.get()}</p> })}
            <div class="card__actions">
                {restore.map(|restore| view! {
                    <button type="button" on:click=restore>{plans::RESTORE.get()}</button>
                })}
                <button type="button" on:click=download>{plans::DOWNLOAD_BACKUP.get()}</button>
                <button type="button" class="danger" on:click=delete>{plans::DELETE_BACKUP.get()}</button>
            </div>
        </li>
    }
}

/// One plan: its name (editable), what is in it, and what can be done with it.
#[component]
fn PlanCard(id: u32) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    let label = memo(move || {
        library
            .library
            .with(|l| {
                l.labels()
                    .into_iter()
                    .find_map(|(other, label)| (other == id).then_some(label))
            })
            .unwrap_or_default()
    });
    let name = memo(move || {
        library
            .library
            .with(|l| l.entry(id).map(|e| e.name.clone()))
            .unwrap_or_default()
    });
    let is_open = memo(move || library.library.with(|l| l.current == id));
    let summary = memo(move || {
        library.library.with(|l| {
            l.entry(id)
                .map(|e| plans::summary(e.plan.competencies.len(), e.plan.mentors.len()))
                .unwrap_or_default()
        })
    });
    let rename = Callback::new(move |text: String| {
        library.library.update(|l| {
            l.rename(id, &text);
        });
    });
    let open = move |_| {
        library.open(id);
        undo.announce(plans::opened(&label.get_untracked()));
        router.go(&Route::Step(Step::Start));
    };
    let duplicate = move |_| {
        if !library.duplicate(id, plans::copy_of(&name.get_untracked())) {
            undo.announce(limits::plans_full());
        }
    };
    let delete = move |_| {
        if let Some(removed) = library.delete(id) {
            undo.offer_plan(removed);
        }
    };
    view! {
        <li class="card" class:card--current=move || is_open.get()>
            <h2 class="card__title" dir="auto">{label}</h2>
            <p class="card__summary">
                {summary}
                <When when=move || is_open.get()>
                    <span class="badge">{plans::CURRENT.get()}</span>
                </When>
            </p>
            <div class="card__fields">
                <NameBox
                    id=format!("plan-{id}-name")
                    label=plans::RENAME_LABEL
                    value=name
                    on_valid=rename
                    required=plans::NAME_REQUIRED
                />
            </div>
            <div class="card__actions">
                <When
                    when=move || !is_open.get()
                    fallback=move || {
                        view! {
                            <a class="button" href=Route::Step(Step::Start).href()>
                                {plans::CONTINUE.get()}
                                <HiddenName name=label />
                            </a>
                        }
                    }
                >
                    <button type="button" on:click=open>
                        {plans::OPEN.get()}
                        <HiddenName name=label />
                    </button>
                </When>
                <button type="button" class="quiet" on:click=duplicate>
                    {plans::DUPLICATE.get()}
                    <HiddenName name=label />
                </button>
                <button type="button" class="quiet danger" on:click=delete>
                    {plans::DELETE.get()}
                    <HiddenName name=label />
                </button>
            </div>
        </li>
    }
}
