use leptos::prelude::*;

use crate::components::keep_copy::PlanPageKeepPrompt;
use crate::components::plan_overview::PlanOverview;
use crate::components::step_nav::StepPage;
use crate::domain::content::plan_view;
use crate::domain::steps::Step;
use crate::router::Route;

/// The result: a summary, the grid, the findings and the team, ready to print.
#[component]
pub fn PlanStep() -> impl IntoView {
    view! {
        <StepPage step=Step::Plan>
            <PlanPageKeepPrompt />
            <div class="actions">
                <button type="button" class="print-button" on:click=|_| print()>
                    {plan_view::PRINT.get()}
                </button>
                <a href=Route::Share.href()>{plan_view::SHARE_LINK.get()}</a>
            </div>
            <PlanOverview read_only=false />
        </StepPage>
    }
}

fn print() {
    let _ = window().print();
}
