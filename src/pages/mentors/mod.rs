//! Building the team: each mentor's card and editor, their log, and a message to them.

mod message_draft;

use leptos::prelude::*;

use self::message_draft::MessageDraft;
use crate::browser;
use crate::components::choices::{CheckGroup, Choice, Options};
use crate::components::fields::{AddForm, HiddenName, NameBox, TextBox};
use crate::components::meeting_log::{self, DueNote, Keeping, MeetingLog, StepDone};
use crate::components::plan_grid::PlanGrid;
use crate::components::step_nav::StepPage;
use crate::components::when::{EachId, When};
use crate::domain::analysis::answered_count;
use crate::domain::content::{self, common, mentors};
use crate::domain::plan::{
    Cadence, Id, List, MentorRole, MessageKind, Plan, Reach, SituationRef, Status, toggle,
};
use crate::domain::steps::Step;
use crate::state::{PlanContext, UndoContext};

/// Each part of the person's situation with its words, for the "shares" checkboxes.
fn situation_options(plan: &Plan) -> Vec<(SituationRef, String)> {
    plan.situation_parts()
        .into_iter()
        .map(|part| {
            let text = match part {
                SituationRef::Listed(factor) => content::factor_label(factor).to_owned(),
                SituationRef::Own(id) => plan
                    .situation
                    .own_factors
                    .iter()
                    .find(|f| f.id == id)
                    .map(|f| f.name.clone())
                    .unwrap_or_default(),
            };
            (part, text)
        })
        .collect()
}

/// Building the team: add, edit and remove mentors, with the coverage grid below.
/// `arrival`: a mentor to open for editing (chosen on the team map, a finding or the
/// "since" screen), and a message to them to open.
#[component]
pub fn MentorsStep(arrival: Option<(Id, Option<MessageKind>)>) -> impl IntoView {
    let context = PlanContext::expect_context();
    let ids = context.read(|plan| plan.mentors.iter().map(|m| m.id).collect::<Vec<_>>());
    // Which mentors are open for editing: a new one opens, and one chosen on the team map;
    // the others start folded.
    let chosen = arrival.map(|(id, _)| id);
    let open = RwSignal::new(chosen.into_iter().collect::<Vec<Id>>());
    if let Some((id, message)) = arrival {
        // A frame after the router has put focus on the step's heading.
        let field = if message.is_some() { "message" } else { "name" };
        request_animation_frame(move || {
            browser::focus_after_render(format!("{}-{field}", crate::ids::mentor_fields(id)));
        });
    }
    let add = Callback::new(move |name: String| {
        if let Some(id) = context.try_update(|plan| plan.add_mentor(name)).flatten() {
            open.update(|open| open.push(id));
        }
    });
    let competencies = context.competency_labels.into();
    let situation = context.read(situation_options);
    let keeping = meeting_log::keeping(browser::today());
    view! {
        <StepPage step=Step::Mentors>
            <section class="panel" aria-labelledby="add-mentor-heading">
                <h2 id="add-mentor-heading">{mentors::ADD_HEADING.get()}</h2>
                <AddForm
                    id="new-mentor"
                    label=mentors::NAME_LABEL
                    hint=mentors::NAME_HINT
                    required=mentors::NAME_REQUIRED
                    button=mentors::ADD
                    on_add=add
                    full=context.full(List::Mentors)
                />
                <details class="where">
                    <summary>{mentors::WHERE_HEADING.get()}</summary>
                    <p>{mentors::WHERE_INTRO.get()}</p>
                    <ul class="ideas">{mentors::WHERE.map(|place| view! { <li>{place.get()}</li> })}</ul>
                </details>
            </section>
            <h2>{mentors::LIST_HEADING.get()}</h2>
            <When
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=|| view! { <p class="empty">{mentors::EMPTY.get()}</p> }
            >
                <ul class="cards">
                    <EachId ids=ids view=move |id| view! { <MentorCard id open competencies situation keeping message=arrival.and_then(|(to, message)| message.filter(|_| to == id)) /> }.into_any() />
                </ul>
            </When>
            <section class="panel" aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">{mentors::COVERAGE_HEADING.get()}</h2>
                <PlanGrid />
            </section>
        </StepPage>
    }
}

/// One mentor: a summary line, and every field when opened for editing.
#[component]
fn MentorCard(
    id: Id,
    open: RwSignal<Vec<Id>>,
    competencies: Signal<Vec<(Id, String)>>,
    situation: Signal<Vec<(SituationRef, String)>>,
    keeping: Keeping,
    /// A message to this mentor to open, of this kind.
    message: Option<MessageKind>,
) -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let editing = Signal::derive(move || open.with(|open| open.contains(&id)));
    let label = context.mentor_label(id);
    let summary = context.read(move |plan| {
        let Some(mentor) = plan.mentor(id) else {
            return String::new();
        };
        let answers = match answered_count(plan, id) {
            0 => mentors::ANSWERS_NONE.get().to_owned(),
            count => mentors::answers_count(count),
        };
        [
            content::role_label(mentor.role),
            content::status_label(mentor.status),
            content::reach_label(mentor.reach),
            &answers,
        ]
        .join(" · ")
    });
    let remove = move |_| {
        if let Some(removed) = context.try_update(|plan| plan.remove_mentor(id)).flatten() {
            undo.offer(removed);
        }
    };
    let editor_id = format!("{}-editor", crate::ids::mentor_fields(id));
    view! {
        <li class="card">
            <h3 class="card__title">{label}</h3>
            <p class="card__summary">{summary}</p>
            <DueNote id keeping />
            <div class="card__actions">
                <button
                    type="button"
                    aria-expanded=move || editing.get().to_string()
                    aria-controls=editor_id.clone()
                    on:click=move |_| open.update(|open| toggle(open, id, !open.contains(&id)))
                >
                    {move || if editing.get() { common::DONE_EDITING.get() } else { common::EDIT.get() }}
                    <HiddenName name=label />
                </button>
                <button
                    type="button"
                    class="quiet danger"
                    on:click=remove
                >
                    {common::REMOVE.get()}
                    <HiddenName name=label />
                </button>
            </div>
            <div id=editor_id class="card__fields">
                <When when=move || editing.get()>
                    <MentorEditor id label competencies situation />
                </When>
            </div>
            <MeetingLog id label keeping />
            <MessageDraft id label open_with=message />
        </li>
    }
}

/// Every field of one mentor.
#[component]
fn MentorEditor(
    id: Id,
    label: Signal<String>,
    competencies: Signal<Vec<(Id, String)>>,
    situation: Signal<Vec<(SituationRef, String)>>,
) -> impl IntoView {
    let context = PlanContext::expect_context();
    let prefix = crate::ids::mentor_fields(id);
    let (name, set_name) = context.mentor_field(id, |m| m.name.clone(), |m, v| m.name = v);
    let (how_known, set_how_known) =
        context.mentor_field(id, |m| m.how_known.clone(), |m, v| m.how_known = v);
    let role = Options::for_mentor(
        id,
        MentorRole::ALL.to_vec(),
        content::role_label,
        |m| m.role,
        |m, v| m.role = v,
    );
    let role_chosen = role.chosen();
    let answers = context.read(move |plan| {
        plan.mentor(id)
            .map(|m| m.competencies.clone())
            .unwrap_or_default()
    });
    let set_answers = context.write(move |plan, (competency, on)| {
        if let Some(mentor) = plan.mentor_mut(id) {
            toggle(&mut mentor.competencies, competency, on);
        }
    });
    let shares = context.read(move |plan| {
        plan.mentor(id)
            .map(|m| m.shared.clone())
            .unwrap_or_default()
    });
    let set_shares = context.write(move |plan, (part, on)| {
        if let Some(mentor) = plan.mentor_mut(id) {
            toggle(&mut mentor.shared, part, on);
        }
    });
    let reach = Options::for_mentor(
        id,
        Reach::ALL.to_vec(),
        content::reach_label,
        |m| m.reach,
        |m, v| m.reach = v,
    );
    let status = Options::for_mentor(
        id,
        Status::ALL.to_vec(),
        content::status_label,
        |m| m.status,
        |m, v| m.set_status(v, browser::today()),
    );
    let (next_step, set_next_step) =
        context.mentor_field(id, |m| m.next_step.clone(), |m, v| m.next_step = v);
    let cadence = Options::for_mentor(
        id,
        Cadence::ALL.to_vec(),
        content::cadence_label,
        |m| m.cadence,
        |m, v| m.cadence = v,
    );
    view! {
        <NameBox
            id=format!("{prefix}-name")
            label=mentors::NAME_LABEL
            value=name
            on_valid=set_name
            required=mentors::NAME_REQUIRED
        />
        <TextBox
            id=format!("{prefix}-how-known")
            label=mentors::HOW_KNOWN_LABEL
            hint=mentors::HOW_KNOWN_HINT
            value=how_known
            on_input=set_how_known
        />
        <Choice
            id=format!("{prefix}-role")
            label=mentors::ROLE_LABEL
            options=role
        />
        <p class="hint field--wide">
            {move || {
                let role = MentorRole::ALL[role_chosen.get()];
                [content::role_about(role), content::role_pace(role)].join(" ")
            }}
        </p>
        <CheckGroup
            id=format!("{prefix}-answers")
            legend=mentors::ANSWERS_LEGEND
            options=competencies
            checked=answers
            on_toggle=set_answers
            empty=mentors::NO_COMPETENCIES
        />
        <CheckGroup
            id=format!("{prefix}-shares")
            legend=mentors::SHARES_LEGEND
            options=situation
            checked=shares
            on_toggle=set_shares
            empty=mentors::NO_SITUATION
        />
        <Choice
            id=format!("{prefix}-reach")
            label=mentors::REACH_LEGEND
            options=reach
        />
        <Choice
            id=format!("{prefix}-status")
            label=mentors::STATUS_LABEL
            options=status
        />
        <TextBox
            id=format!("{prefix}-next-step")
            label=mentors::NEXT_STEP_LABEL
            hint=mentors::NEXT_STEP_HINT
            value=next_step
            on_input=set_next_step
        />
        <StepDone id label />
        <Choice
            id=format!("{prefix}-cadence")
            label=mentors::CADENCE_LABEL
            options=cadence
        />
    }
}
