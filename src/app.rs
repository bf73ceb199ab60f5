//! The root component: provides the store and the router, draws the shell, and shows the
//! screen the address names. Every screen is a route of this one app: moving between them
//! never loads a page.

use leptos::prelude::*;

use crate::browser;
use crate::components::shell::PageShell;
use crate::components::step_nav::{StepNav, StepPager};
use crate::components::welcome::OpenExample;
use crate::domain::date::Date;
use crate::domain::library::Library;
use crate::domain::plan::{Id, MessageKind};
use crate::domain::steps::Step;
use crate::pages::mentors::MentorsStep;
use crate::pages::plan::PlanStep;
use crate::pages::plans::PlansScreen;
use crate::pages::presenter::Presenter;
use crate::pages::review::ReviewScreen;
use crate::pages::room::Room;
use crate::pages::share::ShareScreen;
use crate::pages::shared::SharedView;
use crate::pages::since::SinceScreen;
use crate::pages::situation::SituationStep;
use crate::pages::skills::SkillsStep;
use crate::pages::soft_skills::SoftSkillsStep;
use crate::pages::start::StartStep;
use crate::pages::value::ValueStep;
use crate::pages::workshop::WorkshopHome;
use crate::router::{Route, RouterContext, provide_router};
use crate::state::{NewVersion, memo, provide_language, provide_store};
use crate::storage::{self, BrowserStore, Slot};

/// The app: the presenter view and the room's QR code fill the screen on their own; every
/// other screen sits in the shell (banner, notices, undo bar, footer). Every screen is drawn
/// again in the other language when the person switches: the plans, the drafts of new items
/// and the address live above it, so nothing typed is lost.
/// `french_failed`: French was chosen, and its words could not be fetched.
#[component]
pub fn App(#[prop(optional)] french_failed: bool) -> impl IntoView {
    let languages = provide_language(french_failed);
    let store = provide_store();
    let router = provide_router();
    let new_version = RwSignal::new(false);
    provide_context(NewVersion(new_version));
    browser::watch_for_new_version(move || new_version.set(true));
    // A link to `#/workshop/on` shows workshop mode's home, switched on at once in a browser
    // that holds no plan yet (a facilitator's). Where the person has a plan, anyone's link
    // could be asking: the home says so, and the person switches it on, or not.
    let switch_failed = RwSignal::new(false);
    let asked_by_link = RwSignal::new(false);
    Effect::new(move |_| {
        if router.route.get() == Route::WorkshopOn {
            let own = store.slot.get_untracked() == Slot::Own;
            if own && store.library.with_untracked(Library::is_only_a_blank_plan) {
                switch_failed.set(!store.switch_workshop(true));
            } else {
                asked_by_link.set(own);
            }
            router.replace(&Route::Workshop);
        }
    });
    // Unless the address names a screen: a facilitator who left workshop mode on comes back
    // to its home, and a returning visitor who keeps their plan up first sees what needs them
    // since their last visit. A first visit never does.
    let today = browser::today();
    let last_visit = storage::visit(&BrowserStore, today);
    let keeps_up = store.slot.get_untracked() == Slot::Own
        && store
            .library
            .with_untracked(|library| library.current_plan().is_kept_up(today));
    if browser::address_is_empty() {
        if store.slot.get_untracked() == Slot::Demo {
            router.replace(&Route::Workshop);
        } else if browser::is_returning() && keeps_up {
            router.replace(&Route::Since);
        }
    }
    let full_screen = memo(move || router.route.with(Route::is_full_screen));
    move || {
        languages.language.track();
        if full_screen.get() {
            view! { <FullScreen /> }.into_any()
        } else {
            view! {
                <PageShell>
                    <Screen switch_failed asked_by_link last_visit />
                </PageShell>
            }
            .into_any()
        }
    }
}

/// The screen the address names, inside the shell.
#[component]
fn Screen(
    switch_failed: RwSignal<bool>,
    asked_by_link: RwSignal<bool>,
    last_visit: Option<Date>,
) -> impl IntoView {
    let router = RouterContext::expect_context();
    move || match router.route.get() {
        Route::Step(step) => view! { <FlowScreen current=step /> }.into_any(),
        Route::Mentor(id, message) => {
            view! { <FlowScreen current=Step::Mentors arrival=(id, message) /> }.into_any()
        }
        Route::Plans => view! { <PlansScreen /> }.into_any(),
        Route::Share => view! { <ShareScreen /> }.into_any(),
        Route::Since => view! { <SinceScreen last_visit /> }.into_any(),
        Route::Review => view! { <ReviewScreen /> }.into_any(),
        Route::Shared(fragment) => view! { <SharedView fragment /> }.into_any(),
        Route::Example(key) => view! { <OpenExample key /> }.into_any(),
        Route::Workshop | Route::WorkshopOn => {
            view! { <WorkshopHome switch_failed asked_by_link /> }.into_any()
        }
        Route::Present(_) | Route::Room => ().into_any(),
    }
}

/// The presenter view or the room's QR code.
#[component]
fn FullScreen() -> impl IntoView {
    let router = RouterContext::expect_context();
    move || match router.route.get() {
        Route::Present(slide) => view! { <Presenter slide /> }.into_any(),
        Route::Room => view! { <Room /> }.into_any(),
        _ => ().into_any(),
    }
}

/// One step of the stock-take, with the progress indicator above and back/next below.
#[component]
fn FlowScreen(
    current: Step,
    /// A mentor to open on the mentors step, and a message to them.
    #[prop(optional)]
    arrival: Option<(Id, Option<MessageKind>)>,
) -> impl IntoView {
    view! {
        <StepNav current />
        {match current {
            Step::Start => view! { <StartStep /> }.into_any(),
            Step::Skills => view! { <SkillsStep /> }.into_any(),
            Step::Situation => view! { <SituationStep /> }.into_any(),
            Step::SoftSkills => view! { <SoftSkillsStep /> }.into_any(),
            Step::Mentors => view! { <MentorsStep arrival /> }.into_any(),
            Step::Value => view! { <ValueStep /> }.into_any(),
            Step::Plan => view! { <PlanStep /> }.into_any(),
        }}
        <StepPager current />
    }
}
