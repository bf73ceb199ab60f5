//! Calendar dates and their arithmetic: a leaf of the domain, which every part that counts
//! days (the living plan, the rhythm, calendar files, share links) builds on.

use serde::{Deserialize, Serialize};

/// A calendar date. Dates compare in time order (the fields are in that order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

/// The day number (`day_number`) of 31 December 9999, the last day a plan may hold.
pub const LAST_DAY: i64 = 3_652_364;

impl Date {
    /// True for a real day of the Gregorian calendar, years 1 to 9999.
    pub fn is_valid(self) -> bool {
        if !(1..=9999).contains(&self.year) || !(1..=12).contains(&self.month) || self.day < 1 {
            return false;
        }
        self.day <= days_in_month(Date { day: 1, ..self })
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_to(self, later: Date) -> i64 {
        day_number(later) - day_number(self)
    }

    /// The date `days` days later.
    pub fn plus_days(self, days: i64) -> Date {
        date_of(day_number(self) + days)
    }

    /// "2026-11-28": how date fields give and take a date.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Reads "2026-11-28"; None for anything else, or a day that does not exist.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text
            .trim()
            .splitn(3, '-')
            .map(|part| part.parse::<u32>().ok());
        let date = Date {
            year: parts.next()??,
            month: parts.next()??,
            day: parts.next()??,
        };
        date.is_valid().then_some(date)
    }
}

/// How many days a valid month has.
fn days_in_month(first: Date) -> u32 {
    let next = if first.month == 12 {
        Date {
            year: first.year + 1,
            month: 1,
            day: 1,
        }
    } else {
        Date {
            month: first.month + 1,
            ..first
        }
    };
    first.days_to(next) as u32
}

/// Days since 1 March of year 0, in the Gregorian calendar (to compare and count days).
pub fn day_number(date: Date) -> i64 {
    // March first: the leap day falls at the end of the counting year.
    let (year, month) = if date.month > 2 {
        (i64::from(date.year), i64::from(date.month) - 3)
    } else {
        (i64::from(date.year) - 1, i64::from(date.month) + 9)
    };
    365 * year + year / 4 - year / 100 + year / 400 + (153 * month + 2) / 5 + i64::from(date.day)
        - 1
}

/// The date of a day number.
pub fn date_of(number: i64) -> Date {
    let era = number / 146_097;
    let of_era = number - era * 146_097;
    let year_of_era = (of_era - of_era / 1_460 + of_era / 36_524 - of_era / 146_096) / 365;
    let day_of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month + 2) / 5 + 1;
    let (year, month) = if month < 10 {
        (era * 400 + year_of_era, month + 3)
    } else {
        (era * 400 + year_of_era + 1, month - 9)
    };
    Date {
        year: year as u32,
        month: month as u32,
        day: day as u32,
    }
}

/// The same day `months` months later, or the month's last day if it is shorter.
pub fn add_months(date: Date, months: u32) -> Date {
    let index = date.month - 1 + months;
    let (year, month) = (date.year + index / 12, index % 12 + 1);
    let next = if month == 12 {
        Date {
            year: year + 1,
            month: 1,
            day: 1,
        }
    } else {
        Date {
            year,
            month: month + 1,
            day: 1,
        }
    };
    let last = (day_number(next)
        - day_number(Date {
            year,
            month,
            day: 1,
        })) as u32;
    Date {
        year,
        month,
        day: date.day.min(last),
    }
}
