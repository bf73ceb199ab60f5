//! The record of how a plan is kept up: goals by horizon, each mentor's log of meetings and
//! steps done, and check-ins. The rules that use them are in `living`.

use serde::{Deserialize, Serialize};

use super::{Id, Level};
use crate::domain::date::Date;

/// Check-ins kept: six years of one every three months. Past it, the two oldest are merged.
pub const MAX_CHECK_INS: usize = 24;
/// Meetings and steps done in one mentor's log: ten years of weekly meetings. Past it, the
/// oldest entry goes when a new one comes, so the log never passes the limit it is loaded with.
pub const MAX_LOG_ENTRIES: usize = 520;

/// One line of a mentor's log: a meeting and what was agreed, or a next step done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub date: Date,
    #[serde(default)]
    pub note: String,
    /// A next step marked done (its text is the note), not a meeting.
    #[serde(default)]
    pub done_step: bool,
}

/// The three horizons of the person's goals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// About three months.
    Soon,
    /// About a year.
    Year,
    /// Three to five years.
    Later,
}

impl Horizon {
    pub const ALL: [Horizon; 3] = [Horizon::Soon, Horizon::Year, Horizon::Later];
}

/// A goal for one horizon.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    pub text: String,
    /// The date the person means to reach it by, if they set one.
    pub by: Option<Date>,
    /// Ticked at a check-in.
    pub met: bool,
}

/// The person's goals, one per horizon.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goals {
    pub soon: Goal,
    pub year: Goal,
    pub later: Goal,
}

impl Goals {
    /// Goals with only the 1-year goal written.
    pub fn in_a_year(text: String) -> Goals {
        Goals {
            year: Goal {
                text,
                ..Goal::default()
            },
            ..Goals::default()
        }
    }

    pub fn get(&self, horizon: Horizon) -> &Goal {
        match horizon {
            Horizon::Soon => &self.soon,
            Horizon::Year => &self.year,
            Horizon::Later => &self.later,
        }
    }

    pub fn get_mut(&mut self, horizon: Horizon) -> &mut Goal {
        match horizon {
            Horizon::Soon => &mut self.soon,
            Horizon::Year => &mut self.year,
            Horizon::Later => &mut self.later,
        }
    }

    /// True if no horizon has a goal written.
    pub fn is_empty(&self) -> bool {
        self.texts().all(|text| text.trim().is_empty())
    }

    /// The goals' texts, soonest first.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        Horizon::ALL.into_iter().map(|h| self.get(h).text.as_str())
    }
}

/// Where the person rated themselves in one competency at a check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub id: Id,
    pub level: Level,
}

/// A dated review of the plan: the levels then, the goals met by then, and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub date: Date,
    #[serde(default)]
    pub levels: Vec<Rating>,
    #[serde(default)]
    pub met: Vec<Horizon>,
    #[serde(default)]
    pub note: String,
}
