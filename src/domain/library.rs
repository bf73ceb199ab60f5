//! Several plans in one browser: create, rename, duplicate, delete (with undo) and switch.

use serde::{Deserialize, Serialize};

use crate::domain::plan::{Plan, valid_name};

/// Every plan kept in this browser. The current plan's content is edited elsewhere (in its
/// own signal) and written back here with `with_current` before saving or switching.
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
            plans: vec![PlanEntry { id: 0, name, plan }],
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

    /// The current plan's name.
    pub fn current_name(&self) -> &str {
        self.entry(self.current)
            .map_or("", |entry| entry.name.as_str())
    }

    /// The current plan as stored here (it may lag behind the one being edited).
    pub fn current_plan(&self) -> Plan {
        self.entry(self.current)
            .map(|entry| entry.plan.clone())
            .unwrap_or_default()
    }

    /// A copy with the current plan's content replaced by `plan`.
    pub fn with_current(&self, plan: &Plan) -> Library {
        let mut library = self.clone();
        library.store_current(plan.clone());
        library
    }

    fn store_current(&mut self, plan: Plan) {
        let current = self.current;
        if let Some(entry) = self.entry_mut(current) {
            entry.plan = plan;
        }
    }

    fn new_id(&mut self) -> u32 {
        let used = self
            .plans
            .iter()
            .map(|entry| entry.id + 1)
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(used);
        self.next_id = id + 1;
        id
    }

    /// Adds a plan after the others and returns its id; it does not become current.
    pub fn add(&mut self, name: String, plan: Plan) -> u32 {
        let id = self.new_id();
        self.plans.push(PlanEntry { id, name, plan });
        id
    }

    /// True while this is still what a new browser starts with: one plan, blank. `editing`
    /// is the current plan as edited. A plan saved from a link or a file then takes its
    /// place rather than sitting beside an empty one.
    pub fn is_only_a_blank_plan(&self, editing: &Plan) -> bool {
        self.plans.len() == 1 && *editing == Plan::default()
    }

    /// This library once another tab has saved `stored`, while this one has edits not yet
    /// saved: every plan as stored there, except the one open here, whose content as edited
    /// here (`editing`) wins and which stays open. If the other tab deleted it, it comes
    /// back, so that no edit is lost.
    pub fn merged_into(&self, mut stored: Library, editing: &Plan) -> Library {
        match stored.entry_mut(self.current) {
            Some(entry) => entry.plan = editing.clone(),
            None => stored.plans.push(PlanEntry {
                id: self.current,
                name: self.current_name().to_owned(),
                plan: editing.clone(),
            }),
        }
        stored.current = self.current;
        stored.next_id = stored.next_id.max(self.next_id);
        stored
    }

    /// Makes another plan current. `editing` is the current plan as edited, which is kept
    /// first; returns the plan to edit now.
    pub fn switch(&mut self, to: u32, editing: Plan) -> Option<Plan> {
        let plan = self.entry(to)?.plan.clone();
        self.store_current(editing);
        self.current = to;
        Some(plan)
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

    /// Adds a copy of a plan (with `editing` as the current plan's latest content).
    pub fn duplicate(&mut self, id: u32, copy_name: String, editing: &Plan) -> Option<u32> {
        let plan = if id == self.current {
            editing.clone()
        } else {
            self.entry(id)?.plan.clone()
        };
        Some(self.add(copy_name, plan))
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

    /// Puts a removed plan back where it was.
    pub fn restore(&mut self, removed: RemovedPlan) {
        let index = removed.index.min(self.plans.len());
        self.plans.insert(index, removed.entry);
    }

    /// Each plan's id and name, told apart from namesakes.
    pub fn labels(&self) -> Vec<(u32, String)> {
        let names =
            crate::domain::analysis::distinct_names(self.plans.iter().map(|e| e.name.as_str()));
        self.plans.iter().map(|entry| entry.id).zip(names).collect()
    }
}
