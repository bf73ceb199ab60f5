use leptos::prelude::*;

use crate::domain::content::{guide, workshop};
use crate::router::Route;

/// The facilitator's guide to a 60-minute workshop.
#[component]
pub fn Guide() -> impl IntoView {
    view! {
        <section class="step guide" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{guide::HEADING}</h1>
            <p class="step-intro">{guide::INTRO}</p>
            <ol class="guide__parts">
                {guide::PARTS
                    .iter()
                    .map(|part| {
                        view! {
                            <li>
                                <h2>
                                    <span class="guide__minutes">{format!("{} min", part.minutes)}</span>
                                    " "
                                    {part.heading}
                                </h2>
                                <ul>
                                    {part.steps.iter().map(|step| view! { <li>{*step}</li> }).collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p>{guide::AFTER}</p>
            <p>
                <a href=Route::Workshop.href()>{workshop::BACK_TO_WORKSHOP}</a>
            </p>
        </section>
    }
}
