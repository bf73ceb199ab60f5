//! "Since your last visit": the short screen a returning visitor sees first, when their plan
//! is one they keep up (`Plan::is_kept_up`): who is due or overdue, next steps past their
//! date, who was asked and has not answered, mentors still only an idea, and the next
//! check-in, with one click to each mentor (or to the message that moves things on).

use leptos::prelude::*;

use crate::browser;
use crate::domain::content::{dates, meetings, since as text};
use crate::domain::date::Date;
use crate::domain::living::Due;
use crate::domain::plan::{Id, MessageKind, Plan, Status};
use crate::domain::steps::Step;
use crate::ids;
use crate::router::Route;
use crate::state::PlanContext;

/// Mentors due within this many days are listed with those due now and overdue.
const SOON_DAYS: u32 = 7;

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

/// Asked `NO_REPLY_DAYS` or more ago with no answer: (id, "Amara: asked 20 days ago").
fn no_reply(plan: &Plan, labels: &[(Id, String)], today: Date) -> Vec<(Id, String)> {
    plan.mentors
        .iter()
        .zip(labels)
        .filter(|(mentor, _)| mentor.waiting_for_reply(today))
        .filter_map(|(mentor, (id, label))| {
            let days = mentor.asked_on?.days_to(today);
            Some((*id, text::asked_days_ago(label, days)))
        })
        .collect()
}

/// Mentors who are still only an idea: (id, name).
fn ideas(plan: &Plan, labels: &[(Id, String)]) -> Vec<(Id, String)> {
    plan.mentors
        .iter()
        .zip(labels)
        .filter(|(mentor, _)| mentor.status == Status::Idea)
        .map(|(_, (id, label))| (*id, label.clone()))
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
    let to_mentor =
        |id: Id, words: String| view! { <a href=Route::Mentor(id, None).href()>{words}</a> };
    let to_message = |id: Id, kind: MessageKind, words: String| {
        view! { <a href=Route::Mentor(id, Some(kind)).href()>{words}</a> }
    };
    // Drawn again whole when the plan changes (in another tab): it is short.
    let lists = move || {
        let labels = context.mentor_labels.get();
        let (due, late, waiting, ideas, check_in) = context.with(|plan| {
            (
                due_mentors(plan, &labels, today),
                late_steps(plan, &labels, today),
                no_reply(plan, &labels, today),
                ideas(plan, &labels),
                plan.next_check_in(),
            )
        });
        let nothing = due.is_empty() && late.is_empty() && waiting.is_empty();
        view! {
            {nothing.then(|| view! { <p class="all-good">{text::NOTHING_DUE.get()}</p> })}
            {(!due.is_empty()).then(|| view! {
                <section class="panel" aria-labelledby="due-heading">
                    <h2 id="due-heading">{text::DUE_HEADING.get()}</h2>
                    <ul class="simple-list">
                        {due.into_iter().map(|(id, name, when)| view! {
                            <li><span>{to_mentor(id, name)} {text::NAME_THEN.get()} {when}</span></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!late.is_empty()).then(|| view! {
                <section class="panel" aria-labelledby="late-heading">
                    <h2 id="late-heading">{text::STEPS_HEADING.get()}</h2>
                    <ul class="simple-list">
                        {late.into_iter().map(|(id, step)| view! { <li>{to_mentor(id, step)}</li> }).collect_view()}
                    </ul>
                </section>
            })}
            {(!waiting.is_empty()).then(|| view! {
                <section class="panel" aria-labelledby="waiting-heading">
                    <h2 id="waiting-heading">{text::WAITING_HEADING.get()}</h2>
                    <p class="hint">{text::WAITING_HINT.get()}</p>
                    <ul class="simple-list">
                        {waiting.into_iter().map(|(id, asked)| view! {
                            <li>{asked} " " {to_message(id, MessageKind::FollowUp, text::FOLLOW_UP.get().to_owned())}</li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!ideas.is_empty()).then(|| view! {
                <section class="panel" aria-labelledby="ideas-heading">
                    <h2 id="ideas-heading">{text::IDEAS_HEADING.get()}</h2>
                    <p class="hint">{text::IDEAS_HINT.get()}</p>
                    <ul class="simple-list">
                        {ideas.into_iter().map(|(id, name)| view! {
                            <li>{to_message(id, MessageKind::FirstApproach, text::ask(&name))}</li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="panel" aria-labelledby="check-in-heading">
                <h2 id="check-in-heading">{text::CHECK_IN_HEADING.get()}</h2>
                <p>
                    {match check_in {
                        Some(day) => text::next_check_in(&dates::long(day)),
                        None => text::NO_CHECK_IN.get().to_owned(),
                    }}
                </p>
                <p><a href=Route::Review.href()>{crate::domain::content::review::HEADING.get()}</a></p>
            </section>
        }
        .into_any()
    };
    view! {
        <section class="step since" aria-labelledby=ids::SCREEN_HEADING>
            <h1 id=ids::SCREEN_HEADING tabindex="-1">{text::HEADING.get()}</h1>
            {last_visit.map(|day| view! { <p class="step-intro">{text::last_visit(&dates::long(day))}</p> })}
            {lists}
            <p><a class="button" href=Route::Step(Step::Plan).href()>{text::GO_ON.get()}</a></p>
        </section>
    }
}
