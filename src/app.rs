//! The stock-take page's root component, and what every page shares: every plan loaded,
//! the open one provided to every screen, saving on change, and routing on the URL hash
//! (which works on any static host and under any subpath).

use leptos::ev;
use leptos::prelude::*;

use crate::components::mentors_step::MentorsStep;
use crate::components::plan_step::PlanStep;
use crate::components::save_status::SaveState;
use crate::components::shell::PageShell;
use crate::components::situation_step::SituationStep;
use crate::components::skills_step::SkillsStep;
use crate::components::soft_skills_step::SoftSkillsStep;
use crate::components::start_step::StartStep;
use crate::components::step_nav::{StepNav, StepPager};
use crate::components::undo_bar::UndoContext;
use crate::components::value_step::ValueStep;
use crate::domain::content::plans;
use crate::domain::library::{Library, RemovedPlan};
use crate::domain::plan::{Competency, Id, Mentor, Plan};
use crate::domain::share;
use crate::domain::steps::{Page, Step};
use crate::storage::{self, BrowserStore, LoadProblem, Slot};

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

/// Every plan in this browser, which one is being edited (in `PlanContext`), and saving
/// them all.
#[derive(Debug, Clone, Copy)]
pub struct LibraryContext {
    pub library: RwSignal<Library>,
    plan: RwSignal<Plan>,
    pub save_state: RwSignal<SaveState>,
    /// The person's own plans, or workshop mode's demo plans.
    pub slot: Slot,
    can_save: bool,
    pending_save: StoredValue<Option<TimeoutHandle>>,
    /// Another tab saved while this one had edits waiting: merge before saving.
    other_tab_saved: StoredValue<bool>,
    /// The next change to the signals came from storage, so it needs no saving.
    from_storage: StoredValue<bool>,
}

impl LibraryContext {
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Every plan as it is now, with the current one as edited: what gets saved.
    pub fn snapshot(self) -> Library {
        self.library
            .with_untracked(|library| self.plan.with_untracked(|plan| library.with_current(plan)))
    }

    /// True while a change waits for the short delay before it is saved.
    fn has_pending_save(self) -> bool {
        self.pending_save.with_value(Option::is_some)
    }

    fn cancel_pending_save(self) {
        if let Some(handle) = self.pending_save.get_value() {
            handle.clear();
            self.pending_save.set_value(None);
        }
    }

    /// Saves shortly, after the last of a run of changes.
    fn save_soon(self) {
        self.cancel_pending_save();
        let save = move || {
            self.save_now();
        };
        self.pending_save
            .set_value(set_timeout_with_handle(save, SAVE_DELAY).ok());
    }

    /// Writes every plan to storage now, instead of after the usual short delay. False if
    /// they could not be written (the save status says why).
    pub fn save_now(self) -> bool {
        self.cancel_pending_save();
        if !self.can_save {
            return false;
        }
        if self.other_tab_saved.get_value() {
            self.other_tab_saved.set_value(false);
            if let Some(stored) = storage::read(&BrowserStore, self.slot) {
                let merged = self.library.with_untracked(|library| {
                    self.plan
                        .with_untracked(|editing| library.merged_into(stored, editing))
                });
                self.from_storage.set_value(true);
                self.library.set(merged);
            }
        }
        let saved = storage::save(&BrowserStore, self.slot, &self.snapshot());
        let ok = saved.is_ok();
        self.save_state.set(SaveState::from(saved));
        ok
    }

    /// Takes in what another tab saved. With no edits waiting here, every plan is taken
    /// as stored (the one open here stays open if it still exists); with edits waiting,
    /// they are merged in when they are saved, so neither tab's work is lost.
    fn take_other_tabs_save(self) {
        if !self.can_save {
            return;
        }
        if self.has_pending_save() {
            self.other_tab_saved.set_value(true);
            return;
        }
        let Some(mut stored) = storage::read(&BrowserStore, self.slot) else {
            return;
        };
        let open_here = self.library.with_untracked(|library| library.current);
        if stored.entry(open_here).is_some() {
            stored.current = open_here;
        }
        if stored != self.snapshot() {
            self.from_storage.set_value(true);
            self.plan.set(stored.current_plan());
            self.library.set(stored);
        }
    }

    /// Saves, then goes to `href` (which may be the other page), where `notice` is
    /// announced. If saving fails the person stays here, where their changes still are,
    /// and the save status says why.
    pub fn save_and_go(self, href: &str, notice: &str) {
        if self.save_now() {
            storage::leave_notice(notice);
            let _ = window().location().set_href(href);
        }
    }

    /// Switches workshop mode on or off and reloads, so that the page works on the other
    /// plans. Changes not yet saved are saved first; if that fails, nothing switches and
    /// the save status says why.
    pub fn switch_workshop(self, on: bool) {
        if self.has_pending_save() && !self.save_now() {
            return;
        }
        match storage::set_workshop(&BrowserStore, on) {
            Ok(()) => {
                let _ = window().location().reload();
            }
            Err(error) => self.save_state.set(SaveState::from(Err(error))),
        }
    }

    /// Clears every demo plan, and nothing else, then reloads on a fresh demo, which
    /// announces `notice`. False if the browser refused.
    pub fn reset_demo(self, notice: &str) -> bool {
        self.cancel_pending_save();
        let reset = storage::reset_demo(&BrowserStore).is_ok();
        if reset {
            storage::leave_notice(notice);
            let _ = window().location().reload();
        }
        reset
    }

    /// Opens another plan; the one being edited is kept first.
    pub fn open(self, id: u32) {
        let editing = self.plan.get_untracked();
        if let Some(next) = self
            .library
            .try_update(|library| library.switch(id, editing))
            .flatten()
        {
            self.plan.set(next);
        }
    }

    /// Adds a plan and opens it. In a browser that so far holds only a blank plan, the new
    /// one takes its place.
    pub fn add_and_open(self, name: String, plan: Plan) {
        let blank = self.plan.with_untracked(|editing| {
            self.library.with_untracked(|library| {
                library
                    .is_only_a_blank_plan(editing)
                    .then_some(library.current)
            })
        });
        if let Some(id) = self.library.try_update(|library| library.add(name, plan)) {
            self.open(id);
        }
        if let Some(blank) = blank {
            self.library.update(|library| {
                library.remove(blank);
            });
        }
    }

    pub fn duplicate(self, id: u32, copy_name: String) {
        let editing = self.plan.get_untracked();
        self.library.update(|library| {
            library.duplicate(id, copy_name, &editing);
        });
    }

    /// Deletes a plan; deleting the open one opens its neighbour first, or a new blank plan
    /// if it was the only one. Returns what undo needs.
    pub fn delete(self, id: u32) -> Option<RemovedPlan> {
        if self.library.with_untracked(|library| library.current == id) {
            match self.library.with_untracked(|library| library.neighbour(id)) {
                Some(neighbour) => self.open(neighbour),
                None => self.add_and_open(plans::DEFAULT_NAME.to_owned(), Plan::default()),
            }
        }
        self.library
            .try_update(|library| library.remove(id))
            .flatten()
    }
}

/// What the pages start with: every plan loaded (the demo plans while workshop mode is on),
/// the open one in `PlanContext`, undo, and saving shortly after each change. Returns why
/// loading went wrong, if it did.
pub fn provide_plans() -> Option<LoadProblem> {
    let slot = Slot::in_use(&BrowserStore);
    let loaded = storage::load(&BrowserStore, slot);
    let can_save = loaded.can_save();
    let context = PlanContext::new(loaded.library.current_plan());
    let library = LibraryContext {
        library: RwSignal::new(loaded.library),
        plan: context.plan,
        save_state: RwSignal::new(if can_save {
            SaveState::Untouched
        } else {
            SaveState::Paused
        }),
        slot,
        can_save,
        pending_save: StoredValue::new(None),
        other_tab_saved: StoredValue::new(false),
        from_storage: StoredValue::new(false),
    };
    provide_context(context);
    provide_context(library);
    let undo = UndoContext::new(library.library, context.plan);
    provide_context(undo);
    if let Some(notice) = storage::take_notice() {
        undo.announce(notice);
    }

    // Sync every plan to localStorage shortly after each change, off the typing path, and
    // at once when the page is hidden or closed. The first run only subscribes, so opening
    // the app never writes anything.
    Effect::new(move |previous: Option<()>| {
        context.plan.track();
        library.library.track();
        if library.from_storage.get_value() {
            library.from_storage.set_value(false);
            return;
        }
        if previous.is_some() && can_save {
            library.save_soon();
        }
    });
    let flush = move || {
        if library.has_pending_save() {
            library.save_now();
        }
    };
    let _ = window_event_listener(ev::pagehide, move |_| flush());
    let _ = window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() == Some(slot.key()) {
            library.take_other_tabs_save();
        }
    });
    let _ = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    loaded.problem
}

/// The screen the URL hash names, kept in step with it: `read` works it out from the
/// address. After it changes, keyboard focus goes to the new screen's heading (not on the
/// first load).
pub fn hash_route<T: PartialEq + Clone + Send + Sync + 'static>(read: fn() -> T) -> RwSignal<T> {
    let screen = RwSignal::new(read());
    let _ = window_event_listener(ev::hashchange, move |_| screen.set(read()));
    Effect::new(move |previous: Option<T>| {
        let now = screen.get();
        if previous.is_some_and(|previous| previous != now) {
            request_animation_frame(focus_step_heading);
        }
        now
    });
    screen
}

/// A share link opened at the stock-take's address (say, trimmed by hand) goes on to the
/// plans page, which reads links. True if it did.
fn forward_share_link() -> bool {
    let Some(hash) = location_hash() else {
        return false;
    };
    if !share::is_share_fragment(&hash) {
        return false;
    }
    let target = format!("{}#{hash}", Page::PLANS_FOLDER);
    window().location().replace(&target).is_ok()
}

/// The stock-take page: shell, start-up notice, save status, and the step the address names.
#[component]
pub fn App() -> impl IntoView {
    if forward_share_link() {
        return ().into_any();
    }
    let problem = provide_plans();
    let step = hash_route(current_step);
    let _ = window_event_listener(ev::hashchange, |_| {
        forward_share_link();
    });

    view! {
        <PageShell page=Page::StockTake problem>
            {move || view! { <FlowScreen current=step.get() /> }}
        </PageShell>
    }
    .into_any()
}

/// One step of the stock-take, with the progress indicator above and back/next below.
#[component]
fn FlowScreen(current: Step) -> impl IntoView {
    view! {
        <StepNav current />
        {match current {
            Step::Start => view! { <StartStep /> }.into_any(),
            Step::Skills => view! { <SkillsStep /> }.into_any(),
            Step::Situation => view! { <SituationStep /> }.into_any(),
            Step::SoftSkills => view! { <SoftSkillsStep /> }.into_any(),
            Step::Mentors => view! { <MentorsStep /> }.into_any(),
            Step::Value => view! { <ValueStep /> }.into_any(),
            Step::Plan => view! { <PlanStep /> }.into_any(),
        }}
        <StepPager current />
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
