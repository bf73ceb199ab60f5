use multi_mentor::domain::files::{export_json, import_json};
use multi_mentor::domain::library::{Library, PlanEntry};
use multi_mentor::domain::limits::{
    MAX_COMPETENCIES, MAX_ID, MAX_MENTORS, MAX_NAME_CHARS, MAX_PLANS, MAX_TEXT_CHARS, Trimmed,
    library_within_limits, plan_within_limits,
};
use multi_mentor::domain::plan::{
    Competency, Goals, ID_RANGE, Id, Mentor, OwnFactor, Plan, Priority, Reason, SituationRef,
};
use multi_mentor::domain::share;
use multi_mentor::storage::{self, LoadProblem, PLAN_KEY, Slot};
use proptest::prelude::*;

use crate::flood::{competency, flood};
use crate::support::{MemoryStore, any_plan};

/// True if checking the plan again would change nothing.
pub(crate) fn is_within_limits(plan: &Plan) -> bool {
    plan_within_limits(plan.clone()) == (plan.clone(), Trimmed::default())
}

#[test]
fn a_plan_over_every_list_limit_keeps_the_first_items_and_says_how_many_were_left_out() {
    let (plan, trimmed) = plan_within_limits(flood());
    assert_eq!(plan.competencies.len(), MAX_COMPETENCIES);
    assert_eq!(plan.mentors.len(), MAX_MENTORS);
    assert_eq!(plan.competencies[0].id, Id(0), "the first ones are kept");
    assert!(
        plan.mentors
            .iter()
            .all(|m| m.competencies.len() == MAX_COMPETENCIES)
    );
    assert_eq!(
        trimmed.items,
        (400 - MAX_COMPETENCIES) + (200 - MAX_MENTORS)
    );
    assert_eq!(trimmed.links, MAX_MENTORS * (400 - MAX_COMPETENCIES));
    assert!(is_within_limits(&plan));
}

#[test]
fn repeated_ids_are_left_out_and_a_plan_at_the_top_of_the_id_range_is_renumbered() {
    let mentor = Mentor {
        competencies: vec![Id(MAX_ID + 1), Id(7)],
        shared: vec![SituationRef::Own(Id(u32::MAX))],
        id: Id(MAX_ID),
        name: "Amara".into(),
        ..Mentor::default()
    };
    let plan = Plan {
        competencies: vec![
            competency(3),
            competency(3),
            competency(MAX_ID + 1),
            competency(u32::MAX - 1),
        ],
        mentors: vec![mentor],
        situation: multi_mentor::domain::plan::Situation {
            own_factors: vec![
                OwnFactor {
                    id: Id(3),
                    name: "Night shifts".into(),
                },
                OwnFactor {
                    id: Id(u32::MAX),
                    name: "Caring for a parent".into(),
                },
            ],
            ..Default::default()
        },
        next_id: u32::MAX,
        ..Plan::default()
    };
    let (plan, trimmed) = plan_within_limits(plan);
    let ids: Vec<Id> = plan.competencies.iter().map(|c| c.id).collect();
    assert_eq!(ids, [Id(1), Id(2), Id(3)], "renumbered in their order");
    assert_eq!(plan.mentors[0].id, Id(4));
    assert_eq!(
        plan.mentors[0].competencies,
        [Id(2)],
        "its skill followed; 7 was none"
    );
    assert_eq!(
        plan.situation.own_factors.len(),
        1,
        "id 3 is a competency's already"
    );
    assert_eq!(plan.situation.own_factors[0].id, Id(5));
    assert_eq!(plan.mentors[0].shared, [SituationRef::Own(Id(5))]);
    assert_eq!(trimmed.items, 2, "the two repeated ids");
    assert_eq!(trimmed.links, 1, "the reference to no skill");
    assert_eq!(plan.next_id, 6);
    assert!(is_within_limits(&plan));
}

#[test]
fn after_a_crafted_next_id_what_the_person_adds_is_still_there_at_the_next_load() {
    let plan = Plan {
        competencies: vec![competency(1)],
        next_id: u32::MAX,
        ..Plan::default()
    };
    let (mut plan, _) = plan_within_limits(plan);
    let added = plan
        .add_competency("Budgeting".into(), Reason::Goal, Priority::Low)
        .unwrap();
    let (loaded, trimmed) = plan_within_limits(plan.clone());
    assert_eq!(trimmed, Trimmed::default());
    assert!(
        loaded
            .competency(added)
            .is_some_and(|c| c.name == "Budgeting")
    );
    assert_eq!(loaded, plan);
}

#[test]
fn references_to_missing_or_repeated_items_are_dropped() {
    let mut plan = Plan::default();
    let skill = plan.add_soft_skill("Delegating".into()).unwrap();
    let own = plan.add_own_factor("Night shifts".into()).unwrap();
    let mentor = plan.add_mentor("Anita".into()).unwrap();
    let contact = plan
        .add_contact("Sam".into(), vec![skill, Id(99), skill])
        .unwrap();
    let anita = plan.mentor_mut(mentor).expect("added");
    anita.competencies = vec![skill, Id(98), skill];
    anita.shared = vec![SituationRef::Own(own), SituationRef::Own(Id(97))];
    plan.contact_mut(contact).expect("added").mentor = Some(Id(96));

    let (plan, trimmed) = plan_within_limits(plan);
    assert_eq!(plan.mentors[0].competencies, [skill]);
    assert_eq!(plan.mentors[0].shared, [SituationRef::Own(own)]);
    assert_eq!(plan.contacts[0].strengths, [skill]);
    assert_eq!(plan.contacts[0].mentor, None);
    assert_eq!(trimmed.links, 6);
    assert_eq!(trimmed.items, 0);
}

#[test]
fn texts_are_cut_to_their_limit_and_lose_direction_controls_but_long_notes_are_kept() {
    let notes = "n".repeat(10_000);
    let plan = Plan {
        goals: Goals::in_a_year("é".repeat(MAX_TEXT_CHARS + 5)),
        review_notes: notes.clone(),
        competencies: vec![
            Competency {
                name: "Evil\u{202E}txt.exe".into(),
                ..competency(0)
            },
            Competency {
                name: "x".repeat(MAX_NAME_CHARS + 1),
                ..competency(1)
            },
        ],
        target_role: "r".repeat(MAX_TEXT_CHARS * 2),
        ..Plan::default()
    };
    let (plan, trimmed) = plan_within_limits(plan);
    assert_eq!(
        plan.goals.year.text.chars().count(),
        MAX_TEXT_CHARS,
        "cut on a character boundary"
    );
    assert_eq!(
        plan.review_notes, notes,
        "a 10,000-character note is kept whole"
    );
    assert_eq!(plan.competencies[0].name, "Eviltxt.exe");
    assert_eq!(plan.competencies[1].name.len(), MAX_NAME_CHARS);
    assert_eq!(plan.target_role.len(), MAX_TEXT_CHARS);
    assert_eq!(trimmed.texts, 4);
}

#[test]
fn names_are_one_line_and_lose_invisible_direction_marks() {
    let plan = Plan {
        competencies: vec![Competency {
            name: "Budgets\r\nBcc: someone@example.org".into(),
            ..competency(1)
        }],
        mentors: vec![Mentor {
            id: Id(2),
            name: "\u{200F}Amara\u{061C}\tOkafor\u{200E}".into(),
            how_known: "We met at\r\nthe food bank".into(),
            ..Mentor::default()
        }],
        ..Plan::default()
    };
    let (plan, trimmed) = plan_within_limits(plan);
    assert_eq!(
        plan.competencies[0].name,
        "Budgets  Bcc: someone@example.org"
    );
    assert_eq!(plan.mentors[0].name, "Amara Okafor");
    assert_eq!(
        plan.mentors[0].how_known, "We met at\r\nthe food bank",
        "notes keep their lines"
    );
    assert_eq!(trimmed.texts, 2);
    let link = share::encode("My\nplan", &plan);
    assert_eq!(share::decode(&link).expect("opens").name, "My plan");
}

#[test]
fn a_library_keeps_the_open_plan_and_at_most_the_limit_of_plans_with_unique_ids() {
    let entry = |id: u32| PlanEntry::new(id, format!("Plan {id}"), Plan::default());
    let mut plans: Vec<PlanEntry> = (0..(MAX_PLANS as u32 + 20)).map(entry).collect();
    plans.push(entry(5));
    let library = Library {
        plans,
        current: MAX_PLANS as u32 + 10,
        next_id: 0,
    };
    let (library, trimmed) = library_within_limits(library);
    assert_eq!(library.plans.len(), MAX_PLANS);
    assert!(
        library.entry(MAX_PLANS as u32 + 10).is_some(),
        "the open plan is kept"
    );
    assert_eq!(trimmed.plans, 21);
    assert!(library.next_id > MAX_PLANS as u32 + 10);
}

#[test]
fn a_flooded_link_and_a_flooded_file_open_trimmed_to_the_limits() {
    let link = share::encode("Flood", &flood());
    assert!(link.len() < 6000, "a link of {} characters", link.len());
    let shared = share::decode(&link).expect("it opens");
    assert!(is_within_limits(&shared.plan));
    assert!(!shared.trimmed.is_empty());

    let imported = import_json(&export_json("Flood", &flood())).expect("it opens");
    assert!(is_within_limits(&imported.plan));
    assert_eq!(imported.trimmed, shared.trimmed);
}

#[test]
fn stored_plans_over_the_limits_open_trimmed_with_the_original_kept_and_a_notice() {
    let original = storage::encode_envelope(&Library::with_plan("Flood".into(), flood()));
    let store = MemoryStore::with(&[(PLAN_KEY, &original)]);
    let loaded = storage::load(&store, Slot::Own);
    assert!(is_within_limits(loaded.library.current_plan()));
    match loaded.problem {
        Some(LoadProblem::Trimmed {
            trimmed,
            backup_key,
        }) => {
            assert!(!trimmed.is_empty());
            assert_eq!(store.item(&backup_key), Some(original.clone()));
        }
        other => panic!("expected a trimmed notice, got {other:?}"),
    }
    assert_eq!(
        store.item(PLAN_KEY),
        Some(original),
        "loading writes nothing over it"
    );
    let from_another_tab = storage::read(&store, Slot::Own).expect("readable");
    assert!(is_within_limits(from_another_tab.current_plan()));
}

proptest! {
    #[test]
    fn every_id_handed_out_survives_the_next_load(
        plan in any_plan(),
        // Anywhere, and near the top of the range, where a few additions would cross it.
        next_id in prop_oneof![any::<u32>(), (ID_RANGE - 4)..(ID_RANGE + 4)],
        high in prop_oneof![any::<u32>(), (ID_RANGE - 4)..(ID_RANGE + 4)],
    ) {
        // A crafted plan: the next id anywhere, and one item's id anywhere too.
        let mut plan = Plan { next_id, ..plan };
        if let Some(first) = plan.competencies.first_mut() {
            first.id = Id(high);
        }
        let (mut plan, _) = plan_within_limits(plan);
        let added = [
            plan.add_competency("Budgeting".into(), Reason::Goal, Priority::Low),
            plan.add_mentor("Amara".into()),
            plan.add_own_factor("Night shifts".into()),
        ]
        .map(|added| added.expect("room: a plan checked once is within the limits"));
        let (loaded, trimmed) = plan_within_limits(plan.clone());
        prop_assert_eq!(trimmed, Trimmed::default());
        prop_assert!(loaded.competency(added[0]).is_some());
        prop_assert!(loaded.mentor(added[1]).is_some());
        prop_assert!(loaded.situation.own_factors.iter().any(|f| f.id == added[2]));
        prop_assert_eq!(loaded, plan);
    }

    #[test]
    fn any_plan_checked_once_is_within_the_limits(plan in any_plan(), next_id in any::<u32>()) {
        let plan = Plan { next_id, ..plan };
        let (checked, _) = plan_within_limits(plan);
        prop_assert!(is_within_limits(&checked));
    }

    #[test]
    fn any_link_that_opens_is_within_the_limits(
        plan in any_plan(),
        at in any::<prop::sample::Index>(),
        c in "[A-Za-z0-9_-]",
    ) {
        let mut link = share::encode("Edited", &plan).into_bytes();
        let at = 3 + at.index(link.len() - 3);
        link[at] = c.as_bytes()[0];
        if let Ok(shared) = share::decode(&String::from_utf8(link).expect("ascii")) {
            prop_assert!(is_within_limits(&shared.plan));
        }
    }
}

#[test]
fn what_was_trimmed_is_said_in_one_plain_sentence() {
    use multi_mentor::domain::content::limits::trimmed;
    assert_eq!(trimmed(&Trimmed::default()), None);
    let said = trimmed(&Trimmed {
        items: 450,
        texts: 1,
        links: 15_000,
        plans: 0,
    });
    assert_eq!(
        said.as_deref(),
        Some(
            "Part of it was over this app\u{2019}s limits, so it was trimmed: 450 items left \
             out (a list was too long, or an item was damaged); 1 text shortened or cleared of \
             hidden direction marks; 15,000 links to missing or repeated items removed."
        )
    );
}
