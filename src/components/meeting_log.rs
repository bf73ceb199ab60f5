//! Keeping up with a mentor, on their card: who is due, the next step's date and "done", and
//! the log of meetings and steps done (newest first, editable, removable with undo).

use leptos::prelude::*;

use crate::browser;
use crate::components::fields::{DateBox, HiddenName, TextBox};
use crate::components::keep_copy::KeepCopyPrompt;
use crate::components::when::When;
use crate::domain::content::{common, dates, keep, meetings};
use crate::domain::date::Date;
use crate::domain::living::Due;
use crate::domain::plan::Id;
use crate::ids;
use crate::state::{PlanContext, UndoContext, memo};

/// For every mentor, who is due and how many entries their log holds. It is worked out once
/// for all the cards: a keystroke that changes neither (most do not) wakes no card.
pub type Keeping = Memo<Vec<(Id, Option<Due>, usize)>>;

/// The `Keeping` of the open plan, as of `today`.
pub fn keeping(today: Date) -> Keeping {
    let context = PlanContext::expect_context();
    memo(move || {
        context.with(|plan| {
            plan.mentors
                .iter()
                .map(|m| (m.id, m.due(today), m.log.len()))
                .collect()
        })
    })
}

/// "Due in 3 days", "Due now" or "Overdue by 2 days", for an active mentor who meets at a
/// set pace; nothing otherwise.
#[component]
pub fn DueNote(id: Id, keeping: Keeping) -> impl IntoView {
    let due = memo(move || {
        keeping.with(|all| {
            all.iter()
                .find(|(other, ..)| *other == id)
                .and_then(|(_, due, _)| *due)
        })
    });
    move || {
        due.get().map(|due| {
            let late = !matches!(due, Due::In(_));
            view! { <p class=if late { "due due--late" } else { "due" }>{meetings::due(due)}</p> }
        })
    }
}

/// The next step's date, a note when it has passed, and "Mark the step done": the step moves
/// to the log, and focus goes back to the step's field for the next one.
#[component]
pub fn StepDone(id: Id, label: Signal<String>) -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let today = browser::today();
    let prefix = ids::mentor_fields(id);
    let (step_due, set_step_due) = context.mentor_field(id, |m| m.step_due, |m, v| m.step_due = v);
    let has_step = context.read(move |plan| {
        plan.mentor(id)
            .is_some_and(|m| !m.next_step.trim().is_empty())
    });
    let late = context.read(move |plan| plan.mentor(id).is_some_and(|m| m.step_overdue(today)));
    let step_field = format!("{prefix}-next-step");
    let finish = move |_| {
        let done =
            context.try_update(|plan| plan.mentor_mut(id).is_some_and(|m| m.finish_step(today)));
        if done == Some(true) {
            undo.announce(meetings::step_finished(&label.get_untracked()));
            browser::focus_after_render(step_field.clone());
        }
    };
    view! {
        <DateBox
            id=format!("{prefix}-step-due")
            label=meetings::STEP_DUE_LABEL
            value=step_due
            on_change=set_step_due
        />
        <div class="field step-done">
            {move || late.get().then(|| view! { <p class="due due--late">{meetings::STEP_PAST_DUE.get()}</p> })}
            <button type="button" on:click=finish disabled=move || !has_step.get()>
                {meetings::STEP_DONE.get()}
                <HiddenName name=label />
            </button>
        </div>
    }
}

/// The log, folded away under its heading and its count, with the form that logs a meeting.
/// Its entries are drawn only while it is open: a long log costs nothing on the mentors step
/// until the person looks at it.
#[component]
pub fn MeetingLog(id: Id, label: Signal<String>, keeping: Keeping) -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let open = RwSignal::new(false);
    let count = memo(move || {
        keeping.with(|all| {
            all.iter()
                .find(|(other, ..)| *other == id)
                .map_or(0, |(.., count)| *count)
        })
    });
    let date = RwSignal::new(Some(browser::today()));
    let note = RwSignal::new(String::new());
    let prefix = format!("{}-log", ids::mentor_fields(id));
    // After each meeting logged, until the person keeps a copy or says not now.
    let suggest_copy = RwSignal::new(false);
    let log_meeting = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let day = date.get_untracked().unwrap_or_else(browser::today);
        context.update(|plan| {
            if let Some(mentor) = plan.mentor_mut(id) {
                mentor.meet(day, &note.get_untracked());
            }
        });
        // Ready for the next meeting: today, and no note.
        date.set(Some(browser::today()));
        note.set(String::new());
        undo.announce(meetings::logged(&label.get_untracked()));
        suggest_copy.set(true);
    };
    view! {
        <details
            class="card__draft log"
            on:toggle=move |ev| {
                let details: web_sys::HtmlDetailsElement = event_target(&ev);
                open.set(details.open());
            }
        >
            <summary>
                {meetings::LOG_HEADING.get()} " (" {count} ")"
                <HiddenName name=label />
            </summary>
            <When when=move || open.get()>
                <form class="log__form" on:submit=log_meeting>
                    <DateBox
                        id=format!("{prefix}-date")
                        label=meetings::DATE_LABEL
                        value=date
                        on_change=Callback::new(move |day| date.set(day))
                    />
                    <TextBox
                        id=format!("{prefix}-note")
                        label=meetings::NOTE_LABEL
                        value=note
                        on_input=Callback::new(move |text| note.set(text))
                    />
                    <button type="submit">
                        {meetings::LOG_MEETING.get()}
                        <HiddenName name=label />
                    </button>
                </form>
                <KeepCopyPrompt why=keep::AFTER_MEETING open=suggest_copy />
                <Entries id />
            </When>
        </details>
    }
}

/// The entries of a mentor's log, newest first; one at a time can be edited. The list is
/// drawn again when an entry comes, goes or moves; a note being typed redraws only itself.
#[component]
fn Entries(id: Id) -> impl IntoView {
    let context = PlanContext::expect_context();
    let log = context.read(move |plan| {
        plan.mentor(id)
            .map(|m| {
                m.log
                    .iter()
                    .map(|e| (e.date, e.done_step))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let editing = RwSignal::new(None::<usize>);
    move || {
        let log = log.get();
        if log.is_empty() {
            return view! { <p class="empty">{meetings::EMPTY_LOG.get()}</p> }.into_any();
        }
        view! {
            <ul class="log__entries">
                {log
                    .into_iter()
                    .enumerate()
                    .map(|(index, (date, done_step))| view! { <EntryRow id index date done_step editing /> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// One entry: its date and note, with Edit and Remove.
#[component]
fn EntryRow(
    id: Id,
    index: usize,
    date: Date,
    done_step: bool,
    editing: RwSignal<Option<usize>>,
) -> impl IntoView {
    let context = PlanContext::expect_context();
    let undo = UndoContext::expect_context();
    let when = dates::long(date);
    let note = context.read(move |plan| {
        plan.mentor(id)
            .and_then(|m| m.log.get(index))
            .map(|e| e.note.clone())
            .unwrap_or_default()
    });
    let heading = if done_step {
        meetings::step_done(&when)
    } else {
        meetings::met(&when)
    };
    let is_editing = move || editing.get() == Some(index);
    let remove = {
        let label = heading.clone();
        move |_| {
            let removed = context.try_update(|plan| plan.remove_entry(id, index, label.clone()));
            editing.set(None);
            if let Some(removed) = removed.flatten() {
                undo.offer(removed);
            }
        }
    };
    // A new date moves the entry to its place in the log; the editor follows it there.
    let set_date = Callback::new(move |day: Option<Date>| {
        let Some(day) = day else { return };
        let moved = context.try_update(|plan| {
            let mentor = plan.mentor_mut(id)?;
            (index < mentor.log.len()).then(|| {
                let mut entry = mentor.log.remove(index);
                entry.date = day;
                mentor.log_entry(entry)
            })
        });
        if let Some(Some(at)) = moved {
            editing.set(Some(at));
        }
    });
    let set_note = context.write(move |plan, text: String| {
        if let Some(entry) = plan.mentor_mut(id).and_then(|m| m.log.get_mut(index)) {
            entry.note = text;
        }
    });
    let prefix = format!("{}-entry-{index}", ids::mentor_fields(id));
    let hidden_name = Signal::stored(heading.clone());
    view! {
        <li class="log__entry">
            <p>
                <strong>{heading}</strong>
                {move || note.with(|note| (!note.is_empty()).then(|| view! { " \u{2014} " <span dir="auto">{note.clone()}</span> }))}
            </p>
            <div class="card__actions">
                <button
                    type="button"
                    class="quiet"
                    aria-expanded=move || is_editing().to_string()
                    on:click=move |_| editing.update(|open| *open = if *open == Some(index) { None } else { Some(index) })
                >
                    {move || if is_editing() { common::DONE_EDITING.get() } else { common::EDIT.get() }}
                    <HiddenName name=hidden_name />
                </button>
                <button type="button" class="quiet danger" on:click=remove>
                    {common::REMOVE.get()}
                    <HiddenName name=hidden_name />
                </button>
            </div>
            <When when=is_editing>
                <div class="log__editor">
                    <DateBox
                        id=format!("{prefix}-date")
                        label=meetings::ENTRY_DATE_LABEL
                        value=Signal::stored(Some(date))
                        on_change=set_date
                    />
                    <TextBox
                        id=format!("{prefix}-note")
                        label=meetings::ENTRY_NOTE_LABEL
                        value=note
                        on_input=set_note
                    />
                </div>
            </When>
        </li>
    }
}
