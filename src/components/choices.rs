//! Labelled choices shared by every step: one of a list (`Choice`, a select) and several of a
//! list (`CheckGroup`, checkboxes), each compiled once for all the enums and ids they offer.

use leptos::prelude::*;

use crate::domain::content::Tr;
use crate::domain::plan::{Competency, Id, Mentor, Plan};
use crate::state::PlanContext;

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
                    return view! { <p class="hint">{empty.map(Tr::get)}</p> }.into_any();
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
