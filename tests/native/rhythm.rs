use multi_mentor::domain::date::{Date, add_months, date_of, day_number};
use multi_mentor::domain::plan::{Cadence, Plan, Status};
use multi_mentor::domain::rhythm::{WEEKS, meeting_weeks, strip};
use proptest::prelude::*;

const fn date(year: u32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

/// A fixed "today" for every test: the clock is never read here.
const TODAY: Date = date(2026, 11, 28);

fn marked(weeks: [bool; WEEKS]) -> Vec<usize> {
    (0..WEEKS).filter(|week| weeks[*week]).collect()
}

proptest! {
    #[test]
    fn every_day_number_is_one_more_than_the_day_before(number in 700_000i64..800_000) {
        let (day, next) = (date_of(number), date_of(number + 1));
        prop_assert_eq!(day_number(day), number);
        let same_month = next.month == day.month && next.day == day.day + 1;
        let new_month = next.day == 1 && (next.month == day.month % 12 + 1);
        prop_assert!(same_month || new_month, "{:?} then {:?}", day, next);
        prop_assert_eq!(next.year, if next.month == 1 && next.day == 1 { day.year + 1 } else { day.year });
    }

    #[test]
    fn meeting_today_is_always_the_first_week(year in 2000u32..2100, month in 1u32..=12, day in 1u32..=28) {
        for cadence in [Cadence::Weekly, Cadence::EveryTwoWeeks, Cadence::Monthly, Cadence::Quarterly] {
            prop_assert!(meeting_weeks(cadence, date(year, month, day))[0]);
        }
    }
}

#[test]
fn known_dates_have_the_right_day_numbers() {
    assert_eq!(day_number(date(2026, 12, 1)) - day_number(TODAY), 3);
    assert_eq!(
        day_number(date(2028, 3, 1)) - day_number(date(2028, 2, 28)),
        2,
        "2028 is a leap year"
    );
    assert_eq!(
        day_number(date(2100, 3, 1)) - day_number(date(2100, 2, 28)),
        1,
        "2100 is not"
    );
    assert_eq!(date_of(day_number(TODAY) + 35), date(2027, 1, 2));
}

#[test]
fn a_month_later_keeps_the_day_or_takes_the_last_of_a_shorter_month() {
    assert_eq!(add_months(date(2027, 1, 31), 1), date(2027, 2, 28));
    assert_eq!(add_months(date(2028, 1, 31), 1), date(2028, 2, 29));
    assert_eq!(add_months(date(2026, 12, 15), 1), date(2027, 1, 15));
    assert_eq!(add_months(TODAY, 3), date(2027, 2, 28));
    assert_eq!(add_months(date(2026, 8, 31), 6), date(2027, 2, 28));
}

#[test]
fn each_cadence_marks_its_weeks_from_today() {
    assert_eq!(
        marked(meeting_weeks(Cadence::Weekly, TODAY)),
        (0..12).collect::<Vec<_>>()
    );
    assert_eq!(
        marked(meeting_weeks(Cadence::EveryTwoWeeks, TODAY)),
        [0, 2, 4, 6, 8, 10]
    );
    // 28 December is 30 days on (week 5), 28 January 61 (week 9), 28 February past week 12.
    assert_eq!(marked(meeting_weeks(Cadence::Monthly, TODAY)), [0, 4, 8]);
    assert_eq!(marked(meeting_weeks(Cadence::Quarterly, TODAY)), [0]);
    assert_eq!(
        marked(meeting_weeks(Cadence::AsNeeded, TODAY)),
        Vec::<usize>::new()
    );
    assert_eq!(
        marked(meeting_weeks(Cadence::NotSet, TODAY)),
        Vec::<usize>::new()
    );
}

#[test]
fn the_strip_has_a_row_per_active_mentor_with_a_pace_and_a_column_per_week() {
    let mut plan = Plan::default();
    for (name, status, cadence) in [
        ("Ana", Status::Active, Cadence::Monthly),
        ("Bo", Status::Asked, Cadence::Weekly),
        ("Cy", Status::Active, Cadence::AsNeeded),
        ("Di <&>", Status::Active, Cadence::EveryTwoWeeks),
    ] {
        let id = plan.add_mentor(name.into()).unwrap();
        let mentor = plan.mentor_mut(id).unwrap();
        mentor.status = status;
        mentor.cadence = cadence;
    }
    let labels: Vec<String> = plan.mentors.iter().map(|m| m.name.clone()).collect();
    let table = strip(&plan, &labels, TODAY).expect("two rows");
    assert_eq!(
        table.matches("<tr><th scope=\"row\"").count(),
        2,
        "Ana and Di only"
    );
    assert!(table.contains(">Di &lt;&amp;&gt;</th>"));
    assert_eq!(table.matches("<th scope=\"col\">").count(), 1 + WEEKS);
    assert!(table.contains("<th scope=\"col\">Nov.<br>28</th>"));
    assert!(
        table.contains("<th scope=\"col\">Feb.<br>13</th>"),
        "the twelfth week starts 77 days on"
    );
    assert_eq!(table.matches("rhythm__meet").count(), 3 + 6);

    let quiet = Plan::default();
    assert_eq!(strip(&quiet, &[], TODAY), None);
}
