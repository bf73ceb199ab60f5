use multi_mentor::domain::date::{Date, add_months};
use multi_mentor::domain::limits::{Trimmed, plan_within_limits};
use multi_mentor::domain::plan::{
    CheckIn, Competency, Goal, Horizon, Id, Level, MAX_CHECK_INS, MAX_LOG_ENTRIES, Rating,
};
use proptest::prelude::*;

use crate::living::{TODAY, date, meeting, plan_with_levels, step_done};
use crate::support::any_plan;

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
