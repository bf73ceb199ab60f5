//! Keeping a whole copy of the open plan outside this browser, which may clear it: the ways
//! to do it, the share screen's panel, and the prompt at the moments that matter.

use leptos::prelude::*;

use crate::browser;
use crate::components::qr_code::QrCodeView;
use crate::components::when::When;
use crate::domain::content::{Tr, dates, keep as text};
use crate::domain::files;
use crate::domain::library::Library;
use crate::router::Route;
use crate::state::LibraryContext;

/// Four weeks, in seconds: a last copy older than this is worth a new one.
const COPY_GETS_OLD: u32 = 28 * 24 * 60 * 60;

/// True if the browser declined to keep the plans (so it may clear them) and these are the
/// person's own plans, not workshop mode's demo.
pub fn may_be_cleared(library: LibraryContext) -> bool {
    library.storage_kept.get() == Some(false) && !library.in_workshop()
}

/// The ways to keep a whole copy of the open plan: the share sheet (where the browser has
/// one: email, notes, messages, files) and a file. Not a `mailto:` address: a whole plan's
/// link can pass what some email apps take from one. `first_only` shows the first alone,
/// the prompt's one action. Each counts as a copy kept; `close`, if given, is the prompt's
/// to close after.
#[component]
pub fn KeepCopyActions(
    #[prop(optional)] first_only: bool,
    #[prop(optional)] close: Option<RwSignal<bool>>,
) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let kept = move || {
        library.note_copy_kept();
        if let Some(open) = close {
            open.set(false);
        }
    };
    let name = move || {
        library
            .library
            .with_untracked(|l| l.current_name().to_owned())
    };
    let send = move |_| {
        let (name, link) = (name(), library.link_for_oneself());
        leptos::task::spawn_local(async move {
            if browser::share_sheet(&name, "url", &link).await {
                kept();
            }
        });
    };
    let file = move |_| {
        if download_plan_file(library, true) {
            kept();
        }
    };
    let can_share = browser::can_share();
    view! {
        <button type="button" class="primary" hidden=!can_share on:click=send>
            {text::SEND.get()}
        </button>
        <button
            type="button"
            class=if can_share { "" } else { "primary" }
            hidden=first_only && can_share
            on:click=file
        >
            {text::FILE.get()}
        </button>
    }
}

/// Downloads the open plan as a file: whole (`whole`), or without private notes, meetings and
/// check-ins, as a link leaves them out. Saves first, so the file holds the plan as it is
/// now. False if the browser would not download it.
pub fn download_plan_file(library: LibraryContext, whole: bool) -> bool {
    library.save_now();
    library.library.with_untracked(|l| {
        let name = l.current_name();
        let json = if whole {
            files::export_json(name, l.current_plan())
        } else {
            let mut shared = l.current_plan().without_private_notes();
            shared.leave_out_record();
            files::export_json(name, &shared)
        };
        browser::download(&files::file_name(name, "json"), "application/json", &json).is_ok()
    })
}

/// Whether this browser agreed to keep the plans (`kept`), or may clear them.
pub fn storage_words(kept: bool) -> &'static str {
    if kept {
        text::BROWSER_KEEPS.get()
    } else {
        text::BROWSER_MAY_CLEAR.get()
    }
}

/// When the person last kept a copy of the open plan, or that they have not yet.
fn last_copy(library: LibraryContext) -> String {
    match library.library.with(Library::current_copy_kept) {
        0 => text::NO_COPY_YET.get().to_owned(),
        seconds => text::last_copy(&dates::long(browser::local_date(seconds))),
    }
}

/// The share screen's panel: whether this browser keeps the plans, the ways to keep a copy,
/// when the last one was made, and moving the plan to another device by QR code.
#[component]
pub fn KeepPanel() -> impl IntoView {
    let library = LibraryContext::expect_context();
    // The link is made when the person opens "Move", and the plan saved as it is then. The
    // browser reports the opening a moment after it draws it: until then there is no code.
    let moving = RwSignal::new(String::new());
    let toggle = move |ev: leptos::ev::Event| {
        let details: web_sys::HtmlDetailsElement = event_target(&ev);
        if details.open() {
            moving.set(library.link_for_oneself());
        }
    };
    view! {
        <section class="panel" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{text::HEADING.get()}</h2>
            <p>{move || storage_words(library.storage_kept.get() == Some(true))}</p>
            <p>{text::WHAT_A_COPY_IS.get()}</p>
            <div class="card__actions">
                <KeepCopyActions />
            </div>
            <p role="status">{move || last_copy(library)}</p>
            // On iPhone and iPad, in a browser tab: how the Home Screen keeps the plan.
            <p hidden=!browser::ios_browser_tab()>{text::HOME_SCREEN.get()}</p>
            <details on:toggle=toggle>
                <summary>{text::MOVE.get()}</summary>
                <p>{text::MOVE_STEPS.get()}</p>
                <When when=move || moving.with(|link| !link.is_empty())>
                    <QrCodeView text=moving label=text::MOVE_QR />
                </When>
            </details>
        </section>
    }
}

/// Suggests keeping a copy at a moment that matters (`why` says which), while `open` and
/// while this browser may clear the plans. It closes when the person keeps a copy or says
/// not now.
#[component]
pub fn KeepCopyPrompt(why: Tr, open: RwSignal<bool>) -> impl IntoView {
    let library = LibraryContext::expect_context();
    view! {
        <div class="notice" hidden=move || !(open.get() && may_be_cleared(library))>
            <p>
                <strong>{text::PROMPT_HEADING.get()}</strong>
            </p>
            <p>
                {why.get()} " " {text::BROWSER_MAY_CLEAR.get()} " " {move || last_copy(library)}
            </p>
            <div class="card__actions">
                <KeepCopyActions first_only=true close=open />
                <a href=Route::Share.href()>{text::MORE_WAYS.get()}</a>
                <button type="button" class="quiet" on:click=move |_| open.set(false)>
                    {text::NOT_NOW.get()}
                </button>
            </div>
        </div>
    }
}

/// The plan page's prompt: after a check-in, or, at the first look in a visit, when the last
/// copy is over four weeks old (or there is none, and the plan has meetings or check-ins).
/// Each moment's prompt shows on one arrival at the plan page only.
#[component]
pub fn PlanPageKeepPrompt() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let after_check_in = library.check_in_saved;
    let first_look = !library.old_copy_asked.get_value();
    library.old_copy_asked.set_value(true);
    let (why, open) = if after_check_in.get_untracked() {
        on_cleanup(move || after_check_in.set(false));
        (text::AFTER_CHECK_IN, after_check_in)
    } else {
        let copy_is_old = library
            .library
            .with_untracked(|l| match l.current_copy_kept() {
                0 => l.current_plan().has_record(),
                kept => browser::now_seconds().saturating_sub(kept) > COPY_GETS_OLD,
            });
        (text::COPY_IS_OLD, RwSignal::new(first_look && copy_is_old))
    };
    view! { <KeepCopyPrompt why open /> }
}
