use leptos::prelude::*;

use crate::components::fields::{CheckBox, TextBox};
use crate::components::step_nav::StepPage;
use crate::components::welcome::Welcome;
use crate::domain::content::{privacy, start};
use crate::domain::plan::Plan;
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
    let (goals, set_goals) = field(|p| &p.goals, |p| &mut p.goals);
    let (role, set_role) = field(|p| &p.target_role, |p| &mut p.target_role);
    let (review, set_review) = field(|p| &p.review_notes, |p| &mut p.review_notes);
    view! {
        <Welcome />
        <StepPage step=Step::Start>
            <form class="step-form" on:submit=|ev| ev.prevent_default()>
                <TextBox
                    id="goals"
                    label=start::GOALS_LABEL
                    hint=start::GOALS_HINT
                    multiline=true
                    value=goals
                    on_input=set_goals
                />
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
