use std::cell::RefCell;
use std::collections::BTreeMap;

use multi_mentor::domain::date::{Date, LAST_DAY, date_of, day_number};
use multi_mentor::domain::limits::{is_direction_control, plan_within_limits};
use multi_mentor::domain::plan::{
    Advice, Cadence, CheckIn, Entry, Factor, Goal, Goals, Horizon, Id, Level, MentorRole, Plan,
    Priority, Rating, Reach, Reason, SituationRef, Status,
};
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

    pub fn delete(&self, key: &str) {
        self.items.borrow_mut().remove(key);
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

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match &self.fail_writes {
            Some(error) => Err(error.clone()),
            None => {
                self.delete(key);
                Ok(())
            }
        }
    }
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

/// A mentor recipe: which competencies (by index) and situation parts it takes, and its fields.
type MentorRecipe = (
    String,
    Vec<usize>,
    Vec<usize>,
    MentorRole,
    Reach,
    Status,
    Cadence,
    String,
);

/// Any real day from 1 January of year 1 to 31 December 9999.
pub fn any_date() -> impl Strategy<Value = Date> {
    let first = day_number(Date {
        year: 1,
        month: 1,
        day: 1,
    });
    (first..=LAST_DAY).prop_map(date_of)
}

fn any_goal() -> impl Strategy<Value = Goal> {
    (".{0,80}", proptest::option::of(any_date()), any::<bool>()).prop_map(|(text, by, met)| Goal {
        text,
        by,
        met,
    })
}

fn any_goals() -> impl Strategy<Value = Goals> {
    (any_goal(), any_goal(), any_goal()).prop_map(|(soon, year, later)| Goals { soon, year, later })
}

/// What is kept of a mentor after the plan is made: the step's date, the day they were
/// asked, and the log (date, note, a step done rather than a meeting).
type MentorRecord = (Option<Date>, Option<Date>, Vec<(Date, String, bool)>);

fn mentor_record() -> impl Strategy<Value = MentorRecord> {
    (
        proptest::option::of(any_date()),
        proptest::option::of(any_date()),
        proptest::collection::vec((any_date(), ".{0,30}", any::<bool>()), 0..4),
    )
}

/// A check-in recipe: its date, levels of competencies (by index), goals met, and a note.
type CheckInRecipe = (Date, Vec<(usize, u8)>, Vec<Horizon>, String);

fn check_in_recipe() -> impl Strategy<Value = CheckInRecipe> {
    (
        any_date(),
        proptest::collection::vec((0usize..12, 1u8..=5), 0..5),
        proptest::collection::vec(one_of(&Horizon::ALL), 0..3),
        ".{0,30}",
    )
}

fn mentor_recipe() -> impl Strategy<Value = MentorRecipe> {
    (
        ".{0,30}",
        proptest::collection::vec(0usize..12, 0..6),
        proptest::collection::vec(0usize..6, 0..3),
        one_of(&MentorRole::ALL),
        one_of(&Reach::ALL),
        one_of(&Status::ALL),
        one_of(&Cadence::ALL),
        ".{0,40}",
    )
}

/// Whole plans with any text (empty, long, non-ASCII), goals by horizon, competencies,
/// situation, contacts and mentors linked to them, dates, logs and check-ins, built through
/// the plan's own methods.
pub fn any_plan() -> impl Strategy<Value = Plan> {
    let text = (
        any_goals(),
        ".{0,80}",
        ".{0,200}",
        any::<u32>(),
        any::<u32>(),
    );
    let competencies = proptest::collection::vec(
        (
            ".{1,40}",
            one_of(&Reason::ALL),
            one_of(&Priority::ALL),
            1u8..=5,
            1u8..=5,
            any::<bool>(),
            proptest::option::of(one_of(&Horizon::ALL)),
            proptest::option::of(any_date()),
        ),
        0..12,
    );
    let situation = (
        proptest::collection::vec(one_of(&Factor::ALL), 0..4),
        proptest::collection::vec(".{1,20}", 0..3),
        ".{0,60}",
        proptest::collection::vec(one_of(&Advice::ALL), 0..3),
    );
    let mentors = proptest::collection::vec((mentor_recipe(), mentor_record()), 0..7);
    let contacts = proptest::collection::vec(
        (".{1,20}", proptest::collection::vec(0usize..12, 0..3)),
        0..4,
    );
    let check_ins = proptest::collection::vec(check_in_recipe(), 0..4);
    (text, competencies, situation, mentors, contacts, check_ins).prop_map(
        |(
            (goals, target_role, review_notes, identity, changed),
            competencies,
            (factors, own, notes, set_aside),
            mentors,
            contacts,
            check_ins,
        )| {
            let mut plan = Plan {
                goals,
                target_role,
                review_notes,
                identity,
                changed,
                ..Plan::default()
            };
            let competency_ids: Vec<Id> = competencies
                .into_iter()
                .map(
                    |(name, reason, priority, now, target, soft_skill, serves, by)| {
                        let id = plan.add_competency(name, reason, priority).unwrap();
                        let competency = plan.competency_mut(id).expect("just added");
                        competency.now = Level::new(now);
                        competency.target = Level::new(target);
                        competency.soft_skill = soft_skill;
                        competency.serves = serves;
                        competency.by = by;
                        id
                    },
                )
                .collect();
            for factor in factors {
                plan.set_factor(factor, true);
            }
            for name in own {
                plan.add_own_factor(name);
            }
            plan.situation.notes = notes;
            for advice in set_aside {
                plan.set_advice_aside(advice, true);
            }
            let parts = plan.situation_parts();
            let pick = |ids: &[Id], indexes: Vec<usize>| -> Vec<Id> {
                let mut picked: Vec<Id> = indexes
                    .into_iter()
                    .filter_map(|i| ids.get(i).copied())
                    .collect();
                picked.dedup();
                picked.sort();
                picked.dedup();
                picked
            };
            for ((name, answers, shares, role, reach, status, cadence, offer), record) in mentors {
                let id = plan.add_mentor(name).unwrap();
                let answers = pick(&competency_ids, answers);
                let mut shared: Vec<SituationRef> = shares
                    .into_iter()
                    .filter_map(|i| parts.get(i).copied())
                    .collect();
                shared.sort();
                shared.dedup();
                let mentor = plan.mentor_mut(id).expect("just added");
                mentor.competencies = answers;
                mentor.shared = shared;
                mentor.role = role;
                mentor.reach = reach;
                mentor.status = status;
                mentor.cadence = cadence;
                mentor.offer = offer;
                let (step_due, asked_on, log) = record;
                mentor.step_due = step_due;
                mentor.asked_on = asked_on;
                for (date, note, done_step) in log {
                    mentor.log_entry(Entry {
                        date,
                        note,
                        done_step,
                    });
                }
            }
            for (name, strengths) in contacts {
                plan.add_contact(name, pick(&competency_ids, strengths));
            }
            for (date, levels, met, note) in check_ins {
                let levels = levels
                    .into_iter()
                    .filter_map(|(i, level)| {
                        Some(Rating {
                            id: *competency_ids.get(i)?,
                            level: Level::new(level),
                        })
                    })
                    .collect();
                plan.check_ins.push(CheckIn {
                    date,
                    levels,
                    met,
                    note,
                });
            }
            // Check-ins are kept oldest first.
            plan.check_ins.sort_by_key(|check_in| check_in.date);
            // Generated texts can hold direction controls, which every way in takes out (and
            // repeated ratings or goals met in a check-in, which it drops).
            plan_within_limits(plan).0
        },
    )
}

/// A name as it comes back from a link or a file: direction controls taken out, and line
/// breaks and other control characters turned into spaces.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|&c| !is_direction_control(c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

pub fn sample_plan() -> Plan {
    Plan {
        goals: Goals::in_a_year("Move from IT support into accounting within two years.".into()),
        target_role: "Staff accountant".into(),
        review_notes: "Strong troubleshooting; needs to present findings to managers.".into(),
        ..Plan::default()
    }
}
