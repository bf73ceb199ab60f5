use leptos::prelude::*;

use std::sync::Arc;

use crate::components::when::When;
use crate::components::workshop_content::WithWorkshopContent;
use crate::domain::content::{self, limits, presenter, workshop as text};
use crate::domain::side_page::SidePage;
use crate::domain::steps::{Slide, Step};
use crate::domain::workshop_content::WorkshopContent;
use crate::ids;
use crate::router::Route;
use crate::state::{LibraryContext, UndoContext, memo};

/// Workshop mode's home: switching it on and off, the example plans, the way to the
/// presenter view and the room's QR code, and the reset. `switch_failed` says that a link
/// could not switch workshop mode on.
#[component]
pub fn WorkshopHome(switch_failed: RwSignal<bool>, asked_by_link: RwSignal<bool>) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let guide_link = || {
        view! {
            <p>
                <a href=SidePage::Guide.file_name(content::language())>{text::GUIDE_LINK.get()}</a>
            </p>
            <p>
                <a href=SidePage::Worksheet.file_name(content::language())>{text::WORKSHEET_LINK.get()}</a>
            </p>
        }
    };
    let switch_on = move |_| switch_failed.set(!library.switch_workshop(true));
    move || {
        if !library.in_workshop() {
            return view! {
                <section class="step" aria-labelledby=ids::SCREEN_HEADING>
                    <h1 id=ids::SCREEN_HEADING tabindex="-1">{text::HEADING.get()}</h1>
                    <When when=move || switch_failed.get()>
                        <p class="notice" role="alert">{text::SWITCH_FAILED.get()}</p>
                    </When>
                    <When when=move || asked_by_link.get()>
                        <p class="notice">{text::ASKED_BY_LINK.get()}</p>
                    </When>
                    <p class="step-intro">{text::INTRO_OFF.get()}</p>
                    <button type="button" class="primary" on:click=switch_on>
                        {text::SWITCH_ON.get()}
                    </button>
                    {guide_link()}
                </section>
            }
            .into_any();
        }
        view! {
            <section class="step" aria-labelledby=ids::SCREEN_HEADING>
                <h1 id=ids::SCREEN_HEADING tabindex="-1">{text::HEADING.get()}</h1>
                <p class="step-intro">{text::ON.get()}</p>
                {guide_link()}
                <CurrentDemo />
                <Examples />
                <section class="panel" aria-labelledby="reset-heading">
                    <h2 id="reset-heading">{text::RESET_HEADING.get()}</h2>
                    <p>{text::RESET_INTRO.get()}</p>
                    <ResetButton />
                </section>
            </section>
        }
        .into_any()
    }
}

/// The demo plan open now, with the ways to show it.
#[component]
fn CurrentDemo() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let name = memo(move || {
        library
            .library
            .with(|l| (!l.is_only_a_blank_plan()).then(|| l.current_name().to_owned()))
    });
    let link =
        |href: String, words: &'static str| view! { <a class="button" href=href>{words}</a> };
    view! {
        <section class="panel" aria-labelledby="current-demo-heading">
            <h2 id="current-demo-heading">{text::CURRENT_HEADING.get()}</h2>
            <p>
                {move || match name.get() {
                    Some(name) => view! { {text::CURRENT.get()} " " <strong>{name}</strong> }.into_any(),
                    None => text::NO_DEMO.get().into_any(),
                }}
            </p>
            <div class="card__actions">
                {link(Route::Present(Slide::Question(1)).href(), text::PRESENT.get())}
                {link(Route::Room.href(), text::ROOM.get())}
                {link(Route::Step(Step::Start).href(), text::EDIT.get())}
            </div>
            <p class="hint">{presenter::KEYS_HINT.get()}</p>
        </section>
    }
}

/// The four example plans, each of which opens as a demo copy.
#[component]
fn Examples() -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="examples-heading">
            <h2 id="examples-heading">{text::EXAMPLES_HEADING.get()}</h2>
            <p>{text::EXAMPLES_INTRO.get()}</p>
            <WithWorkshopContent render=example_cards />
        </section>
    }
}

/// A card for each example plan, with the button that opens a demo copy of it.
fn example_cards(content: Arc<WorkshopContent>) -> AnyView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let cards = content
        .examples
        .iter()
        .map(|example| {
            let (name, plan) = (example.name.clone(), example.plan.clone());
            let open = move |_| {
                undo.announce(if library.add_and_open(name.clone(), plan.clone()) {
                    text::opened(&name)
                } else {
                    limits::plans_full()
                });
            };
            view! {
                <li class="card">
                    <h3 class="card__title">{example.name.clone()}</h3>
                    <p>{example.story.clone()}</p>
                    <p>
                        <strong>{text::SHOWS.get()}</strong>
                        " "
                        {example.shows.clone()}
                    </p>
                    <div class="card__actions">
                        <button type="button" on:click=open>
                            {text::OPEN_EXAMPLE.get()}
                            <span class="visually-hidden">" " {example.name.clone()}</span>
                        </button>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cards">{cards}</ul> }.into_any()
}

/// Clears every demo plan and starts a fresh demo, once the facilitator says yes to the
/// question it asks first, and says so. Focus moves to the safe answer, "Keep them", then
/// back to the button.
#[component]
fn ResetButton() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let failed = RwSignal::new(false);
    let asking = RwSignal::new(false);
    let answer = move |yes: bool| {
        asking.set(false);
        crate::browser::focus_after_render("reset-demo".into());
        if yes {
            let reset = library.reset_demo();
            failed.set(!reset);
            if reset {
                undo.announce(text::RESET_DONE.get().to_owned());
            }
        }
    };
    view! {
        <button
            type="button"
            class="danger"
            id="reset-demo"
            hidden=move || asking.get()
            on:click=move |_| {
                asking.set(true);
                crate::browser::focus_after_render("reset-no".into());
            }
        >
            {text::RESET.get()}
        </button>
        <div class="notice" role="group" aria-labelledby="reset-ask" hidden=move || !asking.get()>
            <p id="reset-ask">{text::RESET_ASK.get()}</p>
            <p class="card__actions">
                <button type="button" class="danger" on:click=move |_| answer(true)>
                    {text::RESET_YES.get()}
                </button>
                <button type="button" id="reset-no" on:click=move |_| answer(false)>
                    {text::RESET_NO.get()}
                </button>
            </p>
        </div>
        <When when=move || failed.get()>
            <p class="field-error" role="alert">{text::RESET_FAILED.get()}</p>
        </When>
    }
}
