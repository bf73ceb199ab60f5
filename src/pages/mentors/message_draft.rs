//! The ask: a message to one mentor, drafted from the plan, that becomes the person's own
//! once they change it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::components::fields::{HiddenName, TextBox};
use crate::domain::content::message as text;
use crate::domain::message::{self, Draft, Typed};
use crate::domain::plan::{Id, MessageKind};
use crate::ids;
use crate::state::{LibraryContext, PlanContext};

/// The ask, folded away under "Draft a message": a short message to this mentor, of the
/// kind their status suggests, drafted from the plan, to change and then copy, open in the
/// email app or share; and what to bring when they meet. Once the person changes a message
/// it is theirs: kept in this browser for this mentor and kind, until they start again from
/// the plan (which they can undo). Nothing is sent by us.
#[component]
pub fn MessageDraft(
    id: Id,
    label: Signal<String>,
    open_with: Option<MessageKind>,
) -> impl IntoView {
    let context = PlanContext::expect_context();
    let store = LibraryContext::expect_context();
    let suggested = context.with_untracked(|plan| {
        plan.mentor(id)
            .map(|mentor| message::suggested_kind(mentor, browser::today()))
            .unwrap_or_default()
    });
    let kind = RwSignal::new(open_with.unwrap_or(suggested));
    // The person's words for this kind of message (what they tried, their question, their
    // news), while the message is drafted from the plan.
    let own = RwSignal::new(String::new());
    let opened = RwSignal::new(open_with.is_some());
    let signature = move || store.library.with(|library| library.signature().to_owned());
    let kept = move || {
        store
            .library
            .with(|library| library.message(id, kind.get()).map(str::to_owned))
    };
    let facts = move |own: &str| {
        let signature = signature();
        let typed = Typed {
            own,
            signature: &signature,
        };
        context.with(|plan| message::facts(plan, id, typed))
    };
    let drafted = move || {
        own.with(|own| facts(own))
            .map(|facts| message::draft(kind.get(), &facts))
            .unwrap_or_default()
    };
    // Drafted only once the fold is open, and again as the plan changes, unless the person
    // made the message theirs.
    let body = Memo::new(move |_| {
        if !opened.get() {
            return String::new();
        }
        kept().unwrap_or_else(|| drafted().body)
    });
    let is_theirs = Memo::new(move |_| opened.get() && kept().is_some());
    let before = Memo::new(move |_| {
        if !opened.get() {
            return Vec::new();
        }
        facts("")
            .map(|facts| message::before_you_meet(&facts))
            .unwrap_or_default()
    });
    let kinds = move || {
        context.with(|plan| {
            let mentor = plan.mentor(id);
            MessageKind::ALL.map(|choice| mentor.is_some_and(|m| choice.suits(m)))
        })
    };
    // A message set back to the plan's draft, to bring back until the person types again.
    let replaced = RwSignal::new(None::<(MessageKind, String)>);
    let keep = move |text: Option<String>| {
        let kind = kind.get_untracked();
        store
            .library
            .update(|library| library.set_message(id, kind, text));
    };
    let on_text = Callback::new(move |text: String| {
        replaced.set(None);
        keep(Some(text));
    });
    let redraft = move |_| {
        let kind = kind.get_untracked();
        let theirs = store
            .library
            .with_untracked(|library| library.message(id, kind).map(str::to_owned));
        replaced.set(theirs.map(|text| (kind, text)));
        keep(None);
    };
    let bring_back = move |_| {
        if let Some((_, text)) = replaced.get_untracked() {
            replaced.set(None);
            keep(Some(text));
        }
    };
    let can_bring_back =
        move || replaced.with(|r| r.as_ref().is_some_and(|(k, _)| *k == kind.get()));
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| browser::copy_text(body.get_untracked(), copied);
    let subject = move || {
        own.with_untracked(|own| facts(own))
            .map(|facts| message::draft(kind.get_untracked(), &facts).subject)
            .unwrap_or_default()
    };
    let email = move |_| {
        browser::open_address(&message::mailto(&Draft {
            subject: untrack(subject),
            body: body.get_untracked(),
        }));
    };
    let share = move |_| {
        let (title, text) = (untrack(subject), body.get_untracked());
        leptos::task::spawn_local(async move {
            browser::share_sheet(&title, "text", &text).await;
        });
    };
    let on_toggle = move |event: leptos::ev::Event| {
        let open = event.target().is_some_and(|details| {
            details
                .unchecked_into::<web_sys::Element>()
                .has_attribute("open")
        });
        if open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    let prefix = ids::mentor_fields(id);
    let own_id = format!("{prefix}-own");
    view! {
        <details class="card__draft" open=open_with.is_some() on:toggle=on_toggle>
            <summary>{text::OPEN.get()} <HiddenName name=label /></summary>
            <div class="card__fields">
                <div class="card__actions field--wide" role="group" aria-label=text::KIND_LEGEND.get()>
                    {MessageKind::ALL
                        .into_iter()
                        .enumerate()
                        .map(|(at, choice)| {
                            view! {
                                <button
                                    type="button"
                                    class="quiet"
                                    hidden=move || !kinds()[at]
                                    aria-pressed=move || (kind.get() == choice).to_string()
                                    on:click=move |_| {
                                        kind.set(choice);
                                        own.set(String::new());
                                    }
                                >
                                    {text::kind_label(choice)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <p class="hint field--wide">{move || text::tip(kind.get()).get()}</p>
                <TextBox
                    id=format!("{prefix}-message")
                    label=text::TEXT_LABEL
                    hint=text::TEXT_HINT
                    multiline=true
                    value=body
                    on_input=on_text
                />
                {move || {
                    let words = text::own_words(kind.get()).filter(|_| !is_theirs.get());
                    words
                        .map(|(label, hint)| {
                            view! {
                                <TextBox
                                    id=own_id.clone()
                                    label=label
                                    hint=hint
                                    value=own
                                    on_input=Callback::new(move |value| own.set(value))
                                />
                            }
                        })
                }}
                <TextBox
                    id=format!("{prefix}-signature")
                    label=text::SIGNATURE_LABEL
                    hint=text::SIGNATURE_HINT
                    value=Signal::derive(signature)
                    on_input=Callback::new(move |value: String| {
                        store.library.update(|library| library.set_signature(value));
                    })
                />
                <div class="card__actions field--wide">
                    <button type="button" on:click=copy>{text::COPY.get()}</button>
                    <button type="button" on:click=email>{text::EMAIL.get()}</button>
                    {browser::can_share()
                        .then(|| {
                            view! { <button type="button" on:click=share>{text::SHARE.get()}</button> }
                        })}
                    <button type="button" class="quiet" hidden=move || !is_theirs.get() on:click=redraft>
                        {text::REDRAFT.get()}
                    </button>
                    <button type="button" class="quiet" hidden=move || !can_bring_back() on:click=bring_back>
                        {text::BRING_BACK.get()}
                    </button>
                </div>
                <p role="status" class="copy-status field--wide">
                    {move || {
                        if can_bring_back() {
                            return Some(text::REDRAFTED.get());
                        }
                        copied.get().map(|ok| if ok { text::COPIED.get() } else { text::COPY_FAILED.get() })
                    }}
                </p>
                <div class="field--wide">
                    <h4>{text::BEFORE_HEADING.get()}</h4>
                    <ul class="ideas">
                        {move || {
                            before
                                .get()
                                .into_iter()
                                .map(|line| view! { <li>{line}</li> })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </div>
        </details>
    }
}
