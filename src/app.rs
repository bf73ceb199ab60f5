//! The root component: loads the plan, provides it to every screen and saves it on change.

use leptos::prelude::*;

use crate::components::load_notice::LoadNotice;
use crate::components::save_status::SaveState;
use crate::components::shell::{AppFooter, AppHeader};
use crate::components::start_step::StartStep;
use crate::components::welcome::Welcome;
use crate::domain::plan::Plan;
use crate::storage::{self, BrowserStore};

/// The plan being edited, shared with every screen.
#[derive(Debug, Clone, Copy)]
pub struct PlanContext {
    pub plan: RwSignal<Plan>,
}

impl PlanContext {
    pub fn new(plan: Plan) -> Self {
        Self {
            plan: RwSignal::new(plan),
        }
    }

    /// The context the `App` provides; panics only if a component is mounted outside it.
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }
}

/// The whole app: shell, start-up notice, save status and the current screen.
#[component]
pub fn App() -> impl IntoView {
    let loaded = storage::load(&BrowserStore);
    let can_save = loaded.can_save();
    let context = PlanContext::new(loaded.plan);
    provide_context(context);

    let save_state = RwSignal::new(if can_save {
        SaveState::Untouched
    } else {
        SaveState::Paused
    });
    // Sync the plan to localStorage on every change; the first run only subscribes,
    // so opening the app never writes anything.
    Effect::new(move |previous: Option<()>| {
        context.plan.with(|plan| {
            if previous.is_some() && can_save {
                save_state.set(SaveState::from(storage::save(&BrowserStore, plan)));
            }
        });
    });

    view! {
        <AppHeader save_state />
        <main id="main" tabindex="-1">
            <LoadNotice problem=loaded.problem />
            <Welcome />
            <StartStep />
        </main>
        <AppFooter />
    }
}
