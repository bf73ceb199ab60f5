//! The meeting rhythm: the coming 12 weeks, and in which of them the person meets each active
//! mentor, from how often they meet: from the day they are next due (`Mentor::due_date`), or
//! from today for a mentor already due. Week 1 is the seven days from today. Then the strip
//! as a table, in markup (the plan view puts it in the page as it is), so both are tested
//! natively.

use crate::domain::content::rhythm as text;
use crate::domain::date::{Date, add_months, date_of, day_number};
use crate::domain::markup::{Markup, escape};
use crate::domain::plan::{Cadence, Plan, Status};

/// How many weeks the strip shows.
pub const WEEKS: usize = 12;

/// In which of the coming weeks a mentor with this cadence meets, the first meeting this
/// week; none for "not decided" and "when needed".
pub fn meeting_weeks(cadence: Cadence, today: Date) -> [bool; WEEKS] {
    meeting_weeks_from(cadence, today, today)
}

/// In which of the coming weeks (counted from `today`) a mentor with this cadence meets, the
/// first meeting on `first` (today or later).
pub fn meeting_weeks_from(cadence: Cadence, first: Date, today: Date) -> [bool; WEEKS] {
    let mut weeks = [false; WEEKS];
    let start = day_number(today);
    let months = match cadence {
        Cadence::Weekly | Cadence::EveryTwoWeeks => {
            let step = if cadence == Cadence::Weekly { 1 } else { 2 };
            let skip = ((day_number(first) - start).max(0) / 7) as usize;
            weeks
                .iter_mut()
                .skip(skip)
                .step_by(step)
                .for_each(|week| *week = true);
            return weeks;
        }
        Cadence::Monthly => 1,
        Cadence::Quarterly => 3,
        Cadence::NotSet | Cadence::AsNeeded => return weeks,
    };
    for n in 0.. {
        let week = ((day_number(add_months(first, n * months)) - start).max(0) / 7) as usize;
        match weeks.get_mut(week) {
            Some(meets) => *meets = true,
            None => break,
        }
    }
    weeks
}

/// The strip: a table of the active mentors who meet at a set pace, with a mark in each week
/// they meet; None if there is no such mentor. `mentor_labels` are the names told apart from
/// namesakes, in the plan's order.
pub fn strip(plan: &Plan, mentor_labels: &[String], today: Date) -> Option<String> {
    let rows: Vec<(&String, [bool; WEEKS])> = plan
        .mentors
        .iter()
        .zip(mentor_labels)
        .filter(|(mentor, _)| mentor.status == Status::Active)
        .map(|(mentor, label)| {
            // From the day the mentor is next due: a cadence after the last meeting, or today
            // if that day has passed.
            let first = mentor.due_date(today).map_or(today, |due| due.max(today));
            (label, meeting_weeks_from(mentor.cadence, first, today))
        })
        .filter(|(_, weeks)| weeks.contains(&true))
        .collect();
    if rows.is_empty() {
        return None;
    }
    let start = day_number(today);
    let mut table = Markup::default();
    table
        .raw("<table class=\"rhythm\"><caption>")
        .raw(text::CAPTION.get())
        .raw("</caption><thead><tr><th scope=\"col\">")
        .raw(text::MENTOR.get())
        .raw("</th>");
    for week in 0..WEEKS as i64 {
        let Date { month, day, .. } = date_of(start + 7 * week);
        let [above, below] = text::week_start(month, day);
        table
            .raw("<th scope=\"col\">")
            .raw(&above)
            .raw("<br>")
            .raw(&below)
            .raw("</th>");
    }
    table.raw("</tr></thead><tbody>");
    for (label, weeks) in rows {
        table
            .raw("<tr><th scope=\"row\" dir=\"auto\">")
            .raw(&escape(label))
            .raw("</th>");
        for meets in weeks {
            if meets {
                table
                    .raw("<td class=\"rhythm__meet\"><span>")
                    .raw(text::MEET.get())
                    .raw("</span></td>");
            } else {
                table.raw("<td></td>");
            }
        }
        table.raw("</tr>");
    }
    table.raw("</tbody></table>");
    Some(table.0)
}
