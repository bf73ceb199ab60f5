use leptos::context::Provider;
use leptos::prelude::*;

use crate::browser;
use crate::components::plan_overview::PlanOverview;
use crate::domain::content::dates;
use crate::domain::content::{limits, plans, shared as text};
use crate::domain::plan::{self, Plan};
use crate::domain::share::{self, ShareError, SharedPlan};
use crate::domain::steps::Step;
use crate::ids;
use crate::pages::plans::PlansScreen;
use crate::router::{Route, RouterContext};
use crate::state::{LibraryContext, PlanContext, UndoContext};

/// Why a link could not be read, in plain words.
pub fn link_error_message(error: &ShareError) -> String {
    match error {
        ShareError::NotALink => text::NOT_A_LINK.get().to_owned(),
        ShareError::UnknownVersion(version) => text::unknown_version(version),
        ShareError::TooLong => text::TOO_LONG.get().to_owned(),
        ShareError::NotBase64 => text::NOT_BASE64.get().to_owned(),
        ShareError::Damaged => text::DAMAGED.get().to_owned(),
        ShareError::TooBig => text::TOO_BIG.get().to_owned(),
        ShareError::NotAPlan => text::NOT_A_PLAN.get().to_owned(),
        ShareError::OldBrowser => text::OLD_BROWSER.get().to_owned(),
    }
}

/// A plan opened from a link: read-only, clearly someone else's, with two ways out. A link
/// that cannot be read says why, above the person's own plans (untouched). The link is
/// unpacked by the browser, which takes a moment; until then the screen stays empty. A link
/// the person made for themself, where none of their plans is stored, opens as their plan.
#[component]
pub fn SharedView(fragment: String) -> impl IntoView {
    let opened = RwSignal::new(None::<Result<SharedPlan, ShareError>>);
    let router = RouterContext::expect_context();
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    leptos::task::spawn_local(async move {
        let result = browser::open_share_link(&fragment).await;
        // A link the person made for themself, opened where none of their plans is stored
        // (the browser cleared them, or a new device): their plan is back, saved as theirs.
        if let Ok(shared) = &result
            && share::is_for_oneself(&fragment)
            && library.take_back(shared.name.clone(), shared.plan.clone())
        {
            undo.announce(text::back(&dates::long(browser::local_date(
                shared.plan.changed,
            ))));
            router.go(&Route::Step(Step::Plan));
            return;
        }
        opened.set(Some(result));
        router.focus_late_heading();
    });
    move || match opened.get() {
        None => ().into_any(),
        Some(Ok(shared)) => view! { <SharedPlanView shared /> }.into_any(),
        Some(Err(error)) => view! {
            <section class="notice" role="alert">
                <p>
                    <strong>{text::LINK_ERROR_HEADING.get()}</strong>
                </p>
                <p>{link_error_message(&error)} " " {text::LINK_ERROR_END.get()}</p>
            </section>
            <PlansScreen />
        }
        .into_any(),
    }
}

/// Someone else's plan, read-only, with a way to save a copy and a way to close it. A copy
/// of one of the person's own plans says so, which of the two is newer, and offers to update
/// their plan from it (with undo) or to keep both.
#[component]
fn SharedPlanView(shared: SharedPlan) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    let name = if shared.name.trim().is_empty() {
        plans::SHARED_NAME.get().to_owned()
    } else {
        shared.name.clone()
    };
    let own = if library.in_workshop() {
        None
    } else {
        library.library.with_untracked(|library| {
            let own = library.copy_of(&shared.plan)?;
            Some((own.id, own.name.clone(), own.plan.changed))
        })
    };
    let is_own = own.is_some();
    let heading = if shared.name.trim().is_empty() {
        view! { {text::HEADING_UNNAMED.get()} }.into_any()
    } else {
        let name = shared.name.trim().to_owned();
        let before = if is_own {
            text::HEADING_OWN_COPY
        } else {
            text::HEADING_NAMED
        };
        view! { {before.get()} " " <bdi>{name}</bdi> }.into_any()
    };
    // For a copy of the person's own plan: which is newer, and a button to update theirs.
    let (explain, update) = match own {
        None => (text::EXPLAIN.get().to_owned(), None),
        Some((id, own_name, own_changed)) => {
            let when = |seconds| dates::long(browser::local_date(seconds));
            let newer = plan::copy_is_newer(shared.plan.changed, own_changed);
            let copy = when(shared.plan.changed);
            let explain = text::own_copy(&own_name, &when(own_changed), &copy, newer);
            (
                explain,
                Some(update_button(id, name.clone(), shared.plan.clone())),
            )
        }
    };
    let trimmed = limits::trimmed(&shared.trimmed).map(|trimmed| view! { <p>{trimmed}</p> });
    let plan = shared.plan.clone();
    let save = move |_| {
        let saved = text::SAVED.get().to_owned();
        if library.keep_as_own(undo, name.clone(), plan.clone(), saved) {
            router.go(&Route::Step(Step::Plan));
        }
    };
    let close = move |_| router.go(&Route::Step(Step::Start));
    view! {
        <section class="step shared" aria-labelledby=ids::SCREEN_HEADING>
            <div class="shared-banner">
                <h1 id=ids::SCREEN_HEADING tabindex="-1">{heading}</h1>
                <p>{explain}</p>
                {trimmed}
                <div class="card__actions">
                    {update}
                    <button type="button" class=if is_own { "" } else { "primary" } on:click=save>
                        {if is_own { text::KEEP_BOTH.get() } else { text::SAVE.get() }}
                    </button>
                    <button type="button" on:click=close>{text::CLOSE.get()}</button>
                </div>
            </div>
            // The shared plan takes the place of the open one in the overview.
            <Provider value=PlanContext::of_plan(shared.name, shared.plan)>
                <PlanOverview read_only=true />
            </Provider>
        </section>
    }
}

/// The button that puts a copy (`plan`, named `name`) in the place of the person's plan `id`,
/// opens it, and offers to undo.
fn update_button(id: u32, name: String, plan: Plan) -> impl IntoView {
    let library = LibraryContext::expect_context();
    let undo = UndoContext::expect_context();
    let router = RouterContext::expect_context();
    let update = move |_| {
        if let Some(before) = library.replace(id, name.clone(), plan.clone()) {
            router.go(&Route::Step(Step::Plan));
            undo.offer_replaced(text::updated(&name), before);
        }
    };
    view! {
        <button type="button" class="primary" on:click=update>
            {text::UPDATE_FROM_COPY.get()}
        </button>
    }
}
