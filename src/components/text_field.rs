use leptos::prelude::*;

use crate::app::PlanContext;
use crate::domain::plan::Plan;

/// A labelled text box bound to one text field of the plan, with a hint under the label.
#[component]
pub fn PlanTextField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    read: fn(&Plan) -> &String,
    write: fn(&mut Plan) -> &mut String,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let plan = PlanContext::expect_context().plan;
    let hint_id = format!("{id}-hint");
    let value = move || plan.with(|plan| read(plan).clone());
    let set = move |text: String| plan.update(|plan| *write(plan) = text);
    let input = if multiline {
        view! {
            <textarea
                id=id
                rows="4"
                aria-describedby=hint_id.clone()
                prop:value=value
                on:input:target=move |ev| set(ev.target().value())
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type="text"
                aria-describedby=hint_id.clone()
                prop:value=value
                on:input:target=move |ev| set(ev.target().value())
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <p class="hint" id=hint_id>{hint}</p>
            {input}
        </div>
    }
}
