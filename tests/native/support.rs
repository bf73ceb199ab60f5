use std::cell::RefCell;
use std::collections::BTreeMap;

use multi_mentor::domain::plan::Plan;
use multi_mentor::storage::{KeyValueStore, StorageError};
use proptest::prelude::*;

/// An in-memory stand-in for localStorage that can be told to refuse reads or writes.
#[derive(Default)]
pub struct MemoryStore {
    pub items: RefCell<BTreeMap<String, String>>,
    pub fail_reads: bool,
    pub fail_writes: Option<StorageError>,
}

impl MemoryStore {
    pub fn with(items: &[(&str, &str)]) -> Self {
        let store = Self::default();
        for (key, value) in items {
            store.insert(key, value);
        }
        store
    }

    pub fn insert(&self, key: &str, value: &str) {
        self.items.borrow_mut().insert(key.into(), value.into());
    }

    pub fn item(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }

    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.items.borrow().clone()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.fail_reads {
            return Err(StorageError::Unavailable);
        }
        Ok(self.item(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match &self.fail_writes {
            Some(error) => Err(error.clone()),
            None => {
                self.insert(key, value);
                Ok(())
            }
        }
    }
}

/// Plans with any text, including empty, very long and non-ASCII fields.
pub fn any_plan() -> impl Strategy<Value = Plan> {
    (".{0,200}", ".{0,80}", ".{0,200}").prop_map(|(goals, target_role, review_notes)| Plan {
        goals,
        target_role,
        review_notes,
    })
}

pub fn sample_plan() -> Plan {
    Plan {
        goals: "Move from IT support into accounting within two years.".into(),
        target_role: "Staff accountant".into(),
        review_notes: "Strong troubleshooting; needs to present findings to managers.".into(),
    }
}
