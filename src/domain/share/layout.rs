//! The compact binary layout of a plan in a link: numbers as LEB128, texts as their length
//! and UTF-8 bytes, choices as their place in a fixed list, and every list with its count.
//! Reading checks each length against what is left, so a crafted link never panics.

use crate::domain::date::{Date, LAST_DAY, date_of, day_number};
use crate::domain::plan::{
    Advice, Cadence, CheckIn, Competency, Contact, Entry, Factor, Goal, Goals, Horizon, Id,
    Industry, Level, Mentor, MentorRole, OwnFactor, Plan, Priority, Privacy, Rating, Reach, Reason,
    Situation, SituationRef, Status,
};

/// A link's name and plan, in the layout.
pub(super) fn write(name: &str, plan: &Plan) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(1024));
    w.text(name);
    write_plan(&mut w, plan);
    w.0
}

/// A link's name and plan back from the layout of this format; None if it is cut short, not
/// a plan, or has bytes after the plan (which no link of ours has).
pub(super) fn read(format: u32, bytes: &[u8]) -> Option<(String, Plan)> {
    let mut r = Reader { bytes, format };
    let shared = r.text().zip(read_plan(&mut r))?;
    r.bytes.is_empty().then_some(shared)
}

struct Writer(Vec<u8>);

impl Writer {
    fn number(&mut self, mut n: u32) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn text(&mut self, text: &str) {
        self.number(text.len() as u32);
        self.0.extend_from_slice(text.as_bytes());
    }

    fn choice<T: PartialEq>(&mut self, all: &[T], value: &T) {
        self.number(all.iter().position(|v| v == value).unwrap_or(0) as u32);
    }

    fn list<T>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.number(items.len() as u32);
        for item in items {
            write(self, item);
        }
    }

    fn ids(&mut self, ids: &[Id]) {
        self.list(ids, |w, id| w.number(id.0));
    }

    /// A date as its day number plus one; 0 for none.
    fn date(&mut self, date: Option<Date>) {
        self.number(date.map_or(0, |d| day_number(d) as u32 + 1));
    }

    fn flag(&mut self, on: bool) {
        self.number(u32::from(on));
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    /// The link's format: what format 2 added is absent from format 1.
    format: u32,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(*first)
    }

    fn number(&mut self) -> Option<u32> {
        let mut n = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            n |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                // Refuse a fifth byte that would overflow 32 bits.
                return (shift < 28 || byte <= 0x0f).then_some(n);
            }
        }
        None
    }

    fn text(&mut self) -> Option<String> {
        let length = self.number()? as usize;
        if length > self.bytes.len() {
            return None;
        }
        let (text, rest) = self.bytes.split_at(length);
        self.bytes = rest;
        String::from_utf8(text.to_vec()).ok()
    }

    /// The situation factors this link's format knows: format 4 added the last two.
    fn factors(&self) -> &'static [Factor] {
        let known = if self.format >= 4 {
            Factor::ALL.len()
        } else {
            11
        };
        &Factor::ALL[..known]
    }

    fn choice<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.number()? as usize).copied()
    }

    /// A list: the count is checked against the bytes left (every item takes at least one).
    fn list<T>(&mut self, mut read: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let count = self.number()? as usize;
        if count > self.bytes.len() {
            return None;
        }
        (0..count).map(|_| read(self)).collect()
    }

    fn id(&mut self) -> Option<Id> {
        self.number().map(Id)
    }

    fn ids(&mut self) -> Option<Vec<Id>> {
        self.list(Self::id)
    }

    /// A date, or none; None if it is past the year 9999.
    fn date(&mut self) -> Option<Option<Date>> {
        match self.number()? {
            0 => Some(None),
            n if i64::from(n) <= LAST_DAY + 1 => Some(Some(date_of(i64::from(n) - 1))),
            _ => None,
        }
    }

    /// A date that must be there.
    fn some_date(&mut self) -> Option<Date> {
        self.date()?
    }

    fn flag(&mut self) -> Option<bool> {
        self.choice(&[false, true])
    }
}

const LEVELS: [u8; 5] = [1, 2, 3, 4, 5];
/// Every reason as format 1 numbered them; "soft skill" is only read, then migrated.
const REASONS: [Reason; 5] = [
    Reason::PerformanceReview,
    Reason::Goal,
    Reason::Transition,
    Reason::Situation,
    Reason::SoftSkill,
];

fn write_plan(w: &mut Writer, plan: &Plan) {
    for horizon in Horizon::ALL {
        let goal = plan.goals.get(horizon);
        w.text(&goal.text);
        w.date(goal.by);
        w.flag(goal.met);
    }
    w.text(&plan.target_role);
    w.text(&plan.review_notes);
    let private = &plan.private;
    w.number(
        u32::from(private.review_notes)
            | u32::from(private.situation_notes) << 1
            | u32::from(private.situation) << 2,
    );
    w.list(&plan.situation.factors, |w, factor| {
        w.choice(&Factor::ALL, factor)
    });
    w.list(&plan.situation.own_factors, |w, own| {
        w.number(own.id.0);
        w.text(&own.name);
    });
    w.text(&plan.situation.notes);
    match plan.industry {
        None => w.number(0),
        Some(industry) => w.number(
            1 + Industry::ALL
                .iter()
                .position(|i| *i == industry)
                .unwrap_or(0) as u32,
        ),
    }
    w.list(&plan.competencies, |w, c| {
        w.number(c.id.0);
        w.text(&c.name);
        w.choice(&REASONS, &c.reason);
        w.choice(&Priority::ALL, &c.priority);
        w.choice(&LEVELS, &c.now.value());
        w.choice(&LEVELS, &c.target.value());
        w.flag(c.soft_skill);
        w.number(c.serves.map_or(0, |h| 1 + h as u32));
        w.date(c.by);
    });
    w.list(&plan.contacts, |w, contact| {
        w.number(contact.id.0);
        w.text(&contact.name);
        w.ids(&contact.strengths);
        w.number(contact.mentor.map_or(0, |id| id.0 + 1));
    });
    w.list(&plan.mentors, |w, m| {
        w.number(m.id.0);
        w.text(&m.name);
        w.text(&m.how_known);
        w.choice(&MentorRole::ALL, &m.role);
        w.choice(&Reach::ALL, &m.reach);
        w.choice(&Status::ALL, &m.status);
        w.choice(&Cadence::ALL, &m.cadence);
        w.ids(&m.competencies);
        w.list(&m.shared, |w, part| match part {
            SituationRef::Listed(factor) => {
                w.number(0);
                w.choice(&Factor::ALL, factor);
            }
            SituationRef::Own(id) => {
                w.number(1);
                w.number(id.0);
            }
        });
        w.text(&m.next_step);
        w.text(&m.offer);
        w.date(m.step_due);
        w.date(m.asked_on);
        w.list(&m.log, |w, entry| {
            w.date(Some(entry.date));
            w.text(&entry.note);
            w.flag(entry.done_step);
        });
    });
    w.number(plan.next_id);
    w.list(&plan.set_aside, |w, advice| w.choice(&Advice::ALL, advice));
    w.list(&plan.check_ins, |w, check_in| {
        w.date(Some(check_in.date));
        w.list(&check_in.levels, |w, rating| {
            w.number(rating.id.0);
            w.choice(&LEVELS, &rating.level.value());
        });
        w.list(&check_in.met, |w, horizon| w.choice(&Horizon::ALL, horizon));
        w.text(&check_in.note);
    });
    w.number(plan.identity);
    w.number(plan.changed);
}

fn read_plan(r: &mut Reader) -> Option<Plan> {
    let living = r.format >= 3;
    let (goals_text, goals) = if living {
        let mut goal = || {
            Some(Goal {
                text: r.text()?,
                by: r.date()?,
                met: r.flag()?,
            })
        };
        let (soon, year, later) = (goal()?, goal()?, goal()?);
        (String::new(), Goals { soon, year, later })
    } else {
        (r.text()?, Goals::default())
    };
    let target_role = r.text()?;
    let review_notes = r.text()?;
    let private = r.number()?;
    if private > 7 {
        return None;
    }
    let factors = r.list(|r| r.choice(r.factors()))?;
    let own_factors = r.list(|r| {
        Some(OwnFactor {
            id: r.id()?,
            name: r.text()?,
        })
    })?;
    let notes = r.text()?;
    let industry = match r.number()? {
        0 => None,
        n => Some(*Industry::ALL.get(n as usize - 1)?),
    };
    let competencies = r.list(|r| {
        Some(Competency {
            id: r.id()?,
            name: r.text()?,
            reason: r.choice(&REASONS)?,
            priority: r.choice(&Priority::ALL)?,
            now: Level::new(r.choice(&LEVELS)?),
            target: Level::new(r.choice(&LEVELS)?),
            soft_skill: r.format >= 2 && r.flag()?,
            serves: if living {
                match r.number()? {
                    0 => None,
                    n => Some(*Horizon::ALL.get(n as usize - 1)?),
                }
            } else {
                None
            },
            by: if living { r.date()? } else { None },
        })
    })?;
    let contacts = r.list(|r| {
        Some(Contact {
            id: r.id()?,
            name: r.text()?,
            strengths: r.ids()?,
            mentor: r.number()?.checked_sub(1).map(Id),
        })
    })?;
    let mentors = r.list(|r| {
        Some(Mentor {
            id: r.id()?,
            name: r.text()?,
            how_known: r.text()?,
            role: r.choice(&MentorRole::ALL)?,
            reach: r.choice(&Reach::ALL)?,
            status: r.choice(&Status::ALL)?,
            cadence: r.choice(&Cadence::ALL)?,
            competencies: r.ids()?,
            shared: r.list(|r| match r.number()? {
                0 => Some(SituationRef::Listed(r.choice(r.factors())?)),
                1 => Some(SituationRef::Own(r.id()?)),
                _ => None,
            })?,
            next_step: r.text()?,
            offer: r.text()?,
            step_due: if living { r.date()? } else { None },
            asked_on: if living { r.date()? } else { None },
            log: if living {
                r.list(|r| {
                    Some(Entry {
                        date: r.some_date()?,
                        note: r.text()?,
                        done_step: r.flag()?,
                    })
                })?
            } else {
                Vec::new()
            },
        })
    })?;
    let next_id = r.number()?;
    let set_aside = if r.format >= 2 {
        // Format 4 added the fifth piece of advice, meeting someone in person.
        let known = if r.format >= 4 { Advice::ALL.len() } else { 4 };
        r.list(|r| r.choice(&Advice::ALL[..known]))?
    } else {
        Vec::new()
    };
    let check_ins = if living {
        r.list(|r| {
            Some(CheckIn {
                date: r.some_date()?,
                levels: r.list(|r| {
                    Some(Rating {
                        id: r.id()?,
                        level: Level::new(r.choice(&LEVELS)?),
                    })
                })?,
                met: r.list(|r| r.choice(&Horizon::ALL))?,
                note: r.text()?,
            })
        })?
    } else {
        Vec::new()
    };
    Some(Plan {
        goals_text,
        goals,
        target_role,
        review_notes,
        situation: Situation {
            factors,
            own_factors,
            notes,
        },
        industry,
        competencies,
        contacts,
        mentors,
        next_id,
        private: Privacy {
            review_notes: private & 1 != 0,
            situation_notes: private & 2 != 0,
            situation: private & 4 != 0,
        },
        set_aside,
        check_ins,
        // Format 5 added which plan this is and when it last changed.
        identity: if r.format >= 5 { r.number()? } else { 0 },
        changed: if r.format >= 5 { r.number()? } else { 0 },
    })
}
