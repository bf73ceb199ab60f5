use multi_mentor::domain::date::{Date, LAST_DAY, date_of, day_number};
use proptest::prelude::*;

use crate::living::{TODAY, date, date_this_century};

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
