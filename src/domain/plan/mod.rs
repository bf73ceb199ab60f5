//! One person's multi-mentor plan: the stock-take and the team of mentors it leads to, as
//! data. This file holds the plan itself, its ids, its limits and its lookups; the parts of a
//! plan live in files by topic (the situation, competencies, mentors, the record of how the
//! plan is kept up) and the edits with undo in `edit.rs`. Every type is named from here
//! (`plan::Mentor`), whichever file holds it.

mod competency;
mod edit;
mod mentor;
mod record;
mod situation;

pub use competency::*;
pub use edit::*;
pub use mentor::*;
pub use record::*;
pub use situation::*;

use serde::{Deserialize, Serialize};

use crate::domain::sorted_set::SortedSet;
use crate::text::lowercase;

/// One person's multi-mentor plan: the stock-take and the team of mentors it leads to.
///
/// `#[serde(default)]` on the struct lets a plan saved with fewer fields still load, and a
/// field added later is covered without a word (as on a mentor, a goal and the situation).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// Schema 4's goals: one text for every horizon. Only read, from older plans and links:
    /// `migrate` moves it whole into the 1-year goal.
    #[serde(rename = "goals", skip_serializing)]
    pub goals_text: String,
    /// The person's career goals by horizon, in their own words.
    #[serde(rename = "horizons")]
    pub goals: Goals,
    /// The role they are working towards.
    pub target_role: String,
    /// What their last performance review said they should work on.
    pub review_notes: String,
    /// Lifestyle and social situation (stock-take question 2).
    pub situation: Situation,
    /// The industry whose soft skills they are looking at (stock-take question 3).
    pub industry: Option<Industry>,
    /// The skills and competencies they need (stock-take question 1).
    pub competencies: Vec<Competency>,
    /// People they know and respect for a soft skill, who may become mentors.
    pub contacts: Vec<Contact>,
    /// The team of mentors.
    pub mentors: Vec<Mentor>,
    /// The next id to hand out; ids are never reused, so undo can put things back.
    pub next_id: u32,
    /// Which notes the person marked private: left out of shared links by default.
    pub private: Privacy,
    /// Plan-wide advice the person said does not apply to them: its finding stays quiet.
    /// Kept in the order of `Advice::ALL`.
    pub set_aside: Vec<Advice>,
    /// Check-ins, oldest first (`living::MAX_CHECK_INS` at most). Private: left out of share
    /// links unless the person puts them in.
    pub check_ins: Vec<CheckIn>,
    /// Which plan this is, across its copies: a random number the store gives a plan when it
    /// is first saved (`Library::before_saving`), kept in storage, links and files, so that a
    /// copy coming back is known as the person's own. 0 until then, and in older plans.
    pub identity: u32,
    /// When the plan last changed, in seconds since 1970 (UTC); 0 if not known. Tells which
    /// of two copies of one plan is newer.
    pub changed: u32,
}

/// Whether a copy of a plan that last changed at `copy` is newer than the plan that last
/// changed at `own` (`Plan::changed`): None when they changed at the same moment, or one does
/// not say when.
pub fn copy_is_newer(copy: u32, own: u32) -> Option<bool> {
    (copy > 0 && own > 0 && copy != own).then_some(copy > own)
}

/// A new identity for a plan from a random number in [0, 1) (the browser's): one of about
/// four billion, never 0. Two of one person's plans, or theirs and a plan someone shares with
/// them, have the same one about once in forty million times at the most (100 plans).
pub fn new_identity(random: f64) -> u32 {
    ((random.clamp(0.0, 1.0) * f64::from(u32::MAX)) as u32).max(1)
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
#[serde(default)]
pub struct Privacy {
    pub review_notes: bool,
    pub situation_notes: bool,
    /// The situation itself (the factors, listed and own, and which ones mentors share).
    pub situation: bool,
}

/// Identifies a competency, mentor, contact or own situation factor within one plan.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Id(pub u32);

/// Plans in one browser.
pub const MAX_PLANS: usize = 100;
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

/// What had to change for a plan (or every plan) to fit the limits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Trimmed {
    /// Items left out: past a list's limit, or with an id already used.
    pub items: usize,
    /// Texts shortened to their limit, or cleared of text-direction controls.
    pub texts: usize,
    /// References to items that do not exist, or repeated, dropped.
    pub links: usize,
    /// Plans left out past `MAX_PLANS`.
    pub plans: usize,
}

impl Trimmed {
    pub fn is_empty(&self) -> bool {
        *self == Trimmed::default()
    }

    pub fn add(&mut self, other: Trimmed) {
        self.items += other.items;
        self.texts += other.texts;
        self.links += other.links;
        self.plans += other.plans;
    }
}

impl Plan {
    /// True if `other` is a copy of this plan (they share an identity), however each changed.
    pub fn is_copy_of(&self, other: &Plan) -> bool {
        self.identity != 0 && self.identity == other.identity
    }

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

    /// True when the two plans hold the same things, whatever their identity and the time
    /// they last changed: a demo copy of an example plan that no one has edited yet.
    pub fn same_content(&self, other: &Plan) -> bool {
        let bare = |plan: &Plan| Plan {
            identity: 0,
            changed: 0,
            ..plan.clone()
        };
        bare(self) == bare(other)
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
