use leptos::prelude::*;

use crate::browser;
use crate::components::fields::{CheckBox, NameBox};
use crate::components::keep_copy::{KeepPanel, download_plan_file};
use crate::components::qr_code::QrCodeView;
use crate::components::when::{EachNamed, When};
use crate::domain::calendar::{self, Event, Reminder};
use crate::domain::content::{dates, file_errors, limits, plans, share as text, team_calendar};
use crate::domain::date::Date;
use crate::domain::files::{self, FileError, MAX_FILE_BYTES};
use crate::domain::plan::{Id, Mentor, Plan};
use crate::domain::share;
use crate::domain::steps::Step;
use crate::ids;
use crate::router::{Route, RouterContext};
use crate::state::{LibraryContext, PlanContext, UndoContext, memo};

/// Past this length a link no longer fits some chat apps' messages.
const CHAT_LIMIT: usize = 2000;

/// Sharing and saving the open plan: link, QR code, files, print and calendar reminders.
#[component]
pub fn ShareScreen() -> impl IntoView {
    // Whether each calendar event carries the link that brings the plan back.
    let restore_link = RwSignal::new(false);
    view! {
        <section class="step" aria-labelledby=ids::SCREEN_HEADING>
            <h1 id=ids::SCREEN_HEADING tabindex="-1">{text::HEADING.get()}</h1>
            <p class="step-intro">{text::INTRO.get()}</p>
            <LinkPanel />
            <KeepPanel />
            <FilesPanel />
            <section class="panel" aria-labelledby="print-heading">
                <h2 id="print-heading">{text::PRINT_HEADING.get()}</h2>
                <p>{text::PRINT_INTRO.get()}</p>
                <a href=Route::Step(Step::Plan).href()>{text::GO_TO_PLAN.get()}</a>
            </section>
            <TeamCalendarPanel restore_link />
            <CalendarPanel restore_link />
        </section>
    }
}

/// The link, with copy, share sheet, length meter and QR code.
#[component]
fn LinkPanel() -> impl IntoView {
    let context = PlanContext::expect_context();
    let library = LibraryContext::expect_context();
    let has_private = context.read(Plan::has_private_notes);
    let leave_out_private = RwSignal::new(true);
    let has_record = context.read(Plan::has_record);
    let put_record_in = RwSignal::new(false);
    let link = memo(move || {
        let name = library.library.with(|l| l.current_name().to_owned());
        let fragment = context.with(|plan| {
            let mut shared = if leave_out_private.get() {
                plan.without_private_notes()
            } else {
                plan.clone()
            };
            if !put_record_in.get() {
                shared.leave_out_record();
            }
            share::encode(&name, &shared)
        });
        format!("{}#{fragment}", browser::app_address())
    });
    let length = memo(move || link.with(String::len));
    let name = memo(move || library.library.with(|l| l.current_name().to_owned()));
    let rename = Callback::new(move |text: String| {
        library.library.update(|l| {
            l.rename(l.current, &text);
        });
    });
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| browser::copy_text(link.get_untracked(), copied);
    let share_sheet = move |_| {
        let (name, url) = (
            library
                .library
                .with_untracked(|l| l.current_name().to_owned()),
            link.get_untracked(),
        );
        leptos::task::spawn_local(async move {
            browser::share_sheet(&name, "url", &url).await;
        });
    };
    view! {
        <section class="panel" aria-labelledby="link-heading">
            <h2 id="link-heading">{text::LINK_HEADING.get()}</h2>
            <NameBox
                id="share-name"
                label=plans::RENAME_LABEL
                hint=Some(text::NAME_HINT)
                value=name
                on_valid=rename
                required=plans::NAME_REQUIRED
            />
            <div class="field">
                <label for="share-link">{text::LINK_LABEL.get()}</label>
                <input
                    id="share-link"
                    type="text"
                    readonly
                    prop:value=move || link.get()
                    on:focus:target=move |ev| ev.target().select()
                />
            </div>
            <When
                when=move || has_private.get()
                fallback=|| view! { <p class="hint">{text::NO_PRIVATE_NOTES.get()}</p> }
            >
                <CheckBox
                    id="leave-out-private"
                    label=text::LEAVE_OUT_PRIVATE
                    checked=leave_out_private
                    on_change=Callback::new(move |on| leave_out_private.set(on))
                />
            </When>
            <div hidden=move || !has_record.get()>
                <CheckBox
                    id="put-record-in"
                    label=text::INCLUDE_RECORD
                    checked=put_record_in
                    on_change=Callback::new(move |on| put_record_in.set(on))
                />
                <p class="hint">{text::RECORD_PRIVATE.get()}</p>
            </div>
            <p class="meter">
                <label for="link-length">{text::METER_LABEL.get()}</label>
                <meter id="link-length" min="0" max=CHAT_LIMIT.to_string() high="1500" optimum="0" value=move || length.get().to_string()></meter>
                <span>{move || text::length(length.get())}</span>
                " "
                <span>{move || if length.get() <= CHAT_LIMIT { text::FITS.get() } else { text::LONG_FOR_CHAT.get() }}</span>
            </p>
            <div class="card__actions">
                <button type="button" on:click=copy>{text::COPY.get()}</button>
                {browser::can_share().then(|| view! { <button type="button" on:click=share_sheet>{text::SHARE.get()}</button> })}
            </div>
            <p role="status" class="copy-status">
                {move || copied.get().map(|ok| if ok { text::COPIED.get() } else { text::COPY_FAILED.get() })}
            </p>
            <h3>{text::QR_HEADING.get()}</h3>
            <p>{text::QR_INTRO.get()}</p>
            <QrCodeView text=link label=text::QR_ALT />
        </section>
    }
}

/// The plan as a JSON file, and opening such a file as a new plan.
#[component]
fn FilesPanel() -> impl IntoView {
    let context = PlanContext::expect_context();
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    let problem = RwSignal::new(None::<String>);
    // A file follows the link's rule: private notes, the meeting log and check-ins go in only
    // for a full backup, which the person asks for.
    let has_more = context.read(|plan| plan.has_private_notes() || plan.has_record());
    let full_backup = RwSignal::new(false);
    let download = move |_| {
        download_plan_file(library, full_backup.get_untracked());
    };
    let open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let read = browser::read_chosen_file(&input, MAX_FILE_BYTES).await;
            input.set_value("");
            match read.map(|json| files::import_json(&json)) {
                Ok(Ok(files::Imported {
                    name,
                    plan,
                    trimmed,
                })) => {
                    problem.set(None);
                    let name = if name.trim().is_empty() {
                        plans::NEW_NAME.get().to_owned()
                    } else {
                        name
                    };
                    // A copy of one of the person's own plans asks first, as its link does.
                    let own = library
                        .library
                        .with_untracked(|l| l.copy_of(&plan).is_some());
                    if own && !library.in_workshop() {
                        let fragment = share::encode_for_oneself(&name, &plan);
                        router.go(&Route::Shared(fragment));
                        return;
                    }
                    let mut notice = text::imported(&name);
                    if let Some(trimmed) = limits::trimmed(&trimmed) {
                        notice = format!("{notice} {trimmed}");
                    }
                    // With no room for it, the announcement says so.
                    if library.keep_as_own(undo, name, plan, notice) {
                        router.go(&Route::Step(Step::Plan));
                    }
                }
                Ok(Err(error)) => problem.set(Some(file_problem(&error).to_owned())),
                Err(browser::FileReadError::TooBig) => {
                    problem.set(Some(file_errors::TOO_BIG.get().to_owned()))
                }
                Err(browser::FileReadError::Unreadable) => {
                    problem.set(Some(file_errors::UNREADABLE.get().to_owned()))
                }
            }
        });
    };
    view! {
        <section class="panel" aria-labelledby="files-heading">
            <h2 id="files-heading">{text::FILES_HEADING.get()}</h2>
            <When when=move || has_more.get()>
                <CheckBox
                    id="file-full-backup"
                    label=text::FULL_BACKUP
                    checked=full_backup
                    on_change=Callback::new(move |on| full_backup.set(on))
                />
                <p class="hint">{text::FILE_LEAVES_OUT_PRIVATE.get()}</p>
            </When>
            <button type="button" on:click=download>{text::DOWNLOAD.get()}</button>
            <div class="field">
                <label for="open-file">{text::OPEN_FILE_LABEL.get()}</label>
                <p class="hint" id="open-file-hint">{text::OPEN_FILE_HINT.get()}</p>
                <input
                    id="open-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="open-file-hint"
                    on:change=open
                />
                <p class="field-error" role="alert">{move || problem.get()}</p>
            </div>
        </section>
    }
}

/// Why a file could not be opened, in plain words.
fn file_problem(error: &FileError) -> &'static str {
    match error {
        FileError::TooBig => file_errors::TOO_BIG.get(),
        FileError::NotJson => file_errors::NOT_JSON.get(),
        FileError::NotAPlanFile => file_errors::NOT_A_PLAN_FILE.get(),
        FileError::NewerFormat(_) => file_errors::NEWER.get(),
        FileError::Damaged(_) => file_errors::DAMAGED.get(),
    }
}

/// One calendar file for the whole team: a repeating event for each active mentor who meets
/// at a set pace, from the day they are next due, and a check-in every three months. The
/// events' ids come from the plan's and the mentors' ids, so importing the file again updates
/// them.
#[component]
fn TeamCalendarPanel(restore_link: RwSignal<bool>) -> impl IntoView {
    let context = PlanContext::expect_context();
    let library = LibraryContext::expect_context();
    let download = move |_| {
        let footer = restore_footer(library, restore_link.get_untracked());
        let (plan_id, name) = library
            .library
            .with_untracked(|l| (l.current, l.current_name().to_owned()));
        let labels = context.mentor_labels.get_untracked();
        let ics = context.with_untracked(|plan| {
            team_calendar_file(
                plan,
                &labels,
                plan_id,
                browser::today(),
                &browser::utc_stamp(),
                &footer,
            )
        });
        let _ = browser::download(&files::file_name(&name, "ics"), "text/calendar", &ics);
    };
    view! {
        <section class="panel" aria-labelledby="team-calendar-heading">
            <h2 id="team-calendar-heading">{team_calendar::HEADING.get()}</h2>
            <p>{team_calendar::INTRO.get()}</p>
            <CheckBox
                id="calendar-restore-link"
                label=team_calendar::RESTORE_LINK
                checked=restore_link
                on_change=Callback::new(move |on| restore_link.set(on))
            />
            <p class="hint">{team_calendar::RESTORE_LINK_HINT.get()}</p>
            <button type="button" on:click=download>{team_calendar::DOWNLOAD.get()}</button>
        </section>
    }
}

/// The team's .ics file, in the words of the language spoken: each mentor's events are named
/// by `labels` (the plan's mentor names, told apart), the check-in's by the catalogue. Each
/// mentor's next step with a date is an event on that day too.
fn team_calendar_file(
    plan: &Plan,
    labels: &[(Id, String)],
    plan_id: u32,
    today: Date,
    stamp: &str,
    footer: &str,
) -> String {
    let (mentors, check_in) = calendar::team_schedule(plan, today);
    let label = |id: Id| {
        labels
            .iter()
            .find_map(|(other, label)| (*other == id).then_some(label.as_str()))
            .unwrap_or_default()
    };
    let series_words: Vec<[String; 3]> = mentors
        .iter()
        .map(|(id, _, _)| {
            let step = plan.mentor(*id).map_or("", |m| m.next_step.trim());
            let description = if step.is_empty() {
                String::new()
            } else {
                text::reminder_description(step)
            };
            [
                text::reminder_summary(label(*id)),
                description,
                text::reminder_alarm(label(*id)),
            ]
        })
        .collect();
    let steps: Vec<(&Mentor, [String; 2])> = plan
        .mentors
        .iter()
        .map(|mentor| {
            let words = step_words(label(mentor.id), &mentor.next_step);
            (mentor, words)
        })
        .collect();
    let mut events: Vec<Event> = mentors
        .iter()
        .zip(&series_words)
        .map(|((id, start, rule), [summary, description, alarm])| Event {
            uid: calendar::series_uid(plan_id, *id),
            start: *start,
            rule: Some(rule),
            words: Reminder {
                summary,
                description,
                alarm,
            },
        })
        .collect();
    events.extend(steps.iter().filter_map(|(mentor, [alarm, description])| {
        let words = Reminder {
            summary: alarm,
            description,
            alarm,
        };
        calendar::step_event(plan_id, mentor, words)
    }));
    events.push(Event {
        uid: format!("plan-{plan_id}-check-in"),
        start: check_in,
        rule: Some(calendar::CHECK_IN_RULE),
        words: Reminder {
            summary: team_calendar::CHECK_IN_SUMMARY.get(),
            description: team_calendar::CHECK_IN_DESCRIPTION.get(),
            alarm: team_calendar::CHECK_IN_SUMMARY.get(),
        },
    });
    calendar::file(&events, stamp, footer)
}

/// What ends each calendar event's description when the person asked for the link that
/// brings their plan back (`asked`), and nothing otherwise: the whole open plan, as a link
/// made for themself (`share::FOR_ONESELF`), which counts as a copy kept.
fn restore_footer(library: LibraryContext, asked: bool) -> String {
    if !asked {
        return String::new();
    }
    let link = library.link_for_oneself();
    library.note_copy_kept();
    team_calendar::restore(&dates::long(browser::today()), &link)
}

/// The words of the event on the day a next step is due: its title (also its alarm), and
/// the step.
fn step_words(label: &str, step: &str) -> [String; 2] {
    [
        text::reminder_alarm(label),
        text::reminder_description(step.trim()),
    ]
}

/// A repeating calendar event for each mentor with a next step and a cadence.
#[component]
fn CalendarPanel(restore_link: RwSignal<bool>) -> impl IntoView {
    let context = PlanContext::expect_context();
    let library = LibraryContext::expect_context();
    let ready = memo(move || {
        context.with(|plan| {
            plan.mentor_labels()
                .into_iter()
                .filter(|(id, _)| plan.mentor(*id).is_some_and(calendar::can_remind))
                .collect::<Vec<(Id, String)>>()
        })
    });
    let download = move |id: Id, label: String| {
        let Some(mentor) = context.with_untracked(|plan| plan.mentor(id).cloned()) else {
            return;
        };
        let plan_id = library.library.with_untracked(|l| l.current);
        let (summary, description, alarm) = (
            text::reminder_summary(&label),
            text::reminder_description(&mentor.next_step),
            text::reminder_alarm(&label),
        );
        let words = Reminder {
            summary: &summary,
            description: &description,
            alarm: &alarm,
        };
        let [step_alarm, step_description] = step_words(&label, &mentor.next_step);
        let step = Reminder {
            summary: &step_alarm,
            description: &step_description,
            alarm: &step_alarm,
        };
        // The same UIDs as in the team's file: importing either again updates the events.
        let events: Vec<Event> = calendar::series(plan_id, &mentor, words, browser::tomorrow())
            .into_iter()
            .chain(calendar::step_event(plan_id, &mentor, step))
            .collect();
        if !events.is_empty() {
            let footer = restore_footer(library, restore_link.get_untracked());
            let ics = calendar::file(&events, &browser::utc_stamp(), &footer);
            let _ = browser::download(&files::file_name(&label, "ics"), "text/calendar", &ics);
        }
    };
    view! {
        <section class="panel" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{text::CALENDAR_HEADING.get()}</h2>
            <p>{text::CALENDAR_INTRO.get()}</p>
            <When
                when=move || ready.with(|ready| !ready.is_empty())
                fallback=|| view! { <p class="empty">{text::CALENDAR_NONE.get()}</p> }
            >
                <ul class="simple-list">
                    <EachNamed items=ready view=move |(id, label): (Id, String)| view! {
                        <li>
                            <button type="button" on:click={
                                let label = label.clone();
                                move |_| download(id, label.clone())
                            }>
                                {text::calendar_button(&label)}
                            </button>
                        </li>
                    }.into_any() />
                </ul>
            </When>
        </section>
    }
}
