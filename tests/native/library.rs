use multi_mentor::domain::library::{Library, MessageDraft};
use multi_mentor::domain::limits::{MAX_MESSAGES, MAX_TEXT_CHARS, Trimmed, library_within_limits};
use multi_mentor::domain::plan::{Id, MessageKind, Plan};
use proptest::prelude::*;

use crate::support::{any_plan, sample_plan};

fn plan_with_role(role: &str) -> Plan {
    Plan {
        target_role: role.into(),
        ..Plan::default()
    }
}

#[test]
fn switching_keeps_the_plan_being_edited() {
    let mut library = Library::with_plan("Stay and lead".into(), Plan::default());
    library.current_plan_mut().target_role = "Team lead".into();
    let other = library
        .add(
            "Move into accounting".into(),
            plan_with_role("Staff accountant"),
        )
        .unwrap();
    assert!(library.switch(other));
    assert_eq!(library.current_plan().target_role, "Staff accountant");
    assert_eq!(library.current, other);
    assert_eq!(
        library.entry(0).unwrap().plan.target_role,
        "Team lead",
        "edits kept"
    );
    assert!(!library.switch(99), "no such plan: nothing changes");
    assert_eq!(library.current, other);
}

#[test]
fn the_open_plan_cannot_be_removed_until_another_is_open() {
    let mut library = Library::with_plan("Only".into(), Plan::default());
    assert_eq!(library.remove(0), None);
    assert_eq!(library.neighbour(0), None, "nothing else to open");
    let second = library.add("Second".into(), Plan::default()).unwrap();
    assert_eq!(library.neighbour(0), Some(second));
    assert_eq!(
        library.neighbour(second),
        Some(0),
        "the last one falls back to the one before"
    );
}

#[test]
fn a_removed_plan_comes_back_where_it_was() {
    let mut library = Library::with_plan("A".into(), Plan::default());
    let b = library.add("B".into(), sample_plan()).unwrap();
    library.add("C".into(), Plan::default());
    let before = library.clone();
    let removed = library.remove(b).unwrap();
    assert_eq!(library.plans.len(), 2);
    library.restore(removed);
    assert_eq!(library, before);
}

#[test]
fn a_duplicate_of_the_open_plan_copies_its_latest_edits() {
    let mut library = Library::with_plan("A".into(), Plan::default());
    library.current_plan_mut().target_role = "Director".into();
    let copy = library.duplicate(0, "Copy of A".into()).unwrap();
    assert_eq!(library.entry(copy).unwrap().plan.target_role, "Director");
    assert_eq!(library.entry(copy).unwrap().name, "Copy of A");
}

#[test]
fn blank_names_are_refused_and_namesakes_told_apart() {
    let mut library = Library::with_plan("Plan".into(), Plan::default());
    assert!(!library.rename(0, "   "));
    assert_eq!(library.current_name(), "Plan");
    assert!(library.rename(0, " Stay and lead "));
    assert_eq!(library.current_name(), "Stay and lead");
    library.add("Stay and lead".into(), Plan::default());
    let labels: Vec<String> = library
        .labels()
        .into_iter()
        .map(|(_, label)| label)
        .collect();
    assert_eq!(labels, ["Stay and lead", "Stay and lead (2)"]);
}

#[test]
fn ids_are_never_reused() {
    let mut library = Library::with_plan("A".into(), Plan::default());
    let b = library.add("B".into(), Plan::default()).unwrap();
    library.remove(b);
    assert_ne!(library.add("C".into(), Plan::default()), Some(b));
}

proptest! {
    /// Editing the open plan changes that plan and nothing else.
    #[test]
    fn editing_changes_only_the_open_plan(a in any_plan(), b in any_plan(), edited in any_plan()) {
        let mut library = Library::with_plan("A".into(), a);
        library.add("B".into(), b.clone());
        *library.current_plan_mut() = edited.clone();
        prop_assert_eq!(library.current_plan(), &edited);
        prop_assert_eq!(&library.plans[1].plan, &b);
    }
}

#[test]
fn a_missing_open_plan_is_never_edited_into_thin_air() {
    let mut library = Library::with_plan("A".into(), Plan::default());
    library.current = 7;
    assert_eq!(library.current_plan(), &Plan::default());
    library.current_plan_mut().goals.year.text = "Kept".into();
    assert_eq!(library.entry(7).unwrap().plan.goals.year.text, "Kept");
}

#[test]
fn only_a_new_browsers_blank_plan_counts_as_blank() {
    let library = Library::with_plan("My plan".into(), Plan::default());
    assert!(library.is_only_a_blank_plan());
    let edited = Library::with_plan("My plan".into(), plan_with_role("Team lead"));
    assert!(!edited.is_only_a_blank_plan());
    let mut two = library.clone();
    two.add("Other".into(), Plan::default());
    assert!(!two.is_only_a_blank_plan());
}

#[test]
fn edits_not_yet_saved_survive_another_tabs_save() {
    let mut here = Library::with_plan("Mine".into(), plan_with_role("Team lead"));
    let other_id = here.add("Other".into(), Plan::default()).unwrap();
    let stored_before = here.clone();
    let editing = plan_with_role("Director");
    *here.current_plan_mut() = editing.clone();

    // The other tab renamed a plan, added one and edited the one open here.
    let mut stored = stored_before.clone();
    stored.rename(other_id, "Renamed elsewhere");
    let added = stored
        .add("Added elsewhere".into(), Plan::default())
        .unwrap();
    let open_here = here.current;
    *stored.current_plan_mut() = plan_with_role("Typed elsewhere");
    let (merged, clashes) = here.merged(&stored_before, stored);
    assert_eq!(merged.current, open_here);
    assert_eq!(merged.current_plan(), &editing, "what was typed here wins");
    assert_eq!(clashes, 1, "both typed the target role: said, not silent");
    assert_eq!(merged.entry(other_id).unwrap().name, "Renamed elsewhere");
    assert!(merged.entry(added).is_some());

    // The other tab deleted the plan open here: it comes back, edits and all.
    let mut stored = stored_before.clone();
    stored.switch(other_id);
    stored.remove(open_here);
    let (merged, _) = here.merged(&stored_before, stored);
    assert_eq!(merged.current, open_here);
    assert_eq!(merged.current_plan(), &editing);
    assert_eq!(merged.plans.len(), 2);
    assert!(merged.next_id > other_id.max(open_here));
}

#[test]
fn a_merge_keeps_renames_and_new_plans_from_both_tabs_and_deletions_from_either() {
    let mut base = Library::with_plan("Mine".into(), plan_with_role("Team lead"));
    let kept = base.add("Kept".into(), Plan::default()).unwrap();
    let dropped_here = base.add("Dropped here".into(), Plan::default()).unwrap();

    let mut here = base.clone();
    here.rename(kept, "Renamed here");
    here.remove(dropped_here);
    let added_here = here
        .add("Added here".into(), plan_with_role("Here"))
        .unwrap();
    here.switch(added_here);

    let mut theirs = base.clone();
    theirs.rename(base.current, "Renamed there");
    let added_there = theirs
        .add("Added there".into(), plan_with_role("There"))
        .unwrap();
    assert_eq!(added_here, added_there, "both tabs handed out the same id");

    let (merged, _) = here.merged(&base, theirs);
    let names: Vec<&str> = merged.plans.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["Renamed there", "Renamed here", "Added there", "Added here"]
    );
    let ids: std::collections::HashSet<u32> = merged.plans.iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), 4, "no two plans share an id");
    assert_eq!(
        merged.current_name(),
        "Added here",
        "the plan open here stays open"
    );
    assert_eq!(merged.current_plan(), &plan_with_role("Here"));
    assert!(merged.plans.iter().all(|e| e.id < merged.next_id));
}

#[test]
fn undo_never_brings_back_a_second_copy_of_a_plan_a_merge_restored() {
    let mut library = Library::with_plan("Mine".into(), Plan::default());
    let other = library.add("Other".into(), Plan::default()).unwrap();
    let removed = library.remove(other).expect("removed");
    library.restore(removed.clone());
    library.restore(removed);
    assert_eq!(library.plans.len(), 2);
}

#[test]
fn skipping_ids_keeps_them_fresh_and_below_2_to_the_30() {
    let mut library = Library::with_plan("Mine".into(), Plan::default());
    library.skip_ids(40_000);
    let id = library.add("Next".into(), Plan::default()).unwrap();
    assert!((40_000..=40_001).contains(&id), "{id}");
    library.next_id = (1 << 30) - 2;
    library.skip_ids(60_000);
    let id = library.add("Near the top".into(), Plan::default()).unwrap();
    assert_eq!(id, 1 << 30);
    library.skip_ids(60_000);
    assert!(
        library.add("Past it".into(), Plan::default()) > Some(id),
        "never reuses an id"
    );
}

#[test]
fn a_changed_message_is_kept_per_mentor_and_kind_until_the_person_starts_again() {
    let mut library = Library::with_plan("Mine".into(), Plan::default());
    let amara = library
        .current_plan_mut()
        .add_mentor("Amara".into())
        .unwrap();
    let sam = library.current_plan_mut().add_mentor("Sam".into()).unwrap();
    assert_eq!(library.message(amara, MessageKind::FirstApproach), None);
    library.set_message(amara, MessageKind::FirstApproach, Some("Hi Amara!".into()));
    library.set_message(amara, MessageKind::ThankYou, Some("Thanks, Amara.".into()));
    library.set_message(sam, MessageKind::FirstApproach, Some("Hi Sam!".into()));
    library.set_message(
        amara,
        MessageKind::FirstApproach,
        Some("Hi Amara, again".into()),
    );
    assert_eq!(
        library.message(amara, MessageKind::FirstApproach),
        Some("Hi Amara, again")
    );
    assert_eq!(
        library.message(amara, MessageKind::ThankYou),
        Some("Thanks, Amara.")
    );
    assert_eq!(
        library.message(sam, MessageKind::FirstApproach),
        Some("Hi Sam!")
    );
    library.set_message(amara, MessageKind::ThankYou, None);
    assert_eq!(library.message(amara, MessageKind::ThankYou), None);
    // A removed mentor's messages go with the next change to a message.
    library.current_plan_mut().remove_mentor(sam);
    library.set_message(amara, MessageKind::FollowUp, Some("Following up".into()));
    assert_eq!(library.entry(library.current).unwrap().messages.len(), 2);
    // Kept with the plan they belong to, and checked on the way in like the rest.
    library.set_signature("Sam Lee".into());
    let other = library.add("Other".into(), Plan::default()).unwrap();
    library.switch(other);
    assert_eq!(library.message(amara, MessageKind::FollowUp), None);
    assert_eq!(library.signature(), "");
    let (checked, trimmed) = library_within_limits(library.clone());
    assert_eq!(checked, library);
    assert_eq!(trimmed, Trimmed::default());
}

#[test]
fn messages_past_the_limit_or_twice_for_one_kind_are_left_out_on_the_way_in() {
    let mut library = Library::with_plan("Mine".into(), Plan::default());
    let entry = &mut library.plans[0];
    let twice = MessageDraft {
        mentor: Id(1),
        kind: MessageKind::FollowUp,
        text: "x".repeat(MAX_TEXT_CHARS + 1),
    };
    entry.messages = vec![twice.clone(), twice];
    entry
        .messages
        .extend((0..MAX_MESSAGES as u32).map(|n| MessageDraft {
            mentor: Id(n + 2),
            kind: MessageKind::FirstApproach,
            text: String::new(),
        }));
    let (checked, trimmed) = library_within_limits(library);
    let messages = &checked.plans[0].messages;
    assert_eq!(messages.len(), MAX_MESSAGES);
    assert_eq!(messages[0].text.chars().count(), MAX_TEXT_CHARS);
    assert_eq!(
        trimmed.items, 2,
        "the second of one kind, and one past the limit"
    );
    assert_eq!(trimmed.texts, 1);
}

#[test]
fn a_message_changed_in_one_tab_survives_the_other_tabs_save() {
    let mut here = Library::with_plan("Mine".into(), Plan::default());
    let amara = here.current_plan_mut().add_mentor("Amara".into()).unwrap();
    let base = here.clone();
    here.set_message(amara, MessageKind::ThankYou, Some("Thank you!".into()));
    let mut there = base.clone();
    there.current_plan_mut().target_role = "Director".into();
    let (merged, clashes) = here.merged(&base, there);
    assert_eq!(clashes, 0);
    assert_eq!(
        merged.message(amara, MessageKind::ThankYou),
        Some("Thank you!")
    );
    assert_eq!(merged.current_plan().target_role, "Director");
}

#[test]
fn each_plan_gets_an_identity_of_its_own_and_a_copy_is_known_by_it() {
    let mut library = Library::with_plan("Mine".into(), plan_with_role("Team lead"));
    let copy = library.add("Copy".into(), Plan::default()).unwrap();
    let mut counter = 0;
    let mut fresh = || {
        counter += 1;
        counter
    };
    let stored = library.clone();
    library.before_saving(&stored, 1_800_000_000, &mut fresh);
    assert_eq!(library.plans[0].plan.identity, 1);
    assert_eq!(library.plans[1].plan.identity, 2);
    assert_eq!(
        library.plans[0].plan.changed, 1_800_000_000,
        "a plan with no time is given now"
    );
    // A plan that repeats the identity of one before it (a duplicate, a copy kept beside its
    // plan) gets its own; the first keeps its.
    let duplicate = library.plans[0].plan.clone();
    library.replace(copy, "Copy".into(), duplicate);
    let stored = library.clone();
    library.before_saving(&stored, 1_800_000_001, &mut fresh);
    assert_eq!(library.plans[0].plan.identity, 1);
    assert_eq!(library.plans[1].plan.identity, 3);
    assert_eq!(
        library.plans[0].plan.changed, 1_800_000_000,
        "an unchanged plan keeps its time"
    );

    let mut coming_back = library.plans[0].plan.clone();
    coming_back.target_role = "Director".into();
    assert_eq!(library.copy_of(&coming_back).map(|entry| entry.id), Some(0));
    assert_eq!(
        library.copy_of(&Plan::default()),
        None,
        "a plan with no identity is no one's copy"
    );
}

#[test]
fn a_plan_replaced_by_its_copy_comes_back_whole_with_undo() {
    let mut library = Library::with_plan("Mine".into(), plan_with_role("Team lead"));
    library.set_signature("Sam".into());
    let before = library.entry(0).unwrap().clone();
    let replaced = library
        .replace(0, "Mine, from my phone".into(), plan_with_role("Director"))
        .expect("the plan is there");
    assert_eq!(replaced, before);
    let now = library.entry(0).unwrap();
    assert_eq!(
        (now.name.as_str(), now.plan.target_role.as_str()),
        ("Mine, from my phone", "Director")
    );
    assert_eq!(
        now.signature, "Sam",
        "what is kept in this browser only stays"
    );
    assert!(library.put_back(replaced));
    assert_eq!(library.entry(0), Some(&before));
    assert_eq!(library.replace(7, "None".into(), Plan::default()), None);
}

#[test]
fn a_plan_that_changed_since_it_was_stored_notes_when() {
    let mut stored = Library::with_plan("Mine".into(), plan_with_role("Team lead"));
    stored.add("Other".into(), Plan::default());
    stored.before_saving(&stored.clone(), 1_700_000_000, || 7);
    let mut library = stored.clone();
    library.current_plan_mut().target_role = "Director".into();
    let added = library.add("New".into(), Plan::default()).unwrap();
    library.before_saving(&stored, 1_800_000_000, || 9);
    assert_eq!(library.entry(0).unwrap().plan.changed, 1_800_000_000);
    assert_eq!(
        library.entry(1).unwrap().plan.changed,
        1_700_000_000,
        "unchanged"
    );
    assert_eq!(
        library.entry(added).unwrap().plan.changed,
        1_800_000_000,
        "new"
    );

    // A copy put in a plan's place, or a plan from a file, keeps the time it came with.
    let stored = library.clone();
    let copy = Plan {
        changed: 1_750_000_000,
        ..plan_with_role("Controller")
    };
    library.replace(0, "Mine".into(), copy.clone());
    let from_file = library.add("From a file".into(), copy).unwrap();
    library.before_saving(&stored, 1_900_000_000, || 11);
    assert_eq!(library.entry(0).unwrap().plan.changed, 1_750_000_000);
    assert_eq!(
        library.entry(from_file).unwrap().plan.changed,
        1_750_000_000
    );
}
