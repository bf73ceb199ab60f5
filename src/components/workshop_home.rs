use leptos::prelude::*;

use crate::app::{LibraryContext, PlanContext};
use crate::components::undo_bar::UndoContext;
use crate::domain::content::{examples, workshop as text};
use crate::domain::steps::{Page, Slide, Step, WorkshopRoute};
use crate::storage::Slot;

/// Workshop mode's home: switching it on and off, the example plans, the way to the
/// presenter view and the room's QR code, and the reset.
#[component]
pub fn WorkshopHome(switch_failed: bool) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let guide_link = view! {
        <p>
            <a href=WorkshopRoute::Guide.href()>{text::GUIDE_LINK}</a>
        </p>
    };
    let failure =
        switch_failed.then(|| view! { <p class="notice" role="alert">{text::SWITCH_FAILED}</p> });
    if library.slot == Slot::Own {
        return view! {
            <section class="step" aria-labelledby="step-heading">
                <h1 id="step-heading" tabindex="-1">{text::HEADING}</h1>
                {failure}
                <p class="step-intro">{text::INTRO_OFF}</p>
                <button type="button" class="primary" on:click=move |_| library.switch_workshop(true)>
                    {text::SWITCH_ON}
                </button>
                {guide_link}
            </section>
        }
        .into_any();
    }
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{text::HEADING}</h1>
            <p class="step-intro">{text::ON}</p>
            {guide_link}
            <CurrentDemo />
            <Examples />
            <section class="panel" aria-labelledby="reset-heading">
                <h2 id="reset-heading">{text::RESET_HEADING}</h2>
                <p>{text::RESET_INTRO}</p>
                <ResetButton />
            </section>
        </section>
    }
    .into_any()
}

/// The demo plan open now, with the ways to show it.
#[component]
fn CurrentDemo() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let context = PlanContext::expect_context();
    let name = Memo::new(move |_| {
        let blank = context
            .plan
            .with(|plan| library.library.with(|l| l.is_only_a_blank_plan(plan)));
        (!blank).then(|| library.library.with(|l| l.current_name().to_owned()))
    });
    let link =
        |href: String, words: &'static str| view! { <a class="button" href=href>{words}</a> };
    view! {
        <section class="panel" aria-labelledby="current-demo-heading">
            <h2 id="current-demo-heading">{text::CURRENT_HEADING}</h2>
            <p>
                {move || match name.get() {
                    Some(name) => view! { {text::CURRENT} " " <strong>{name}</strong> }.into_any(),
                    None => text::NO_DEMO.into_any(),
                }}
            </p>
            <div class="card__actions">
                {link(WorkshopRoute::Present(Slide::Question(1)).href(), text::PRESENT)}
                {link(WorkshopRoute::Room.href(), text::ROOM)}
                {link(Page::Workshop.step_href(Step::Start), text::EDIT)}
            </div>
        </section>
    }
}

/// The four example plans, each of which opens as a demo copy.
#[component]
fn Examples() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    view! {
        <section class="panel" aria-labelledby="examples-heading">
            <h2 id="examples-heading">{text::EXAMPLES_HEADING}</h2>
            <p>{text::EXAMPLES_INTRO}</p>
            <ul class="cards">
                {examples::ALL
                    .iter()
                    .map(|example| {
                        let open = move |_| {
                            library.add_and_open(example.name.to_owned(), (example.plan)());
                            undo.announce(text::opened(example.name));
                        };
                        view! {
                            <li class="card">
                                <h3 class="card__title">{example.name}</h3>
                                <p>{example.story}</p>
                                <p>
                                    <strong>{text::SHOWS}</strong>
                                    " "
                                    {example.shows}
                                </p>
                                <div class="card__actions">
                                    <button type="button" on:click=open>
                                        {text::OPEN_EXAMPLE}
                                        <span class="visually-hidden">" " {example.name}</span>
                                    </button>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Clears every demo plan. The page reloads on a fresh demo, which says it was reset.
#[component]
fn ResetButton() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let failed = RwSignal::new(false);
    let reset = move |_| failed.set(!library.reset_demo(text::RESET_DONE));
    view! {
        <button type="button" class="danger" on:click=reset>
            {text::RESET}
        </button>
        <Show when=move || failed.get()>
            <p class="field-error" role="alert">{text::RESET_FAILED}</p>
        </Show>
    }
}
