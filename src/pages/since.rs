//! "Since your last visit": the short screen a returning visitor sees first, when their plan
//! is one they keep up: who is due or overdue, next steps past their date, and the next
//! check-in, with one click to each mentor.

use leptos::prelude::*;

use crate::browser;
use crate::domain::calendar::Date;
use crate::domain::content::{dates, meetings, since as text};
use crate::domain::living::Due;
use crate::domain::plan::{Id, Plan};
use crate::domain::steps::Step;
use crate::pages::mentors::open_on_arrival;
use crate::router::Route;
use crate::state::PlanContext;

/// Mentors due within this many days are listed with those due now and overdue.
const SOON_DAYS: u32 = 7;

/// True if a returning visitor's plan has something for this screen to say: a mentor who
/// meets at a set pace, a next step with a date, or a check-in.
pub fn worth_showing(plan: &Plan, today: Date) -> bool {
    !plan.check_ins.is_empty()
        || plan
            .mentors
            .iter()
            .any(|m| m.due(today).is_some() || m.step_due.is_some())
}

/// Who is due: (id, name, "Overdue by 3 days"), most overdue first as the plan orders them.
fn due_mentors(plan: &Plan, labels: &[(Id, String)], today: Date) -> Vec<(Id, String, String)> {
    plan.mentors
        .iter()
        .zip(labels)
        .filter_map(|(mentor, (id, label))| {
            let due = mentor.due(today)?;
            let soon = !matches!(due, Due::In(days) if days > SOON_DAYS);
            soon.then(|| (*id, label.clone(), meetings::due(due)))
        })
        .collect()
}

/// Steps past their date: (mentor's id, "Send the draft (with Marc, due Nov. 20, 2026)").
fn late_steps(plan: &Plan, labels: &[(Id, String)], today: Date) -> Vec<(Id, String)> {
    plan.mentors
        .iter()
        .zip(labels)
        .filter(|(mentor, _)| mentor.step_overdue(today))
        .filter_map(|(mentor, (id, label))| {
            let due = dates::long(mentor.step_due?);
            Some((*id, text::late_step(mentor.next_step.trim(), label, &due)))
        })
        .collect()
}

#[component]
pub fn SinceScreen(last_visit: Option<Date>) -> impl IntoView {
    let context = PlanContext::expect_context();
    let today = browser::today();
    let to_mentor = |id: Id, words: String| {
        view! {
            <a href=Route::Step(Step::Mentors).href() on:click=move |_| open_on_arrival(id)>
                {words}
            </a>
        }
    };
    // Drawn again whole when the plan changes (in another tab): it is short.
    let lists = move || {
        let labels = context.mentor_labels.get();
        let (due, late, check_in) = context.with(|plan| {
            (
                due_mentors(plan, &labels, today),
                late_steps(plan, &labels, today),
                plan.next_check_in(),
            )
        });
        let nothing = due.is_empty() && late.is_empty();
        view! {
            {nothing.then(|| view! { <p class="all-good">{text::NOTHING_DUE}</p> })}
            {(!due.is_empty()).then(|| view! {
                <section class="panel" aria-labelledby="due-heading">
                    <h2 id="due-heading">{text::DUE_HEADING}</h2>
                    <ul class="simple-list">
                        {due.into_iter().map(|(id, name, when)| view! {
                            <li><span>{to_mentor(id, name)} {text::NAME_THEN} {when}</span></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!late.is_empty()).then(|| view! {
                <section class="panel" aria-labelledby="late-heading">
                    <h2 id="late-heading">{text::STEPS_HEADING}</h2>
                    <ul class="simple-list">
                        {late.into_iter().map(|(id, step)| view! { <li>{to_mentor(id, step)}</li> }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="panel" aria-labelledby="check-in-heading">
                <h2 id="check-in-heading">{text::CHECK_IN_HEADING}</h2>
                <p>
                    {match check_in {
                        Some(day) => text::next_check_in(&dates::long(day)),
                        None => text::NO_CHECK_IN.get().to_owned(),
                    }}
                </p>
                <p><a href=Route::Review.href()>{crate::domain::content::review::HEADING}</a></p>
            </section>
        }
        .into_any()
    };
    view! {
        <section class="step since" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{text::HEADING}</h1>
            {last_visit.map(|day| view! { <p class="step-intro">{text::last_visit(&dates::long(day))}</p> })}
            {lists}
            <p><a class="button" href=Route::Step(Step::Plan).href()>{text::GO_ON}</a></p>
        </section>
    }
}
