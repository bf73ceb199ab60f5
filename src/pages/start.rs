use leptos::prelude::*;

use crate::components::fields::{CheckBox, DateBox, TextBox};
use crate::components::step_nav::StepPage;
use crate::components::welcome::Welcome;
use crate::domain::content::{goals, privacy, start};
use crate::domain::plan::{Horizon, Plan};
use crate::domain::steps::Step;
use crate::state::PlanContext;

/// Stock-take, step one: the welcome, then goals, target role and the last performance review.
#[component]
pub fn StartStep() -> impl IntoView {
    let context = PlanContext::expect_context();
    let field = move |get: fn(&Plan) -> &String, set: fn(&mut Plan) -> &mut String| {
        (
            context.read(move |plan| get(plan).clone()),
            context.write(move |plan, text| *set(plan) = text),
        )
    };
    let (role, set_role) = field(|p| &p.target_role, |p| &mut p.target_role);
    let (review, set_review) = field(|p| &p.review_notes, |p| &mut p.review_notes);
    view! {
        <Welcome />
        <StepPage step=Step::Start>
            <form class="step-form" on:submit=|ev| ev.prevent_default()>
                <fieldset class="goals field--wide" aria-describedby="goals-hint">
                    <legend>{start::GOALS_LABEL.get()}</legend>
                    <p class="hint" id="goals-hint">{goals::HINT.get()}</p>
                    {Horizon::ALL.map(|horizon| view! { <GoalFields horizon /> })}
                </fieldset>
                <TextBox
                    id="target-role"
                    label=start::TARGET_ROLE_LABEL
                    hint=start::TARGET_ROLE_HINT
                    value=role
                    on_input=set_role
                />
                <TextBox
                    id="review-notes"
                    label=start::REVIEW_LABEL
                    hint=start::REVIEW_HINT
                    multiline=true
                    value=review
                    on_input=set_review
                />
                <CheckBox
                    id="review-private"
                    label=privacy::PRIVATE_REVIEW
                    checked=context.read(|plan| plan.private.review_notes)
                    on_change=context.write(|plan, on| plan.private.review_notes = on)
                />
            </form>
        </StepPage>
    }
}

/// The goal for one horizon, and the date the person means to reach it by.
#[component]
fn GoalFields(horizon: Horizon) -> impl IntoView {
    let context = PlanContext::expect_context();
    let slug = match horizon {
        Horizon::Soon => "soon",
        Horizon::Year => "year",
        Horizon::Later => "later",
    };
    view! {
        <TextBox
            id=format!("goal-{slug}")
            label=goals::label(horizon)
            multiline=true
            value=context.read(move |plan| plan.goals.get(horizon).text.clone())
            on_input=context.write(move |plan, text| plan.goals.get_mut(horizon).text = text)
        />
        <DateBox
            id=format!("goal-{slug}-by")
            label=goals::date_label(horizon)
            value=context.read(move |plan| plan.goals.get(horizon).by)
            on_change=context.write(move |plan, by| plan.goals.get_mut(horizon).by = by)
        />
    }
}
