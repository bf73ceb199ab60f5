//! The team: mentors, the people who may become mentors, and the messages the app drafts to
//! them.

use serde::{Deserialize, Serialize};

use super::{Entry, Id, SituationRef};
use crate::domain::date::Date;

/// Someone the person respects for a soft skill: a candidate mentor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    /// The competencies (usually soft skills) they are good at.
    pub strengths: Vec<Id>,
    /// The mentor made from this contact, once the person has made one.
    pub mentor: Option<Id>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mentor {
    pub id: Id,
    pub name: String,
    pub how_known: String,
    pub role: MentorRole,
    /// The competencies this mentor answers.
    pub competencies: Vec<Id>,
    /// The parts of the person's situation this mentor shares.
    pub shared: Vec<SituationRef>,
    pub reach: Reach,
    pub status: Status,
    pub next_step: String,
    /// When the next step is due, if the person set a date.
    pub step_due: Option<Date>,
    pub cadence: Cadence,
    /// What the person offers this mentor in return.
    pub offer: String,
    /// The day the person first asked this mentor (set when the status first becomes
    /// "asked" or "active"): who is due counts from it until a first meeting.
    pub asked_on: Option<Date>,
    /// Meetings and steps done, newest first. Private: left out of share links unless the
    /// person puts them in.
    pub log: Vec<Entry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MentorRole {
    #[default]
    Expert,
    Coach,
    Sponsor,
    Peer,
    RoleModel,
    Connector,
}

impl MentorRole {
    pub const ALL: [MentorRole; 6] = [
        MentorRole::Expert,
        MentorRole::Coach,
        MentorRole::Sponsor,
        MentorRole::Peer,
        MentorRole::RoleModel,
        MentorRole::Connector,
    ];

    /// The paces that usually suit this role, as its hint says (`content::role_pace`). With
    /// one mentor of each role, they add up to about four or five meetings a month, which
    /// volunteers can give.
    pub fn usual_paces(self) -> &'static [Cadence] {
        match self {
            MentorRole::Expert => &[Cadence::Monthly],
            MentorRole::Coach => &[Cadence::EveryTwoWeeks, Cadence::Monthly],
            MentorRole::Sponsor => &[Cadence::Quarterly],
            MentorRole::Peer => &[Cadence::Weekly, Cadence::EveryTwoWeeks, Cadence::AsNeeded],
            MentorRole::RoleModel => &[Cadence::Quarterly, Cadence::AsNeeded],
            MentorRole::Connector => &[Cadence::AsNeeded],
        }
    }
}

/// How the person reaches a mentor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    #[default]
    InPerson,
    Online,
    Both,
}

impl Reach {
    pub const ALL: [Reach; 3] = [Reach::InPerson, Reach::Online, Reach::Both];

    /// Online for a quick answer at short notice.
    pub fn is_online(self) -> bool {
        matches!(self, Reach::Online | Reach::Both)
    }
}

/// Where the relationship stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Idea,
    Asked,
    Active,
    Paused,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Idea, Status::Asked, Status::Active, Status::Paused];
}

/// How often the person meets a mentor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    #[default]
    NotSet,
    Weekly,
    EveryTwoWeeks,
    Monthly,
    Quarterly,
    AsNeeded,
}

impl Cadence {
    pub const ALL: [Cadence; 6] = [
        Cadence::NotSet,
        Cadence::Weekly,
        Cadence::EveryTwoWeeks,
        Cadence::Monthly,
        Cadence::Quarterly,
        Cadence::AsNeeded,
    ];
}

/// The kinds of message the app drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// The first approach: a small, concrete ask.
    #[default]
    FirstApproach,
    /// A gentle follow-up after no answer.
    FollowUp,
    /// A thank-you after a meeting, with what the person tried since and when to talk next.
    ThankYou,
    /// A short question, for a mentor reached online.
    QuickQuestion,
    /// News of the person's progress, for a mentor they meet (or met) regularly.
    ProgressUpdate,
}

impl MessageKind {
    pub const ALL: [MessageKind; 5] = [
        MessageKind::FirstApproach,
        MessageKind::FollowUp,
        MessageKind::ThankYou,
        MessageKind::QuickQuestion,
        MessageKind::ProgressUpdate,
    ];

    /// The kind's name in an address (`#/mentors/12/follow-up`).
    pub fn slug(self) -> &'static str {
        match self {
            MessageKind::FirstApproach => "first-approach",
            MessageKind::FollowUp => "follow-up",
            MessageKind::ThankYou => "thank-you",
            MessageKind::QuickQuestion => "quick-question",
            MessageKind::ProgressUpdate => "update",
        }
    }

    pub fn from_slug(slug: &str) -> Option<MessageKind> {
        MessageKind::ALL
            .into_iter()
            .find(|kind| kind.slug() == slug)
    }

    /// True if this kind of message suits this mentor: a quick question needs a mentor
    /// reached online, and an update one the person has met.
    pub fn suits(self, mentor: &Mentor) -> bool {
        match self {
            MessageKind::QuickQuestion => mentor.reach.is_online(),
            MessageKind::ProgressUpdate => matches!(mentor.status, Status::Active | Status::Paused),
            _ => true,
        }
    }
}
