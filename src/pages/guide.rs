use std::sync::Arc;

use leptos::prelude::*;

use crate::components::workshop_content::WithWorkshopContent;
use crate::domain::content::workshop;
use crate::domain::workshop_content::WorkshopContent;
use crate::ids;
use crate::router::Route;

/// The facilitator's guide to a 60-minute workshop.
#[component]
pub fn Guide() -> impl IntoView {
    view! {
        <section class="step guide" aria-labelledby=ids::SCREEN_HEADING>
            <h1 id=ids::SCREEN_HEADING tabindex="-1">{workshop::GUIDE_HEADING.get()}</h1>
            <p class="step-intro">{workshop::GUIDE_INTRO.get()}</p>
            <WithWorkshopContent render=guide_sections />
            <p>
                <a href=Route::Workshop.href()>{workshop::BACK_TO_WORKSHOP.get()}</a>
            </p>
        </section>
    }
}

/// The parts of the workshop, each with its minutes and steps, then the closing words.
fn guide_sections(content: Arc<WorkshopContent>) -> AnyView {
    let parts = content
        .guide
        .iter()
        .map(|part| {
            view! {
                <li>
                    <h2>
                        <span class="guide__minutes">{format!("{} min", part.minutes)}</span>
                        " "
                        {part.heading.clone()}
                    </h2>
                    <ul>
                        {part.steps.iter().map(|step| view! { <li>{step.clone()}</li> }).collect_view()}
                    </ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="guide__parts">{parts}</ol>
        <p>{content.guide_after.clone()}</p>
    }
    .into_any()
}
