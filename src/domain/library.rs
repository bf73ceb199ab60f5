//! Several plans in one browser: create, rename, duplicate, delete (with undo) and switch.

use serde::{Deserialize, Serialize};

use crate::domain::content::plans::DEFAULT_NAME;
use crate::domain::merge;
use crate::domain::plan::{Id, MAX_PLANS, MessageKind, Plan, valid_name};

/// Every plan kept in this browser, the open one included: the one place a plan's content
/// lives while it is edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub plans: Vec<PlanEntry>,
    pub current: u32,
    pub next_id: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanEntry {
    pub id: u32,
    pub name: String,
    pub plan: Plan,
    /// Text typed into an add form of this plan and not added yet, so that nothing typed is
    /// lost on the way to another step or through a reload. It stays in this browser: links
    /// and files carry the plan only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
    /// Messages to this plan's mentors that the person changed, and the name they sign with.
    /// They are the person's own words, kept like the drafts above, in this browser only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<MessageDraft>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signature: String,
    /// When the person last kept a whole copy of this plan outside this browser (a link for
    /// themself, a file, a calendar with the link), in seconds since 1970; 0 if never.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub copy_kept: u32,
}

fn is_zero(seconds: &u32) -> bool {
    *seconds == 0
}

impl PlanEntry {
    pub fn new(id: u32, name: String, plan: Plan) -> Self {
        PlanEntry {
            id,
            name,
            plan,
            drafts: Vec::new(),
            messages: Vec::new(),
            signature: String::new(),
            copy_kept: 0,
        }
    }
}

/// What was typed into one add form (named by its id) and not added yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub form: String,
    pub text: String,
}

/// A message to one mentor, of one kind, as the person changed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageDraft {
    pub mentor: Id,
    pub kind: MessageKind,
    pub text: String,
}

/// A plan removed from the library, with its place in the list, for undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedPlan {
    pub entry: PlanEntry,
    index: usize,
}

impl Library {
    /// A library holding one plan, which is the current one.
    pub fn with_plan(name: String, plan: Plan) -> Self {
        Library {
            plans: vec![PlanEntry::new(0, name, plan)],
            current: 0,
            next_id: 1,
        }
    }

    pub fn entry(&self, id: u32) -> Option<&PlanEntry> {
        self.plans.iter().find(|entry| entry.id == id)
    }

    fn entry_mut(&mut self, id: u32) -> Option<&mut PlanEntry> {
        self.plans.iter_mut().find(|entry| entry.id == id)
    }

    /// When the person last kept a whole copy of the open plan elsewhere (`PlanEntry::copy_kept`).
    pub fn current_copy_kept(&self) -> u32 {
        self.entry(self.current).map_or(0, |entry| entry.copy_kept)
    }

    /// Notes that the person kept a whole copy of the open plan elsewhere at `now`.
    pub fn note_copy_kept(&mut self, now: u32) {
        if let Some(entry) = self.entry_mut(self.current) {
            entry.copy_kept = now;
        }
    }

    /// The current plan's name.
    pub fn current_name(&self) -> &str {
        self.entry(self.current)
            .map_or("", |entry| entry.name.as_str())
    }

    /// The open plan.
    pub fn current_plan(&self) -> &Plan {
        static BLANK: std::sync::OnceLock<Plan> = std::sync::OnceLock::new();
        self.entry(self.current)
            .map_or_else(|| BLANK.get_or_init(Plan::default), |entry| &entry.plan)
    }

    /// The open plan, to edit. A library always has its open plan; should it ever be missing,
    /// a blank one takes its place rather than losing the edit.
    pub fn current_plan_mut(&mut self) -> &mut Plan {
        let current = self.current;
        let index = match self.plans.iter().position(|entry| entry.id == current) {
            Some(index) => index,
            None => {
                let blank = PlanEntry::new(current, DEFAULT_NAME.get().to_owned(), Plan::default());
                self.plans.push(blank);
                self.plans.len() - 1
            }
        };
        &mut self.plans[index].plan
    }

    fn new_id(&mut self) -> u32 {
        let used = self
            .plans
            .iter()
            .map(|entry| entry.id.saturating_add(1))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(used);
        self.next_id = id.saturating_add(1);
        id
    }

    /// Skips a random number of plan ids (below 65,536) before the next plan, while ids stay
    /// below 2^30. Two tabs adding a plan at the same moment then pick different ids, so undo
    /// in one tab never reaches the other tab's plan. (A merge still gives a plan a fresh id
    /// should two ever meet.)
    pub fn skip_ids(&mut self, random: u32) {
        let skipped = self.next_id.saturating_add(random % (1 << 16));
        self.next_id = self.next_id.max(skipped.min(1 << 30));
    }

    /// True when this browser holds all the plans it may: adding one is refused.
    pub fn is_full(&self) -> bool {
        self.plans.len() >= MAX_PLANS
    }

    /// Adds a plan after the others and returns its id; it does not become current. None
    /// when the library is full.
    pub fn add(&mut self, name: String, plan: Plan) -> Option<u32> {
        if self.is_full() {
            return None;
        }
        let id = self.new_id();
        self.plans.push(PlanEntry::new(id, name, plan));
        Some(id)
    }

    /// True while this is still what a new browser starts with: one plan, blank. A plan
    /// saved from a link or a file then takes its place rather than sitting beside an empty one.
    pub fn is_only_a_blank_plan(&self) -> bool {
        self.plans.len() == 1 && *self.current_plan() == Plan::default()
    }

    /// The plan here that `plan` is a copy of (`Plan::is_copy_of`), if any.
    pub fn copy_of(&self, plan: &Plan) -> Option<&PlanEntry> {
        self.plans.iter().find(|entry| entry.plan.is_copy_of(plan))
    }

    /// Readies the plans to be stored again: each plan edited since `base` (the plans as last
    /// stored) notes `now` as its time of change, and each plan without an identity, or with
    /// the identity of a plan before it (a duplicate, or a copy kept beside its plan), gets a
    /// new one from `fresh`, so that an identity names one plan here. A plan that came with a
    /// time of its own (a copy put in its place, a plan from a link or a file) keeps it; one
    /// that never said when it changed is taken to have changed `now`.
    pub fn before_saving(&mut self, base: &Library, now: u32, mut fresh: impl FnMut() -> u32) {
        for index in 0..self.plans.len() {
            let (before, rest) = self.plans.split_at_mut(index);
            let entry = &mut rest[0];
            let stored = base.entry(entry.id).map(|stored| &stored.plan);
            let plan = &mut entry.plan;
            let edited =
                stored.is_some_and(|stored| stored.changed == plan.changed && stored != plan);
            if plan.changed == 0 || edited {
                plan.changed = now;
            }
            let identity = plan.identity;
            if identity == 0 || before.iter().any(|other| other.plan.identity == identity) {
                plan.identity = fresh();
            }
        }
    }

    /// Puts a copy of plan `id` coming back (`plan`, named `name`) in its place, keeping the
    /// drafts and messages kept for it in this browser. Returns the plan as it was, for undo;
    /// None if there is no such plan.
    pub fn replace(&mut self, id: u32, name: String, plan: Plan) -> Option<PlanEntry> {
        let entry = self.entry_mut(id)?;
        let before = entry.clone();
        entry.name = name;
        entry.plan = plan;
        Some(before)
    }

    /// Puts back a plan as it was before `replace` (undo); false if it is no longer here.
    pub fn put_back(&mut self, before: PlanEntry) -> bool {
        let Some(entry) = self.entry_mut(before.id) else {
            return false;
        };
        *entry = before;
        true
    }

    /// This library once another tab has saved `theirs`, while this one has changes not yet
    /// stored; `base` is the library as this tab last stored or took it in. The merge goes
    /// plan by plan, and within a plan field by field and item by item (`merge::plans`): what
    /// changed here since `base` wins, everything else is taken as they stored it. A plan
    /// deleted on one side stays deleted unless the other side changed it (then it comes
    /// back with that change, so no edit is lost). Plans added on both sides are all kept:
    /// one added here under an id they also used gets a fresh id. The plan open here stays
    /// open. Also returns how many things both sides changed in different ways (this side's
    /// version of each was kept).
    pub fn merged(&self, base: &Library, theirs: Library) -> (Library, usize) {
        let mine = self;
        let changed_here = |entry: &PlanEntry| base.entry(entry.id) != Some(entry);
        let mut merged = Library {
            plans: Vec::with_capacity(theirs.plans.len() + mine.plans.len()),
            current: mine.current,
            next_id: mine.next_id.max(theirs.next_id),
        };
        let mut clashes = 0;
        for their in &theirs.plans {
            let in_base = base.entry(their.id);
            match (mine.entry(their.id), in_base) {
                // Added there, or here and there under the same id: theirs, and ours below.
                (_, None) => merged.plans.push(their.clone()),
                // Deleted here: gone, unless they changed it since.
                (None, Some(before)) => {
                    if their != before {
                        merged.plans.push(their.clone());
                    }
                }
                (Some(my), Some(before)) => {
                    let (plan, clashed) = merge::plans(&before.plan, &my.plan, &their.plan);
                    clashes += clashed;
                    merged.plans.push(PlanEntry {
                        id: their.id,
                        name: newer(&before.name, &my.name, &their.name),
                        plan,
                        drafts: newer(&before.drafts, &my.drafts, &their.drafts),
                        messages: newer(&before.messages, &my.messages, &their.messages),
                        signature: newer(&before.signature, &my.signature, &their.signature),
                        copy_kept: my.copy_kept.max(their.copy_kept),
                    });
                }
            }
        }
        for my in &mine.plans {
            let theirs_has = theirs.entry(my.id).is_some();
            let in_base = base.entry(my.id).is_some();
            if !in_base && theirs_has {
                // Both tabs added a plan under this id: ours takes a fresh one.
                let id = merged.new_id();
                if my.id == mine.current {
                    merged.current = id;
                }
                merged.plans.push(PlanEntry { id, ..my.clone() });
            } else if !theirs_has && (!in_base || changed_here(my)) {
                // Added here, or deleted there but changed here since: kept.
                merged.plans.push(my.clone());
            }
        }
        if merged.entry(merged.current).is_none() {
            merged.current = merged.plans.first().map_or(mine.current, |entry| entry.id);
        }
        let past_used = merged.plans.iter().map(|e| e.id.saturating_add(1)).max();
        merged.next_id = merged.next_id.max(past_used.unwrap_or(0));
        (merged, clashes)
    }

    /// What was typed into the add form `form` of the open plan and not added yet.
    pub fn draft(&self, form: &str) -> &str {
        self.entry(self.current)
            .and_then(|entry| entry.drafts.iter().find(|draft| draft.form == form))
            .map_or("", |draft| draft.text.as_str())
    }

    /// Keeps what is typed into the add form `form` of the open plan; empty text forgets it.
    pub fn set_draft(&mut self, form: &str, text: String) {
        let current = self.current;
        let Some(entry) = self.entry_mut(current) else {
            return;
        };
        entry.drafts.retain(|draft| draft.form != form);
        if !text.is_empty() {
            let form = form.to_owned();
            entry.drafts.push(Draft { form, text });
        }
    }

    /// The message of this kind to this mentor of the open plan, as the person changed it;
    /// None if they have not.
    pub fn message(&self, mentor: Id, kind: MessageKind) -> Option<&str> {
        self.entry(self.current)?
            .messages
            .iter()
            .find(|draft| draft.mentor == mentor && draft.kind == kind)
            .map(|draft| draft.text.as_str())
    }

    /// Keeps the person's own text of a message to a mentor of the open plan; None forgets
    /// it (the message is drafted from the plan again). Messages to mentors no longer in the
    /// plan go at the same time.
    pub fn set_message(&mut self, mentor: Id, kind: MessageKind, text: Option<String>) {
        let current = self.current;
        let Some(entry) = self.entry_mut(current) else {
            return;
        };
        let plan = &entry.plan;
        entry.messages.retain(|draft| {
            plan.mentor(draft.mentor).is_some() && (draft.mentor, draft.kind) != (mentor, kind)
        });
        if let Some(text) = text {
            entry.messages.push(MessageDraft { mentor, kind, text });
        }
    }

    /// The name the person signs their messages with, in the open plan.
    pub fn signature(&self) -> &str {
        self.entry(self.current)
            .map_or("", |entry| entry.signature.as_str())
    }

    pub fn set_signature(&mut self, signature: String) {
        let current = self.current;
        if let Some(entry) = self.entry_mut(current) {
            entry.signature = signature;
        }
    }

    /// Makes another plan the open one; false if there is no such plan.
    pub fn switch(&mut self, to: u32) -> bool {
        let exists = self.entry(to).is_some();
        if exists {
            self.current = to;
        }
        exists
    }

    /// Renames a plan; a blank name is refused.
    pub fn rename(&mut self, id: u32, name: &str) -> bool {
        match (valid_name(name), self.entry_mut(id)) {
            (Ok(name), Some(entry)) => {
                entry.name = name;
                true
            }
            _ => false,
        }
    }

    /// Adds a copy of a plan; None if there is no such plan, or no room for another.
    pub fn duplicate(&mut self, id: u32, copy_name: String) -> Option<u32> {
        let plan = self.entry(id)?.plan.clone();
        self.add(copy_name, plan)
    }

    /// Removes a plan that is not the current one (switch away first).
    pub fn remove(&mut self, id: u32) -> Option<RemovedPlan> {
        if id == self.current {
            return None;
        }
        let index = self.plans.iter().position(|entry| entry.id == id)?;
        Some(RemovedPlan {
            entry: self.plans.remove(index),
            index,
        })
    }

    /// The plan to make current before removing `id`: the next one, else the one before.
    pub fn neighbour(&self, id: u32) -> Option<u32> {
        let index = self.plans.iter().position(|entry| entry.id == id)?;
        self.plans
            .get(index + 1)
            .or_else(|| index.checked_sub(1).and_then(|i| self.plans.get(i)))
            .map(|entry| entry.id)
    }

    /// Puts a removed plan back where it was, unless it is there already (another tab's
    /// save, merged in, can have brought it back). False when there is no room for it.
    pub fn restore(&mut self, removed: RemovedPlan) -> bool {
        if self.entry(removed.entry.id).is_some() {
            return true;
        }
        if self.is_full() {
            return false;
        }
        let index = removed.index.min(self.plans.len());
        self.plans.insert(index, removed.entry);
        true
    }

    /// Each plan's id and name, told apart from namesakes.
    pub fn labels(&self) -> Vec<(u32, String)> {
        let names =
            crate::domain::analysis::distinct_names(self.plans.iter().map(|e| e.name.as_str()));
        self.plans.iter().map(|entry| entry.id).zip(names).collect()
    }
}

/// Mine if I changed it since `before`, else theirs.
fn newer<T: PartialEq + Clone>(before: &T, mine: &T, theirs: &T) -> T {
    if mine != before { mine } else { theirs }.clone()
}
