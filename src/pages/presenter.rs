use leptos::context::Provider;
use leptos::ev;
use leptos::prelude::*;

use crate::components::language_switch::{LanguageNotice, LanguageSwitch};
use crate::components::plan_overview::PlanOverview;
use crate::domain::content::{self, presenter as text};
use crate::domain::plan::Plan;
use crate::domain::steps::Slide;
use crate::ids;
use crate::router::Route;
use crate::state::{LibraryContext, PlanContext};
use crate::text::lowercase;

/// The presenter view for a room: large type, high contrast, private notes left out. It
/// walks through the four stock-take questions, each with the demo plan's answers, then
/// shows the plan itself: its findings, its team map and its grid. Arrow keys and Page Up/Down
/// (what slide clickers send) move on; workshop mode's home says so, not the slides.
#[component]
pub fn Presenter(slide: Slide) -> impl IntoView {
    let library = LibraryContext::expect_context();
    if !library.in_workshop() {
        // Never the person's own plan on a projector.
        return view! {
            <main id="main" class="presenter" aria-label=text::LABEL.get()>
                <h1 id=ids::SCREEN_HEADING tabindex="-1">{text::OFF_HEADING.get()}</h1>
                <p>{text::OFF_TEXT.get()}</p>
                <p>
                    <a class="button" href=Route::Workshop.href()>{text::OFF_LINK.get()}</a>
                </p>
            </main>
        }
        .into_any();
    }
    let (name, plan) = library.library.with_untracked(|library| {
        (
            library.current_name().to_owned(),
            library.current_plan().without_private_notes(),
        )
    });
    let href = |slide: Option<Slide>| slide.map(|slide| Route::Present(slide).href());
    let (back, next) = (href(slide.previous()), href(slide.next()));
    let keys = {
        let (back, next) = (back.clone(), next.clone());
        window_event_listener(ev::keydown, move |event| {
            let target = match event.key().as_str() {
                "ArrowRight" | "PageDown" => next.as_ref(),
                "ArrowLeft" | "PageUp" => back.as_ref(),
                _ => None,
            };
            if let Some(target) = target {
                event.prevent_default();
                let _ = window().location().set_hash(target);
            }
        })
    };
    on_cleanup(move || keys.remove());

    let content = match slide {
        Slide::Question(number) => view! { <Question number plan /> }.into_any(),
        // The plan drawn here is the demo plan without its private notes. Each of its slides
        // shows one part of it (the style sheet hides the others: `presenter__plan--plan`,
        // `--map` and `--team`), so that it fits a screen.
        _ => view! {
            <h1 class="presenter__plan-heading" id=ids::SCREEN_HEADING tabindex="-1">
                {text::PLAN_HEADING.fill(&[("name", &name)])}
            </h1>
            <div class=format!("presenter__plan presenter__plan--{}", slide.slug())>
                <Provider value=PlanContext::of_plan(name, plan)>
                    <PlanOverview read_only=true />
                </Provider>
            </div>
        }
        .into_any(),
    };
    view! {
        <main id="main" class="presenter" aria-label=text::LABEL.get()>
            // Every control in one row above the slide, so that the slide has the rest.
            <div class="presenter__top">
                <nav class="presenter__bar" aria-label=text::LABEL.get()>
                    <a href=Route::Workshop.href()>{text::EXIT.get()}</a>
                    <LanguageSwitch />
                    <p>{text::counter(slide.index() + 1, Slide::ALL.len())}</p>
                </nav>
                <nav class="presenter__pager" aria-label=content::flow::PAGER_LABEL.get()>
                    {back.map(|href| view! { <a class="button" href=href>{text::BACK.get()}</a> })}
                    {next.map(|href| view! { <a class="button presenter__next" href=href>{text::NEXT.get()}</a> })}
                </nav>
            </div>
            <LanguageNotice />
            {content}
        </main>
    }
    .into_any()
}

/// One of the four stock-take questions, with what the demo plan answers to it.
#[component]
fn Question(number: usize, plan: Plan) -> impl IntoView {
    let (question, talk) = text::QUESTIONS[number - 1];
    let (question, talk) = (question.get(), talk.get());
    let answers = answers_to(number, &plan);
    view! {
        <div class="presenter__question">
            <div>
                <p class="presenter__kicker">{text::question_number(number)}</p>
                <h1 id=ids::SCREEN_HEADING tabindex="-1">{question}</h1>
                <p class="presenter__talk">{talk}</p>
            </div>
            <section aria-labelledby="answers-heading">
                <h2 id="answers-heading">{text::IN_THIS_PLAN.get()}</h2>
                {if answers.is_empty() {
                    view! { <p>{text::NOTHING_YET.get()}</p> }.into_any()
                } else {
                    view! { <ul>{answers.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }
                        .into_any()
                }}
            </section>
        </div>
    }
}

/// The lines of the demo plan that answer question `number`.
pub fn answers_to(number: usize, plan: &Plan) -> Vec<String> {
    let labelled = |label: &str, value: &str| {
        (!value.trim().is_empty()).then(|| format!("{label} {}", value.trim()))
    };
    let competency_lines = |soft_skills_only: bool| {
        plan.competency_labels()
            .into_iter()
            .zip(&plan.competencies)
            .filter(move |(_, competency)| !soft_skills_only || competency.soft_skill)
            .map(|((_, name), competency)| {
                text::competency_line(
                    &name,
                    content::level_label(competency.now),
                    content::level_label(competency.target),
                    &lowercase(content::priority_label(competency.priority)),
                )
            })
    };
    let goals: Vec<&str> = plan.goals.texts().map(str::trim).collect();
    match number {
        1 => [
            labelled(text::GOALS.get(), &goals.join(" ")),
            labelled(text::TARGET_ROLE.get(), &plan.target_role),
        ]
        .into_iter()
        .flatten()
        .chain(competency_lines(false))
        .collect(),
        2 => plan
            .situation
            .factors
            .iter()
            .map(|factor| content::factor_label(*factor).to_owned())
            .chain(
                plan.situation
                    .own_factors
                    .iter()
                    .map(|own| own.name.clone()),
            )
            .collect(),
        3 => {
            let industry = plan.industry.map(content::industry_label).unwrap_or("");
            let people: Vec<&str> = plan.contacts.iter().map(|c| c.name.as_str()).collect();
            labelled(text::INDUSTRY.get(), industry)
                .into_iter()
                .chain(competency_lines(true))
                .chain(labelled(text::PEOPLE_RESPECTED.get(), &people.join(", ")))
                .collect()
        }
        _ => plan
            .mentor_labels()
            .into_iter()
            .zip(&plan.mentors)
            .map(|((_, name), mentor)| {
                let offer = mentor.offer.trim();
                text::offer_line(
                    &name,
                    if offer.is_empty() {
                        text::NOTHING_OFFERED.get()
                    } else {
                        offer
                    },
                )
            })
            .collect(),
    }
}
