use multi_mentor::domain::date::{Date, LAST_DAY, add_months, date_of, day_number};
use multi_mentor::domain::limits::{Trimmed, plan_within_limits};
use multi_mentor::domain::living::{CHECK_IN_MONTHS, Due, next_meeting};
use multi_mentor::domain::plan::{
    Cadence, CheckIn, Competency, Entry, Goal, Goals, Horizon, Id, Level, MAX_CHECK_INS,
    MAX_LOG_ENTRIES, Mentor, Plan, Priority, Rating, Reason, Removed, Status,
};
use proptest::prelude::*;

use crate::support::any_plan;

const fn date(year: u32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

/// A fixed "today" for every test: the clock is never read here.
const TODAY: Date = date(2026, 11, 28);

/// The cadences that repeat, and so make a mentor due.
const REPEATING: [Cadence; 4] = [
    Cadence::Weekly,
    Cadence::EveryTwoWeeks,
    Cadence::Monthly,
    Cadence::Quarterly,
];

fn active(cadence: Cadence) -> Mentor {
    Mentor {
        id: Id(1),
        name: "Ana".into(),
        status: Status::Active,
        cadence,
        ..Mentor::default()
    }
}

fn meeting(date: Date, note: &str) -> Entry {
    Entry {
        date,
        note: note.into(),
        done_step: false,
    }
}

fn step_done(date: Date, note: &str) -> Entry {
    Entry {
        date,
        note: note.into(),
        done_step: true,
    }
}

/// Any day from 2000 to 2099.
fn date_this_century() -> impl Strategy<Value = Date> {
    (day_number(date(2000, 1, 1))..day_number(date(2100, 1, 1))).prop_map(date_of)
}

/// A plan with competencies at these levels now.
fn plan_with_levels(levels: &[u8]) -> Plan {
    let mut plan = Plan::default();
    for (i, level) in levels.iter().enumerate() {
        let id = plan
            .add_competency(format!("Skill {i}"), Reason::Goal, Priority::Medium)
            .unwrap();
        plan.competency_mut(id).expect("just added").now = Level::new(*level);
    }
    plan
}

// ---- dates ----

proptest! {
    #[test]
    fn a_valid_date_reads_back_from_its_iso_text(day in any_date_number()) {
        let d = date_of(day);
        prop_assert!(d.is_valid());
        let text = d.iso();
        prop_assert_eq!(text.len(), 10, "{}", text);
        prop_assert_eq!(Date::parse_iso(&text), Some(d));
    }

    /// A date is valid exactly when it is a day of the calendar: counting its day number and
    /// back gives the same fields (day 0, 31 June or month 13 do not).
    #[test]
    fn a_date_is_valid_when_it_survives_its_day_number(
        year in 1u32..=9999,
        month in 0u32..=14,
        day in 0u32..=32,
    ) {
        let d = date(year, month, day);
        prop_assert_eq!(d.is_valid(), date_of(day_number(d)) == d, "{:?}", d);
    }

    #[test]
    fn days_to_and_plus_days_agree(from in date_this_century(), days in -40_000i64..40_000) {
        let later = from.plus_days(days);
        prop_assert!(later.is_valid());
        prop_assert_eq!(from.days_to(later), days);
        prop_assert_eq!(later.days_to(from), -days);
        prop_assert_eq!(from.plus_days(days).plus_days(-days), from);
    }

    #[test]
    fn any_numbers_for_a_date_never_panic_is_valid(
        year in any::<u32>(),
        month in any::<u32>(),
        day in any::<u32>(),
    ) {
        let d = date(year, month, day);
        if d.is_valid() {
            prop_assert_eq!(Date::parse_iso(&d.iso()), Some(d));
        } else {
            prop_assert_eq!(Date::parse_iso(&d.iso()), None);
        }
    }
}

fn any_date_number() -> impl Strategy<Value = i64> {
    day_number(date(1, 1, 1))..=LAST_DAY
}

#[test]
fn the_last_day_a_plan_may_hold_is_the_end_of_9999() {
    assert_eq!(day_number(date(9999, 12, 31)), LAST_DAY);
    assert!(date(9999, 12, 31).is_valid());
    assert!(!date(10_000, 1, 1).is_valid());
    assert!(!date(0, 12, 31).is_valid());
    assert!(date(1, 1, 1).is_valid());
}

#[test]
fn leap_days_are_valid_only_in_leap_years() {
    assert!(date(2028, 2, 29).is_valid());
    assert!(date(2000, 2, 29).is_valid(), "divisible by 400");
    assert!(!date(2100, 2, 29).is_valid(), "divisible by 100");
    assert!(!date(2027, 2, 29).is_valid());
    assert!(date(2026, 4, 30).is_valid());
    assert!(!date(2026, 4, 31).is_valid());
    assert!(date(2026, 12, 31).is_valid());
    assert!(!date(2026, 12, 32).is_valid());
    assert!(!date(2026, 0, 1).is_valid());
    assert!(!date(2026, 1, 0).is_valid());
}

#[test]
fn iso_dates_are_written_with_zeros_and_read_back() {
    assert_eq!(TODAY.iso(), "2026-11-28");
    assert_eq!(date(987, 3, 4).iso(), "0987-03-04");
    assert_eq!(Date::parse_iso("2026-11-28"), Some(TODAY));
    assert_eq!(Date::parse_iso(" 2026-11-28 "), Some(TODAY), "trimmed");
    assert_eq!(Date::parse_iso("2028-02-29"), Some(date(2028, 2, 29)));
}

#[test]
fn text_that_is_not_a_real_day_is_refused() {
    for text in [
        "2026-02-30",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "2027-02-29",
        "0000-01-01",
        "10000-01-01",
        "",
        "abc",
        "2026-1",
        "2026",
        "2026-11-28-",
        "2026-11-28T09:00",
        "2026/11/28",
        "-2026-11-28",
        "2026--11-28",
        "2026-11-",
        "99999999999-01-01",
    ] {
        assert_eq!(Date::parse_iso(text), None, "{text:?}");
    }
}

#[test]
fn days_are_counted_across_months_and_years() {
    assert_eq!(TODAY.days_to(date(2026, 12, 1)), 3);
    assert_eq!(date(2026, 12, 1).days_to(TODAY), -3);
    assert_eq!(TODAY.plus_days(34), date(2027, 1, 1));
    assert_eq!(date(2028, 3, 1).plus_days(-1), date(2028, 2, 29));
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

// ---- check-ins and progress ----

#[test]
fn a_check_in_records_the_levels_the_goals_met_and_the_note() {
    let mut plan = plan_with_levels(&[2, 4]);
    plan.goals.soon.met = true;
    plan.goals.later.met = true;
    assert_eq!(plan.next_check_in(), None, "none before the first");
    plan.record_check_in(TODAY, "  Better at delegating.  ");
    let ids: Vec<Id> = plan.competencies.iter().map(|c| c.id).collect();
    assert_eq!(
        plan.check_ins,
        [CheckIn {
            date: TODAY,
            levels: vec![
                Rating {
                    id: ids[0],
                    level: Level::new(2)
                },
                Rating {
                    id: ids[1],
                    level: Level::new(4)
                },
            ],
            met: vec![Horizon::Soon, Horizon::Later],
            note: "Better at delegating.".into(),
        }]
    );
    assert_eq!(plan.next_check_in(), Some(date(2027, 2, 28)));
    assert_eq!(
        plan.next_check_in(),
        Some(add_months(TODAY, CHECK_IN_MONTHS))
    );
    plan.record_check_in(date(2027, 3, 31), "");
    assert_eq!(plan.next_check_in(), Some(date(2027, 6, 30)));
}

#[test]
fn the_next_check_in_follows_the_latest_one_whatever_the_order() {
    let mut plan = Plan::default();
    plan.record_check_in(date(2027, 1, 10), "");
    plan.record_check_in(date(2026, 5, 1), "Entered late");
    assert_eq!(plan.next_check_in(), Some(date(2027, 4, 10)));
}

#[test]
fn progress_starts_from_the_levels_given_when_setting_up() {
    // Rated 2 when setting up, 3 at the first check-in: progress reads 2 to 3, not 3 to 3.
    let mut plan = plan_with_levels(&[2]);
    let id = plan.competencies[0].id;
    plan.check_in(
        TODAY,
        &[(id, Level::new(3))],
        &[Horizon::Soon],
        "A good month",
    );
    let progress = &plan.progress()[0];
    assert_eq!((progress.first.value(), progress.now.value()), (2, 3));
    assert!(plan.goals.soon.met && !plan.goals.later.met);
    assert_eq!(
        plan.check_ins[0].met,
        [Horizon::Soon],
        "the goals met by then"
    );
    assert_eq!(plan.check_ins[0].note, "A good month");

    // A skill added later starts from the level it was added at.
    let late = plan
        .add_competency("Late skill".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.check_in(
        date(2027, 3, 1),
        &[(id, Level::new(4)), (late, Level::new(5))],
        &[],
        "",
    );
    let firsts: Vec<(u8, u8)> = plan
        .progress()
        .iter()
        .map(|p| (p.first.value(), p.now.value()))
        .collect();
    assert_eq!(firsts, [(2, 4), (2, 5)]);
    assert!(!plan.goals.soon.met, "unticked at the second check-in");
}

#[test]
fn progress_runs_from_the_first_check_in_that_rated_a_competency() {
    let mut plan = plan_with_levels(&[1, 3]);
    plan.competency_mut(plan.competencies[0].id).unwrap().target = Level::new(5);
    plan.record_check_in(date(2026, 1, 1), "");
    let first = plan.competencies[0].id;
    plan.competency_mut(first).unwrap().now = Level::new(2);
    let late = plan
        .add_competency("Late skill".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.competency_mut(late).unwrap().now = Level::new(3);
    plan.record_check_in(date(2026, 4, 1), "");
    plan.competency_mut(first).unwrap().now = Level::new(4);
    plan.competency_mut(late).unwrap().now = Level::new(5);
    let never = plan
        .add_competency("Never rated".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.competency_mut(never).unwrap().now = Level::new(4);

    let progress: Vec<(&str, u8, u8, u8)> = plan
        .progress()
        .iter()
        .map(|p| (p.name, p.first.value(), p.now.value(), p.target.value()))
        .collect();
    assert_eq!(
        progress,
        [
            ("Skill 0", 1, 4, 5),
            ("Skill 1", 3, 3, 4),
            ("Late skill", 3, 5, 4),
            ("Never rated", 4, 4, 4),
        ]
    );
}

#[test]
fn past_the_limit_the_two_oldest_check_ins_merge_into_the_first() {
    let mut plan = plan_with_levels(&[1]);
    let first_skill = plan.competencies[0].id;
    plan.record_check_in(date(2020, 1, 1), "first");
    let second_skill = plan
        .add_competency("Second".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.goals.year.met = true;
    plan.record_check_in(date(2020, 4, 1), "second");
    plan.competency_mut(first_skill).unwrap().now = Level::new(5);
    plan.goals.year.met = false;
    for i in 2..MAX_CHECK_INS {
        plan.record_check_in(date(2020, 1, 1).plus_days(100 * i as i64), "");
    }
    assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
    let third = plan.check_ins[2].clone();

    plan.record_check_in(date(2030, 1, 1), "latest");
    assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
    let oldest = &plan.check_ins[0];
    assert_eq!(oldest.date, date(2020, 1, 1));
    assert_eq!(oldest.note, "first\nsecond", "both notes kept");
    assert_eq!(oldest.met, [Horizon::Year], "the goal met by the second");
    assert_eq!(
        oldest.levels,
        [
            Rating {
                id: first_skill,
                level: Level::new(1)
            },
            Rating {
                id: second_skill,
                level: Level::new(2)
            },
        ],
        "the first's level stays; the second's new competency joins"
    );
    assert_eq!(plan.check_ins[1], third, "the third is now second");
    assert_eq!(plan.check_ins.last().unwrap().note, "latest");
}

proptest! {
    /// However many check-ins, at most `MAX_CHECK_INS` are kept, and the first one's date and
    /// levels stay the baseline of progress.
    #[test]
    fn many_check_ins_keep_the_limit_and_the_first_as_the_baseline(
        start in proptest::collection::vec(1u8..=5, 1..6),
        changes in proptest::collection::vec(
            (0usize..6, 1u8..=5, ".{0,10}"),
            MAX_CHECK_INS..MAX_CHECK_INS * 3,
        ),
    ) {
        let mut plan = plan_with_levels(&start);
        let first_date = date(2020, 1, 1);
        plan.record_check_in(first_date, "Start");
        let baseline = plan.check_ins[0].levels.clone();
        let mut day = first_date;
        for (i, level, note) in &changes {
            let id = plan.competencies[i % plan.competencies.len()].id;
            plan.competency_mut(id).unwrap().now = Level::new(*level);
            day = add_months(day, CHECK_IN_MONTHS);
            plan.record_check_in(day, note);
            prop_assert!(plan.check_ins.len() <= MAX_CHECK_INS);
        }
        prop_assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
        prop_assert_eq!(plan.check_ins[0].date, first_date);
        prop_assert_eq!(&plan.check_ins[0].levels, &baseline);
        prop_assert!(plan.check_ins[0].note.starts_with("Start"));
        prop_assert_eq!(plan.check_ins.last().unwrap().date, day, "the latest is kept");
        prop_assert_eq!(plan.next_check_in(), Some(add_months(day, CHECK_IN_MONTHS)));
        let firsts: Vec<u8> = plan.progress().iter().map(|p| p.first.value()).collect();
        prop_assert_eq!(firsts, start);
        let nows: Vec<Level> = plan.progress().iter().map(|p| p.now).collect();
        let levels: Vec<Level> = plan.competencies.iter().map(|c| c.now).collect();
        prop_assert_eq!(nows, levels);
    }
}

// ---- goals by horizon ----

#[test]
fn goals_are_read_and_written_by_horizon() {
    let mut goals = Goals::in_a_year("Lead a team".into());
    assert_eq!(goals.get(Horizon::Year).text, "Lead a team");
    assert_eq!(goals.texts().collect::<Vec<_>>(), ["", "Lead a team", ""]);
    assert!(!goals.is_empty());
    goals.get_mut(Horizon::Later).text = "Run the department".into();
    goals.get_mut(Horizon::Soon).by = Some(date(2027, 2, 28));
    assert_eq!(goals.later.text, "Run the department");
    assert_eq!(goals.soon.by, Some(date(2027, 2, 28)));
    assert_eq!(
        goals.texts().collect::<Vec<_>>(),
        ["", "Lead a team", "Run the department"]
    );
    let blank = Goals {
        soon: Goal {
            text: "  ".into(),
            by: Some(TODAY),
            met: true,
        },
        ..Goals::default()
    };
    assert!(blank.is_empty(), "only spaces and a date is no goal");
    assert!(Goals::default().is_empty());
}

// ---- migration ----

#[test]
fn the_old_goals_text_becomes_the_one_year_goal() {
    let mut plan = Plan {
        goals_text: "Move into accounting\nwithin two years.".into(),
        ..Plan::default()
    };
    plan.migrate();
    assert_eq!(
        plan.goals.year.text,
        "Move into accounting\nwithin two years."
    );
    assert_eq!(plan.goals.soon, Goal::default());
    assert_eq!(plan.goals.later, Goal::default());
    assert_eq!(plan.goals_text, "");
    let once = plan.clone();
    plan.migrate();
    assert_eq!(plan, once, "migrating twice changes nothing more");
}

#[test]
fn a_one_year_goal_already_set_is_not_overwritten() {
    let mut plan = Plan {
        goals_text: "Old words".into(),
        goals: Goals::in_a_year("New words".into()),
        ..Plan::default()
    };
    plan.migrate();
    assert_eq!(plan.goals.year.text, "New words");
    assert_eq!(plan.goals_text, "");

    let mut blank = Plan {
        goals_text: "   ".into(),
        ..Plan::default()
    };
    blank.migrate();
    assert_eq!(blank.goals.year.text, "", "spaces are no goal");
    assert_eq!(blank.goals_text, "");
}

#[test]
fn an_old_saved_plan_with_one_goals_text_opens_with_it_as_the_one_year_goal() {
    let old: Plan = serde_json::from_str(
        r#"{"goals":"Lead a team","competencies":[{"id":0,"name":"Delegating",
            "reason":"soft_skill","now":2,"target":4,"priority":"high"}],"next_id":1}"#,
    )
    .expect("an old plan reads");
    let (plan, trimmed) = plan_within_limits(old);
    assert_eq!(trimmed, Trimmed::default());
    assert_eq!(plan.goals, Goals::in_a_year("Lead a team".into()));
    assert_eq!(plan.goals_text, "");
    assert_eq!(plan.competencies[0].reason, Reason::Goal);
    assert!(plan.competencies[0].soft_skill);

    let saved = serde_json::to_value(&plan).expect("a plan writes");
    assert!(
        saved.get("goals").is_none(),
        "the old field is never written"
    );
    assert_eq!(saved["horizons"]["year"]["text"], "Lead a team");
    let back: Plan = serde_json::from_value(saved).expect("and reads back");
    assert_eq!(back, plan);
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

// ---- limits ----

const BAD: Date = date(2026, 13, 1);

#[test]
fn dates_that_are_not_real_days_are_dropped_on_the_way_in() {
    let mut plan = plan_with_levels(&[3]);
    let skill = plan.competencies[0].id;
    plan.competency_mut(skill).unwrap().by = Some(BAD);
    plan.goals.year = Goal {
        text: "Lead".into(),
        by: Some(BAD),
        met: false,
    };
    plan.goals.soon.by = Some(date(2027, 2, 30));
    plan.goals.later.by = Some(date(2030, 1, 1));
    let id = plan.add_mentor("Ana".into()).unwrap();
    let mentor = plan.mentor_mut(id).unwrap();
    mentor.step_due = Some(BAD);
    mentor.asked_on = Some(date(0, 1, 1));
    mentor.log = vec![
        meeting(date(2026, 11, 1), "Good"),
        meeting(BAD, "Bad month"),
        meeting(date(2026, 2, 29), "Not a leap year"),
        step_done(date(2026, 10, 1), "Good step"),
    ];
    let rating = Rating {
        id: skill,
        level: Level::new(3),
    };
    let check_in = |date: Date, note: &str| CheckIn {
        date,
        levels: vec![rating],
        met: vec![],
        note: note.into(),
    };
    plan.check_ins = vec![
        check_in(date(2026, 1, 1), "Good"),
        check_in(BAD, "Bad"),
        check_in(date(u32::MAX, u32::MAX, u32::MAX), "Worse"),
        check_in(date(2026, 4, 1), "Good too"),
    ];

    let (plan, trimmed) = plan_within_limits(plan);
    assert_eq!(plan.goals.year.by, None);
    assert_eq!(plan.goals.year.text, "Lead", "the goal stays");
    assert_eq!(plan.goals.soon.by, None);
    assert_eq!(plan.goals.later.by, Some(date(2030, 1, 1)));
    assert_eq!(plan.competencies[0].by, None);
    let mentor = plan.mentor(id).unwrap();
    assert_eq!(mentor.step_due, None);
    assert_eq!(mentor.asked_on, None);
    let notes: Vec<&str> = mentor.log.iter().map(|e| e.note.as_str()).collect();
    assert_eq!(notes, ["Good", "Good step"]);
    let notes: Vec<&str> = plan.check_ins.iter().map(|c| c.note.as_str()).collect();
    assert_eq!(notes, ["Good", "Good too"]);
    assert_eq!(
        trimmed.links, 5,
        "two goal dates, a competency's, the step's, the day asked"
    );
    assert_eq!(trimmed.items, 4, "two log entries, two check-ins");
    assert_eq!(plan_within_limits(plan.clone()), (plan, Trimmed::default()));
}

#[test]
fn long_logs_and_many_check_ins_are_cut_to_their_limits() {
    let mut plan = plan_with_levels(&[2]);
    let id = plan.add_mentor("Ana".into()).unwrap();
    let start = date(2000, 1, 1);
    let mentor = plan.mentor_mut(id).unwrap();
    for week in 0..MAX_LOG_ENTRIES as i64 + 30 {
        mentor.meet(start.plus_days(7 * week), &format!("Week {week}"));
    }
    assert_eq!(
        mentor.log.len(),
        MAX_LOG_ENTRIES,
        "logging past the limit drops the oldest"
    );
    let newest = mentor.log[0].clone();
    // A log over the limit can still come in, from a crafted link or file.
    let oldest = mentor.log[MAX_LOG_ENTRIES - 1].clone();
    mentor.log.extend(std::iter::repeat_n(oldest, 30));
    for quarter in 0..MAX_CHECK_INS as u32 + 5 {
        plan.check_ins.push(CheckIn {
            date: add_months(start, 3 * quarter),
            levels: vec![],
            met: vec![],
            note: format!("Quarter {quarter}"),
        });
    }
    let (plan, trimmed) = plan_within_limits(plan);
    let log = &plan.mentor(id).unwrap().log;
    assert_eq!(log.len(), MAX_LOG_ENTRIES);
    assert_eq!(log[0], newest, "the newest meetings are kept");
    assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
    assert_eq!(plan.check_ins[0].date, start, "the baseline is kept");
    assert!(
        plan.check_ins[0].note.starts_with("Quarter 0\nQuarter 1"),
        "the oldest are merged"
    );
    let last = MAX_CHECK_INS + 4;
    assert_eq!(
        plan.check_ins[MAX_CHECK_INS - 1].note,
        format!("Quarter {last}"),
        "the newest is kept"
    );
    assert_eq!(trimmed.items, 30 + 5);
}

#[test]
fn ratings_of_missing_competencies_and_repeats_are_dropped_from_check_ins() {
    let mut plan = plan_with_levels(&[2]);
    let skill = plan.competencies[0].id;
    let rating = |id: Id| Rating {
        id,
        level: Level::new(2),
    };
    plan.check_ins.push(CheckIn {
        date: TODAY,
        levels: vec![rating(skill), rating(Id(77)), rating(skill)],
        met: vec![Horizon::Year, Horizon::Year, Horizon::Soon],
        note: String::new(),
    });
    let (plan, trimmed) = plan_within_limits(plan);
    assert_eq!(plan.check_ins[0].levels, [rating(skill)]);
    assert_eq!(plan.check_ins[0].met, [Horizon::Year, Horizon::Soon]);
    assert_eq!(trimmed.links, 3);
}

fn any_raw_date() -> impl Strategy<Value = Date> {
    prop_oneof![
        (any::<u32>(), any::<u32>(), any::<u32>()).prop_map(|(y, m, d)| date(y, m, d)),
        (0u32..10_002, 0u32..14, 0u32..33).prop_map(|(y, m, d)| date(y, m, d)),
    ]
}

proptest! {
    /// Any numbers in any date of a plan (a file or a stored plan edited by hand) never panic
    /// the check; every date left is a real day, and a second check changes nothing.
    #[test]
    fn any_numbers_in_dates_never_panic_the_check(
        plan in any_plan(),
        dates in proptest::collection::vec(any_raw_date(), 12),
    ) {
        let mut plan = plan;
        let mut dates = dates.into_iter().cycle();
        let mut next = move || dates.next().expect("cycles");
        for horizon in Horizon::ALL {
            plan.goals.get_mut(horizon).by = Some(next());
        }
        for competency in &mut plan.competencies {
            competency.by = Some(next());
        }
        for mentor in &mut plan.mentors {
            mentor.step_due = Some(next());
            mentor.asked_on = Some(next());
            mentor.log.push(meeting(next(), "raw"));
        }
        plan.check_ins.push(CheckIn {
            date: next(),
            levels: vec![],
            met: vec![],
            note: String::new(),
        });

        let (checked, _) = plan_within_limits(plan);
        let goal_dates = Horizon::ALL.iter().filter_map(|h| checked.goals.get(*h).by);
        let competency_dates = checked.competencies.iter().filter_map(|c: &Competency| c.by);
        let mentor_dates = checked.mentors.iter().flat_map(|m| {
            m.step_due.into_iter().chain(m.asked_on).chain(m.log.iter().map(|e| e.date))
        });
        let check_in_dates = checked.check_ins.iter().map(|c| c.date);
        for d in goal_dates.chain(competency_dates).chain(mentor_dates).chain(check_in_dates) {
            prop_assert!(d.is_valid(), "{:?} kept", d);
        }
        prop_assert_eq!(plan_within_limits(checked.clone()), (checked, Trimmed::default()));
    }
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

#[test]
fn the_progress_chart_shows_first_now_and_target_in_a_table_too() {
    use multi_mentor::domain::progress_chart::figure;
    let mut plan = Plan::default();
    let budgets = plan
        .add_competency("Budgets & <forecasts>".into(), Reason::Goal, Priority::High)
        .unwrap();
    plan.add_competency("Hiring".into(), Reason::Goal, Priority::Low);
    let names = ["Budgets & <forecasts>".to_owned(), "Hiring".to_owned()];
    assert_eq!(
        figure(&plan, &names),
        None,
        "nothing to show before a first check-in"
    );

    plan.competencies[0].now = Level::new(2);
    plan.competencies[0].target = Level::new(4);
    plan.record_check_in(TODAY, "");
    plan.competency_mut(budgets).unwrap().now = Level::new(3);
    // A competency added after the first check-in starts where it is now.
    plan.add_competency("Negotiation".into(), Reason::Goal, Priority::Low);
    plan.record_check_in(date(2027, 2, 28), "");
    let names = [names[0].clone(), names[1].clone(), "Negotiation".to_owned()];
    let chart = figure(&plan, &names).unwrap();
    let rows: Vec<&str> = chart.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), 3, "one row per competency");
    assert!(
        rows[0].starts_with("<th scope=\"row\" dir=\"auto\">Budgets &amp; &lt;forecasts&gt;</th>")
    );
    assert!(
        rows[0].contains("<td>2</td><td>3</td><td>4</td>"),
        "first, now, target: {}",
        rows[0]
    );
    let now = plan.competencies[2].now.value();
    assert!(
        rows[2].contains(&format!("Negotiation</th><td>{now}</td><td>{now}</td>")),
        "{}",
        rows[2]
    );
    assert!(
        chart.contains("<svg") && chart.contains("aria-hidden=\"true\""),
        "the chart is for the eye"
    );
    assert!(chart.contains("Check-ins so far: 2; the last on Feb. 28, 2027."));
    assert!(!chart.contains("<forecasts>"), "names are escaped");
}

#[test]
fn check_ins_merged_past_the_limit_keep_a_note_within_the_text_limit() {
    use multi_mentor::domain::limits::MAX_TEXT_CHARS;
    let mut plan = Plan::default();
    let note = "Long quarter. ".repeat(100); // 1,400 characters
    for quarter in 0..(MAX_CHECK_INS as u32 + 20) {
        plan.check_in(
            date(2026 + quarter / 4, 1 + quarter % 4 * 3, 1),
            &[],
            &[],
            &note,
        );
    }
    assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
    assert_eq!(plan.check_ins[0].note.chars().count(), MAX_TEXT_CHARS);
    let (loaded, trimmed) = plan_within_limits(plan.clone());
    assert_eq!(
        trimmed,
        Trimmed::default(),
        "nothing for the next load to trim"
    );
    assert_eq!(loaded, plan);
}
