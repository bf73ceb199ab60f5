//! The switch between English and French, and what it says while the French loads.

use leptos::prelude::*;

use crate::domain::content::language;
use crate::state::{LANGUAGE_SWITCH_ID, LanguageContext};

/// A button named in the other language ("Français" or "English") that switches to it.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let languages = LanguageContext::expect_context();
    let other = languages.language.get_untracked().other();
    view! {
        <button
            type="button"
            id=LANGUAGE_SWITCH_ID
            class="language-switch"
            lang=other.tag()
            aria-busy=move || languages.loading.get().then_some("true")
            on:click=move |_| {
                if !languages.loading.get_untracked() {
                    languages.switch();
                }
            }
        >
            {language::SWITCH}
        </button>
    }
}

/// Says, in both languages, that the French is loading, or that it could not be loaded.
#[component]
pub fn LanguageNotice() -> impl IntoView {
    let languages = LanguageContext::expect_context();
    let lines = move || {
        let texts = if languages.loading.get() {
            Some(&language::LOADING)
        } else if languages.failed.get() {
            Some(&language::LOAD_FAILED)
        } else {
            None
        };
        texts.map(|texts| {
            texts
                .iter()
                .map(|(spoken, text)| view! { <p lang=spoken.tag()>{*text}</p> })
                .collect_view()
        })
    };
    view! { <div class="language-notice" role="status">{lines}</div> }
}
