use leptos::prelude::*;

use crate::components::keep_copy::storage_words;
use crate::components::language_switch::{LanguageNotice, LanguageSwitch};
use crate::components::load_notice::LoadNotice;
use crate::components::save_status::SaveStatus;
use crate::components::undo_bar::UndoBar;
use crate::components::update_notice::UpdateNotice;
use crate::components::when::When;
use crate::domain::content::{self, plans, workshop};
use crate::domain::side_page::SidePage;
use crate::domain::steps::Step;
use crate::router::Route;
use crate::state::{LibraryContext, UndoContext, memo};

/// What every screen but the full-screen ones is drawn in: the banner, the start-up notice,
/// the undo bar and the footer.
#[component]
pub fn PageShell(children: Children) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let resume_saving = Callback::new(move |()| {
        library.resume_saving();
        undo.announce(content::load_notice::SAVING_AGAIN.get().to_owned());
    });
    view! {
        <AppHeader />
        <main id="main">
            <LanguageNotice />
            <UpdateNotice />
            <LoadNotice problem=library.problem resume_saving />
            {children()}
        </main>
        <UndoBar />
        <AppFooter />
    }
}

/// The banner: app name, the open plan with links to every plan and to sharing, and the
/// save status.
#[component]
fn AppHeader() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let plan_name = memo(move || library.library.with(|l| l.current_name().to_owned()));
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <a class="app-name" href=Route::Step(Step::Start).href()>{content::APP_NAME}</a>
                <p class="tagline">{content::TAGLINE.get()}</p>
                <LanguageSwitch />
                <nav class="plan-nav" aria-label=plans::NAV_LABEL.get()>
                    <span class="plan-nav__current">{plans::CURRENT_PLAN.get()} " " <strong><bdi>{plan_name}</bdi></strong></span>
                    <a href=Route::Plans.href()>{plans::NAV_LINK.get()}</a>
                    <a href=Route::Share.href()>{content::share::NAV_LINK.get()}</a>
                </nav>
                <SaveStatus state=library.save_state />
            </div>
            <When when=move || library.in_workshop()>
                <WorkshopBanner />
            </When>
        </header>
    }
}

/// Says, on every screen, that workshop mode is on and the plans here are demo plans, with
/// the way out.
#[component]
fn WorkshopBanner() -> impl IntoView {
    let library = LibraryContext::expect_context();
    view! {
        <section class="workshop-banner" aria-label=workshop::BANNER_LABEL.get()>
            <p>{workshop::BANNER.get()}</p>
            <a href=Route::Workshop.href()>{workshop::WORKSHOP_LINK.get()}</a>
            <button type="button" on:click=move |_| {
                library.switch_workshop(false);
            }>
                {workshop::LEAVE.get()}
            </button>
        </section>
    }
}

/// The page footer, with the way to workshop mode for facilitators.
#[component]
fn AppFooter() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let kept = move || {
        library.storage_kept.get().map(|kept| {
            let see_keep = if kept {
                ""
            } else {
                content::footer::SEE_KEEP.get()
            };
            view! { <p>{storage_words(kept)} " " {see_keep}</p> }
        })
    };
    view! {
        <footer class="app-footer">
            <p>{content::footer::TEXT.get()}</p>
            {kept}
            <p>
                <a href=Route::Workshop.href()>{content::footer::WORKSHOP_LINK.get()}</a>
            </p>
            <p>
                <a href=SidePage::Statement.file_name(content::language())>
                    {content::footer::ACCESSIBILITY_LINK.get()}
                </a>
            </p>
        </footer>
    }
}
