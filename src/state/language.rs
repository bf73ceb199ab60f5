//! The language our words are in, and the switch between English and French.

use leptos::prelude::*;

use crate::domain::content::{self, Language};
use crate::storage::{self, BrowserStore};

/// The language our words are in, and the switch between English and French.
#[derive(Debug, Clone, Copy)]
pub struct LanguageContext {
    /// Every screen is drawn again when it changes.
    pub language: RwSignal<Language>,
    /// True while the French is being fetched.
    pub loading: RwSignal<bool>,
    /// True when the French could not be fetched; the app stays in English.
    pub failed: RwSignal<bool>,
}

impl LanguageContext {
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Speaks the other language, fetching the French first if need be, and remembers the
    /// choice in this browser.
    pub fn switch(self) {
        if self.loading.get_untracked() {
            return;
        }
        let to = self.language.get_untracked().other();
        self.loading.set(true);
        when_spoken(
            to,
            Box::new(move |spoken| {
                self.loading.set(false);
                self.failed.set(!spoken);
                if spoken {
                    // A browser that refuses storage still switches, for this visit.
                    let _ = storage::choose_language(&BrowserStore, to);
                    self.language.set(to);
                    crate::browser::focus_after_render(crate::ids::LANGUAGE_SWITCH.to_owned());
                }
            }),
        );
    }
}

/// Provides the `LanguageContext`, speaking the language `start_in_page_language` chose;
/// `french_failed` when it chose French and the French could not be fetched.
pub fn provide_language(french_failed: bool) -> LanguageContext {
    let context = LanguageContext {
        language: RwSignal::new(content::language()),
        loading: RwSignal::new(false),
        failed: RwSignal::new(french_failed),
    };
    provide_context(context);
    context
}

/// Before the app mounts: speaks the language the page chose (index.html's first script sets
/// `<html lang>` from the choice stored in this browser, else from the browser's languages),
/// then calls `then` with whether the French could not be fetched. French waits for its
/// words; without them the app starts in English (and says so).
pub fn start_in_page_language(then: Box<dyn FnOnce(bool)>) {
    when_spoken(
        crate::browser::page_language(),
        Box::new(move |spoken| {
            if !spoken {
                crate::browser::set_page_language(Language::English);
            }
            then(!spoken);
        }),
    );
}

/// Speaks `language`, once its words are here (the French is fetched the first time), then
/// calls `then` with whether it could. One boxed callback, so the fetch is built once.
fn when_spoken(language: Language, then: Box<dyn FnOnce(bool)>) {
    if language == Language::English || content::has_french() {
        speak(language);
        then(true);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let pairs = crate::browser::french_catalogue().await;
        let fetched = pairs.is_some();
        if let Some(pairs) = pairs {
            content::use_french(pairs);
            speak(language);
        }
        then(fetched);
    });
}

/// Speaks `language`: our words and `<html lang>`.
fn speak(language: Language) {
    content::set_language(language);
    crate::browser::set_page_language(language);
}
