//! Calendar reminders: an iCalendar (RFC 5545) event that repeats at a mentor's cadence,
//! so a calendar app reminds the person of the next step without any server.

use crate::domain::plan::{Cadence, Mentor};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

/// The repeat rule for a cadence; none for "not decided" and "when needed".
pub fn rrule(cadence: Cadence) -> Option<&'static str> {
    match cadence {
        Cadence::Weekly => Some("FREQ=WEEKLY"),
        Cadence::EveryTwoWeeks => Some("FREQ=WEEKLY;INTERVAL=2"),
        Cadence::Monthly => Some("FREQ=MONTHLY"),
        Cadence::Quarterly => Some("FREQ=MONTHLY;INTERVAL=3"),
        Cadence::NotSet | Cadence::AsNeeded => None,
    }
}

/// True when a mentor has what a repeating reminder needs: a next step and a cadence.
pub fn can_remind(mentor: &Mentor) -> bool {
    !mentor.next_step.trim().is_empty() && rrule(mentor.cadence).is_some()
}

/// The words of one reminder, written by the caller from the content catalogue.
pub struct Reminder<'a> {
    pub summary: &'a str,
    pub description: &'a str,
    pub alarm: &'a str,
}

/// An .ics file with one event starting at 9:00 on `start` (the person's local time),
/// lasting 30 minutes, repeating at the mentor's cadence, with an alarm 15 minutes before.
/// `stamp` is the current UTC time as `YYYYMMDDTHHMMSSZ`. None if the mentor has no
/// next step or no repeating cadence.
pub fn ics(mentor: &Mentor, words: &Reminder, start: Date, stamp: &str) -> Option<String> {
    if !can_remind(mentor) {
        return None;
    }
    let rule = rrule(mentor.cadence)?;
    let day = format!("{:04}{:02}{:02}", start.year, start.month, start.day);
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Multi-Mentor Plan//Reminders//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:mentor-{}-{stamp}@multi-mentor-plan", mentor.id.0),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{day}T090000"),
        "DURATION:PT30M".to_owned(),
        format!("RRULE:{rule}"),
        format!("SUMMARY:{}", escape(words.summary)),
        format!("DESCRIPTION:{}", escape(words.description)),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        "TRIGGER:-PT15M".to_owned(),
        format!("DESCRIPTION:{}", escape(words.alarm)),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    Some(lines.iter().map(|line| fold(line)).collect::<String>())
}

/// Escapes text values (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character, and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
