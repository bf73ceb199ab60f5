//! `When`: its children while a condition holds, else its fallback. It does what Leptos'
//! `Show` does, but `Show` is in the wasm once for every place that uses it, and `When` once
//! for all of them: its children and its condition are boxed.

use leptos::prelude::*;

/// The children while `when` holds, else the fallback (nothing by default). They are drawn
/// again only when the condition flips, not on every change that it reads.
#[component]
pub fn When(
    #[prop(into)] when: Callback<(), bool>,
    #[prop(optional, into)] fallback: ViewFn,
    children: ChildrenFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.run(()));
    move || {
        if shown.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
