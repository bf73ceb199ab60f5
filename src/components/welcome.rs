use std::sync::Arc;

use leptos::prelude::*;

use crate::components::workshop_content::WithWorkshopContent;
use crate::domain::content::{welcome, workshop};
use crate::domain::share;
use crate::domain::workshop_content::WorkshopContent;
use crate::ids;
use crate::router::{Route, RouterContext};

/// A person with a team of mentors around them. Drawn in the page rather than fetched as an
/// image: an image request in the prerendered first screen made Lighthouse count the wasm
/// download towards the largest paint (LCP 2.56 s in two runs of three, 0.9 s without it).
const PICTURE: &str = include_str!("welcome.svg");

/// The top of the first screen: what the person will have at the end, a way to look at a
/// finished plan before starting, and why a team of mentors, one click away so that the
/// first field is on the first screen of a phone.
#[component]
pub fn Welcome() -> impl IntoView {
    view! {
        <section class="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading">{welcome::HEADING.get()}</h1>
            <div class="welcome__art" aria-hidden="true" inner_html=PICTURE></div>
            <p class="welcome__result">{welcome::RESULT.get()}</p>
            <p>
                <a class="button" href=Route::Example(String::new()).href()>
                    {welcome::SEE_EXAMPLE.get()}
                </a>
            </p>
            <details class="welcome__more">
                <summary>{welcome::MORE.get()}</summary>
                {welcome::PARAGRAPHS.map(|paragraph| view! { <p>{paragraph.get()}</p> })}
            </details>
            <p class="privacy">{welcome::PRIVACY.get()}</p>
        </section>
    }
}

/// An example plan by its key (the first without one, `Route::Example`), opened as a shared
/// plan is: read-only, and nothing of the person's own plans changes unless they save a copy.
/// It takes this screen's place in the history, so that Back leaves it. While the examples
/// load, and if they cannot be fetched (with a way to try again), the screen says so; a key
/// no example has is said, with a link to each example there is.
#[component]
pub fn OpenExample(key: String) -> impl IntoView {
    let router = RouterContext::expect_context();
    let open = move |content: Arc<WorkshopContent>| {
        let example =
            (content.examples.iter()).find(|example| key.is_empty() || example.key == key);
        if let Some(example) = example {
            let plan = example.plan.without_private_notes();
            // The screen changes once the browser reports the new address, after this.
            router.replace(&Route::Shared(share::encode(&example.name, &plan)));
            return ().into_any();
        }
        let links = (content.examples.iter())
            .map(|example| {
                let href = Route::Example(example.key.clone()).href();
                view! { <li><a href=href>{example.name.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <p class="notice" role="alert">{welcome::EXAMPLE_UNKNOWN.get()}</p>
            <ul>{links}</ul>
        }
        .into_any()
    };
    view! {
        <h1 id=ids::SCREEN_HEADING tabindex="-1">{workshop::EXAMPLES_HEADING.get()}</h1>
        <WithWorkshopContent render=open />
    }
}
