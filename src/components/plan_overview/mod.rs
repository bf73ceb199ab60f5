//! The plan as a whole: summary, team map, meeting rhythm, grid, findings and team. Used by
//! the plan step, a shared plan and the presenter's plan slides.

use leptos::prelude::*;

mod labels;

use labels::{Labels, describe, names, place_link};

use crate::components::plan_grid::PlanGrid;
use crate::components::when::When;
use crate::domain::analysis;
use crate::domain::content::{
    self, Voice, findings, goals, plan_view, progress as progress_text, rhythm as rhythm_text,
    team_map as map_text,
};
use crate::domain::plan::{Horizon, Plan};
use crate::domain::{progress_chart, rhythm, team_map};
use crate::router::Route;
use crate::state::{PlanContext, memo};

/// The button that brings back the advice the person set aside.
const SHOW_AGAIN_ID: &str = "show-advice-again";

/// The plan as a whole, from the plan in context. `read_only` is for a plan that is not the
/// reader's (a shared plan, the presenter's slides): it speaks about "this plan" rather than to
/// "you", and drops the links to the steps that fix each finding.
#[component]
pub fn PlanOverview(read_only: bool) -> impl IntoView {
    let context = PlanContext::expect_context();
    let today = crate::browser::today();
    let voice = if read_only {
        Voice::Reader
    } else {
        Voice::Owner
    };
    let found = memo(move || {
        let labels = Labels::of(context);
        context
            .with(|plan| analysis::findings(plan, today))
            .iter()
            .map(|finding| {
                let (text, place) = describe(finding, &labels, voice);
                let link = place_link(&place, &labels);
                (text, place.href(), link, finding.advice())
            })
            .collect::<Vec<_>>()
    });
    let set_aside = context.read(|plan| plan.set_aside.len());
    let has_team = context.read(|plan| !plan.mentors.is_empty());
    // The finding and its button go; focus moves to the way to bring it back.
    let set_advice_aside = move |advice| {
        context.update(|plan| plan.set_advice_aside(advice, true));
        crate::browser::focus_after_render(SHOW_AGAIN_ID.into());
    };
    view! {
        <Summary />
        <TeamMap voice />
        <Rhythm voice />
        <Progress voice />
        <section class="grid-section" aria-labelledby="grid-heading">
            <h2 id="grid-heading">{plan_view::GRID_HEADING.get()}</h2>
            <PlanGrid />
        </section>
        <section class="findings-section" aria-labelledby="findings-heading">
            <h2 id="findings-heading" tabindex="-1">{plan_view::FINDINGS_HEADING.to(voice).get()}</h2>
            {move || {
                let found = found.get();
                if found.is_empty() && !has_team.get() {
                    return view! { <p>{plan_view::NO_TEAM_YET.to(voice).get()}</p> }.into_any();
                }
                if found.is_empty() {
                    return view! { <p class="all-good">{plan_view::NO_FINDINGS.to(voice).get()}</p> }
                        .into_any();
                }
                view! {
                    <ul class="findings">
                        {found
                            .into_iter()
                            .enumerate()
                            .map(|(index, (text, href, link, advice))| {
                                let text_id = format!("finding-{index}");
                                view! {
                                    <li>
                                        <p id=text_id.clone()>{text}</p>
                                        {(!read_only)
                                            .then(|| {
                                                view! {
                                                    <a href=href>{link}</a>
                                                    {advice
                                                        .map(|advice| {
                                                            view! {
                                                                " "
                                                                <button
                                                                    type="button"
                                                                    class="quiet"
                                                                    aria-describedby=text_id
                                                                    on:click=move |_| {
                                                                        set_advice_aside(advice)
                                                                    }
                                                                >
                                                                    {findings::SET_ASIDE.get()}
                                                                </button>
                                                            }
                                                        })}
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {move || {
                let count = set_aside.get();
                (!read_only && count != 0)
                    .then(|| {
                        view! {
                            <p class="set-aside">
                                {findings::set_aside(count)} " "
                                <button
                                    type="button"
                                    class="quiet"
                                    id=SHOW_AGAIN_ID
                                    on:click=move |_| {
                                        context.update(Plan::show_all_advice);
                                        // The button goes; focus moves to the findings.
                                        let heading = "findings-heading".into();
                                        crate::browser::focus_after_render(heading);
                                    }
                                >
                                    {findings::SHOW_AGAIN.get()}
                                </button>
                            </p>
                        }
                    })
            }}
        </section>
        <Team voice />
    }
}

/// Goals, target role and situation, as written.
#[component]
fn Summary() -> impl IntoView {
    let context = PlanContext::expect_context();
    let or_not_written = |text: &str| {
        if text.trim().is_empty() {
            plan_view::NOT_WRITTEN.get().to_owned()
        } else {
            text.to_owned()
        }
    };
    let goals = context.read(move |plan| {
        let lines: Vec<String> = Horizon::ALL
            .into_iter()
            .filter_map(|horizon| {
                let goal = plan.goals.get(horizon);
                (!goal.text.trim().is_empty()).then(|| goals::line(horizon, goal))
            })
            .collect();
        or_not_written(&lines.join("\n"))
    });
    let role = context.read(move |plan| or_not_written(&plan.target_role));
    let situation = context.read(move |plan| {
        let parts: Vec<&str> = plan
            .situation
            .factors
            .iter()
            .map(|factor| content::factor_label(*factor))
            .chain(plan.situation.own_factors.iter().map(|f| f.name.as_str()))
            .collect();
        or_not_written(&parts.join(", "))
    });
    view! {
        <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{plan_view::SUMMARY_HEADING.get()}</h2>
            <dl class="summary">
                <dt>{plan_view::GOALS.get()}</dt>
                <dd class="multiline">{goals}</dd>
                <dt>{plan_view::TARGET_ROLE.get()}</dt>
                <dd>{role}</dd>
                <dt>{plan_view::SITUATION.get()}</dt>
                <dd>{situation}</dd>
            </dl>
        </section>
    }
}

/// Each mentor with what they answer, how and when the person meets them, and what
/// the person offers.
#[component]
fn Team(voice: Voice) -> impl IntoView {
    let context = PlanContext::expect_context();
    let team = memo(move || {
        let labels = Labels::of(context);
        context.with(|plan| {
            // Each role is explained to the plan's owner once, on the first card that has it.
            let mut explained = Vec::new();
            plan.mentors
                .iter()
                .zip(labels.mentors)
                .map(|(mentor, (_, name))| {
                    let role = if voice == Voice::Reader || explained.contains(&mentor.role) {
                        ""
                    } else {
                        explained.push(mentor.role);
                        content::role_about(mentor.role)
                    };
                    let answers: Vec<&str> = labels
                        .competencies
                        .iter()
                        .filter(|(id, _)| mentor.competencies.contains(id))
                        .map(|(_, label)| label.as_str())
                        .collect();
                    let details = [
                        content::role_label(mentor.role),
                        content::status_label(mentor.status),
                    ]
                    .join(" · ");
                    let rows = [
                        (plan_view::ROLE.get(), role.to_owned()),
                        (content::mentors::ANSWERS_LEGEND.get(), answers.join(", ")),
                        (
                            plan_view::REACH.get(),
                            content::reach_label(mentor.reach).to_owned(),
                        ),
                        (
                            plan_view::MEETS.get(),
                            content::cadence_label(mentor.cadence).to_owned(),
                        ),
                        (plan_view::NEXT_STEP.get(), mentor.next_step.clone()),
                        (plan_view::OFFERS.to(voice).get(), mentor.offer.clone()),
                    ];
                    (name, details, rows)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <When when=move || team.with(|team| !team.is_empty())>
            <section aria-labelledby="team-heading">
                <h2 id="team-heading">{plan_view::TEAM_HEADING.to(voice).get()}</h2>
                <ul class="team">
                    {move || {
                        team.get()
                            .into_iter()
                            .map(|(name, details, rows)| {
                                view! {
                                    <li class="card">
                                        <h3 class="card__title" dir="auto">{name}</h3>
                                        <p class="card__summary">{details}</p>
                                        <dl class="summary">
                                            {rows
                                                .into_iter()
                                                .filter(|(_, text)| !text.trim().is_empty())
                                                .map(|(term, text)| {
                                                    view! {
                                                        <dt>{term}</dt>
                                                        <dd class="multiline">{text}</dd>
                                                    }
                                                })
                                                .collect_view()}
                                        </dl>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </When>
    }
}

/// The team map (`domain::team_map`), drawn from the plan; to its owner, a mentor on it opens
/// that mentor in the mentors step.
#[component]
fn TeamMap(voice: Voice) -> impl IntoView {
    let context = PlanContext::expect_context();
    let markup = memo(move || {
        let labels = Labels::of(context);
        let (mentors, skills) = (names(labels.mentors), names(labels.competencies));
        context.with(|plan| {
            (!plan.mentors.is_empty() || !plan.competencies.is_empty())
                .then(|| team_map::figure(plan, &mentors, &skills, voice))
        })
    });
    // Hidden rather than left out when there is nothing to draw: a smaller wasm than `Show`.
    view! {
        <section
            class="map-section"
            aria-labelledby="map-heading"
            hidden=move || markup.with(Option::is_none)
        >
            <h2 id="map-heading">{map_text::HEADING.get()}</h2>
            <p class="hint map__intro">{map_text::INTRO.to(voice).get()}</p>
            <div
                class="team-map"
                inner_html=move || markup.get().unwrap_or_default()
            ></div>
        </section>
    }
}

/// Progress since the first check-in (`domain::progress_chart`), and the way to the next
/// check-in; a plan that is not the reader's shows the chart only.
#[component]
fn Progress(voice: Voice) -> impl IntoView {
    let read_only = voice == Voice::Reader;
    let context = PlanContext::expect_context();
    let markup = memo(move || {
        let skills = names(Labels::of(context).competencies);
        context.with(|plan| progress_chart::figure(plan, &skills))
    });
    let hidden = move || read_only && markup.with(Option::is_none);
    view! {
        <section
            class="progress-section"
            class:progress-section--empty=move || markup.with(Option::is_none)
            aria-labelledby="progress-heading"
            hidden=hidden
        >
            <h2 id="progress-heading">{progress_text::HEADING.to(voice).get()}</h2>
            <p class="hint" hidden=move || markup.with(Option::is_some)>{progress_text::NONE_YET.get()}</p>
            <div inner_html=move || markup.get().unwrap_or_default()></div>
            {(!read_only).then(|| view! {
                <p><a class="button" href=Route::Review.href()>{progress_text::REVIEW.get()}</a></p>
            })}
        </section>
    }
}

/// The coming 12 weeks: when the person meets each active mentor (`domain::rhythm`).
#[component]
fn Rhythm(voice: Voice) -> impl IntoView {
    let context = PlanContext::expect_context();
    let today = crate::browser::today();
    let markup = memo(move || {
        let mentors = names(Labels::of(context).mentors);
        context.with(|plan| rhythm::strip(plan, &mentors, today))
    });
    view! {
        <section
            class="rhythm-section"
            aria-labelledby="rhythm-heading"
            hidden=move || markup.with(Option::is_none)
        >
            <h2 id="rhythm-heading">{rhythm_text::HEADING.to(voice).get()}</h2>
            <p class="hint">{rhythm_text::INTRO.to(voice).get()}</p>
            <div
                class="grid-scroll"
                role="region"
                aria-label=rhythm_text::SCROLL_LABEL.get()
                tabindex="0"
                inner_html=move || markup.get().unwrap_or_default()
            ></div>
        </section>
    }
}
