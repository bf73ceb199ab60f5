use leptos::prelude::*;

use crate::components::choices::{Choice, Options};
use crate::components::fields::{AddForm, CheckBox, DateBox, HiddenName, NameBox};
use crate::components::step_nav::StepPage;
use crate::components::when::{EachId, When};
use crate::domain::content::{self, common, goals, limits, skills};
use crate::domain::plan::{Horizon, Id, Level, List, Priority, Reason};
use crate::domain::steps::Step;
use crate::state::PlanContext;
use crate::state::UndoContext;

/// Stock-take question 1: the competency inventory, with suggestions for common paths.
#[component]
pub fn SkillsStep() -> impl IntoView {
    let context = PlanContext::expect_context();
    let ids = context.read(|plan| plan.competencies.iter().map(|c| c.id).collect::<Vec<_>>());
    view! {
        <StepPage step=Step::Skills>
            <h2>{skills::YOUR_LIST.get()}</h2>
            <When
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=|| view! { <p class="empty">{skills::EMPTY.get()}</p> }
            >
                <ul class="cards">
                    <EachId ids=ids view=move |id| view! { <CompetencyCard id /> }.into_any() />
                </ul>
            </When>
            <AddCompetency />
            <Suggestions />
        </StepPage>
    }
}

/// One competency, editable in place, with a remove button that can be undone.
#[component]
fn CompetencyCard(id: Id) -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let label = context.competency_label(id);
    let name = context.read(move |plan| {
        plan.competency(id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    });
    let has_namesake = move || label.get().trim() != name.get().trim();
    let set_name = context.write(move |plan, text| {
        if let Some(competency) = plan.competency_mut(id) {
            competency.name = text;
        }
    });
    let reason = Options::for_competency(
        id,
        Reason::ALL.to_vec(),
        content::reason_label,
        |c| c.reason,
        |c, v| c.reason = v,
    );
    let now = Options::for_competency(
        id,
        Level::all().collect(),
        content::level_label,
        |c| c.now,
        |c, v| c.now = v,
    );
    let target = Options::for_competency(
        id,
        Level::all().collect(),
        content::level_label,
        |c| c.target,
        |c, v| c.target = v,
    );
    let priority = Options::for_competency(
        id,
        Priority::ALL.to_vec(),
        content::priority_label,
        |c| c.priority,
        |c, v| c.priority = v,
    );
    let (soft_skill, set_soft_skill) =
        context.competency_field(id, |c| c.soft_skill, |c, v| c.soft_skill = v);
    let remove = move |_| {
        if let Some(removed) = context
            .try_update(|plan| plan.remove_competency(id))
            .flatten()
        {
            undo.offer(removed);
        }
    };
    let serves = Options::for_competency(
        id,
        serves_options(),
        serves_label,
        |c| c.serves,
        |c, v| c.serves = v,
    );
    let (by, set_by) = context.competency_field(id, |c| c.by, |c, v| c.by = v);
    let prefix = format!("competency-{}", id.0);
    view! {
        <li class="card">
            <h3 class="card__title">{label}</h3>
            <When when=has_namesake>
                <p class="hint">{skills::NAMESAKE_NOTE.get()}</p>
            </When>
            // What the plan needs of every skill; the rest, set when it was added, on demand.
            <div class="card__fields">
                <Choice
                    id=format!("{prefix}-now")
                    label=skills::NOW_LABEL
                    options=now
                />
                <Choice
                    id=format!("{prefix}-target")
                    label=skills::TARGET_LABEL
                    options=target
                />
                <Choice
                    id=format!("{prefix}-priority")
                    label=skills::PRIORITY_LABEL
                    options=priority
                />
            </div>
            <details class="card__more">
                <summary>{skills::MORE.get()} <HiddenName name=label /></summary>
                <div class="card__fields">
                    <NameBox
                        id=format!("{prefix}-name")
                        label=skills::NAME_LABEL
                        value=name
                        on_valid=set_name
                        required=skills::NAME_REQUIRED
                    />
                    <Choice
                        id=format!("{prefix}-reason")
                        label=skills::REASON_LABEL
                        options=reason
                    />
                    <Choice
                        id=format!("{prefix}-serves")
                        label=goals::SERVES_LABEL
                        options=serves
                    />
                    <DateBox
                        id=format!("{prefix}-by")
                        label=goals::BY_LABEL
                        value=by
                        on_change=set_by
                    />
                    <CheckBox
                        id=format!("{prefix}-soft")
                        label=skills::SOFT_SKILL
                        checked=soft_skill
                        on_change=set_soft_skill
                    />
                </div>
            </details>
            <button
                type="button"
                class="quiet danger"
                on:click=remove
            >
                {common::REMOVE.get()}
                <HiddenName name=label />
            </button>
        </li>
    }
}

/// The form that adds a competency of the person's own.
#[component]
fn AddCompetency() -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let reason = RwSignal::new(Reason::Goal);
    let priority = RwSignal::new(Priority::Medium);
    let add = Callback::new(move |name: String| {
        undo.announce(skills::added(&name));
        context.update(|plan| {
            plan.add_competency(name, reason.get_untracked(), priority.get_untracked());
        });
    });
    let full = context.full(List::Competencies);
    view! {
        <section class="panel" aria-labelledby="add-competency-heading">
            <h2 id="add-competency-heading">{skills::ADD_HEADING.get()}</h2>
            <AddForm
                id="new-competency"
                label=skills::NAME_LABEL
                hint=skills::NAME_HINT
                required=skills::NAME_REQUIRED
                button=skills::ADD
                on_add=add
                full
            >
                <Choice
                    id="new-competency-reason"
                    label=skills::REASON_LABEL
                    options=Options::of(Reason::ALL.to_vec(), content::reason_label, move || reason.get(), Callback::new(move |value| reason.set(value)))
                />
                <Choice
                    id="new-competency-priority"
                    label=skills::PRIORITY_LABEL
                    options=Options::of(Priority::ALL.to_vec(), content::priority_label, move || priority.get(), Callback::new(move |value| priority.set(value)))
                />
            </AddForm>
        </section>
    }
}

/// One-click competencies for the four paths from the brief.
#[component]
fn Suggestions() -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">{skills::SUGGESTIONS_HEADING.get()}</h2>
            <p>{skills::SUGGESTIONS_INTRO.get()}</p>
            {content::SCENARIOS
                .iter()
                .map(|scenario| {
                    view! {
                        <div class="scenario">
                            <h3>{scenario.title.get()}</h3>
                            <p>{scenario.advice.get()}</p>
                            <ul class="chips">
                                {scenario
                                    .competencies
                                    .iter()
                                    .map(|(name, reason)| {
                                        view! {
                                            <li>
                                                <SuggestionButton name=name.get() reason=*reason />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// Adds a suggested competency in one click (as a soft skill if `soft_skill`); once it is
/// in the plan, says so instead.
#[component]
pub fn SuggestionButton(
    name: &'static str,
    reason: Reason,
    #[prop(optional)] soft_skill: bool,
) -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let added = context.read(move |plan| plan.has_competency_named(name));
    let add = move |_| {
        let added = context.try_update(|plan| {
            if soft_skill {
                plan.add_soft_skill(name.to_owned())
            } else {
                plan.add_competency(name.to_owned(), reason, Priority::Medium)
            }
        });
        undo.announce(match added.flatten() {
            Some(_) => skills::added(name),
            None => limits::list_full(List::Competencies),
        });
    };
    move || {
        if added.get() {
            view! {
                <span class="chip chip--added">
                    {name}
                    <span class="chip__note">{format!("({})", skills::ALREADY_ADDED.get())}</span>
                </span>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="chip" aria-label=skills::add_suggestion(name) on:click=add>
                    {name}
                </button>
            }
            .into_any()
        }
    }
}

/// The goals a competency can serve: none named, or one of the horizons.
fn serves_options() -> Vec<Option<Horizon>> {
    std::iter::once(None)
        .chain(Horizon::ALL.map(Some))
        .collect()
}

fn serves_label(serves: Option<Horizon>) -> &'static str {
    match serves {
        None => goals::SERVES_NONE.get(),
        Some(horizon) => goals::short(horizon).get(),
    }
}
