//! Changing a plan: adding to its lists within their limits, removing with undo, and the
//! choices it keeps in a set order.

use super::{
    Advice, Competency, Contact, Entry, Factor, Id, Level, List, MAX_LOG_ENTRIES, Mentor,
    MentorRole, OwnFactor, Plan, Priority, Rating, Reason, SituationRef,
};

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
