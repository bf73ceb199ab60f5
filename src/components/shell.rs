use leptos::prelude::*;

use crate::components::save_status::{SaveState, SaveStatus};
use crate::domain::content;

/// The banner: app name, tagline and the save status.
#[component]
pub fn AppHeader(save_state: RwSignal<SaveState>) -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <p class="app-name">{content::APP_NAME}</p>
                <p class="tagline">{content::TAGLINE}</p>
                <SaveStatus state=save_state />
            </div>
        </header>
    }
}

/// The page footer.
#[component]
pub fn AppFooter() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p>{content::footer::TEXT}</p>
        </footer>
    }
}
