use multi_mentor::domain::plan::{
    Factor, Id, Level, Plan, Priority, Reason, SituationRef, valid_name,
};
use proptest::prelude::*;

use crate::support::any_plan;

#[test]
fn blank_names_are_refused_and_real_ones_trimmed() {
    assert!(valid_name("").is_err());
    assert!(valid_name(" \t\n ").is_err());
    assert_eq!(valid_name("  Delegating work ").unwrap(), "Delegating work");
}

#[test]
fn ids_are_never_reused_even_after_removal() {
    let mut plan = Plan::default();
    let first = plan
        .add_competency("Delegating".into(), Reason::Goal, Priority::High)
        .unwrap();
    plan.remove_competency(first);
    let second = plan
        .add_competency("Delegating".into(), Reason::Goal, Priority::High)
        .unwrap();
    assert_ne!(first, second);
}

#[test]
fn a_hand_edited_next_id_never_collides() {
    let mut plan = Plan::default();
    plan.add_mentor("Kevin".into());
    plan.add_mentor("Sofia".into());
    plan.next_id = 0;
    let id = plan.add_mentor("Robert".into()).unwrap();
    assert_eq!(plan.mentors.iter().filter(|m| m.id == id).count(), 1);
}

#[test]
fn removing_a_competency_unlinks_it_and_undo_links_it_again() {
    let mut plan = Plan::default();
    let delegating = plan
        .add_competency("Delegating".into(), Reason::Goal, Priority::High)
        .unwrap();
    let feedback = plan
        .add_competency("Feedback".into(), Reason::Goal, Priority::Low)
        .unwrap();
    let kevin = plan.add_mentor("Kevin".into()).unwrap();
    plan.mentor_mut(kevin).unwrap().competencies = vec![delegating, feedback];
    let contact = plan.add_contact("Ana".into(), vec![delegating]).unwrap();
    let before = plan.clone();

    let removed = plan.remove_competency(delegating).unwrap();
    assert_eq!(plan.mentor(kevin).unwrap().competencies, vec![feedback]);
    assert!(
        plan.contacts
            .iter()
            .find(|c| c.id == contact)
            .unwrap()
            .strengths
            .is_empty()
    );
    assert_eq!(removed.name(), "Delegating");

    plan.restore(removed);
    assert_eq!(plan, before);
}

#[test]
fn removing_a_mentor_made_from_a_contact_frees_the_contact_until_undo() {
    let mut plan = Plan::default();
    let skill = plan.add_soft_skill("Personal branding".into()).unwrap();
    let contact = plan.add_contact("Sofia".into(), vec![skill]).unwrap();
    let mentor = plan.make_mentor_from_contact(contact).unwrap();
    assert_eq!(plan.mentor(mentor).unwrap().name, "Sofia");
    assert_eq!(plan.mentor(mentor).unwrap().competencies, vec![skill]);
    assert_eq!(
        plan.make_mentor_from_contact(contact),
        Some(mentor),
        "no second copy"
    );

    let before = plan.clone();
    let removed = plan.remove_mentor(mentor).unwrap();
    assert_eq!(plan.contacts[0].mentor, None);
    plan.restore(removed);
    assert_eq!(plan, before);
}

#[test]
fn removing_an_own_factor_unshares_it_and_undo_shares_it_again() {
    let mut plan = Plan::default();
    let shift_work = plan.add_own_factor("Shift work".into()).unwrap();
    let mentor = plan.add_mentor("Robert".into()).unwrap();
    plan.mentor_mut(mentor).unwrap().shared = vec![SituationRef::Own(shift_work)];
    let before = plan.clone();
    let removed = plan.remove_own_factor(shift_work).unwrap();
    assert!(plan.mentor(mentor).unwrap().shared.is_empty());
    plan.restore(removed);
    assert_eq!(plan, before);
}

#[test]
fn unticking_a_factor_keeps_mentor_links_for_when_it_is_ticked_again() {
    let mut plan = Plan::default();
    plan.set_factor(Factor::Caregiver, true);
    let mentor = plan.add_mentor("Ana".into()).unwrap();
    plan.mentor_mut(mentor).unwrap().shared = vec![SituationRef::Listed(Factor::Caregiver)];
    plan.set_factor(Factor::Caregiver, false);
    assert!(plan.situation_parts().is_empty());
    plan.set_factor(Factor::Caregiver, true);
    assert_eq!(
        plan.situation_parts(),
        vec![SituationRef::Listed(Factor::Caregiver)]
    );
    assert_eq!(plan.mentor(mentor).unwrap().shared.len(), 1);
}

#[test]
fn levels_outside_one_to_five_are_refused_when_read() {
    assert!(serde_json::from_str::<Level>("0").is_err());
    assert!(serde_json::from_str::<Level>("6").is_err());
    assert_eq!(serde_json::from_str::<Level>("3").unwrap(), Level::new(3));
    assert_eq!(Level::new(9), Level::MAX);
}

#[test]
fn competency_names_match_ignoring_case_and_spaces() {
    let mut plan = Plan::default();
    plan.add_competency("Delegating work".into(), Reason::Goal, Priority::High);
    assert!(plan.has_competency_named("  delegating WORK "));
    assert!(!plan.has_competency_named("Delegating"));
}

proptest! {
    /// Removing anything and undoing it gives back exactly the plan there was.
    #[test]
    fn remove_then_undo_is_exact(plan in any_plan(), pick in 0usize..40) {
        let ids: Vec<Id> = plan.competencies.iter().map(|c| c.id)
            .chain(plan.mentors.iter().map(|m| m.id))
            .chain(plan.contacts.iter().map(|c| c.id))
            .chain(plan.situation.own_factors.iter().map(|f| f.id))
            .collect();
        prop_assume!(!ids.is_empty());
        let id = ids[pick % ids.len()];
        let mut edited = plan.clone();
        let removed = edited.remove_competency(id)
            .or_else(|| edited.remove_mentor(id))
            .or_else(|| edited.remove_contact(id))
            .or_else(|| edited.remove_own_factor(id));
        prop_assert!(removed.is_some());
        prop_assert_ne!(&edited, &plan);
        edited.restore(removed.unwrap());
        prop_assert_eq!(edited, plan);
    }

    /// After removing a competency, nothing in the plan points at it.
    #[test]
    fn a_removed_competency_leaves_no_links(mut plan in any_plan(), pick in 0usize..12) {
        prop_assume!(!plan.competencies.is_empty());
        let id = plan.competencies[pick % plan.competencies.len()].id;
        plan.remove_competency(id);
        prop_assert!(plan.mentors.iter().all(|m| !m.competencies.contains(&id)));
        prop_assert!(plan.contacts.iter().all(|c| !c.strengths.contains(&id)));
    }
}

#[test]
fn what_is_marked_private_stays_out_of_the_copy_for_links_and_files() {
    let mut plan = Plan {
        review_notes: "Needs to delegate more".into(),
        ..Plan::default()
    };
    plan.situation.notes = "Evenings only".into();
    plan.set_factor(Factor::LivingWithDisability, true);
    let own = plan.add_own_factor("Night shifts".into()).unwrap();
    let mentor = plan.add_mentor("Anita".into()).unwrap();
    plan.mentor_mut(mentor).expect("added").shared = vec![
        SituationRef::Listed(Factor::LivingWithDisability),
        SituationRef::Own(own),
    ];
    assert!(!plan.has_private_notes());
    assert_eq!(plan.without_private_notes(), plan, "nothing marked private");

    plan.private.situation = true;
    assert!(plan.has_private_notes());
    let copy = plan.without_private_notes();
    assert!(copy.situation.factors.is_empty() && copy.situation.own_factors.is_empty());
    assert!(copy.mentors[0].shared.is_empty());
    assert_eq!(
        copy.situation.notes, "Evenings only",
        "notes have their own choice"
    );
    assert_eq!(copy.review_notes, plan.review_notes);

    plan.private.review_notes = true;
    plan.private.situation_notes = true;
    let copy = plan.without_private_notes();
    assert_eq!(
        (copy.review_notes.as_str(), copy.situation.notes.as_str()),
        ("", "")
    );
}

#[test]
fn a_new_identity_is_never_zero_and_spreads_over_the_range() {
    use multi_mentor::domain::plan::new_identity;
    assert_eq!(new_identity(0.0), 1, "0 means no identity");
    assert_eq!(new_identity(0.5), u32::MAX / 2);
    assert_eq!(new_identity(0.999_999_999_9), u32::MAX - 1);
    assert_eq!(new_identity(f64::NAN), 1, "not a number gives no 0 either");
}

#[test]
fn a_copy_is_newer_only_when_both_say_when_and_it_changed_later() {
    use multi_mentor::domain::plan::copy_is_newer;
    assert_eq!(copy_is_newer(20, 10), Some(true));
    assert_eq!(copy_is_newer(10, 20), Some(false));
    assert_eq!(copy_is_newer(10, 10), None, "the same moment");
    assert_eq!(copy_is_newer(0, 10), None, "the copy does not say");
    assert_eq!(copy_is_newer(10, 0), None, "the plan here does not say");
}
