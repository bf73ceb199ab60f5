use crate::domain::calendar::Date;
use crate::domain::living::{CheckIn, Entry, Goals, Horizon, MAX_LOG_ENTRIES, Rating};
use crate::domain::sorted_set::SortedSet;
use crate::text::lowercase;
use serde::{Deserialize, Serialize};

/// One person's multi-mentor plan: the stock-take and the team of mentors it leads to.
///
/// `#[serde(default)]` on each field lets a plan saved with fewer fields still load. (On each
/// field rather than on the struct: the same result, and a smaller wasm.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Schema 4's goals: one text for every horizon. Only read, from older plans and links:
    /// `migrate` moves it whole into the 1-year goal.
    #[serde(default, rename = "goals", skip_serializing)]
    pub goals_text: String,
    /// The person's career goals by horizon, in their own words.
    #[serde(default, rename = "horizons")]
    pub goals: Goals,
    /// The role they are working towards.
    #[serde(default)]
    pub target_role: String,
    /// What their last performance review said they should work on.
    #[serde(default)]
    pub review_notes: String,
    /// Lifestyle and social situation (stock-take question 2).
    #[serde(default)]
    pub situation: Situation,
    /// The industry whose soft skills they are looking at (stock-take question 3).
    #[serde(default)]
    pub industry: Option<Industry>,
    /// The skills and competencies they need (stock-take question 1).
    #[serde(default)]
    pub competencies: Vec<Competency>,
    /// People they know and respect for a soft skill, who may become mentors.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The team of mentors.
    #[serde(default)]
    pub mentors: Vec<Mentor>,
    /// The next id to hand out; ids are never reused, so undo can put things back.
    #[serde(default)]
    pub next_id: u32,
    /// Which notes the person marked private: left out of shared links by default.
    #[serde(default)]
    pub private: Privacy,
    /// Plan-wide advice the person said does not apply to them: its finding stays quiet.
    /// Kept in the order of `Advice::ALL`.
    #[serde(default)]
    pub set_aside: Vec<Advice>,
    /// Check-ins, oldest first (`living::MAX_CHECK_INS` at most). Private: left out of share
    /// links unless the person puts them in.
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
}

/// Plan-wide advice that a person can set aside as not applying to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    SharedSituation,
    OnlineMentor,
    SoftSkillMentor,
    Sponsor,
    /// Someone on the team the person meets in person (added in link format 4).
    InPerson,
}

impl Advice {
    pub const ALL: [Advice; 5] = [
        Advice::SharedSituation,
        Advice::OnlineMentor,
        Advice::SoftSkillMentor,
        Advice::Sponsor,
        Advice::InPerson,
    ];
}

/// Notes the person marked private.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Privacy {
    #[serde(default)]
    pub review_notes: bool,
    #[serde(default)]
    pub situation_notes: bool,
    /// The situation itself (the factors, listed and own, and which ones mentors share).
    #[serde(default)]
    pub situation: bool,
}

/// Identifies a competency, mentor, contact or own situation factor within one plan.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Id(pub u32);

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// Factors picked from our list, in the order of `Factor::ALL`.
    #[serde(default)]
    pub factors: Vec<Factor>,
    /// Factors the person wrote themselves.
    #[serde(default)]
    pub own_factors: Vec<OwnFactor>,
    #[serde(default)]
    pub notes: String,
}

/// A lifestyle or social factor from our list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    ParentOfYoungChildren,
    Caregiver,
    NewcomerToCountry,
    ChangingCareers,
    ReturningToWork,
    FirstLeadershipRole,
    WorkingInSecondLanguage,
    FirstInFamilyProfessional,
    LivingWithDisability,
    RuralOrRemote,
    PartTimeOrFlexible,
    /// Added in link format 4, as is the next.
    UnderRepresented,
    OlderWorker,
}

impl Factor {
    pub const ALL: [Factor; 13] = [
        Factor::ParentOfYoungChildren,
        Factor::Caregiver,
        Factor::NewcomerToCountry,
        Factor::ChangingCareers,
        Factor::ReturningToWork,
        Factor::FirstLeadershipRole,
        Factor::WorkingInSecondLanguage,
        Factor::FirstInFamilyProfessional,
        Factor::LivingWithDisability,
        Factor::RuralOrRemote,
        Factor::PartTimeOrFlexible,
        Factor::UnderRepresented,
        Factor::OlderWorker,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnFactor {
    pub id: Id,
    pub name: String,
}

/// A part of the person's situation that a mentor can share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SituationRef {
    Listed(Factor),
    Own(Id),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    Technology,
    FinanceAndAccounting,
    HealthCare,
    Education,
    PublicService,
    RetailAndHospitality,
    TradesAndManufacturing,
    NonProfit,
    CreativeAndMedia,
    ProfessionalServices,
}

impl Industry {
    pub const ALL: [Industry; 10] = [
        Industry::Technology,
        Industry::FinanceAndAccounting,
        Industry::HealthCare,
        Industry::Education,
        Industry::PublicService,
        Industry::RetailAndHospitality,
        Industry::TradesAndManufacturing,
        Industry::NonProfit,
        Industry::CreativeAndMedia,
        Industry::ProfessionalServices,
    ];
}

/// A skill or competency the person needs to advance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competency {
    pub id: Id,
    pub name: String,
    pub reason: Reason,
    pub now: Level,
    pub target: Level,
    pub priority: Priority,
    /// A soft skill (communication, visibility, branding…), whatever the reason it matters.
    #[serde(default)]
    pub soft_skill: bool,
    /// The goal this competency serves, if the person named one.
    #[serde(default)]
    pub serves: Option<Horizon>,
    /// The date the person means to reach the target level by.
    #[serde(default)]
    pub by: Option<Date>,
}

/// Why a competency matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    PerformanceReview,
    #[default]
    Goal,
    Transition,
    Situation,
    /// Before schema 4, "soft skill" was a reason; `Plan::migrate` turns it into the
    /// `soft_skill` flag with the reason "a goal". Never offered, never kept.
    SoftSkill,
}

impl Reason {
    /// The reasons a person can pick.
    pub const ALL: [Reason; 4] = [
        Reason::PerformanceReview,
        Reason::Goal,
        Reason::Transition,
        Reason::Situation,
    ];
}

/// Where the person stands in a competency, from 1 (new to it) to 5 (could teach it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Default for Level {
    fn default() -> Self {
        Level::MIN
    }
}

impl TryFrom<u8> for Level {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        if (Self::MIN.0..=Self::MAX.0).contains(&value) {
            Ok(Level(value))
        } else {
            Err(format!("a level is 1 to 5, not {value}"))
        }
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl Level {
    pub const MIN: Level = Level(1);
    pub const MAX: Level = Level(5);

    /// A level from 1 to 5; anything else is clamped into that range.
    pub fn new(value: u8) -> Self {
        Level(value.clamp(Self::MIN.0, Self::MAX.0))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    pub fn all() -> impl Iterator<Item = Level> {
        (Self::MIN.0..=Self::MAX.0).map(Level)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
}

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
pub struct Mentor {
    #[serde(default)]
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub how_known: String,
    #[serde(default)]
    pub role: MentorRole,
    /// The competencies this mentor answers.
    #[serde(default)]
    pub competencies: Vec<Id>,
    /// The parts of the person's situation this mentor shares.
    #[serde(default)]
    pub shared: Vec<SituationRef>,
    #[serde(default)]
    pub reach: Reach,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub next_step: String,
    /// When the next step is due, if the person set a date.
    #[serde(default)]
    pub step_due: Option<Date>,
    #[serde(default)]
    pub cadence: Cadence,
    /// What the person offers this mentor in return.
    #[serde(default)]
    pub offer: String,
    /// The day the person first asked this mentor (set when the status first becomes
    /// "asked" or "active"): who is due counts from it until a first meeting.
    #[serde(default)]
    pub asked_on: Option<Date>,
    /// Meetings and steps done, newest first. Private: left out of share links unless the
    /// person puts them in.
    #[serde(default)]
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

/// Competencies (skills to refine) in one plan. A real plan has five to twenty.
pub const MAX_COMPETENCIES: usize = 100;
/// Mentors in one plan; with `MAX_COMPETENCIES`, the grid has at most 5,000 cells.
pub const MAX_MENTORS: usize = 50;
/// People known and respected for a soft skill.
pub const MAX_CONTACTS: usize = 200;
/// Situation factors the person wrote themselves.
pub const MAX_OWN_FACTORS: usize = 50;
/// Characters in a name: of a plan, a competency, a mentor, a person, a factor.
pub const MAX_NAME_CHARS: usize = 200;
/// Characters in any other text (goals, notes, next steps, offers).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Ids are below this: `new_id` never hands out one from here up, and `limits` renumbers a
/// plan that comes in with one.
pub const ID_RANGE: u32 = 1 << 30;

/// The lists a person adds to. Each holds at most its `max` items: adding past it is
/// refused here, and a plan that comes in with more is trimmed to it (`limits`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Competencies,
    Mentors,
    Contacts,
    OwnFactors,
}

impl List {
    pub const ALL: [List; 4] = [
        List::Competencies,
        List::Mentors,
        List::Contacts,
        List::OwnFactors,
    ];

    pub const fn max(self) -> usize {
        match self {
            List::Competencies => MAX_COMPETENCIES,
            List::Mentors => MAX_MENTORS,
            List::Contacts => MAX_CONTACTS,
            List::OwnFactors => MAX_OWN_FACTORS,
        }
    }
}

/// A name that is empty or only whitespace; refused at the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlankName;

/// Trims a name and refuses it if nothing is left.
pub fn valid_name(name: &str) -> Result<String, BlankName> {
    let name = name.trim();
    if name.is_empty() {
        Err(BlankName)
    } else {
        Ok(name.to_owned())
    }
}

/// Something the person removed, with what is needed to put it back exactly (undo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removed {
    /// A competency, the mentors and contacts that were linked to it, and its levels in
    /// past check-ins: (the check-in's place, the rating's place in it, the level).
    Competency {
        competency: Competency,
        index: usize,
        mentors: Vec<Link>,
        contacts: Vec<Link>,
        ratings: Vec<(usize, usize, Level)>,
    },
    /// A mentor, and the contacts it was made from.
    Mentor {
        mentor: Mentor,
        index: usize,
        contacts: Vec<Id>,
    },
    Contact {
        contact: Contact,
        index: usize,
    },
    /// An own situation factor, and the mentors who shared it.
    OwnFactor {
        factor: OwnFactor,
        index: usize,
        mentors: Vec<Link>,
    },
    /// An entry of a mentor's log; `label` names it in the undo message.
    Entry {
        mentor: Id,
        entry: Entry,
        index: usize,
        label: String,
    },
}

/// Where a removed item was listed in another item's list: (that item's id, position).
pub type Link = (Id, usize);

impl Removed {
    /// The list the item goes back into; a log entry's has no limit to check (the oldest
    /// entry makes room).
    pub fn list(&self) -> Option<List> {
        match self {
            Removed::Competency { .. } => Some(List::Competencies),
            Removed::Mentor { .. } => Some(List::Mentors),
            Removed::Contact { .. } => Some(List::Contacts),
            Removed::OwnFactor { .. } => Some(List::OwnFactors),
            Removed::Entry { .. } => None,
        }
    }

    /// The name of what was removed, for the undo message.
    pub fn name(&self) -> &str {
        match self {
            Removed::Competency { competency, .. } => &competency.name,
            Removed::Mentor { mentor, .. } => &mentor.name,
            Removed::Contact { contact, .. } => &contact.name,
            Removed::OwnFactor { factor, .. } => &factor.name,
            Removed::Entry { label, .. } => label,
        }
    }
}

impl Plan {
    /// An id no item has: past every id in use, or, at the top of `ID_RANGE` (only a crafted
    /// plan gets there), the smallest id free. So every id handed out survives the next load.
    fn new_id(&mut self) -> Id {
        // Never hand out an id that is already used, even in a plan edited by hand. Plans
        // that come in keep ids below ID_RANGE (`limits`), so these additions cannot
        // overflow; they saturate rather than wrap all the same.
        let used = self.max_id().map_or(0, |Id(id)| id.saturating_add(1));
        let id = self.next_id.max(used);
        if id < ID_RANGE {
            self.next_id = id + 1;
            return Id(id);
        }
        // A plan holds a few hundred items at most: one of the first few hundred ids is free.
        let taken = SortedSet::of(self.item_ids().map(|Id(id)| id));
        Id((1..ID_RANGE).find(|&id| !taken.has(id)).unwrap_or_default())
    }

    fn max_id(&self) -> Option<Id> {
        self.item_ids().max()
    }

    /// The id of every item: competencies, mentors, people and own situation factors.
    pub fn item_ids(&self) -> impl Iterator<Item = Id> + '_ {
        let competencies = self.competencies.iter().map(|c| c.id);
        let mentors = self.mentors.iter().map(|m| m.id);
        let contacts = self.contacts.iter().map(|c| c.id);
        let own = self.situation.own_factors.iter().map(|f| f.id);
        competencies.chain(mentors).chain(contacts).chain(own)
    }

    /// Gives every item the id `new_id` makes of its own, and follows every reference to it
    /// (a mentor's and a person's skills, a person's mentor, the parts of the situation a
    /// mentor shares, a check-in's ratings).
    pub fn replace_ids(&mut self, new_id: impl Fn(Id) -> Id) {
        let replace = |id: &mut Id| *id = new_id(*id);
        self.competencies
            .iter_mut()
            .for_each(|c| replace(&mut c.id));
        self.situation
            .own_factors
            .iter_mut()
            .for_each(|f| replace(&mut f.id));
        for mentor in &mut self.mentors {
            replace(&mut mentor.id);
            mentor.competencies.iter_mut().for_each(replace);
            for part in &mut mentor.shared {
                if let SituationRef::Own(id) = part {
                    replace(id);
                }
            }
        }
        for contact in &mut self.contacts {
            replace(&mut contact.id);
            contact.strengths.iter_mut().for_each(replace);
            contact.mentor.iter_mut().for_each(replace);
        }
        for check_in in &mut self.check_ins {
            check_in.levels.iter_mut().for_each(|r| replace(&mut r.id));
        }
    }

    pub fn competency(&self, id: Id) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.id == id)
    }

    pub fn competency_mut(&mut self, id: Id) -> Option<&mut Competency> {
        self.competencies.iter_mut().find(|c| c.id == id)
    }

    pub fn mentor(&self, id: Id) -> Option<&Mentor> {
        self.mentors.iter().find(|m| m.id == id)
    }

    pub fn mentor_mut(&mut self, id: Id) -> Option<&mut Mentor> {
        self.mentors.iter_mut().find(|m| m.id == id)
    }

    pub fn contact_mut(&mut self, id: Id) -> Option<&mut Contact> {
        self.contacts.iter_mut().find(|c| c.id == id)
    }

    /// True if a competency with this name (ignoring case and spaces) is already listed.
    pub fn has_competency_named(&self, name: &str) -> bool {
        let wanted = lowercase(name.trim());
        self.competencies
            .iter()
            .any(|c| lowercase(c.name.trim()) == wanted)
    }

    /// How many items `list` holds.
    pub fn count(&self, list: List) -> usize {
        match list {
            List::Competencies => self.competencies.len(),
            List::Mentors => self.mentors.len(),
            List::Contacts => self.contacts.len(),
            List::OwnFactors => self.situation.own_factors.len(),
        }
    }

    /// True when `list` holds all it may: adding to it is refused.
    pub fn is_full(&self, list: List) -> bool {
        self.count(list) >= list.max()
    }

    /// A new id for an item of `list`, or None when it is full.
    fn room_in(&mut self, list: List) -> Option<Id> {
        (!self.is_full(list)).then(|| self.new_id())
    }

    /// Adds a competency and returns its id; None when the plan has all it may hold.
    pub fn add_competency(
        &mut self,
        name: String,
        reason: Reason,
        priority: Priority,
    ) -> Option<Id> {
        let id = self.room_in(List::Competencies)?;
        self.competencies.push(Competency {
            id,
            name,
            reason,
            now: Level::new(2),
            target: Level::new(4),
            priority,
            soft_skill: false,
            serves: None,
            by: None,
        });
        Some(id)
    }

    /// Adds a soft skill (a goal of the person's) and returns its id; None when full.
    pub fn add_soft_skill(&mut self, name: String) -> Option<Id> {
        let id = self.add_competency(name, Reason::Goal, Priority::Medium)?;
        if let Some(competency) = self.competency_mut(id) {
            competency.soft_skill = true;
        }
        Some(id)
    }

    /// Brings a plan from an older schema up to date: the single goals text becomes the
    /// 1-year goal, and a "soft skill" reason becomes the soft-skill flag (the reason a goal).
    pub fn migrate(&mut self) {
        // Before schema 5, goals were one text; it is kept whole as the 1-year goal.
        let goals = std::mem::take(&mut self.goals_text);
        let year = &mut self.goals.year.text;
        if !goals.trim().is_empty() && year.is_empty() {
            *year = goals;
        }
        for competency in &mut self.competencies {
            if competency.reason == Reason::SoftSkill {
                competency.reason = Reason::Goal;
                competency.soft_skill = true;
            }
        }
    }

    /// Adds a mentor idea with this name and returns its id; None when full.
    pub fn add_mentor(&mut self, name: String) -> Option<Id> {
        let id = self.room_in(List::Mentors)?;
        self.mentors.push(Mentor {
            id,
            name,
            ..Mentor::default()
        });
        Some(id)
    }

    /// Adds a person known for these strengths and returns their id; None when full.
    pub fn add_contact(&mut self, name: String, strengths: Vec<Id>) -> Option<Id> {
        let id = self.room_in(List::Contacts)?;
        self.contacts.push(Contact {
            id,
            name,
            strengths,
            mentor: None,
        });
        Some(id)
    }

    /// Makes a candidate mentor from a contact, answering the contact's strengths.
    /// Returns the mentor's id; a contact already made into a mentor keeps that one. None if
    /// there is no such contact, or no room for another mentor.
    pub fn make_mentor_from_contact(&mut self, contact_id: Id) -> Option<Id> {
        let contact = self.contacts.iter().find(|c| c.id == contact_id)?;
        if let Some(existing) = contact.mentor.filter(|id| self.mentor(*id).is_some()) {
            return Some(existing);
        }
        let (name, strengths) = (contact.name.clone(), contact.strengths.clone());
        let id = self.add_mentor(name)?;
        if let Some(mentor) = self.mentor_mut(id) {
            mentor.competencies = strengths;
            mentor.role = MentorRole::RoleModel;
        }
        if let Some(contact) = self.contact_mut(contact_id) {
            contact.mentor = Some(id);
        }
        Some(id)
    }

    pub fn has_factor(&self, factor: Factor) -> bool {
        self.situation.factors.contains(&factor)
    }

    /// Ticks or unticks a listed factor. Mentors keep their link to an unticked factor
    /// (it no longer counts), so ticking it again brings their links back.
    pub fn set_factor(&mut self, factor: Factor, on: bool) {
        self.situation.factors = in_order(&Factor::ALL, &self.situation.factors, factor, on);
    }

    /// Sets a piece of plan-wide advice aside (it does not apply to the person), or takes
    /// it back.
    /// Takes back every piece of advice set aside.
    pub fn show_all_advice(&mut self) {
        self.set_aside.clear();
    }

    pub fn set_advice_aside(&mut self, advice: Advice, aside: bool) {
        self.set_aside = in_order(&Advice::ALL, &self.set_aside, advice, aside);
    }

    /// Adds a situation factor in the person's own words and returns its id; None when full.
    pub fn add_own_factor(&mut self, name: String) -> Option<Id> {
        let id = self.room_in(List::OwnFactors)?;
        self.situation.own_factors.push(OwnFactor { id, name });
        Some(id)
    }

    /// Removes a competency and every link to it: from mentors, contacts and check-ins.
    pub fn remove_competency(&mut self, id: Id) -> Option<Removed> {
        let index = self.competencies.iter().position(|c| c.id == id)?;
        let competency = self.competencies.remove(index);
        let mentors = self
            .mentors
            .iter_mut()
            .filter_map(|m| Some((m.id, remove_from(&mut m.competencies, &id)?)))
            .collect();
        let contacts = self
            .contacts
            .iter_mut()
            .filter_map(|c| Some((c.id, remove_from(&mut c.strengths, &id)?)))
            .collect();
        let ratings = (self.check_ins.iter_mut().enumerate())
            .filter_map(|(check_in, c)| {
                let at = c.levels.iter().position(|r| r.id == id)?;
                Some((check_in, at, c.levels.remove(at).level))
            })
            .collect();
        Some(Removed::Competency {
            competency,
            index,
            mentors,
            contacts,
            ratings,
        })
    }

    /// Removes a mentor; contacts it was made from forget the link.
    pub fn remove_mentor(&mut self, id: Id) -> Option<Removed> {
        let index = self.mentors.iter().position(|m| m.id == id)?;
        let mentor = self.mentors.remove(index);
        let contacts = self
            .contacts
            .iter_mut()
            .filter(|c| c.mentor == Some(id))
            .map(|c| {
                c.mentor = None;
                c.id
            })
            .collect();
        Some(Removed::Mentor {
            mentor,
            index,
            contacts,
        })
    }

    /// Removes the entry at `index` of a mentor's log; `label` names it for the undo message.
    pub fn remove_entry(&mut self, mentor: Id, index: usize, label: String) -> Option<Removed> {
        let log = &mut self.mentor_mut(mentor)?.log;
        (index < log.len()).then(|| Removed::Entry {
            mentor,
            entry: log.remove(index),
            index,
            label,
        })
    }

    pub fn remove_contact(&mut self, id: Id) -> Option<Removed> {
        let index = self.contacts.iter().position(|c| c.id == id)?;
        let contact = self.contacts.remove(index);
        Some(Removed::Contact { contact, index })
    }

    /// Removes an own situation factor and takes it off every mentor.
    pub fn remove_own_factor(&mut self, id: Id) -> Option<Removed> {
        let own = &mut self.situation.own_factors;
        let index = own.iter().position(|f| f.id == id)?;
        let factor = own.remove(index);
        let part = SituationRef::Own(id);
        let mentors = self
            .mentors
            .iter_mut()
            .filter_map(|m| Some((m.id, remove_from(&mut m.shared, &part)?)))
            .collect();
        Some(Removed::OwnFactor {
            factor,
            index,
            mentors,
        })
    }

    /// Undoes a removal: the thing and its links come back where they were. False, and
    /// nothing changes, when its list has since filled up.
    pub fn restore(&mut self, removed: Removed) -> bool {
        if removed.list().is_some_and(|list| self.is_full(list)) {
            return false;
        }
        match removed {
            Removed::Competency {
                competency,
                index,
                mentors,
                contacts,
                ratings,
            } => {
                let id = competency.id;
                insert_at(&mut self.competencies, index, competency);
                for (check_in, at, level) in ratings {
                    if let Some(check_in) = self.check_ins.get_mut(check_in) {
                        insert_at(&mut check_in.levels, at, Rating { id, level });
                    }
                }
                for (mentor, at) in mentors {
                    if let Some(mentor) = self.mentor_mut(mentor) {
                        insert_at(&mut mentor.competencies, at, id);
                    }
                }
                for (contact, at) in contacts {
                    if let Some(contact) = self.contact_mut(contact) {
                        insert_at(&mut contact.strengths, at, id);
                    }
                }
            }
            Removed::Mentor {
                mentor,
                index,
                contacts,
            } => {
                let id = mentor.id;
                insert_at(&mut self.mentors, index, mentor);
                for contact in self
                    .contacts
                    .iter_mut()
                    .filter(|c| contacts.contains(&c.id))
                {
                    contact.mentor = Some(id);
                }
            }
            Removed::Contact { contact, index } => insert_at(&mut self.contacts, index, contact),
            Removed::OwnFactor {
                factor,
                index,
                mentors,
            } => {
                let part = SituationRef::Own(factor.id);
                insert_at(&mut self.situation.own_factors, index, factor);
                for (mentor, at) in mentors {
                    if let Some(mentor) = self.mentor_mut(mentor) {
                        insert_at(&mut mentor.shared, at, part);
                    }
                }
            }
            Removed::Entry {
                mentor,
                entry,
                index,
                ..
            } => {
                if let Some(mentor) = self.mentor_mut(mentor) {
                    insert_at(&mut mentor.log, index, entry);
                    // A full log makes room as a new entry does: its oldest goes.
                    mentor.log.truncate(MAX_LOG_ENTRIES);
                }
            }
        }
        true
    }

    /// A copy without the record of how the plan is kept up: meetings, steps done and
    /// check-ins. Left out of links unless the person puts it in.
    pub fn without_record(&self) -> Plan {
        let mut copy = self.clone();
        copy.leave_out_record();
        copy
    }

    /// Clears the record (see `without_record`).
    pub fn leave_out_record(&mut self) {
        self.check_ins.clear();
        for mentor in &mut self.mentors {
            mentor.log.clear();
        }
    }

    /// True if the plan holds meetings, steps done or check-ins.
    pub fn has_record(&self) -> bool {
        !self.check_ins.is_empty() || self.mentors.iter().any(|m| !m.log.is_empty())
    }

    /// A copy without what the person marked private (notes, and their situation), for
    /// links and files.
    pub fn without_private_notes(&self) -> Plan {
        let mut copy = self.clone();
        if copy.private.review_notes {
            copy.review_notes.clear();
        }
        if copy.private.situation_notes {
            copy.situation.notes.clear();
        }
        if copy.private.situation {
            copy.situation.factors.clear();
            copy.situation.own_factors.clear();
            for mentor in &mut copy.mentors {
                mentor.shared.clear();
            }
        }
        copy
    }

    /// True if something marked private is in the plan (so sharing without it differs).
    pub fn has_private_notes(&self) -> bool {
        let situation = &self.situation;
        (self.private.review_notes && !self.review_notes.trim().is_empty())
            || (self.private.situation_notes && !situation.notes.trim().is_empty())
            || (self.private.situation
                && !(situation.factors.is_empty() && situation.own_factors.is_empty()))
    }

    /// Every part of the person's situation, listed factors first.
    pub fn situation_parts(&self) -> Vec<SituationRef> {
        let listed = self
            .situation
            .factors
            .iter()
            .copied()
            .map(SituationRef::Listed);
        let own = self
            .situation
            .own_factors
            .iter()
            .map(|f| SituationRef::Own(f.id));
        listed.chain(own).collect()
    }
}

/// The items of `all` that `kept` holds, with `item` in or out as `on` says, in the order of
/// `all`: the same choices always compare equal, without a sort (the wasm then carries no
/// sorting code).
fn in_order<T: Copy + PartialEq>(all: &[T], kept: &[T], item: T, on: bool) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|other| {
            if *other == item {
                on
            } else {
                kept.contains(other)
            }
        })
        .collect()
}

/// Adds `item` to `list` if `on`, removes it if not; keeps the list free of repeats.
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    let present = list.contains(&item);
    if on && !present {
        list.push(item);
    } else if !on && present {
        list.retain(|x| *x != item);
    }
}

/// Inserts at `index`, or at the end if the list has since become shorter.
fn insert_at<T>(list: &mut Vec<T>, index: usize, item: T) {
    list.insert(index.min(list.len()), item);
}

/// Removes `item` from `list`; returns where it was.
fn remove_from<T: PartialEq>(list: &mut Vec<T>, item: &T) -> Option<usize> {
    let at = list.iter().position(|x| x == item)?;
    list.remove(at);
    Some(at)
}
