//! The plan after it is made: meetings and next steps with each mentor, who is due, goals by
//! horizon, and check-ins that show progress. Every rule takes today's date from its caller
//! (the app's one clock is `browser::today`), so the tests use fixed dates.

use crate::domain::date::{Date, add_months};
use crate::domain::plan::{
    Cadence, CheckIn, Entry, Horizon, Id, Level, MAX_CHECK_INS, MAX_LOG_ENTRIES, MAX_TEXT_CHARS,
    Mentor, Plan, Rating, Status,
};
use crate::domain::sorted_set::SortedSet;

/// Months between check-ins.
pub const CHECK_IN_MONTHS: u32 = 3;

/// Where a mentor stands against their cadence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// The next meeting is this many days away.
    In(u32),
    Now,
    /// The meeting should have been this many days ago.
    Overdue(u32),
}

/// One competency's progress: its level at the first check-in that rated it, now, and the
/// level the person aims for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress<'a> {
    pub name: &'a str,
    pub first: Level,
    pub now: Level,
    pub target: Level,
}

/// Days after asking a mentor with no answer before the app suggests a follow-up.
pub const NO_REPLY_DAYS: i64 = 14;

/// The date of the meeting after one on `from`, at this cadence; none for "not decided" and
/// "when needed".
pub fn next_meeting(cadence: Cadence, from: Date) -> Option<Date> {
    match cadence {
        Cadence::Weekly => Some(from.plus_days(7)),
        Cadence::EveryTwoWeeks => Some(from.plus_days(14)),
        Cadence::Monthly => Some(add_months(from, 1)),
        Cadence::Quarterly => Some(add_months(from, 3)),
        Cadence::NotSet | Cadence::AsNeeded => None,
    }
}

impl Mentor {
    /// The date of the last meeting logged, if any.
    pub fn last_met(&self) -> Option<Date> {
        self.log
            .iter()
            .filter(|entry| !entry.done_step)
            .map(|entry| entry.date)
            .max()
    }

    /// When the next meeting is due: a cadence after the last meeting, or after the day the
    /// person asked this mentor; today if neither is known. None unless the mentor is active
    /// and meets at a set pace.
    pub fn due_date(&self, today: Date) -> Option<Date> {
        if self.status != Status::Active {
            return None;
        }
        match self.last_met().or(self.asked_on) {
            Some(from) => next_meeting(self.cadence, from),
            None => next_meeting(self.cadence, today).map(|_| today),
        }
    }

    /// Due in some days, due now, or overdue; None as for `due_date`.
    pub fn due(&self, today: Date) -> Option<Due> {
        let days = today.days_to(self.due_date(today)?);
        Some(match days {
            0 => Due::Now,
            d if d > 0 => Due::In(d as u32),
            d => Due::Overdue(d.unsigned_abs() as u32),
        })
    }

    /// True if this mentor was asked `NO_REPLY_DAYS` or more days ago and is still marked
    /// "asked": time for a gentle follow-up.
    pub fn waiting_for_reply(&self, today: Date) -> bool {
        self.status == Status::Asked
            && self
                .asked_on
                .is_some_and(|asked| asked.days_to(today) >= NO_REPLY_DAYS)
    }

    /// True if the next step has a date and it has passed.
    pub fn step_overdue(&self, today: Date) -> bool {
        !self.next_step.trim().is_empty() && self.step_due.is_some_and(|due| due < today)
    }

    /// Puts an entry in the log, which is kept newest first (a new entry goes before older
    /// ones of the same day). Returns where it went.
    pub fn log_entry(&mut self, entry: Entry) -> usize {
        let at = self
            .log
            .iter()
            .position(|old| old.date <= entry.date)
            .unwrap_or(self.log.len());
        self.log.insert(at, entry);
        self.log.truncate(MAX_LOG_ENTRIES);
        at
    }

    /// Logs a meeting on `date` with a note of what was agreed.
    pub fn meet(&mut self, date: Date, note: &str) -> usize {
        self.log_entry(Entry {
            date,
            note: note.trim().to_owned(),
            done_step: false,
        })
    }

    /// Marks the next step done today: it moves to the log, and the step is empty, ready for
    /// the next one. False if there was no step.
    pub fn finish_step(&mut self, today: Date) -> bool {
        // A step of only spaces is no step: left as it is, like the date.
        if self.next_step.trim().is_empty() {
            return false;
        }
        let step = std::mem::take(&mut self.next_step);
        self.step_due = None;
        self.log_entry(Entry {
            date: today,
            note: step.trim().to_owned(),
            done_step: true,
        });
        true
    }

    /// Changes the status; the first time the mentor is asked (or is active), that day is
    /// kept, so "who is due" can count from it before a first meeting.
    pub fn set_status(&mut self, status: Status, today: Date) {
        self.status = status;
        if matches!(status, Status::Asked | Status::Active) && self.asked_on.is_none() {
            self.asked_on = Some(today);
        }
    }
}

impl Plan {
    /// True if a returning visitor's plan has something for "since your last visit" to say:
    /// a mentor who meets at a set pace, a next step with a date, a mentor asked long ago
    /// with no answer, or a check-in.
    pub fn is_kept_up(&self, today: Date) -> bool {
        !self.check_ins.is_empty()
            || self.mentors.iter().any(|m| {
                m.due(today).is_some() || m.step_due.is_some() || m.waiting_for_reply(today)
            })
    }

    /// A check-in as "Review my plan" saves it: the goals now met are ticked, the check-in
    /// keeps each competency's level as it stood coming in (as the person gave it when setting
    /// up, or at the last check-in), and then the competencies take the new `levels`. So the
    /// first check-in holds the levels of the start, and progress runs from them.
    pub fn check_in(&mut self, date: Date, levels: &[(Id, Level)], met: &[Horizon], note: &str) {
        for horizon in Horizon::ALL {
            self.goals.get_mut(horizon).met = met.contains(&horizon);
        }
        self.record_check_in(date, note);
        for &(id, level) in levels {
            if let Some(competency) = self.competency_mut(id) {
                competency.now = level;
            }
        }
    }

    /// Saves a check-in dated `date`: every competency's level now, the goals ticked met,
    /// and the note. Past `MAX_CHECK_INS`, the second oldest is merged into the oldest, so
    /// the first levels stay the baseline of progress.
    pub fn record_check_in(&mut self, date: Date, note: &str) {
        let check_in = CheckIn {
            date,
            levels: self
                .competencies
                .iter()
                .map(|c| Rating {
                    id: c.id,
                    level: c.now,
                })
                .collect(),
            met: Horizon::ALL
                .into_iter()
                .filter(|h| self.goals.get(*h).met)
                .collect(),
            note: note.trim().to_owned(),
        };
        self.check_ins.push(check_in);
        let over = self.check_ins.len().saturating_sub(MAX_CHECK_INS);
        if over > 0 {
            merge_into_oldest(&mut self.check_ins, over, |_| true);
        }
    }

    /// The date of the next check-in: three months after the last one; None before the first.
    pub fn next_check_in(&self) -> Option<Date> {
        let last = self.check_ins.iter().map(|c| c.date).max()?;
        Some(add_months(last, CHECK_IN_MONTHS))
    }

    /// Each competency's progress from the first check-in that rated it (which holds its
    /// level coming in, see `check_in`; or from now, for one no check-in has rated yet), in
    /// the plan's order.
    pub fn progress(&self) -> Vec<Progress<'_>> {
        self.competencies
            .iter()
            .map(|c| {
                let first = self
                    .check_ins
                    .iter()
                    .filter_map(|check_in| check_in.levels.iter().find(|r| r.id == c.id))
                    .map(|rating| rating.level)
                    .next()
                    .unwrap_or(c.now);
                Progress {
                    name: &c.name,
                    first,
                    now: c.now,
                    target: c.target,
                }
            })
            .collect()
    }
}

/// Merges the `count` check-ins after the oldest into it, in one pass (a plan that comes in
/// may hold thousands): the oldest keeps its date and levels, and takes the levels it lacks
/// (of competencies `rated` accepts), the goals met by then, and the notes, as far as a
/// note's limit holds them.
pub fn merge_into_oldest(check_ins: &mut Vec<CheckIn>, count: usize, rated: impl Fn(Id) -> bool) {
    let count = count.min(check_ins.len().saturating_sub(1));
    if count == 0 {
        return;
    }
    let merged: Vec<CheckIn> = check_ins.drain(1..=count).collect();
    let oldest = &mut check_ins[0];
    let mut levels = SortedSet::default();
    oldest
        .levels
        .retain(|r| rated(r.id) && levels.insert(r.id.0));
    let mut met = SortedSet::default();
    oldest.met.retain(|&horizon| met.insert(horizon as u32));
    for check_in in merged {
        for rating in check_in.levels {
            if rated(rating.id) && levels.insert(rating.id.0) {
                oldest.levels.push(rating);
            }
        }
        for horizon in check_in.met {
            if met.insert(horizon as u32) {
                oldest.met.push(horizon);
            }
        }
        // Past four bytes a character, the note cannot take more (it is cut below).
        if !check_in.note.is_empty() && oldest.note.len() < 4 * MAX_TEXT_CHARS {
            if !oldest.note.is_empty() {
                oldest.note.push('\n');
            }
            oldest.note.push_str(&check_in.note);
        }
    }
    if let Some((cut, _)) = oldest.note.char_indices().nth(MAX_TEXT_CHARS) {
        oldest.note.truncate(cut);
    }
}
