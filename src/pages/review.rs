//! "Review my plan": a check-in. The person rates where they are now in each competency,
//! ticks the goals they have met and notes what changed; saving updates the plan and keeps
//! a dated check-in, and the plan view shows the progress.

use leptos::prelude::*;

use crate::browser;
use crate::components::choices::{Choice, Options};
use crate::components::fields::TextBox;
use crate::domain::content::{self, goals, review as text};
use crate::domain::plan::{Horizon, Id, Level};
use crate::domain::steps::Step;
use crate::ids;
use crate::router::{Route, RouterContext};
use crate::state::{LibraryContext, PlanContext, UndoContext};

#[component]
pub fn ReviewScreen() -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    let library = LibraryContext::expect_context();
    // The check-in is a draft until it is saved: leaving the screen changes nothing.
    let levels = RwSignal::new(context.with_untracked(|plan| {
        plan.competencies
            .iter()
            .map(|c| (c.id, c.now))
            .collect::<Vec<(Id, Level)>>()
    }));
    let met = RwSignal::new(context.with_untracked(|plan| {
        Horizon::ALL
            .into_iter()
            .filter(|h| plan.goals.get(*h).met)
            .collect::<Vec<Horizon>>()
    }));
    let written = context.with_untracked(|plan| {
        Horizon::ALL
            .into_iter()
            .filter_map(|h| {
                let goal = plan.goals.get(h).text.trim();
                (!goal.is_empty()).then(|| (h, goal.to_owned()))
            })
            .collect::<Vec<_>>()
    });
    let note = RwSignal::new(String::new());
    let labels = context.competency_labels.get_untracked();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = browser::today();
        context.update(|plan| {
            let (levels, met) = (levels.get_untracked(), met.get_untracked());
            plan.check_in(today, &levels, &met, &note.get_untracked());
        });
        undo.announce(text::SAVED.get().to_owned());
        library.check_in_saved.set(true);
        router.go(&Route::Step(Step::Plan));
    };
    let rate = move |id: Id, name: String| {
        let value = move || {
            levels.with(|levels| {
                levels
                    .iter()
                    .find_map(|(other, level)| (*other == id).then_some(*level))
                    .unwrap_or_default()
            })
        };
        let set = Callback::new(move |level: Level| {
            levels.update(|levels| {
                if let Some(slot) = levels.iter_mut().find(|(other, _)| *other == id) {
                    slot.1 = level;
                }
            });
        });
        view! {
            <Choice
                id=format!("review-{}", id.0)
                label=name
                options=Options::of(Level::all().collect(), content::level_label, value, set)
            />
        }
    };
    let tick = move |horizon: Horizon, goal: String| {
        let id = format!("review-goal-{}", horizon as u8);
        let line = goals::named(horizon, &goal);
        view! {
            <p class="check">
                <input
                    type="checkbox"
                    id=id.clone()
                    prop:checked=move || met.with(|met| met.contains(&horizon))
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        met.update(|met| crate::domain::plan::toggle(met, horizon, on));
                    }
                />
                <label for=id dir="auto">{line}</label>
            </p>
        }
    };
    let has_goals = !written.is_empty();
    let has_skills = !labels.is_empty();
    view! {
        <section class="step" aria-labelledby=ids::SCREEN_HEADING>
            <h1 id=ids::SCREEN_HEADING tabindex="-1">{text::HEADING.get()}</h1>
            <p class="step-intro">{text::INTRO.get()}</p>
            <form class="step-form" on:submit=save>
                <fieldset class="review-group field--wide">
                    <legend>{content::skills::NOW_LABEL.get()}</legend>
                    {(!has_skills).then(|| view! { <p class="empty">{text::NO_SKILLS.get()}</p> })}
                    {labels.into_iter().map(|(id, name)| rate(id, name)).collect_view()}
                </fieldset>
                {has_goals.then(|| view! {
                    <fieldset class="review-group field--wide">
                        <legend>{text::GOALS_LEGEND.get()}</legend>
                        {written.into_iter().map(|(horizon, goal)| tick(horizon, goal)).collect_view()}
                    </fieldset>
                })}
                <TextBox
                    id="review-note"
                    label=text::NOTE_LABEL
                    multiline=true
                    value=note
                    on_input=Callback::new(move |words| note.set(words))
                />
                <div class="field--wide">
                    <button type="submit">{text::SAVE.get()}</button>
                </div>
            </form>
        </section>
    }
}
