//! The ask: a short message to a mentor drafted from the plan, and what to bring to a
//! meeting. This module gathers the facts and fills them into the templates of
//! `content::message`, where a template line is a list of wordings with `{blanks}`: the
//! first wording whose blanks all have something to say is used, and a line with none is
//! left out. So a blank field never shows up as an empty blank.

use crate::domain::content::message as text;
use crate::domain::content::{self, Tr};
use crate::domain::date::Date;
use crate::domain::plan::{Id, Mentor, MessageKind, Plan, Status};

/// The kind of message a person most likely needs for this mentor today: a first approach
/// for an idea, a follow-up once an ask has gone unanswered for two weeks, a thank-you in
/// the two weeks after a meeting, and an update otherwise.
pub fn suggested_kind(mentor: &Mentor, today: Date) -> MessageKind {
    match mentor.status {
        Status::Idea => MessageKind::FirstApproach,
        Status::Asked if mentor.waiting_for_reply(today) => MessageKind::FollowUp,
        Status::Asked => MessageKind::FirstApproach,
        Status::Active | Status::Paused => {
            let met_lately = mentor
                .last_met()
                .is_some_and(|met| met.days_to(today) < crate::domain::living::NO_REPLY_DAYS);
            if met_lately {
                MessageKind::ThankYou
            } else {
                MessageKind::ProgressUpdate
            }
        }
    }
}

/// The blanks a template can use, each with its value for one mentor (trimmed; empty when
/// the plan has nothing for it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts(Vec<(&'static str, String)>);

/// The names of the blanks, in the order `facts` fills them (the last three are filled from
/// the plan's choices, so they are added after the others). A letter to a mentor uses only
/// blanks that read well in it: names, and what the person types for this very letter.
/// Notes written about the mentor ("how we know each other", "what I offer", the next step)
/// are for "Before you meet", which speaks to the person.
pub const BLANKS: [&str; 11] = [
    "name",
    "skill",
    "skills",
    "target_role",
    "offer",
    "next_step",
    "own",
    "signature",
    "why",
    "meet",
    "again",
];

impl Facts {
    /// The value of a blank, or None if it is empty or no such blank exists.
    fn get(&self, blank: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(name, _)| *name == blank)
            .map(|(_, value)| value.as_str())
            .filter(|value| !value.is_empty())
    }
}

/// What the person types for one letter: their own words for its kind (what they tried,
/// their question, their news) and how they sign.
#[derive(Debug, Clone, Copy, Default)]
pub struct Typed<'a> {
    pub own: &'a str,
    pub signature: &'a str,
}

/// The facts about one mentor, with what the person typed for this letter; None if there is
/// no such mentor.
pub fn facts(plan: &Plan, mentor: Id, typed: Typed) -> Option<Facts> {
    let mentor = plan.mentor(mentor)?;
    let helped: Vec<_> = plan
        .competencies
        .iter()
        .filter(|c| mentor.competencies.contains(&c.id))
        .collect();
    // The one skill to ask about: the highest priority, then the widest gap, then the
    // plan's order.
    let skill = helped
        .iter()
        .min_by_key(|c| (c.priority, c.now.value() as i8 - c.target.value() as i8));
    // A sentence's own full stop follows the blank, so one typed at the end is dropped.
    let clause = |text: &str| text.trim().trim_end_matches('.').trim_end().to_owned();
    let names: Vec<_> = helped.iter().map(|c| c.name.trim()).collect();
    let values = [
        mentor.name.trim().to_owned(),
        skill.map(|c| clause(&c.name)).unwrap_or_default(),
        names.join(", "),
        clause(&plan.target_role),
        clause(&mentor.offer),
        clause(&mentor.next_step),
        sentence(typed.own),
        typed.signature.trim().to_owned(),
    ];
    let mut facts = Facts(BLANKS.into_iter().zip(values).collect());
    let why = skill
        .and_then(|c| fill(text::why(c.reason), &facts))
        .unwrap_or_default();
    facts.0.push(("why", why));
    facts
        .0
        .push(("meet", text::meet(mentor.reach).get().to_owned()));
    facts
        .0
        .push(("again", text::again(mentor.cadence).get().to_owned()));
    Some(facts)
}

/// What the person typed for a letter, as a whole sentence: it keeps its own ending (it may
/// be a question), or gets a full stop. Empty if nothing was typed.
fn sentence(typed: &str) -> String {
    let mut sentence = typed.trim().to_owned();
    let ended = sentence.ends_with(['.', '!', '?', '\u{2026}']);
    if !sentence.is_empty() && !ended {
        sentence.push('.');
    }
    sentence
}

/// The first wording whose blanks all have a value, filled in; None if there is none.
pub fn fill(wordings: &[Tr], facts: &Facts) -> Option<String> {
    wordings
        .iter()
        .find_map(|wording| content::fill_from(wording.get(), &|blank| facts.get(blank)))
}

/// Every line of a template that has something to say, filled in.
fn lines(template: &[&[Tr]], facts: &Facts) -> Vec<String> {
    template
        .iter()
        .filter_map(|wordings| fill(wordings, facts))
        .collect()
}

/// A drafted message: its subject, and its body in paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub subject: String,
    pub body: String,
}

pub fn draft(kind: MessageKind, facts: &Facts) -> Draft {
    let (subject, body) = text::template(kind);
    Draft {
        subject: fill(subject, facts).unwrap_or_default(),
        // Joined as `&str`s, as elsewhere: the wasm then holds one copy of `join`.
        body: lines(body, facts)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n\n"),
    }
}

/// What to bring to a meeting with this mentor.
pub fn before_you_meet(facts: &Facts) -> Vec<String> {
    lines(text::BEFORE_YOU_MEET, facts)
}

/// A `mailto:` address that opens a new message with this subject and body and no
/// recipient (the person chooses one in their email app). Every byte but the unreserved
/// ones is percent-encoded, and line breaks are CR LF, as RFC 6068 asks, so line breaks and
/// accents arrive whole.
pub fn mailto(draft: &Draft) -> String {
    let mut address = String::from("mailto:?subject=");
    percent_encode(&draft.subject, &mut address);
    address.push_str("&body=");
    percent_encode(&draft.body.replace('\n', "\r\n"), &mut address);
    address
}

fn percent_encode(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
}
