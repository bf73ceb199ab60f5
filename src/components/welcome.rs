use leptos::prelude::*;

use crate::domain::content::welcome;

/// The short explanation of the multi-mentor idea at the top of the first screen.
#[component]
pub fn Welcome() -> impl IntoView {
    view! {
        <section class="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading">{welcome::HEADING}</h1>
            {welcome::PARAGRAPHS.map(|paragraph| view! { <p>{paragraph}</p> })}
            <p class="privacy">{welcome::PRIVACY}</p>
        </section>
    }
}
