//! One plan edited in two tabs: a three-way merge, field by field, and item by item for the
//! lists of skills, mentors, people and own factors. `base` is the plan as this tab last
//! stored it or took it in, `mine` is this tab's, `theirs` is what the other tab stored.
//! Whatever changed on one side only is kept; where both changed the same thing in different
//! ways, this tab's (the latest) is kept and the clash is counted, so the person can be told.

use crate::domain::plan::{Goals, Id, Mentor, Plan, Situation};

/// The merged plan, and how many things both tabs changed in different ways (this tab's
/// version of each was kept).
pub fn plans(base: &Plan, mine: &Plan, theirs: &Plan) -> (Plan, usize) {
    let mine = &with_fresh_ids(base, mine, theirs);
    let mut clashes = 0;
    let mut pick = PickOne(&mut clashes);
    let goals = Goals {
        soon: pick.of(&base.goals.soon, &mine.goals.soon, &theirs.goals.soon),
        year: pick.of(&base.goals.year, &mine.goals.year, &theirs.goals.year),
        later: pick.of(&base.goals.later, &mine.goals.later, &theirs.goals.later),
    };
    let situation = Situation {
        factors: pick.field(base, mine, theirs, |p| &p.situation.factors),
        own_factors: items(
            &base.situation.own_factors,
            &mine.situation.own_factors,
            &theirs.situation.own_factors,
            |f| f.id,
            &mut pick,
            |pick, base, mine, theirs| pick.of(base, mine, theirs),
        ),
        notes: pick.field(base, mine, theirs, |p| &p.situation.notes),
    };
    let plan = Plan {
        goals_text: String::new(),
        goals,
        target_role: pick.field(base, mine, theirs, |p| &p.target_role),
        review_notes: pick.field(base, mine, theirs, |p| &p.review_notes),
        situation,
        industry: pick.field(base, mine, theirs, |p| &p.industry),
        competencies: items(
            &base.competencies,
            &mine.competencies,
            &theirs.competencies,
            |c| c.id,
            &mut pick,
            |pick, base, mine, theirs| pick.of(base, mine, theirs),
        ),
        contacts: items(
            &base.contacts,
            &mine.contacts,
            &theirs.contacts,
            |c| c.id,
            &mut pick,
            |pick, base, mine, theirs| pick.of(base, mine, theirs),
        ),
        mentors: items(
            &base.mentors,
            &mine.mentors,
            &theirs.mentors,
            |m| m.id,
            &mut pick,
            mentor,
        ),
        next_id: mine.next_id.max(theirs.next_id),
        private: pick.field(base, mine, theirs, |p| &p.private),
        set_aside: pick.field(base, mine, theirs, |p| &p.set_aside),
        check_ins: pick.field(base, mine, theirs, |p| &p.check_ins),
        // Given once, so both sides give one only to a plan that had none: theirs, stored
        // first, stays. The later of two times of change. Neither counts as a clash.
        identity: one_side(
            [base.identity, mine.identity, theirs.identity],
            theirs.identity,
        ),
        changed: one_side(
            [base.changed, mine.changed, theirs.changed],
            mine.changed.max(theirs.changed),
        ),
    };
    (plan, clashes)
}

/// Picks each value from the side that changed it, counting clashes.
struct PickOne<'a>(&'a mut usize);

impl PickOne<'_> {
    /// Mine if I changed it since `base`, else theirs; a clash if both changed it differently.
    fn of<T: PartialEq + Clone>(&mut self, base: &T, mine: &T, theirs: &T) -> T {
        if mine == base {
            return theirs.clone();
        }
        if theirs != base && theirs != mine {
            *self.0 += 1;
        }
        mine.clone()
    }

    /// `of` for one field of the plan.
    fn field<T: PartialEq + Clone>(
        &mut self,
        base: &Plan,
        mine: &Plan,
        theirs: &Plan,
        field: impl Fn(&Plan) -> &T,
    ) -> T {
        self.of(field(base), field(mine), field(theirs))
    }
}

/// Of a number in `base`, `mine` and `theirs`: the side that changed it, or `both` when
/// both did.
fn one_side([base, mine, theirs]: [u32; 3], both: u32) -> u32 {
    if mine == base {
        theirs
    } else if theirs == base {
        mine
    } else {
        both
    }
}

/// A mentor changed in both tabs, field by field: one tab may log a meeting while the other
/// writes the next step.
fn mentor(pick: &mut PickOne, base: &Mentor, mine: &Mentor, theirs: &Mentor) -> Mentor {
    let mut field =
        |get: fn(&Mentor) -> &str| pick.of(&get(base), &get(mine), &get(theirs)).to_owned();
    let (name, how_known) = (field(|m| &m.name), field(|m| &m.how_known));
    let (next_step, offer) = (field(|m| &m.next_step), field(|m| &m.offer));
    Mentor {
        id: mine.id,
        name,
        how_known,
        next_step,
        offer,
        role: pick.of(&base.role, &mine.role, &theirs.role),
        competencies: pick.of(&base.competencies, &mine.competencies, &theirs.competencies),
        shared: pick.of(&base.shared, &mine.shared, &theirs.shared),
        reach: pick.of(&base.reach, &mine.reach, &theirs.reach),
        status: pick.of(&base.status, &mine.status, &theirs.status),
        step_due: pick.of(&base.step_due, &mine.step_due, &theirs.step_due),
        cadence: pick.of(&base.cadence, &mine.cadence, &theirs.cadence),
        asked_on: pick.of(&base.asked_on, &mine.asked_on, &theirs.asked_on),
        log: pick.of(&base.log, &mine.log, &theirs.log),
    }
}

/// A list of items with ids, item by item, in their order with mine's additions after:
/// an item added on either side is kept; one deleted on one side stays deleted unless the
/// other side changed it (then it stays, with that change, so no edit is lost); one changed
/// on both sides is merged by `merge`.
fn items<T: PartialEq + Clone, P>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> Id,
    pick: &mut P,
    merge: impl Fn(&mut P, &T, &T, &T) -> T,
) -> Vec<T> {
    let find = |list: &[T], wanted: Id| list.iter().find(|item| id(item) == wanted).cloned();
    let mut merged = Vec::with_capacity(theirs.len().max(mine.len()));
    for their in theirs {
        match (find(mine, id(their)), find(base, id(their))) {
            (_, None) => merged.push(their.clone()),
            (None, Some(before)) => {
                if *their != before {
                    merged.push(their.clone());
                }
            }
            (Some(my), Some(before)) => merged.push(merge(pick, &before, &my, their)),
        }
    }
    for my in mine {
        let in_theirs = theirs.iter().any(|their| id(their) == id(my));
        let before = find(base, id(my));
        if !in_theirs && before.is_none_or(|before| before != *my) {
            merged.push(my.clone());
        }
    }
    merged
}

/// `mine`, with the items it added under an id that `theirs` also uses given fresh ids (and
/// every reference to them followed), so that items both tabs added stay apart.
fn with_fresh_ids(base: &Plan, mine: &Plan, theirs: &Plan) -> Plan {
    let taken = |plan: &Plan, id: Id| plan.item_ids().any(|other| other == id);
    let mut next = mine.next_id.max(theirs.next_id).max(
        mine.item_ids()
            .chain(theirs.item_ids())
            .map(|id| id.0.saturating_add(1))
            .max()
            .unwrap_or(0),
    );
    let mut fresh: Vec<(Id, Id)> = Vec::new();
    for id in mine.item_ids() {
        if !taken(base, id) && taken(theirs, id) {
            fresh.push((id, Id(next)));
            next += 1;
        }
    }
    let mut mine = mine.clone();
    if !fresh.is_empty() {
        mine.replace_ids(|id| {
            fresh
                .iter()
                .find_map(|&(old, new)| (old == id).then_some(new))
                .unwrap_or(id)
        });
        mine.next_id = next;
    }
    mine
}
