use leptos::prelude::*;

use crate::components::fields::TextBox;
use crate::components::step_nav::StepPage;
use crate::components::when::{EachId, When};
use crate::domain::content::value;
use crate::domain::plan::Id;
use crate::domain::steps::Step;
use crate::ids;
use crate::state::PlanContext;

/// Stock-take question 4: what the person offers each mentor in return.
#[component]
pub fn ValueStep() -> impl IntoView {
    let context = PlanContext::expect_context();
    let labels: Signal<Vec<(Id, String)>> = context.mentor_labels.into();
    let ids = move || labels.with(|labels| labels.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    view! {
        <StepPage step=Step::Value>
            <section class="panel" aria-labelledby="ideas-heading">
                <h2 id="ideas-heading">{value::IDEAS_HEADING.get()}</h2>
                <ul class="ideas">{value::IDEAS.map(|idea| view! { <li>{idea.get()}</li> })}</ul>
            </section>
            <When
                when=move || labels.with(|labels| !labels.is_empty())
                fallback=|| view! { <p class="empty">{value::NO_MENTORS.get()}</p> }
            >
                <EachId ids=Signal::derive(ids) view=move |id| view! { <OfferField id labels /> }.into_any() />
            </When>
        </StepPage>
    }
}

/// What the person offers one mentor.
#[component]
fn OfferField(id: Id, labels: Signal<Vec<(Id, String)>>) -> impl IntoView {
    let context = PlanContext::expect_context();
    let (offer, set_offer) = context.mentor_field(id, |m| m.offer.clone(), |m, v| m.offer = v);
    let label = Signal::derive(move || {
        labels.with(|labels| {
            let name = labels
                .iter()
                .find(|(other, _)| *other == id)
                .map(|(_, name)| name.as_str());
            value::offer_label(name.unwrap_or_default())
        })
    });
    view! {
        <TextBox
            id=format!("{}-offer", ids::mentor_fields(id))
            label
            hint=value::OFFER_HINT
            multiline=true
            value=offer
            on_input=set_offer
        />
    }
}
