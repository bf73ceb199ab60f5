use leptos::prelude::*;

use crate::components::choices::CheckGroup;
use crate::components::fields::{AddForm, CheckBox, HiddenName, TextBox};
use crate::components::step_nav::StepPage;
use crate::components::when::{EachNamed, When};
use crate::domain::content::{self, common, privacy, situation};
use crate::domain::plan::{Factor, Id, List, SituationRef};
use crate::domain::steps::Step;
use crate::state::PlanContext;
use crate::state::UndoContext;

/// Stock-take question 2: the lifestyle and social factors that shape the strategy.
#[component]
pub fn SituationStep() -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    // Listed factors as situation parts: the mentors step checks those boxes too, so one copy
    // of the check-group code serves both (a smaller wasm).
    let factors: Vec<(SituationRef, String)> = Factor::ALL
        .iter()
        .map(|factor| {
            let label = content::factor_label(*factor).to_owned();
            (SituationRef::Listed(*factor), label)
        })
        .collect();
    let ticked = context.read(|plan| {
        plan.situation
            .factors
            .iter()
            .map(|factor| SituationRef::Listed(*factor))
            .collect::<Vec<_>>()
    });
    let own = context.read(|plan| {
        plan.situation
            .own_factors
            .iter()
            .map(|factor| (factor.id, factor.name.clone()))
            .collect::<Vec<_>>()
    });
    let notes = context.read(|plan| plan.situation.notes.clone());
    let set_notes = context.write(|plan, text| plan.situation.notes = text);
    let remove = move |id: Id| {
        if let Some(removed) = context
            .try_update(|plan| plan.remove_own_factor(id))
            .flatten()
        {
            undo.offer(removed);
        }
    };
    view! {
        <StepPage step=Step::Situation>
            <CheckGroup
                id="factor"
                legend=situation::FACTORS_LEGEND
                options=factors
                checked=ticked
                on_toggle=context.write(|plan, (part, on)| {
                    if let SituationRef::Listed(factor) = part {
                        plan.set_factor(factor, on);
                    }
                })
            />
            <CheckBox
                id="situation-factors-private"
                label=privacy::PRIVATE_FACTORS
                checked=context.read(|plan| plan.private.situation)
                on_change=context.write(|plan, on| plan.private.situation = on)
            />
            <p class="hint">{privacy::PRIVATE_FACTORS_HINT.get()}</p>
            <section class="panel" aria-labelledby="own-factor-heading">
                <h2 id="own-factor-heading">{situation::OWN_HEADING.get()}</h2>
                <AddForm
                    id="new-factor"
                    label=situation::OWN_LABEL
                    hint=situation::OWN_HINT
                    required=situation::OWN_REQUIRED
                    button=situation::ADD_OWN
                    on_add=context.write(|plan, name| {
                        plan.add_own_factor(name);
                    })
                    full=context.full(List::OwnFactors)
                />
                <When when=move || own.with(|own| !own.is_empty())>
                    <h3>{situation::OWN_LIST.get()}</h3>
                    <ul class="simple-list">
                        <EachNamed items=own view=move |(id, name): (Id, String)| view! {
                            <li>
                                <span>{name.clone()}</span>
                                <button type="button" class="quiet danger" on:click=move |_| remove(id)>
                                    {common::REMOVE.get()}
                                    <HiddenName name=name />
                                </button>
                            </li>
                        }.into_any() />
                    </ul>
                </When>
            </section>
            <TextBox
                id="situation-notes"
                label=situation::NOTES_LABEL
                hint=situation::NOTES_HINT
                multiline=true
                value=notes
                on_input=set_notes
            />
            <CheckBox
                id="situation-private"
                label=privacy::PRIVATE_SITUATION
                checked=context.read(|plan| plan.private.situation_notes)
                on_change=context.write(|plan, on| plan.private.situation_notes = on)
            />
        </StepPage>
    }
}
