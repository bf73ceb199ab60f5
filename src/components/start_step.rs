use leptos::prelude::*;

use crate::components::text_field::PlanTextField;
use crate::domain::content::start;

/// Stock-take, step one: goals, target role and the last performance review.
#[component]
pub fn StartStep() -> impl IntoView {
    view! {
        <section class="step" aria-labelledby="start-heading">
            <h2 id="start-heading">{start::HEADING}</h2>
            <p>{start::INTRO}</p>
            <form class="step-form" on:submit=|ev| ev.prevent_default()>
                <PlanTextField
                    id="goals"
                    label=start::GOALS_LABEL
                    hint=start::GOALS_HINT
                    read=|plan| &plan.goals
                    write=|plan| &mut plan.goals
                    multiline=true
                />
                <PlanTextField
                    id="target-role"
                    label=start::TARGET_ROLE_LABEL
                    hint=start::TARGET_ROLE_HINT
                    read=|plan| &plan.target_role
                    write=|plan| &mut plan.target_role
                />
                <PlanTextField
                    id="review-notes"
                    label=start::REVIEW_LABEL
                    hint=start::REVIEW_HINT
                    read=|plan| &plan.review_notes
                    write=|plan| &mut plan.review_notes
                    multiline=true
                />
            </form>
        </section>
    }
}
