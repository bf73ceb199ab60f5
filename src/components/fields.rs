//! Labelled form controls shared by every step (the choices are in `choices.rs`). Each takes
//! its value as a signal and reports changes through a callback, so it works for any field of
//! the plan.

use leptos::prelude::*;

use crate::domain::content::{self, Tr};
use crate::domain::date::Date;
use crate::domain::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS, fit, fit_name};
use crate::domain::plan::valid_name;
use crate::state::LibraryContext;

/// A labelled text box (one line, or several with `multiline`), with an optional hint.
/// It holds at most `MAX_TEXT_CHARS`, the limit every plan that comes in is held to, so a
/// long paste is cut here, where the person sees it, and never later by a check they do not
/// see; near the limit, a line under the box says how much is used.
#[component]
pub fn TextBox(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] hint: Option<Tr>,
    #[prop(optional)] multiline: bool,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let length_id = format!("{id}-length");
    let described_by = match &hint_id {
        Some(hint_id) => format!("{hint_id} {length_id}"),
        None => length_id.clone(),
    };
    // In UTF-16 code units, as the browser counts `maxlength` (never more than characters).
    let near_limit = move || {
        value.with(|text| {
            // A byte or more per code unit: most texts are ruled out without counting.
            (text.len() >= MAX_TEXT_CHARS * 9 / 10)
                .then(|| text.encode_utf16().count())
                .filter(|&used| used >= MAX_TEXT_CHARS * 9 / 10)
        })
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                maxlength=MAX_TEXT_CHARS
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(typed_text(ev.target().value()))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                maxlength=MAX_TEXT_CHARS
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(typed_text(ev.target().value()))
            />
        }
        .into_any()
    };
    view! {
        <div class="field field--wide">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint.get()}</p> })}
            {control}
            <p class="hint" id=length_id hidden=move || near_limit().is_none()>
                {move || near_limit().map(content::limits::text_length)}
            </p>
        </div>
    }
}

/// A text as typed, held to what every plan that comes in is held to (`limits`): without
/// text-direction controls. Nothing typed is then changed later by a check the person does
/// not see.
fn typed_text(mut text: String) -> String {
    fit(&mut text, MAX_TEXT_CHARS);
    text
}

/// A name as typed, held to the same: one line (a pasted tab becomes a space).
fn typed_name(mut text: String) -> String {
    fit_name(&mut text);
    text
}

/// A labelled date field, with the browser's date picker; cleared, it holds no date.
#[component]
pub fn DateBox(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<Date>>,
    on_change: Callback<Option<Date>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="date"
                prop:value=move || value.get().map(Date::iso).unwrap_or_default()
                on:change:target=move |ev| on_change.run(Date::parse_iso(&ev.target().value()))
            />
        </div>
    }
}

/// A name that must not be blank: a blank entry shows `required` at the field and
/// leaves the stored name as it was. `hint`, if any, is said under the label.
#[component]
pub fn NameBox(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional_no_strip)] hint: Option<Tr>,
    #[prop(into)] value: Signal<String>,
    on_valid: Callback<String>,
    required: Tr,
) -> impl IntoView {
    let draft = RwSignal::new(value.get_untracked());
    let refused = RwSignal::new(false);
    let on_input = Callback::new(move |text: String| {
        let blank = valid_name(&text).is_err();
        if !blank {
            on_valid.run(text.clone());
        }
        refused.set(blank);
        draft.set(text);
    });
    view! {
        <div class="field field--wide">
            <NameInput id label hint draft refused on_input required />
        </div>
    }
}

/// The label, text input and refusal message of a required name.
#[component]
fn NameInput(
    id: String,
    label: Signal<String>,
    #[prop(optional_no_strip)] hint: Option<Tr>,
    draft: RwSignal<String>,
    refused: RwSignal<bool>,
    on_input: Callback<String>,
    required: Tr,
    #[prop(optional)] node_ref: NodeRef<leptos::html::Input>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                hint.is_some().then_some(hint_id.as_str()),
                refused.get().then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <label for=id.clone()>{label}</label>
        {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint.get()}</p> })}
        <input
            id=id
            type="text"
            maxlength=MAX_NAME_CHARS
            node_ref=node_ref
            aria-invalid=move || refused.get().then_some("true")
            aria-describedby=described_by
            prop:value=move || draft.get()
            on:input:target=move |ev| on_input.run(typed_name(ev.target().value()))
        />
        <FieldError id=error_id show=refused message=required />
    }
}

/// A small form that adds something by name: a blank name is refused at the field.
/// `children` are extra fields the caller reads in `on_add`.
#[component]
pub fn AddForm(
    #[prop(into)] id: String,
    label: Tr,
    #[prop(optional)] hint: Option<Tr>,
    required: Tr,
    button: Tr,
    on_add: Callback<String>,
    /// While the list is full, why: shown above the button, and adding is refused (what
    /// was typed stays).
    #[prop(optional)]
    full: Option<Signal<Option<String>>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    // What is typed and not added yet is kept with the open plan (and saved with it), so it
    // is still here after moving to another step or reloading.
    let store = use_context::<LibraryContext>();
    let form = StoredValue::new(id.clone());
    let keep = move |text: String| {
        if let Some(store) = store {
            store.library.update(|library| {
                form.with_value(|form| library.set_draft(form, text));
            });
        }
    };
    let kept = store.map(|store| store.library.with_untracked(|l| l.draft(&id).to_owned()));
    let draft = RwSignal::new(kept.unwrap_or_default());
    let refused = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let on_input = Callback::new(move |text: String| {
        draft.set(text.clone());
        refused.set(false);
        keep(text);
    });
    let full = move || full.and_then(|full| full.get());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let is_full = untrack(full).is_some();
        match valid_name(&draft.get_untracked()) {
            Ok(name) if !is_full => {
                draft.set(String::new());
                keep(String::new());
                on_add.run(name);
            }
            not_added => {
                // A blank name: the field says so. A full list: the line above the button does.
                refused.set(not_added.is_err());
                if let Some(input) = input.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    };
    view! {
        <form class="add-form" on:submit=submit>
            <div class="field">
                <NameInput
                    id
                    label=Signal::from(label)
                    hint
                    draft
                    refused
                    on_input
                    required
                    node_ref=input
                />
            </div>
            {children.map(|children| children())}
            <p class="field-error" role="alert" hidden=move || full().is_none()>{full}</p>
            <button type="submit">{button.get()}</button>
        </form>
    }
}

/// The message under a field that was refused, announced when it appears.
#[component]
pub fn FieldError(
    #[prop(into)] id: String,
    #[prop(into)] show: Signal<bool>,
    message: Tr,
) -> impl IntoView {
    view! {
        <p class="field-error" id=id role="alert" hidden=move || !show.get()>
            {move || show.get().then(|| message.get())}
        </p>
    }
}

/// Words only screen readers and voice control hear, after a short visible button label:
/// "Remove" is read as "Remove Delegating work".
#[component]
pub fn HiddenName(#[prop(into)] name: Signal<String>) -> impl IntoView {
    view! { <span class="visually-hidden">" " {name}</span> }
}

/// One labelled checkbox.
#[component]
pub fn CheckBox(
    #[prop(into)] id: String,
    label: Tr,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <p class="check">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || checked.get()
                on:change:target=move |ev| on_change.run(ev.target().checked())
            />
            <label for=id>{label.get()}</label>
        </p>
    }
}
