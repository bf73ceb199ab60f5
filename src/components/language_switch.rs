//! The switch between English and French, and the notice when the French cannot be loaded.

use leptos::prelude::*;

use crate::domain::content::language_switch as text;
use crate::ids;
use crate::state::LanguageContext;

/// A button named in the other language ("Français" or "English") that switches to it.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let languages = LanguageContext::expect_context();
    let other = languages.language.get_untracked().other();
    view! {
        <button
            type="button"
            id=ids::LANGUAGE_SWITCH
            class="language-switch"
            lang=other.tag()
            aria-busy=move || languages.loading.get().then_some("true")
            on:click=move |_| languages.switch()
        >
            {text::SWITCH.get()}
        </button>
    }
}

/// Says, in both languages, that the French could not be loaded. It is there from the start,
/// hidden, so that screen readers announce it when it shows.
#[component]
pub fn LanguageNotice() -> impl IntoView {
    let languages = LanguageContext::expect_context();
    let [(first, first_text), (second, second_text)] = text::LOAD_FAILED;
    view! {
        <div class="notice language-notice" role="status" hidden=move || !languages.failed.get()>
            <p lang=first.tag()>{first_text}</p>
            <p lang=second.tag()>{second_text}</p>
        </div>
    }
}
