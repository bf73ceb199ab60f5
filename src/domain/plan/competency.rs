//! The skills and competencies the person needs (stock-take question 1).

use serde::{Deserialize, Serialize};

use super::{Horizon, Id};
use crate::domain::date::Date;

/// A skill or competency the person needs to advance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competency {
    pub id: Id,
    pub name: String,
    pub reason: Reason,
    pub now: Level,
    pub target: Level,
    pub priority: Priority,
    /// A soft skill (communication, visibility, branding…), whatever the reason it matters.
    #[serde(default)]
    pub soft_skill: bool,
    /// The goal this competency serves, if the person named one.
    #[serde(default)]
    pub serves: Option<Horizon>,
    /// The date the person means to reach the target level by.
    #[serde(default)]
    pub by: Option<Date>,
}

/// Why a competency matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    PerformanceReview,
    #[default]
    Goal,
    Transition,
    Situation,
    /// Before schema 4, "soft skill" was a reason; `Plan::migrate` turns it into the
    /// `soft_skill` flag with the reason "a goal". Never offered, never kept.
    SoftSkill,
}

impl Reason {
    /// The reasons a person can pick.
    pub const ALL: [Reason; 4] = [
        Reason::PerformanceReview,
        Reason::Goal,
        Reason::Transition,
        Reason::Situation,
    ];
}

/// Where the person stands in a competency, from 1 (new to it) to 5 (could teach it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Default for Level {
    fn default() -> Self {
        Level::MIN
    }
}

impl TryFrom<u8> for Level {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        if (Self::MIN.0..=Self::MAX.0).contains(&value) {
            Ok(Level(value))
        } else {
            Err(format!("a level is 1 to 5, not {value}"))
        }
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl Level {
    pub const MIN: Level = Level(1);
    pub const MAX: Level = Level(5);

    /// A level from 1 to 5; anything else is clamped into that range.
    pub fn new(value: u8) -> Self {
        Level(value.clamp(Self::MIN.0, Self::MAX.0))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    pub fn all() -> impl Iterator<Item = Level> {
        (Self::MIN.0..=Self::MAX.0).map(Level)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
}
