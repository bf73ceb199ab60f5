use leptos::prelude::*;

use crate::components::choices::CheckGroup;
use crate::components::fields::{AddForm, HiddenName};
use crate::components::step_nav::StepPage;
use crate::components::when::{EachId, When};
use crate::domain::content::{self, common, limits, soft_skills};
use crate::domain::plan::{Id, Industry, List, Plan, Reason, toggle};
use crate::domain::steps::Step;
use crate::pages::skills::SuggestionButton;
use crate::router::Route;
use crate::state::PlanContext;
use crate::state::UndoContext;

/// The plan's soft-skill competencies, as checkbox options.
fn soft_skill_options(plan: &Plan) -> Vec<(Id, String)> {
    plan.competency_labels()
        .into_iter()
        .filter(|(id, _)| plan.competency(*id).is_some_and(|c| c.soft_skill))
        .collect()
}

/// Stock-take question 3: soft skills for the person's industry, and people who have them.
#[component]
pub fn SoftSkillsStep() -> impl IntoView {
    let context = PlanContext::expect_context();
    let industry = context.read(|plan| plan.industry);
    let set_industry = move |value: String| {
        let picked = value
            .parse::<usize>()
            .ok()
            .and_then(|i| Industry::ALL.get(i).copied());
        context.update(|plan| plan.industry = picked);
    };
    let suggestions = move || {
        let specific = industry
            .get()
            .map(content::industry_soft_skills)
            .unwrap_or(&[]);
        specific
            .iter()
            .chain(content::COMMON_SOFT_SKILLS.iter())
            .copied()
            .collect::<Vec<_>>()
    };
    let in_plan = context.read(soft_skill_options);
    view! {
        <StepPage step=Step::SoftSkills>
            <div class="field">
                <label for="industry">{soft_skills::INDUSTRY_LABEL.get()}</label>
                <select id="industry" on:change:target=move |ev| set_industry(ev.target().value())>
                    <option value="" prop:selected=move || industry.get().is_none()>
                        {soft_skills::INDUSTRY_NONE.get()}
                    </option>
                    {Industry::ALL
                        .iter()
                        .enumerate()
                        .map(|(index, option)| {
                            let option = *option;
                            view! {
                                <option
                                    value=index.to_string()
                                    prop:selected=move || industry.get() == Some(option)
                                >
                                    {content::industry_label(option)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <section class="panel" aria-labelledby="soft-suggestions-heading">
                <h2 id="soft-suggestions-heading">{soft_skills::SUGGESTED_HEADING.get()}</h2>
                <When when=move || industry.get().is_none()>
                    <p class="hint">{soft_skills::PICK_INDUSTRY_FIRST.get()}</p>
                </When>
                <ul class="chips">
                    {move || {
                        suggestions()
                            .into_iter()
                            .map(|name| {
                                view! {
                                    <li>
                                        <SuggestionButton name=name.get() reason=Reason::Goal soft_skill=true />
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <h3>{soft_skills::YOURS_HEADING.get()}</h3>
                <p class="hint">{soft_skills::ADDED_WHERE.get()}</p>
                {move || {
                    let names = in_plan.get();
                    if names.is_empty() {
                        view! { <p class="empty">{soft_skills::NONE_IN_PLAN.get()}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="simple-list">
                                {names.into_iter().map(|(_, name)| view! { <li>{name}</li> }).collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }}
            </section>
            <People />
        </StepPage>
    }
}

/// People the person respects for what they do well; each can become a candidate mentor.
#[component]
fn People() -> impl IntoView {
    let context = PlanContext::expect_context();
    let strengths = RwSignal::new(Vec::<Id>::new());
    // What a person does well can be any skill of the plan, soft or not.
    let options: Signal<Vec<(Id, String)>> = context.competency_labels.into();
    let add = Callback::new(move |name: String| {
        let picked = strengths.get_untracked();
        context.update(|plan| {
            plan.add_contact(name, picked);
        });
        strengths.set(Vec::new());
    });
    let ids = context.read(|plan| plan.contacts.iter().map(|c| c.id).collect::<Vec<_>>());
    view! {
        <section class="panel" aria-labelledby="people-heading">
            <h2 id="people-heading">{soft_skills::PEOPLE_HEADING.get()}</h2>
            <p>{soft_skills::PEOPLE_INTRO.get()}</p>
            <ul class="cards">
                <EachId ids=ids view=move |id| view! { <ContactCard id options /> }.into_any() />
            </ul>
            <AddForm
                id="new-person"
                label=soft_skills::PERSON_LABEL
                hint=soft_skills::PERSON_HINT
                required=soft_skills::PERSON_REQUIRED
                button=soft_skills::ADD_PERSON
                on_add=add
                full=context.full(List::Contacts)
            >
                <CheckGroup
                    id="new-person-strength"
                    legend=soft_skills::STRENGTHS_LEGEND
                    options
                    checked=strengths
                    on_toggle=Callback::new(move |(id, on)| strengths.update(|s| toggle(s, id, on)))
                    empty=soft_skills::NO_SKILLS_TO_PICK
                />
            </AddForm>
        </section>
    }
}

/// One person: what they do well, and the button that makes them a candidate mentor.
#[component]
fn ContactCard(id: Id, options: Signal<Vec<(Id, String)>>) -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let contact = move |plan: &Plan| plan.contacts.iter().find(|c| c.id == id).cloned();
    let name = context.read(move |plan| contact(plan).map(|c| c.name).unwrap_or_default());
    let strengths =
        context.read(move |plan| contact(plan).map(|c| c.strengths).unwrap_or_default());
    let is_mentor = context.read(move |plan| {
        contact(plan)
            .and_then(|c| c.mentor)
            .is_some_and(|m| plan.mentor(m).is_some())
    });
    let set_strength = context.write(move |plan, (competency, on)| {
        if let Some(contact) = plan.contact_mut(id) {
            toggle(&mut contact.strengths, competency, on);
        }
    });
    let make_mentor = move |_| {
        let made = context.try_update(|plan| plan.make_mentor_from_contact(id));
        undo.announce(match made.flatten() {
            Some(_) => soft_skills::made_mentor(&name.get_untracked()),
            None => limits::list_full(List::Mentors),
        });
    };
    let remove = move |_| {
        if let Some(removed) = context.try_update(|plan| plan.remove_contact(id)).flatten() {
            undo.offer(removed);
        }
    };
    view! {
        <li class="card">
            <h3 class="card__title">{name}</h3>
            <CheckGroup
                id=format!("person-{}-strength", id.0)
                legend=Signal::derive(move || soft_skills::STRENGTHS_OF.fill(&[("name", &name.get())]))
                options
                checked=strengths
                on_toggle=set_strength
                empty=soft_skills::NO_SKILLS_TO_PICK
            />
            <div class="card__actions">
                {move || {
                    if is_mentor.get() {
                        view! {
                            <a href=Route::Step(Step::Mentors).href() class="badge">{soft_skills::IS_MENTOR.get()}</a>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button
                                type="button"
                                on:click=make_mentor
                            >
                                {soft_skills::MAKE_MENTOR.get()}
                                <HiddenName name />
                            </button>
                        }
                            .into_any()
                    }
                }}
                <button
                    type="button"
                    class="quiet danger"
                    on:click=remove
                >
                    {common::REMOVE.get()}
                    <HiddenName name />
                </button>
            </div>
        </li>
    }
}
