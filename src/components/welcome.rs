use leptos::prelude::*;

use crate::domain::content::welcome;
use crate::domain::share;
use crate::router::{Route, RouterContext};
use crate::state::workshop_content;

/// A person with a team of mentors around them. Drawn in the page rather than fetched as an
/// image: an image request in the prerendered first screen made Lighthouse count the wasm
/// download towards the largest paint (LCP 2.56 s in two runs of three, 0.9 s without it).
const PICTURE: &str = include_str!("welcome.svg");

/// The top of the first screen: what the person will have at the end, a way to look at a
/// finished plan before starting, and why a team of mentors, one click away so that the
/// first field is on the first screen of a phone.
#[component]
pub fn Welcome() -> impl IntoView {
    let router = RouterContext::expect_context();
    let failed = RwSignal::new(false);
    // The example opens as a shared plan does: read-only, and nothing of the person's own
    // plans changes unless they save a copy.
    let show_example = move |_| {
        leptos::task::spawn_local(async move {
            let example = workshop_content()
                .await
                .and_then(|content| content.examples.first().cloned());
            match example {
                Some(example) => {
                    failed.set(false);
                    router.go(&Route::Shared(share::encode(&example.name, &example.plan)));
                }
                None => failed.set(true),
            }
        });
    };
    view! {
        <section class="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading">{welcome::HEADING.get()}</h1>
            <div class="welcome__art" aria-hidden="true" inner_html=PICTURE></div>
            <p class="welcome__result">{welcome::RESULT.get()}</p>
            <p>
                <button type="button" on:click=show_example>{welcome::SEE_EXAMPLE.get()}</button>
            </p>
            {move || failed.get().then(|| view! { <p role="alert">{welcome::EXAMPLE_FAILED.get()}</p> })}
            <details class="welcome__more">
                <summary>{welcome::MORE.get()}</summary>
                {welcome::PARAGRAPHS.map(|paragraph| view! { <p>{paragraph.get()}</p> })}
            </details>
            <p class="privacy">{welcome::PRIVACY.get()}</p>
        </section>
    }
}
