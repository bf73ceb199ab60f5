use leptos::prelude::*;

use crate::domain::content::{self, flow};
use crate::domain::steps::Step;
use crate::ids;
use crate::router::Route;
use crate::state::PlanContext;

/// The progress indicator: every step, each one a link, the current one marked; each step
/// that holds something says how many things (a line under the list says what the number
/// is), and the first step that holds nothing yet is suggested next, in words. On a phone it
/// is one line, "Step 2 of 7: Skills you need", and the list opens on demand.
#[component]
pub fn StepNav(current: Step) -> impl IntoView {
    let total = Step::ALL.len();
    let plan = PlanContext::expect_context();
    let open = RwSignal::new(false);
    view! {
        <nav class="step-nav" class:step-nav--open=move || open.get() aria-label=flow::NAV_LABEL.get()>
            <p class="progress">
                {flow::TO_STEP.fill(&[
                    ("word", &flow::progress(current.index() + 1, total)),
                    ("step", content::step_name(current)),
                ])}
                " "
                <button
                    type="button"
                    class="quiet step-nav__toggle"
                    aria-controls="step-list"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|open| *open = !*open)
                >
                    {flow::ALL_STEPS.get()}
                </button>
            </p>
            <ol id="step-list">
                {Step::ALL
                    .map(|step| {
                        let is_current = current == step;
                        let filled = plan.read(move |plan| step.filled(plan).unwrap_or(0) > 0);
                        let note = plan.read(move |plan| {
                            let count = step.filled(plan).unwrap_or(0);
                            if step != current && Step::suggested(plan) == step {
                                flow::SUGGESTED.get().to_owned()
                            } else if count > 0 {
                                flow::filled(count)
                            } else {
                                String::new()
                            }
                        });
                        view! {
                            <li>
                                <a
                                    href=Route::Step(step).href()
                                    class=if is_current { "current" } else { "" }
                                    class:filled=move || filled.get()
                                    aria-current=is_current.then_some("step")
                                >
                                    <span class="step-number" aria-hidden="true">
                                        {step.index() + 1}
                                    </span>
                                    {content::step_name(step)}
                                    {note}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="hint step-nav__counts">{flow::COUNTS.get()}</p>
        </nav>
    }
}

/// Back and next links at the foot of each step.
#[component]
pub fn StepPager(current: Step) -> impl IntoView {
    let link = |step: Option<Step>, word: &'static str, class: &'static str| {
        step.map(|step| {
            view! {
                <a class=class href=Route::Step(step).href()>
                    {flow::TO_STEP.fill(&[("word", word), ("step", content::step_name(step))])}
                </a>
            }
        })
    };
    view! {
        <nav class="pager" aria-label=flow::PAGER_LABEL.get()>
            {link(current.previous(), flow::BACK.get(), "pager__back")}
            {link(current.next(), flow::NEXT.get(), "pager__next")}
        </nav>
    }
}

/// The frame of one step: its heading (which takes focus on arrival) and introduction.
#[component]
pub fn StepPage(step: Step, children: Children) -> impl IntoView {
    let (title, intro) = content::step_intro(step);
    // On the start step the welcome above holds the page's one h1.
    let heading = if step == Step::Start {
        view! { <h2 id=ids::SCREEN_HEADING tabindex="-1">{title}</h2> }.into_any()
    } else {
        view! { <h1 id=ids::SCREEN_HEADING tabindex="-1">{title}</h1> }.into_any()
    };
    view! {
        <section class="step" aria-labelledby=ids::SCREEN_HEADING>
            {heading}
            <p class="step-intro">{intro}</p>
            {children()}
        </section>
    }
}
