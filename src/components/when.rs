//! `When`, `EachId` and `EachNamed`: Leptos' `Show` and `For`, each in the wasm once for all
//! the places that use it. Leptos' own are in it once per place: they are generic over the
//! views and closures they are given, and these take them boxed.

use leptos::prelude::*;

use crate::domain::plan::Id;
use crate::state::memo;

/// The children while `when` holds, else the fallback (nothing by default). They are drawn
/// again only when the condition flips, not on every change that it reads.
#[component]
pub fn When(
    #[prop(into)] when: Callback<(), bool>,
    #[prop(optional, into)] fallback: ViewFn,
    children: ChildrenFn,
) -> impl IntoView {
    let shown = memo(move || when.run(()));
    move || {
        if shown.get() {
            children()
        } else {
            fallback.run()
        }
    }
}

/// One view per id, in the list's order. A view stays while its id does: a change elsewhere
/// in the list does not draw it again. It is `EachNamed` with no names, so that Leptos' `For`
/// is in the wasm once.
#[component]
pub fn EachId(
    #[prop(into)] ids: Signal<Vec<Id>>,
    #[prop(into)] view: Callback<Id, AnyView>,
) -> impl IntoView {
    let items = Signal::derive(move || {
        ids.get()
            .into_iter()
            .map(|id| (id, String::new()))
            .collect()
    });
    view! { <EachNamed items view=move |(id, _)| view.run(id) /> }
}

/// One view per item of a list of ids and names, in the list's order. A view stays while its
/// item does; a renamed item is drawn again. Leptos' `For`, once in the wasm for all lists.
// The one place Leptos' `For` is used: clippy.toml turns it away everywhere else.
#[allow(clippy::disallowed_methods)]
#[component]
pub fn EachNamed(
    #[prop(into)] items: Signal<Vec<(Id, String)>>,
    #[prop(into)] view: Callback<(Id, String), AnyView>,
) -> impl IntoView {
    view! { <For each=move || items.get() key=|item| item.clone() children=move |item| view.run(item) /> }
}
