//! Several plans in one browser: create, rename, duplicate, delete (with undo) and switch.

use serde::{Deserialize, Serialize};

use crate::domain::content::plans::DEFAULT_NAME;
use crate::domain::plan::{Plan, valid_name};

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
                self.plans.push(PlanEntry {
                    id: current,
                    name: DEFAULT_NAME.to_owned(),
                    plan: Plan::default(),
                });
                self.plans.len() - 1
            }
        };
        &mut self.plans[index].plan
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

    /// True while this is still what a new browser starts with: one plan, blank. A plan
    /// saved from a link or a file then takes its place rather than sitting beside an empty one.
    pub fn is_only_a_blank_plan(&self) -> bool {
        self.plans.len() == 1 && *self.current_plan() == Plan::default()
    }

    /// This library once another tab has saved `stored`, while this one has edits not yet
    /// saved: every plan as stored there, except the one open here, whose content as edited
    /// here wins and which stays open. If the other tab deleted it, it comes back, so that
    /// no edit is lost.
    pub fn merged_into(&self, mut stored: Library) -> Library {
        let editing = self.current_plan().clone();
        match stored.entry_mut(self.current) {
            Some(entry) => entry.plan = editing,
            None => stored.plans.push(PlanEntry {
                id: self.current,
                name: self.current_name().to_owned(),
                plan: editing,
            }),
        }
        stored.current = self.current;
        stored.next_id = stored.next_id.max(self.next_id);
        stored
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

    /// Adds a copy of a plan.
    pub fn duplicate(&mut self, id: u32, copy_name: String) -> Option<u32> {
        let plan = self.entry(id)?.plan.clone();
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
