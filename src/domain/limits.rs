//! What a plan may hold, and the one check every plan passes on its way in: a share link, a
//! file, what is stored in this browser, and what another tab saved. Past the check, the
//! rest of the app can count on it: lists are short enough to draw at once, texts are of a
//! sane length, ids are unique and below 2^30, and every reference points at something.
//!
//! A plan over a limit is not refused: what fits is kept, and `Trimmed` says what was left
//! out, for a message. The person's own plans are never changed by what comes in.

use crate::domain::date::Date;
use crate::domain::library::Library;
use crate::domain::living::merge_into_oldest;
use crate::domain::plan::{
    Horizon, ID_RANGE, Id, MAX_CHECK_INS, MAX_LOG_ENTRIES, MessageKind, Plan, SituationRef,
};
pub use crate::domain::plan::{
    MAX_COMPETENCIES, MAX_CONTACTS, MAX_MENTORS, MAX_NAME_CHARS, MAX_OWN_FACTORS, MAX_PLANS,
    MAX_TEXT_CHARS, Trimmed,
};
use crate::domain::sorted_set::SortedSet;

/// Add forms with text typed and not added yet, per plan.
pub const MAX_DRAFTS: usize = 20;
/// Messages the person changed, per plan: one of each kind for each mentor.
pub const MAX_MESSAGES: usize = MAX_MENTORS * MessageKind::ALL.len();
/// An id no item of a checked plan has (they stay below `ID_RANGE`): a renumbering points a
/// reference to nothing at it, and the check then drops that reference.
pub const MAX_ID: u32 = i32::MAX as u32;
/// A plan that comes in with an item's id from `ID_RANGE` up is renumbered from 1 (a crafted
/// one: a person adding items one at a time never gets near), and a next id past it is
/// brought back to the ids in use. `Plan::new_id` never hands out an id from there up.
const RENUMBER_FROM: u32 = ID_RANGE;

/// The plan, within the limits, and what was left out to get there.
pub fn plan_within_limits(mut plan: Plan) -> (Plan, Trimmed) {
    // Every plan that comes in passes here, so this is where older plans are brought up to date.
    plan.migrate();
    let mut trimmed = Trimmed::default();
    let mut used = SortedSet::default();
    let mut keep_id = |id: Id| used.insert(id.0);

    trimmed.items += keep_first(&mut plan.competencies, MAX_COMPETENCIES, |c| keep_id(c.id));
    trimmed.items += keep_first(&mut plan.mentors, MAX_MENTORS, |m| keep_id(m.id));
    trimmed.items += keep_first(&mut plan.contacts, MAX_CONTACTS, |c| keep_id(c.id));
    let own = &mut plan.situation.own_factors;
    trimmed.items += keep_first(own, MAX_OWN_FACTORS, |f| keep_id(f.id));
    if used.last().is_some_and(|id| id >= RENUMBER_FROM) {
        used = renumber(&mut plan);
    }
    if plan.next_id >= RENUMBER_FROM {
        plan.next_id = 0;
    }

    let competencies = SortedSet::of(plan.competencies.iter().map(|c| c.id.0));
    let mentors = SortedSet::of(plan.mentors.iter().map(|m| m.id.0));
    let own = SortedSet::of(plan.situation.own_factors.iter().map(|f| f.id.0));
    trimmed.links += keep_unique(&mut plan.situation.factors, |&factor| Some(factor as u32));
    trimmed.links += keep_unique(&mut plan.set_aside, |&advice| Some(advice as u32));
    for mentor in &mut plan.mentors {
        trimmed.links += keep_unique(&mut mentor.competencies, |id| {
            competencies.has(id.0).then_some(id.0)
        });
        trimmed.links += keep_unique(&mut mentor.shared, |part| match *part {
            // Listed factors and own factors, told apart by the top bit (ids stay below it).
            SituationRef::Listed(factor) => Some(factor as u32 | 1 << 31),
            SituationRef::Own(id) => own.has(id.0).then_some(id.0),
        });
    }
    for contact in &mut plan.contacts {
        trimmed.links += keep_unique(&mut contact.strengths, |id| {
            competencies.has(id.0).then_some(id.0)
        });
        if contact.mentor.is_some_and(|id| !mentors.has(id.0)) {
            contact.mentor = None;
            trimmed.links += 1;
        }
    }

    let names = plan.situation.own_factors.iter_mut().map(|f| &mut f.name);
    let names = names.chain(plan.competencies.iter_mut().map(|c| &mut c.name));
    let names = names.chain(plan.contacts.iter_mut().map(|c| &mut c.name));
    let names = names.chain(plan.mentors.iter_mut().map(|m| &mut m.name));
    for name in names {
        trimmed.texts += usize::from(fit_name(name));
    }
    let mut text =
        |value: &mut String, limit: usize| trimmed.texts += usize::from(fit(value, limit));
    for horizon in Horizon::ALL {
        let goal = plan.goals.get_mut(horizon);
        text(&mut goal.text, MAX_TEXT_CHARS);
        trimmed.links += usize::from(drop_bad_date(&mut goal.by));
    }
    for competency in &mut plan.competencies {
        trimmed.links += usize::from(drop_bad_date(&mut competency.by));
    }
    for mentor in &mut plan.mentors {
        trimmed.links += usize::from(drop_bad_date(&mut mentor.step_due));
        trimmed.links += usize::from(drop_bad_date(&mut mentor.asked_on));
        trimmed.items += keep_first(&mut mentor.log, MAX_LOG_ENTRIES, |e| e.date.is_valid());
        for entry in &mut mentor.log {
            text(&mut entry.note, MAX_TEXT_CHARS);
        }
    }
    trimmed.items += keep_first(&mut plan.check_ins, usize::MAX, |c| c.date.is_valid());
    // Past the limit, the oldest are merged, as when a check-in is saved: all at once.
    let over = plan.check_ins.len().saturating_sub(MAX_CHECK_INS);
    if over > 0 {
        merge_into_oldest(&mut plan.check_ins, over, |id| competencies.has(id.0));
        trimmed.items += over;
    }
    for check_in in &mut plan.check_ins {
        text(&mut check_in.note, MAX_TEXT_CHARS);
        trimmed.links += keep_unique(&mut check_in.levels, |r| {
            competencies.has(r.id.0).then_some(r.id.0)
        });
        trimmed.links += keep_unique(&mut check_in.met, |&h| Some(h as u32));
    }
    text(&mut plan.target_role, MAX_TEXT_CHARS);
    text(&mut plan.review_notes, MAX_TEXT_CHARS);
    text(&mut plan.situation.notes, MAX_TEXT_CHARS);
    for mentor in &mut plan.mentors {
        text(&mut mentor.how_known, MAX_TEXT_CHARS);
        text(&mut mentor.next_step, MAX_TEXT_CHARS);
        text(&mut mentor.offer, MAX_TEXT_CHARS);
    }

    // The next id is past every id in use, and at most RENUMBER_FROM.
    let past_used = used.last().map_or(0, |id| id + 1);
    plan.next_id = plan.next_id.max(past_used);
    (plan, trimmed)
}

/// Gives the plan's items ids from 1, in the order of their lists, and follows every
/// reference to them; a reference to no item gets an id no item has, and is dropped later.
/// Returns the ids now in use.
fn renumber(plan: &mut Plan) -> SortedSet {
    // (old id, new id), kept sorted by the old one.
    let mut new_ids: Vec<(u32, u32)> = Vec::new();
    for (new, old) in (1..).zip(plan.item_ids()) {
        if let Err(at) = new_ids.binary_search_by_key(&old.0, |&(old, _)| old) {
            new_ids.insert(at, (old.0, new));
        }
    }
    plan.replace_ids(
        |id| match new_ids.binary_search_by_key(&id.0, |&(old, _)| old) {
            Ok(at) => Id(new_ids[at].1),
            Err(_) => Id(MAX_ID),
        },
    );
    let count = new_ids.len() as u32;
    plan.next_id = count + 1;
    SortedSet::up_to(count)
}

/// Every plan of a library within the limits, with unique plan ids and names that fit;
/// the open plan is always kept.
pub fn library_within_limits(mut library: Library) -> (Library, Trimmed) {
    let mut trimmed = Trimmed::default();
    let mut used = SortedSet::default();
    let current = library.current;
    let before = library.plans.len();
    let mut room = MAX_PLANS.saturating_sub(1);
    library.plans.retain(|entry| {
        let is_current = entry.id == current;
        let keep = used.insert(entry.id) && (is_current || room > 0);
        if keep && !is_current {
            room -= 1;
        }
        keep
    });
    trimmed.plans = before - library.plans.len();
    for entry in &mut library.plans {
        trimmed.texts += usize::from(fit_name(&mut entry.name));
        // Drafts are text typed into add forms: a few names at most.
        trimmed.items += keep_first(&mut entry.drafts, MAX_DRAFTS, |_| true);
        for draft in &mut entry.drafts {
            trimmed.texts += usize::from(fit_name(&mut draft.text));
        }
        // One message of each kind per mentor. One to a mentor since removed stays until the
        // next message is changed (`Library::set_message`), so it is not counted as a link.
        let mut seen = Vec::new();
        trimmed.items += keep_first(&mut entry.messages, MAX_MESSAGES, |draft| {
            let key = (draft.mentor, draft.kind);
            let first = !seen.contains(&key);
            if first {
                seen.push(key);
            }
            first
        });
        for message in &mut entry.messages {
            trimmed.texts += usize::from(fit(&mut message.text, MAX_TEXT_CHARS));
        }
        trimmed.texts += usize::from(fit(&mut entry.signature, MAX_TEXT_CHARS));
        let (plan, plan_trimmed) = plan_within_limits(std::mem::take(&mut entry.plan));
        entry.plan = plan;
        trimmed.add(plan_trimmed);
    }
    let past_used = used.last().map_or(0, |id| id.saturating_add(1));
    library.next_id = library.next_id.max(past_used);
    (library, trimmed)
}

/// Keeps the first `limit` items that `keep` accepts (it sees every item in order, so it
/// can note ids as used); returns how many were left out.
fn keep_first<T>(items: &mut Vec<T>, limit: usize, mut keep: impl FnMut(&T) -> bool) -> usize {
    let before = items.len();
    let mut kept = 0;
    items.retain(|item| {
        let keep = kept < limit && keep(item);
        kept += usize::from(keep);
        keep
    });
    before - items.len()
}

/// Clears a date that is not a real day; true if it did.
fn drop_bad_date(date: &mut Option<Date>) -> bool {
    let bad = date.is_some_and(|d| !d.is_valid());
    if bad {
        *date = None;
    }
    bad
}

/// Keeps each item once, and only if `key` gives it one (it exists); returns how many
/// were dropped.
fn keep_unique<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Option<u32>) -> usize {
    let before = items.len();
    let mut seen = SortedSet::default();
    items.retain(|item| key(item).is_some_and(|key| seen.insert(key)));
    before - items.len()
}

/// Characters that change the direction of the text around them (the embeddings, overrides
/// and isolates, and the invisible left-to-right, right-to-left and Arabic letter marks). In a
/// name they can make a shared plan's heading read as something else, so they are taken out
/// of every text.
pub fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// `fit` for a name, which is one line: line breaks, tabs and other control characters
/// become spaces (a name goes into headings and a message's subject).
pub fn fit_name(value: &mut String) -> bool {
    let one_line = !value.contains(char::is_control);
    if !one_line {
        *value = value
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
    }
    fit(value, MAX_NAME_CHARS) || !one_line
}

/// Takes direction controls out of `value` and cuts it to `limit` characters; true if
/// anything changed.
pub fn fit(value: &mut String, limit: usize) -> bool {
    let over = value.len() > limit && value.chars().nth(limit).is_some();
    if !over && !value.chars().any(is_direction_control) {
        return false;
    }
    *value = value
        .chars()
        .filter(|&c| !is_direction_control(c))
        .take(limit)
        .collect();
    true
}
