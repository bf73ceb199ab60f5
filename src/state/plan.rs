//! The open plan, as the screens read and write it: in the library, where it lives.

use leptos::prelude::*;

use crate::domain::content;
use crate::domain::library::Library;
use crate::domain::plan::{Competency, Id, List, Mentor, Plan};

/// The open plan, for the screens that show or edit it, and the names it shows everywhere.
/// It reads and writes the plan where it lives: in the library.
#[derive(Debug, Clone, Copy)]
pub struct PlanContext {
    library: RwSignal<Library>,
    /// Every mentor's id and name, told apart from namesakes; computed once per change.
    pub mentor_labels: Memo<Vec<(Id, String)>>,
    /// Every competency's id and name, told apart from namesakes.
    pub competency_labels: Memo<Vec<(Id, String)>>,
}

impl PlanContext {
    /// The open plan of `library`.
    pub fn new(library: RwSignal<Library>) -> Self {
        Self {
            library,
            mentor_labels: memo(move || library.with(|l| l.current_plan().mentor_labels())),
            competency_labels: memo(move || library.with(|l| l.current_plan().competency_labels())),
        }
    }

    /// A plan that is not one of this browser's (a shared link, a slide), to show read-only.
    pub fn of_plan(name: String, plan: Plan) -> Self {
        Self::new(RwSignal::new(Library::with_plan(name, plan)))
    }

    /// The context the `App` provides; panics only if a component is mounted outside it.
    pub fn expect_context() -> Self {
        expect_context::<Self>()
    }

    /// Reads the plan, and redraws the caller when it changes.
    pub fn with<T>(self, read: impl FnOnce(&Plan) -> T) -> T {
        self.library.with(|library| read(library.current_plan()))
    }

    /// Reads the plan without subscribing to its changes (in event handlers).
    pub fn with_untracked<T>(self, read: impl FnOnce(&Plan) -> T) -> T {
        self.library
            .with_untracked(|library| read(library.current_plan()))
    }

    pub fn update(self, change: impl FnOnce(&mut Plan)) {
        self.library
            .update(|library| change(library.current_plan_mut()));
    }

    /// Changes the plan and returns what the change returned.
    pub fn try_update<T>(self, change: impl FnOnce(&mut Plan) -> T) -> Option<T> {
        self.library
            .try_update(|library| change(library.current_plan_mut()))
    }

    /// A value read from the plan. It is worked out again on every change to the plan,
    /// but tells the view only when the value itself changed, so a keystroke in one
    /// field redraws only what shows that field.
    pub fn read<T: PartialEq + Send + Sync + 'static>(
        self,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Signal<T> {
        memo(move || self.with(&read)).into()
    }

    /// Why `list` takes no more items, while it is full.
    pub fn full(self, list: List) -> Signal<Option<String>> {
        self.read(move |plan| plan.is_full(list).then(|| content::limits::list_full(list)))
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
        Callback::new(move |value| self.update(|plan| write(plan, value)))
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

/// `Memo::new` for a value that `compute` works out. Leptos' memo is in the wasm once per
/// closure it is given; this one boxes the closure, so it is in the wasm once per type of
/// value. With `PlanContext::read`, which uses it, it took 2.5 KB gzip off the first load.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    compute: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    memo_boxed(Box::new(compute))
}

#[inline(never)]
fn memo_boxed<T: PartialEq + Send + Sync + 'static>(
    compute: Box<dyn Fn() -> T + Send + Sync>,
) -> Memo<T> {
    Memo::new(move |_| compute())
}

fn label_in(labels: Memo<Vec<(Id, String)>>, id: Id) -> Signal<String> {
    memo(move || {
        labels.with(|labels| {
            labels
                .iter()
                .find_map(|(other, label)| (*other == id).then(|| label.clone()))
                .unwrap_or_default()
        })
    })
    .into()
}
