use multi_mentor::domain::date::{Date, add_months, date_of, day_number};
use multi_mentor::domain::living::{Due, next_meeting};
use multi_mentor::domain::plan::{
    Cadence, Entry, Goal, Goals, Id, Level, Mentor, Plan, Priority, Reason, Removed, Status,
};
use proptest::prelude::*;

pub(crate) const fn date(year: u32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

/// A fixed "today" for every test: the clock is never read here.
pub(crate) const TODAY: Date = date(2026, 11, 28);

/// The cadences that repeat, and so make a mentor due.
pub(crate) const REPEATING: [Cadence; 4] = [
    Cadence::Weekly,
    Cadence::EveryTwoWeeks,
    Cadence::Monthly,
    Cadence::Quarterly,
];

pub(crate) fn active(cadence: Cadence) -> Mentor {
    Mentor {
        id: Id(1),
        name: "Ana".into(),
        status: Status::Active,
        cadence,
        ..Mentor::default()
    }
}

pub(crate) fn meeting(date: Date, note: &str) -> Entry {
    Entry {
        date,
        note: note.into(),
        done_step: false,
    }
}

pub(crate) fn step_done(date: Date, note: &str) -> Entry {
    Entry {
        date,
        note: note.into(),
        done_step: true,
    }
}

/// Any day from 2000 to 2099.
pub(crate) fn date_this_century() -> impl Strategy<Value = Date> {
    (day_number(date(2000, 1, 1))..day_number(date(2100, 1, 1))).prop_map(date_of)
}

/// A plan with competencies at these levels now.
pub(crate) fn plan_with_levels(levels: &[u8]) -> Plan {
    let mut plan = Plan::default();
    for (i, level) in levels.iter().enumerate() {
        let id = plan
            .add_competency(format!("Skill {i}"), Reason::Goal, Priority::Medium)
            .unwrap();
        plan.competency_mut(id).expect("just added").now = Level::new(*level);
    }
    plan
}

// ---- who is due ----

#[test]
fn the_next_meeting_is_a_cadence_after_the_last() {
    assert_eq!(
        next_meeting(Cadence::Weekly, TODAY),
        Some(date(2026, 12, 5))
    );
    assert_eq!(
        next_meeting(Cadence::EveryTwoWeeks, TODAY),
        Some(date(2026, 12, 12))
    );
    assert_eq!(
        next_meeting(Cadence::Monthly, date(2027, 1, 31)),
        Some(date(2027, 2, 28))
    );
    assert_eq!(
        next_meeting(Cadence::Quarterly, TODAY),
        Some(date(2027, 2, 28))
    );
    assert_eq!(next_meeting(Cadence::AsNeeded, TODAY), None);
    assert_eq!(next_meeting(Cadence::NotSet, TODAY), None);
}

proptest! {
    /// Logging a meeting today is what the person does when a mentor is due: afterwards that
    /// mentor is never overdue, nor due today, whatever came before.
    #[test]
    fn meeting_today_never_leaves_an_active_mentor_overdue(
        today in date_this_century(),
        asked_on in proptest::option::of(date_this_century()),
        earlier in proptest::collection::vec(date_this_century(), 0..5),
    ) {
        for cadence in REPEATING {
            let mut mentor = Mentor { asked_on, ..active(cadence) };
            for day in &earlier {
                mentor.meet(*day, "Earlier");
            }
            mentor.meet(today, "Coffee");
            match mentor.due(today) {
                Some(Due::In(days)) => prop_assert!(days > 0),
                other => prop_assert!(false, "{:?} after meeting today at {:?}", other, cadence),
            }
        }
    }

    #[test]
    fn the_due_date_is_one_cadence_after_the_last_meeting(
        last in date_this_century(),
        today in date_this_century(),
        older in proptest::collection::vec(date_this_century(), 0..4),
    ) {
        for cadence in Cadence::ALL {
            let mut mentor = active(cadence);
            mentor.meet(last, "");
            for day in older.iter().filter(|day| **day <= last) {
                mentor.meet(*day, "");
            }
            // Asked long after: a meeting, once there is one, counts instead.
            mentor.asked_on = Some(date(2150, 1, 1));
            let expected = match cadence {
                Cadence::Weekly => Some(last.plus_days(7)),
                Cadence::EveryTwoWeeks => Some(last.plus_days(14)),
                Cadence::Monthly => Some(add_months(last, 1)),
                Cadence::Quarterly => Some(add_months(last, 3)),
                Cadence::NotSet | Cadence::AsNeeded => None,
            };
            prop_assert_eq!(mentor.due_date(today), expected, "{:?}", cadence);
            let due = expected.map(|due| match today.days_to(due) {
                0 => Due::Now,
                d if d > 0 => Due::In(d as u32),
                d => Due::Overdue((-d) as u32),
            });
            prop_assert_eq!(mentor.due(today), due);
            for status in [Status::Idea, Status::Asked, Status::Paused] {
                let resting = Mentor { status, ..mentor.clone() };
                prop_assert_eq!(resting.due_date(today), None, "{:?}", status);
                prop_assert_eq!(resting.due(today), None);
            }
        }
    }

    /// Before a first meeting, the count starts the day the person asked; steps done are not
    /// meetings. With neither, the mentor is due now.
    #[test]
    fn before_any_meeting_the_due_date_counts_from_the_day_asked(
        asked in date_this_century(),
        today in date_this_century(),
        steps in proptest::collection::vec(date_this_century(), 0..3),
    ) {
        for cadence in REPEATING {
            let mut mentor = Mentor { asked_on: Some(asked), ..active(cadence) };
            for day in &steps {
                mentor.log_entry(step_done(*day, "Sent the CV"));
            }
            prop_assert_eq!(mentor.last_met(), None);
            prop_assert_eq!(mentor.due_date(today), next_meeting(cadence, asked));

            let fresh = Mentor { log: mentor.log.clone(), ..active(cadence) };
            prop_assert_eq!(fresh.due_date(today), Some(today));
            prop_assert_eq!(fresh.due(today), Some(Due::Now));
        }
        for cadence in [Cadence::NotSet, Cadence::AsNeeded] {
            let mentor = Mentor { asked_on: Some(asked), ..active(cadence) };
            prop_assert_eq!(mentor.due(today), None);
            prop_assert_eq!(active(cadence).due(today), None);
        }
    }

    /// The log stays newest first whatever order meetings and steps are logged in; the last
    /// meeting is the latest meeting, never a step done.
    #[test]
    fn the_log_stays_newest_first_and_last_met_is_the_latest_meeting(
        entries in proptest::collection::vec((date_this_century(), any::<bool>()), 1..20),
        same_days in proptest::collection::vec((0i64..5, any::<bool>()), 0..12),
    ) {
        // A few days around today, so that several entries fall on one day.
        let entries: Vec<(Date, bool)> = entries
            .into_iter()
            .chain(same_days.into_iter().map(|(n, done)| (TODAY.plus_days(n), done)))
            .collect();
        let mut mentor = active(Cadence::Monthly);
        for (i, (day, done)) in entries.iter().enumerate() {
            let note = format!("entry {i}");
            let at = if *done {
                mentor.log_entry(step_done(*day, &note))
            } else {
                mentor.meet(*day, &note)
            };
            prop_assert_eq!(&mentor.log[at].note, &note, "returns where it went");
        }
        prop_assert_eq!(mentor.log.len(), entries.len());
        for pair in mentor.log.windows(2) {
            prop_assert!(pair[0].date >= pair[1].date, "{:?} before {:?}", pair[0], pair[1]);
            if pair[0].date == pair[1].date {
                // Of one day, the one logged later comes first.
                let number = |entry: &Entry| entry.note[6..].parse::<usize>().expect("a number");
                prop_assert!(number(&pair[0]) > number(&pair[1]));
            }
        }
        let meetings = entries.iter().filter(|(_, done)| !done).map(|(day, _)| *day);
        prop_assert_eq!(mentor.last_met(), meetings.max());
    }
}

#[test]
fn a_meeting_note_is_trimmed_and_logged_in_date_order() {
    let mut mentor = active(Cadence::Weekly);
    assert_eq!(mentor.meet(date(2026, 11, 1), "  First  "), 0);
    assert_eq!(mentor.meet(date(2026, 11, 20), "Third"), 0);
    assert_eq!(mentor.meet(date(2026, 11, 10), "Second"), 1);
    assert_eq!(mentor.meet(date(2026, 10, 1), "Zeroth"), 3);
    let notes: Vec<&str> = mentor.log.iter().map(|e| e.note.as_str()).collect();
    assert_eq!(notes, ["Third", "Second", "First", "Zeroth"]);
    assert!(mentor.log.iter().all(|e| !e.done_step));
    assert_eq!(mentor.last_met(), Some(date(2026, 11, 20)));
    assert_eq!(mentor.due(date(2026, 11, 21)), Some(Due::In(6)));
    assert_eq!(mentor.due(date(2026, 11, 27)), Some(Due::Now));
    assert_eq!(mentor.due(TODAY), Some(Due::Overdue(1)));
    assert_eq!(mentor.due(date(2026, 12, 7)), Some(Due::Overdue(10)));
}

#[test]
fn a_mentor_met_long_ago_is_overdue_by_the_days_past_due() {
    let mut mentor = active(Cadence::Monthly);
    mentor.meet(date(2026, 9, 15), "");
    assert_eq!(mentor.due_date(TODAY), Some(date(2026, 10, 15)));
    assert_eq!(mentor.due(TODAY), Some(Due::Overdue(44)));
    // A step done today is not a meeting: still overdue.
    mentor.next_step = "Send the CV".into();
    assert!(mentor.finish_step(TODAY));
    assert_eq!(mentor.due(TODAY), Some(Due::Overdue(44)));
}

#[test]
fn the_day_asked_is_kept_from_the_first_ask() {
    let mut mentor = Mentor::default();
    mentor.set_status(Status::Idea, date(2026, 1, 1));
    assert_eq!(mentor.asked_on, None, "an idea is not asked yet");
    mentor.set_status(Status::Asked, date(2026, 2, 1));
    assert_eq!(mentor.status, Status::Asked);
    assert_eq!(mentor.asked_on, Some(date(2026, 2, 1)));
    mentor.set_status(Status::Active, date(2026, 3, 1));
    mentor.set_status(Status::Paused, date(2026, 4, 1));
    mentor.set_status(Status::Active, date(2026, 5, 1));
    assert_eq!(mentor.status, Status::Active);
    assert_eq!(
        mentor.asked_on,
        Some(date(2026, 2, 1)),
        "the first day stays"
    );

    let mut straight_in = Mentor::default();
    straight_in.set_status(Status::Active, TODAY);
    assert_eq!(straight_in.asked_on, Some(TODAY));
    let mut paused = Mentor::default();
    paused.set_status(Status::Paused, TODAY);
    assert_eq!(paused.asked_on, None);
}

#[test]
fn a_step_is_overdue_only_with_a_past_date_and_some_text() {
    let mentor = Mentor {
        next_step: "Send the CV".into(),
        step_due: Some(date(2026, 11, 27)),
        ..Mentor::default()
    };
    assert!(mentor.step_overdue(TODAY));
    assert!(
        !mentor.step_overdue(date(2026, 11, 27)),
        "due today is not late"
    );
    let undated = Mentor {
        step_due: None,
        ..mentor.clone()
    };
    assert!(!undated.step_overdue(TODAY));
    let blank = Mentor {
        next_step: "  ".into(),
        ..mentor
    };
    assert!(!blank.step_overdue(TODAY));
}

// ---- steps done ----

proptest! {
    #[test]
    fn finishing_a_step_moves_it_to_the_log_dated_today(
        step in "[a-zA-Z][a-zA-Z ]{0,30}",
        due in proptest::option::of(date_this_century()),
        today in date_this_century(),
        meetings in proptest::collection::vec(date_this_century(), 0..4),
    ) {
        let mut mentor = Mentor {
            next_step: format!("  {step}\n"),
            step_due: due,
            ..active(Cadence::Monthly)
        };
        for day in &meetings {
            mentor.meet(*day, "Met");
        }
        let last_met = mentor.last_met();
        prop_assert!(mentor.finish_step(today));
        prop_assert_eq!(&mentor.next_step, "");
        prop_assert_eq!(mentor.step_due, None);
        prop_assert_eq!(mentor.log.len(), meetings.len() + 1);
        let done: Vec<&Entry> = mentor.log.iter().filter(|e| e.done_step).collect();
        let expected = step_done(today, step.trim());
        prop_assert_eq!(done, vec![&expected]);
        prop_assert_eq!(mentor.last_met(), last_met, "a step done is not a meeting");
        prop_assert!(mentor.log.windows(2).all(|pair| pair[0].date >= pair[1].date));
    }

    /// No step, or only spaces: nothing to finish, and nothing changes.
    #[test]
    fn finishing_a_blank_step_changes_nothing(
        blank in "[ \t\n]{0,4}",
        due in proptest::option::of(date_this_century()),
        meetings in proptest::collection::vec(date_this_century(), 0..3),
    ) {
        let mut mentor = Mentor { next_step: blank, step_due: due, ..active(Cadence::Weekly) };
        for day in &meetings {
            mentor.meet(*day, "Met");
        }
        let before = mentor.clone();
        prop_assert!(!mentor.finish_step(TODAY));
        prop_assert_eq!(mentor, before);
    }
}

// ---- removing a log entry, and the record ----

fn plan_with_a_log() -> (Plan, Id) {
    let mut plan = Plan::default();
    let id = plan.add_mentor("Ana".into()).unwrap();
    let mentor = plan.mentor_mut(id).unwrap();
    mentor.meet(date(2026, 9, 1), "First coffee");
    mentor.meet(date(2026, 10, 1), "Mock interview");
    mentor.log_entry(step_done(date(2026, 10, 5), "Sent the CV"));
    mentor.meet(date(2026, 11, 1), "Review");
    (plan, id)
}

#[test]
fn a_removed_entry_comes_back_where_it_was() {
    let (mut plan, id) = plan_with_a_log();
    let before = plan.clone();
    let removed = plan
        .remove_entry(id, 1, "Oct. 5".into())
        .expect("there is an entry 1");
    assert_eq!(removed.name(), "Oct. 5");
    match &removed {
        Removed::Entry {
            mentor,
            entry,
            index,
            ..
        } => {
            assert_eq!((*mentor, *index), (id, 1));
            assert_eq!(entry, &step_done(date(2026, 10, 5), "Sent the CV"));
        }
        other => panic!("not an entry: {other:?}"),
    }
    let notes: Vec<&str> = plan
        .mentor(id)
        .unwrap()
        .log
        .iter()
        .map(|e| e.note.as_str())
        .collect();
    assert_eq!(notes, ["Review", "Mock interview", "First coffee"]);
    plan.restore(removed);
    assert_eq!(plan, before);
}

#[test]
fn removing_an_entry_that_is_not_there_changes_nothing() {
    let (mut plan, id) = plan_with_a_log();
    let before = plan.clone();
    assert_eq!(plan.remove_entry(id, 4, "x".into()), None);
    assert_eq!(plan.remove_entry(Id(99), 0, "x".into()), None);
    assert_eq!(plan, before);
}

proptest! {
    #[test]
    fn removing_any_entry_then_undoing_is_exact(
        days in proptest::collection::vec((date_this_century(), any::<bool>()), 1..10),
        pick in any::<prop::sample::Index>(),
    ) {
        let mut plan = Plan::default();
        let _other = plan.add_mentor("Bo".into()).unwrap();
        let id = plan.add_mentor("Ana".into()).unwrap();
        let mentor = plan.mentor_mut(id).unwrap();
        for (i, (day, done)) in days.iter().enumerate() {
            mentor.log_entry(Entry { date: *day, note: i.to_string(), done_step: *done });
        }
        let before = plan.clone();
        let index = pick.index(days.len());
        let removed = plan.remove_entry(id, index, String::new()).expect("in range");
        prop_assert_eq!(plan.mentor(id).unwrap().log.len(), days.len() - 1);
        let (log, old) = (&plan.mentor(id).unwrap().log, &before.mentor(id).unwrap().log);
        prop_assert_eq!(&log[..index], &old[..index], "the newer entries stay in place");
        plan.restore(removed);
        prop_assert_eq!(plan, before);
    }
}

#[test]
fn the_record_is_meetings_steps_done_and_check_ins() {
    let (mut plan, id) = plan_with_a_log();
    plan.goals = Goals {
        soon: Goal {
            text: "Present once".into(),
            by: Some(date(2027, 2, 1)),
            met: true,
        },
        ..Goals::default()
    };
    let mentor = plan.mentor_mut(id).unwrap();
    mentor.next_step = "Ask about the team".into();
    mentor.step_due = Some(date(2026, 12, 1));
    mentor.asked_on = Some(date(2026, 8, 1));
    plan.record_check_in(TODAY, "Going well");
    assert!(plan.has_record());

    let without = plan.without_record();
    assert!(!without.has_record());
    assert!(without.check_ins.is_empty());
    assert!(without.mentors.iter().all(|m| m.log.is_empty()));
    // Everything else stays: the goals, the step and its date, the day asked.
    let mut expected = plan.clone();
    expected.check_ins.clear();
    expected.mentor_mut(id).unwrap().log.clear();
    assert_eq!(without, expected);
    assert!(plan.has_record(), "the plan itself keeps its record");

    let (mut only_log, _) = plan_with_a_log();
    assert!(only_log.has_record());
    only_log.mentors[0].log.clear();
    assert!(!only_log.has_record());
    let mut only_check_in = Plan::default();
    only_check_in.record_check_in(TODAY, "");
    assert!(only_check_in.has_record());
    assert!(!Plan::default().has_record());
}

#[test]
fn since_your_last_visit_is_shown_only_for_a_plan_kept_up() {
    let worth_showing = |plan: &Plan, today| plan.is_kept_up(today);
    let mut plan = Plan::default();
    assert!(
        !worth_showing(&plan, TODAY),
        "an empty plan has nothing to say"
    );
    plan.mentors.push(Mentor {
        status: Status::Idea,
        ..active(Cadence::Monthly)
    });
    assert!(
        !worth_showing(&plan, TODAY),
        "a mentor not yet active is never due"
    );
    plan.mentors[0].step_due = Some(date(2026, 12, 5));
    assert!(worth_showing(&plan, TODAY), "a next step with a date");
    plan.mentors[0].step_due = None;
    plan.mentors[0].status = Status::Active;
    assert!(
        worth_showing(&plan, TODAY),
        "an active mentor at a set pace"
    );
    plan.mentors[0].cadence = Cadence::AsNeeded;
    assert!(!worth_showing(&plan, TODAY));
    plan.mentors[0].status = Status::Asked;
    plan.mentors[0].asked_on = Some(TODAY.plus_days(-13));
    assert!(
        !worth_showing(&plan, TODAY),
        "asked 13 days ago: give it time"
    );
    plan.mentors[0].asked_on = Some(TODAY.plus_days(-14));
    assert!(
        worth_showing(&plan, TODAY),
        "asked two weeks ago, with no answer"
    );
    plan.mentors[0].status = Status::Idea;
    plan.record_check_in(TODAY, "");
    assert!(worth_showing(&plan, TODAY), "a check-in");
}
