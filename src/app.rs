//! The root component: loads the plan, provides it to every step, saves it on change and
//! routes on the URL hash (which works on any static host and under any subpath).

use leptos::ev;
use leptos::prelude::*;

use crate::components::load_notice::LoadNotice;
use crate::components::mentors_step::MentorsStep;
use crate::components::plan_step::PlanStep;
use crate::components::save_status::SaveState;
use crate::components::shell::{AppFooter, AppHeader};
use crate::components::situation_step::SituationStep;
use crate::components::skills_step::SkillsStep;
use crate::components::soft_skills_step::SoftSkillsStep;
use crate::components::start_step::StartStep;
use crate::components::step_nav::{StepNav, StepPager};
use crate::components::undo_bar::{UndoBar, UndoContext};
use crate::components::value_step::ValueStep;
use crate::domain::plan::{Competency, Id, Mentor, Plan};
use crate::domain::steps::Step;
use crate::storage::{self, BrowserStore};

/// How long after the last change the plan is written to storage.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

/// The plan being edited, shared with every step, and the names it shows everywhere.
#[derive(Debug, Clone, Copy)]
pub struct PlanContext {
    pub plan: RwSignal<Plan>,
    /// Every mentor's id and name, told apart from namesakes; computed once per change.
    pub mentor_labels: Memo<Vec<(Id, String)>>,
    /// Every competency's id and name, told apart from namesakes.
    pub competency_labels: Memo<Vec<(Id, String)>>,
}

impl PlanContext {
    pub fn new(plan: Plan) -> Self {
        let plan = RwSignal::new(plan);
        Self {
            plan,
            mentor_labels: Memo::new(move |_| plan.with(Plan::mentor_labels)),
            competency_labels: Memo::new(move |_| plan.with(Plan::competency_labels)),
        }
    }

    /// The context the `App` provides; panics only if a component is mounted outside it.
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// A value read from the plan. It is worked out again on every change to the plan,
    /// but tells the view only when the value itself changed, so a keystroke in one
    /// field redraws only what shows that field.
    pub fn read<T: PartialEq + Send + Sync + 'static>(
        self,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Signal<T> {
        let plan = self.plan;
        Memo::new(move |_| plan.with(&read)).into()
    }

    /// The name shown for one mentor (namesakes get a number).
    pub fn mentor_label(self, id: Id) -> Signal<String> {
        label_in(self.mentor_labels, id)
    }

    /// The name shown for one competency (namesakes get a number).
    pub fn competency_label(self, id: Id) -> Signal<String> {
        label_in(self.competency_labels, id)
    }

    /// A callback that changes the plan with the value it is given.
    pub fn write<T: 'static>(
        self,
        write: impl Fn(&mut Plan, T) + Send + Sync + 'static,
    ) -> Callback<T> {
        let plan = self.plan;
        Callback::new(move |value| plan.update(|plan| write(plan, value)))
    }

    /// One field of one mentor, to bind to a form control.
    pub fn mentor_field<T: Default + PartialEq + Send + Sync + 'static>(
        self,
        id: Id,
        get: fn(&Mentor) -> T,
        set: fn(&mut Mentor, T),
    ) -> (Signal<T>, Callback<T>) {
        (
            self.read(move |plan| plan.mentor(id).map(get).unwrap_or_default()),
            self.write(move |plan, value| {
                if let Some(mentor) = plan.mentor_mut(id) {
                    set(mentor, value);
                }
            }),
        )
    }

    /// One field of one competency, to bind to a form control.
    pub fn competency_field<T: Default + PartialEq + Send + Sync + 'static>(
        self,
        id: Id,
        get: fn(&Competency) -> T,
        set: fn(&mut Competency, T),
    ) -> (Signal<T>, Callback<T>) {
        (
            self.read(move |plan| plan.competency(id).map(get).unwrap_or_default()),
            self.write(move |plan, value| {
                if let Some(competency) = plan.competency_mut(id) {
                    set(competency, value);
                }
            }),
        )
    }
}

fn label_in(labels: Memo<Vec<(Id, String)>>, id: Id) -> Signal<String> {
    Memo::new(move |_| {
        labels.with(|labels| {
            labels
                .iter()
                .find_map(|(other, label)| (*other == id).then(|| label.clone()))
                .unwrap_or_default()
        })
    })
    .into()
}

/// The step the address bar names.
fn current_step() -> Step {
    location_hash().map_or(Step::Start, |hash| Step::from_hash(&hash))
}

/// The whole app: shell, start-up notice, save status, step navigation and the current step.
#[component]
pub fn App() -> impl IntoView {
    let loaded = storage::load(&BrowserStore);
    let can_save = loaded.can_save();
    let context = PlanContext::new(loaded.plan);
    provide_context(context);
    provide_context(UndoContext::new());

    let save_state = RwSignal::new(if can_save {
        SaveState::Untouched
    } else {
        SaveState::Paused
    });
    // Sync the plan to localStorage shortly after each change, off the typing path, and
    // at once when the page is hidden or closed. The first run only subscribes, so opening
    // the app never writes anything.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let save_now = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
        }
        let saved = context
            .plan
            .with_untracked(|plan| storage::save(&BrowserStore, plan));
        save_state.set(SaveState::from(saved));
    };
    Effect::new(move |previous: Option<()>| {
        context.plan.track();
        if previous.is_some() && can_save {
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            pending.set_value(set_timeout_with_handle(save_now, SAVE_DELAY).ok());
        }
    });
    let flush = move || {
        if pending.get_value().is_some() {
            save_now();
        }
    };
    let _ = window_event_listener(ev::pagehide, move |_| flush());
    let _ = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });

    let step = RwSignal::new(current_step());
    let _ = window_event_listener(ev::hashchange, move |_| step.set(current_step()));
    // After moving to another step, put keyboard focus on its heading (not on first load).
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        if previous.is_some_and(|previous| previous != now) {
            request_animation_frame(focus_step_heading);
        }
        now
    });

    view! {
        <AppHeader save_state />
        <main id="main">
            <LoadNotice problem=loaded.problem />
            <StepNav current=step />
            {move || match step.get() {
                Step::Start => view! { <StartStep /> }.into_any(),
                Step::Skills => view! { <SkillsStep /> }.into_any(),
                Step::Situation => view! { <SituationStep /> }.into_any(),
                Step::SoftSkills => view! { <SoftSkillsStep /> }.into_any(),
                Step::Mentors => view! { <MentorsStep /> }.into_any(),
                Step::Value => view! { <ValueStep /> }.into_any(),
                Step::Plan => view! { <PlanStep /> }.into_any(),
            }}
            <StepPager current=step />
        </main>
        <UndoBar />
        <AppFooter />
    }
}

fn focus_step_heading() {
    use wasm_bindgen::JsCast;
    if let Some(heading) = document()
        .get_element_by_id("step-heading")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}
