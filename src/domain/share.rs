//! Share links: a plan in the URL fragment, as short as we can make it.
//!
//! A link's fragment is `s4.` followed by base64url of raw deflate of a compact binary
//! layout of the plan. The `4` is the format version: a later format gets a new number
//! and the older ones keep decoding, so old links keep opening (format 1 had no soft-skill
//! flag and no advice set aside; format 2 had one goals text, and none of the living plan:
//! goals by horizon, dates, meetings and check-ins; format 3 knew four pieces of advice, not
//! the fifth, meeting in person, and eleven situation factors, not the last two). An older app says a format 4 link needs a newer version. Meetings and check-ins are in a link
//! only if the person put them in (`Plan::leave_out_record` takes them out). Deflate starts
//! from a preset dictionary of words plans often use (`dictionary.rs`), which is frozen:
//! every format so far uses it.
//!
//! Decoding never panics: every length is checked against what is left, and the
//! decompressed size is capped.

use crate::domain::date::{Date, LAST_DAY};
use crate::domain::date::{date_of, day_number};
use crate::domain::dictionary::DICTIONARY_V1;
use crate::domain::limits::{Trimmed, fit_name, plan_within_limits};
use crate::domain::plan::{
    Advice, Cadence, Competency, Contact, Factor, Id, Industry, Level, Mentor, MentorRole,
    OwnFactor, Plan, Priority, Privacy, Reach, Reason, Situation, SituationRef, Status,
};
use crate::domain::plan::{CheckIn, Entry, Goal, Goals, Horizon, Rating};

/// What a share fragment starts with (after `#`).
pub const PREFIX: &str = "s";
/// The format this build writes; it reads every format up to this one.
pub const VERSION: u32 = 4;
/// Fragments longer than this are refused before any decoding.
pub const MAX_FRAGMENT: usize = 64 * 1024;
/// The largest plan layout we inflate to: a cap against decompression bombs.
pub const MAX_DECOMPRESSED: usize = 256 * 1024;

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link at all (no `s<version>.` prefix).
    NotALink,
    /// Made by a newer version of the app.
    UnknownVersion(String),
    /// Longer than any plan we make.
    TooLong,
    /// Characters that base64url does not use, or a length it cannot have.
    NotBase64,
    /// The compressed data is damaged or cut short.
    Damaged,
    /// It would unpack to more than `MAX_DECOMPRESSED` bytes.
    TooBig,
    /// It unpacked, but is not a plan (cut short, or edited by hand).
    NotAPlan,
    /// The browser has no decompressor for links (browsers from before 2023).
    OldBrowser,
}

/// A plan as it travels in a link: its name (whose plan it is) and its content, within the
/// limits (`trimmed` says what had to be left out to get there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedPlan {
    pub name: String,
    pub plan: Plan,
    pub trimmed: Trimmed,
}

/// The fragment (without `#`) that carries a plan.
pub fn encode(name: &str, plan: &Plan) -> String {
    format!(
        "{PREFIX}{VERSION}.{}",
        base64url_encode(&deflate(&layout(name, plan)))
    )
}

/// The bytes a link of this version carries before they are compressed: what
/// `read_inflated` reads after the dictionary.
pub fn layout(name: &str, plan: &Plan) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(1024));
    w.text(name);
    write_plan(&mut w, plan);
    w.0
}

/// Reads a plan back from a fragment (with or without the leading `#`), inflating with
/// miniz_oxide. The app inflates with the browser's own decompressor instead (see
/// `browser::open_share_link`); both go through `unpack` and `read_inflated`.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(fragment: &str) -> Result<SharedPlan, ShareError> {
    let packed = unpack(fragment)?;
    read_inflated(packed.format, &inflate(&packed.stream)?)
}

/// A link checked and ready to inflate: its format, and a raw deflate stream that starts
/// with a stored block holding the dictionary, so the link's back-references into the
/// dictionary resolve (`read_inflated` cuts the dictionary off).
pub struct Packed {
    pub format: u32,
    pub stream: Vec<u8>,
}

/// The first half of reading a link: checks the fragment and returns what to inflate.
pub fn unpack(fragment: &str) -> Result<Packed, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong);
    }
    let rest = fragment.strip_prefix(PREFIX).ok_or(ShareError::NotALink)?;
    let (version, payload) = rest.split_once('.').ok_or(ShareError::NotALink)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::NotALink);
    }
    let format = match version {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "4" => 4,
        _ => {
            return Err(ShareError::UnknownVersion(
                version.chars().take(9).collect(),
            ));
        }
    };
    let compressed = base64url_decode(payload).ok_or(ShareError::NotBase64)?;
    let dictionary = DICTIONARY_V1.as_bytes();
    let length = dictionary.len() as u16; // the dictionary is well under 64 KiB
    let mut stream = Vec::with_capacity(5 + dictionary.len() + compressed.len());
    stream.push(0); // a stored block that is not the last one
    stream.extend_from_slice(&length.to_le_bytes());
    stream.extend_from_slice(&(!length).to_le_bytes());
    stream.extend_from_slice(dictionary);
    stream.extend_from_slice(&compressed);
    Ok(Packed { format, stream })
}

/// The most bytes an inflater may produce for `unpack`'s stream: the dictionary and
/// `MAX_DECOMPRESSED`. An inflater that would go past it stops with `ShareError::TooBig`.
pub const MAX_INFLATED: usize = DICTIONARY_V1.len() + MAX_DECOMPRESSED;

/// The second half of reading a link: the inflated stream (dictionary first) of a link of
/// this format to the plan.
pub fn read_inflated(format: u32, inflated: &[u8]) -> Result<SharedPlan, ShareError> {
    let layout = inflated
        .strip_prefix(DICTIONARY_V1.as_bytes())
        .ok_or(ShareError::Damaged)?;
    let mut r = Reader {
        bytes: layout,
        format,
    };
    let shared = r.text().zip(read_plan(&mut r)).map(|(mut name, plan)| {
        let (plan, mut trimmed) = plan_within_limits(plan);
        trimmed.texts += usize::from(fit_name(&mut name));
        SharedPlan {
            name,
            plan,
            trimmed,
        }
    });
    match shared {
        Some(shared) if r.bytes.is_empty() => Ok(shared),
        _ => Err(ShareError::NotAPlan), // cut short, or trailing bytes we never write
    }
}

/// True if the fragment looks like a share link (it may still fail to decode).
pub fn is_share_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.split_once('.'))
        .is_some_and(|(version, _)| {
            !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit())
        })
}

// ---- compression with a preset dictionary ----

/// Raw deflate of `data`, with the dictionary already in the window: the compressor reads
/// the dictionary, flushes to a byte boundary, and only what it writes after that is kept.
fn deflate(data: &[u8]) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        CompressorOxide, TDEFLFlush, compress_to_output, create_comp_flags_from_zip_params,
    };
    let flags = create_comp_flags_from_zip_params(10, -15, 0);
    let mut compressor = CompressorOxide::new(flags);
    let mut run = |input: &[u8], flush: TDEFLFlush| {
        let mut output = Vec::new();
        let mut input = input;
        loop {
            let (_, used) = compress_to_output(&mut compressor, input, flush, |chunk| {
                output.extend_from_slice(chunk);
                true
            });
            input = &input[used.min(input.len())..];
            if input.is_empty() {
                break;
            }
        }
        output
    };
    run(DICTIONARY_V1.as_bytes(), TDEFLFlush::Sync);
    run(data, TDEFLFlush::Finish)
}

/// Inflates `unpack`'s stream with miniz_oxide, up to `MAX_INFLATED` bytes.
#[cfg(not(target_arch = "wasm32"))]
fn inflate(stream: &[u8]) -> Result<Vec<u8>, ShareError> {
    use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};
    decompress_to_vec_with_limit(stream, MAX_INFLATED).map_err(|error| match error.status {
        TINFLStatus::HasMoreOutput => ShareError::TooBig,
        _ => ShareError::Damaged,
    })
}

// ---- base64url without padding ----

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
        }
    }
    text
}

pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32);
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            bytes.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(bytes)
}

// ---- the binary layout ----
//
// Numbers are LEB128 varints, text is a varint byte length then UTF-8, lists are a varint
// count then their items, and choices are their position in the type's `ALL` list.

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
    })
}
