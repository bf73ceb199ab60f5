use leptos::prelude::*;

use crate::app::LibraryContext;
use crate::components::load_notice::LoadNotice;
use crate::components::save_status::SaveStatus;
use crate::components::undo_bar::UndoBar;
use crate::domain::content::{self, plans, workshop};
use crate::domain::steps::{Page, Route, Step, WorkshopRoute};
use crate::storage::{LoadProblem, Slot};

/// What every page draws around its screen: the banner, the start-up notice, the undo bar
/// and the footer. `page` is the page it is drawn on, which the links start from.
#[component]
pub fn PageShell(page: Page, problem: Option<LoadProblem>, children: Children) -> impl IntoView {
    view! {
        <AppHeader page />
        <main id="main">
            <LoadNotice problem />
            {children()}
        </main>
        <UndoBar />
        <AppFooter page />
    }
}

/// The banner: app name, the open plan with links to every plan and to sharing, and the
/// save status.
#[component]
fn AppHeader(page: Page) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let in_workshop = library.slot == Slot::Demo;
    let plan_name = Memo::new(move |_| library.library.with(|l| l.current_name().to_owned()));
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <a class="app-name" href=page.step_href(Step::Start)>{content::APP_NAME}</a>
                <p class="tagline">{content::TAGLINE}</p>
                <nav class="plan-nav" aria-label=plans::NAV_LABEL>
                    <span class="plan-nav__current">{plans::CURRENT_PLAN} " " <strong>{plan_name}</strong></span>
                    <a href=page.plans_href(&Route::Plans)>{plans::NAV_LINK}</a>
                    <a href=page.plans_href(&Route::Share)>{content::share::NAV_LINK}</a>
                </nav>
                <SaveStatus state=library.save_state />
            </div>
            {in_workshop.then(|| view! { <WorkshopBanner page /> })}
        </header>
    }
}

/// Says, on every page, that workshop mode is on and the plans here are demo plans, with
/// the way out.
#[component]
fn WorkshopBanner(page: Page) -> impl IntoView {
    let library = LibraryContext::expect_context();
    view! {
        <section class="workshop-banner" aria-label=workshop::BANNER_LABEL>
            <p>{workshop::BANNER}</p>
            <a href=page.workshop_href(WorkshopRoute::Home)>{workshop::WORKSHOP_LINK}</a>
            <button type="button" on:click=move |_| library.switch_workshop(false)>
                {workshop::LEAVE}
            </button>
        </section>
    }
}

/// The page footer, with the way to workshop mode for facilitators.
#[component]
fn AppFooter(page: Page) -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p>{content::footer::TEXT}</p>
            <p>
                <a href=page.workshop_href(WorkshopRoute::Home)>{content::footer::WORKSHOP_LINK}</a>
            </p>
        </footer>
    }
}
