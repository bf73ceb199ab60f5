use leptos::prelude::*;

use crate::components::fields::{AddForm, HiddenName, NameBox};
use crate::domain::content::plans;
use crate::domain::plan::Plan;
use crate::domain::steps::Step;
use crate::router::{Route, RouterContext};
use crate::state::{LibraryContext, UndoContext};

/// Every plan in this browser: open, rename, duplicate, delete (with undo), and start another.
#[component]
pub fn PlansScreen() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    let ids = Memo::new(move |_| {
        library
            .library
            .with(|l| l.plans.iter().map(|e| e.id).collect::<Vec<_>>())
    });
    let create = Callback::new(move |name: String| {
        let notice = plans::created(&name);
        library.add_and_open(name, Plan::default());
        library.save_now();
        undo.announce(notice);
        router.go(&Route::Step(Step::Start));
    });
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{plans::HEADING}</h1>
            <p class="step-intro">{plans::INTRO}</p>
            <ul class="cards">
                <For each=move || ids.get() key=|id| *id let:id>
                    <PlanCard id />
                </For>
            </ul>
            <section class="panel" aria-labelledby="add-plan-heading">
                <h2 id="add-plan-heading">{plans::ADD_HEADING}</h2>
                <AddForm
                    id="new-plan"
                    label=plans::ADD_LABEL
                    hint=plans::ADD_HINT
                    required=plans::NAME_REQUIRED
                    button=plans::ADD
                    on_add=create
                />
            </section>
        </section>
    }
}

/// One plan: its name (editable), what is in it, and what can be done with it.
#[component]
fn PlanCard(id: u32) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    let label = Memo::new(move |_| {
        library
            .library
            .with(|l| {
                l.labels()
                    .into_iter()
                    .find_map(|(other, label)| (other == id).then_some(label))
            })
            .unwrap_or_default()
    });
    let name = Memo::new(move |_| {
        library
            .library
            .with(|l| l.entry(id).map(|e| e.name.clone()))
            .unwrap_or_default()
    });
    let is_open = Memo::new(move |_| library.library.with(|l| l.current == id));
    let summary = Memo::new(move |_| {
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
    let duplicate = move |_| library.duplicate(id, plans::copy_of(&name.get_untracked()));
    let delete = move |_| {
        if let Some(removed) = library.delete(id) {
            undo.offer_plan(removed);
        }
    };
    view! {
        <li class="card" class:card--current=is_open>
            <h2 class="card__title">{label}</h2>
            <p class="card__summary">
                {summary}
                <Show when=move || is_open.get()>
                    <span class="badge">{plans::CURRENT}</span>
                </Show>
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
                <Show
                    when=move || !is_open.get()
                    fallback=move || {
                        view! {
                            <a class="button" href=Route::Step(Step::Start).href()>
                                {plans::CONTINUE}
                                <HiddenName name=label />
                            </a>
                        }
                    }
                >
                    <button type="button" on:click=open>
                        {plans::OPEN}
                        <HiddenName name=label />
                    </button>
                </Show>
                <button type="button" class="quiet" on:click=duplicate>
                    {plans::DUPLICATE}
                    <HiddenName name=label />
                </button>
                <button type="button" class="quiet danger" on:click=delete>
                    {plans::DELETE}
                    <HiddenName name=label />
                </button>
            </div>
        </li>
    }
}
