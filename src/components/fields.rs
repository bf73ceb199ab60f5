//! Labelled form controls shared by every step. Each takes its value as a signal and
//! reports changes through a callback, so it works for any field of the plan.

use leptos::prelude::*;

use crate::domain::content::{self, Tr};
use crate::domain::date::Date;
use crate::domain::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS, fit, fit_name};
use crate::domain::plan::{Competency, Id, Mentor, Plan, valid_name};
use crate::state::{LibraryContext, PlanContext};

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
                prop:value=value
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
                prop:value=value
                on:input:target=move |ev| on_input.run(typed_text(ev.target().value()))
            />
        }
        .into_any()
    };
    view! {
        <div class="field field--wide">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
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
/// leaves the stored name as it was.
#[component]
pub fn NameBox(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
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
            <NameInput id label draft refused on_input required />
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
        {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
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
        <form class="add-form" novalidate on:submit=submit>
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
            <button type="submit">{button}</button>
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
            {move || show.get().then_some(message)}
        </p>
    }
}

/// What a `Choice` offers: the labels in order, which one is chosen, and what a change does.
/// Choices of any of our enums share one `Choice`, which knows only places in a list: one
/// copy of its view in the wasm instead of one per enum.
pub struct Options {
    labels: Vec<&'static str>,
    chosen: Signal<usize>,
    on_change: Callback<usize>,
}

impl Options {
    /// The choice of one of `values`, each named by `label`; `value` reads the chosen one.
    pub fn of<T>(
        values: Vec<T>,
        label: fn(T) -> &'static str,
        value: impl Fn() -> T + Send + Sync + 'static,
        on_change: Callback<T>,
    ) -> Options
    where
        T: Copy + PartialEq + Send + Sync + 'static,
    {
        let labels = values.iter().map(|value| label(*value)).collect();
        let places = values.clone();
        Options {
            labels,
            chosen: place_signal(Box::new(move || {
                let value = value();
                places.iter().position(|place| *place == value).unwrap_or(0)
            })),
            on_change: Callback::new(move |place: usize| {
                if let Some(value) = values.get(place) {
                    on_change.run(*value);
                }
            }),
        }
    }

    /// The choice of one field of one mentor of the open plan.
    pub fn for_mentor<T: Copy + PartialEq + Send + Sync + 'static>(
        id: Id,
        values: Vec<T>,
        label: fn(T) -> &'static str,
        get: fn(&Mentor) -> T,
        set: fn(&mut Mentor, T),
    ) -> Options {
        Options::in_plan(
            values,
            label,
            move |plan| plan.mentor(id).map(get),
            move |plan, value| {
                if let Some(mentor) = plan.mentor_mut(id) {
                    set(mentor, value);
                }
            },
        )
    }

    /// The choice of one field of one competency of the open plan.
    pub fn for_competency<T: Copy + PartialEq + Send + Sync + 'static>(
        id: Id,
        values: Vec<T>,
        label: fn(T) -> &'static str,
        get: fn(&Competency) -> T,
        set: fn(&mut Competency, T),
    ) -> Options {
        Options::in_plan(
            values,
            label,
            move |plan| plan.competency(id).map(get),
            move |plan, value| {
                if let Some(competency) = plan.competency_mut(id) {
                    set(competency, value);
                }
            },
        )
    }

    /// A choice read from and written to the open plan. The chosen place is worked out in
    /// the plan's own reading, so there is no signal of `T`: the code that reads a signal
    /// is in the wasm once for all our enums, not once per enum.
    fn in_plan<T: Copy + PartialEq + Send + Sync + 'static>(
        values: Vec<T>,
        label: fn(T) -> &'static str,
        get: impl Fn(&Plan) -> Option<T> + Send + Sync + 'static,
        set: impl Fn(&mut Plan, T) + Send + Sync + 'static,
    ) -> Options {
        let context = PlanContext::expect_context();
        let labels = values.iter().map(|value| label(*value)).collect();
        let places = values.clone();
        Options {
            labels,
            chosen: context.read(move |plan| {
                get(plan)
                    .and_then(|value| places.iter().position(|place| *place == value))
                    .unwrap_or(0)
            }),
            on_change: context.write(move |plan, place: usize| {
                if let Some(value) = values.get(place) {
                    set(plan, *value);
                }
            }),
        }
    }

    /// The place of the chosen value, to show more about it.
    pub fn chosen(&self) -> Signal<usize> {
        self.chosen
    }
}

/// A place in a list, worked out by `place` when read: one copy of this signal's code for
/// every enum a choice offers.
#[inline(never)]
fn place_signal(place: Box<dyn Fn() -> usize + Send + Sync>) -> Signal<usize> {
    Signal::derive(place)
}

/// A labelled drop-down list of choices.
#[component]
pub fn Choice(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    options: Options,
) -> impl IntoView {
    let Options {
        labels,
        chosen,
        on_change,
    } = options;
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change:target=move |ev| {
                    if let Ok(place) = ev.target().value().parse::<usize>() {
                        on_change.run(place);
                    }
                }
            >
                {labels
                    .into_iter()
                    .enumerate()
                    .map(|(place, label)| {
                        view! {
                            <option value=place.to_string() prop:selected=move || chosen.get() == place>
                                {label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A group of checkboxes with a legend; `checked` says which are ticked.
#[component]
pub fn CheckGroup<T>(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(into)] options: Signal<Vec<(T, String)>>,
    #[prop(into)] checked: Signal<Vec<T>>,
    on_toggle: Callback<(T, bool)>,
    /// Shown instead of the boxes when there is nothing to tick.
    #[prop(optional)]
    empty: Option<Tr>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <fieldset class="check-group">
            <legend>{legend}</legend>
            {move || {
                let options = options.get();
                if options.is_empty() {
                    return view! { <p class="hint">{empty}</p> }.into_any();
                }
                let id = id.clone();
                view! {
                    <ul class="check-list">
                        {options
                            .into_iter()
                            .enumerate()
                            .map(|(index, (option, text))| {
                                let box_id = format!("{id}-{index}");
                                view! {
                                    <li>
                                        <input
                                            type="checkbox"
                                            id=box_id.clone()
                                            prop:checked=move || checked.with(|c| c.contains(&option))
                                            on:change:target=move |ev| {
                                                on_toggle.run((option, ev.target().checked()))
                                            }
                                        />
                                        <label for=box_id>{text}</label>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </fieldset>
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
                prop:checked=checked
                on:change:target=move |ev| on_change.run(ev.target().checked())
            />
            <label for=id>{label}</label>
        </p>
    }
}
