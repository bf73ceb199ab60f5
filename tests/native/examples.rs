use std::collections::{BTreeSet, HashSet};
use std::mem::{Discriminant, discriminant};

use multi_mentor::domain::analysis::{Finding, findings};
use multi_mentor::domain::content::examples::{ALL, Example};
use multi_mentor::domain::content::{self, Language, guide, set_language};
use multi_mentor::domain::date::Date;
use multi_mentor::domain::plan::{
    Cadence, Factor, Id, MentorRole, Plan, Priority, SituationRef, Status,
};
use multi_mentor::text::lowercase;

fn plans() -> Vec<(&'static Example, Plan)> {
    ALL.iter()
        .map(|example| (example, (example.plan)()))
        .collect()
}

/// The day the examples are read on: findings that count days count from it.
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 6,
};

fn example(key: &str) -> Plan {
    let example = ALL.iter().find(|e| e.key == key).expect("example exists");
    (example.plan)()
}

/// The kinds of finding the plan view shows, ignoring which competency or mentor.
fn kinds(plan: &Plan) -> HashSet<Discriminant<Finding>> {
    findings(plan, TODAY).iter().map(discriminant).collect()
}

fn kinds_of(list: &[Finding]) -> HashSet<Discriminant<Finding>> {
    list.iter().map(discriminant).collect()
}

#[test]
fn every_example_is_a_complete_plan() {
    for (example, plan) in plans() {
        let key = example.key;
        for text in [example.name, example.story, example.shows] {
            assert!(!text.get().trim().is_empty(), "{key}: blank list text");
        }
        assert!(!plan.goals.is_empty(), "{key}: no goals");
        assert!(!plan.target_role.trim().is_empty(), "{key}: no target role");
        assert!(
            !plan.review_notes.trim().is_empty(),
            "{key}: no review notes"
        );
        assert!(plan.industry.is_some(), "{key}: no industry");
        assert!(
            (4..=7).contains(&plan.competencies.len()),
            "{key}: {} competencies",
            plan.competencies.len()
        );
        assert!(
            (3..=5).contains(&plan.mentors.len()),
            "{key}: {} mentors",
            plan.mentors.len()
        );
        assert!(!plan.situation.factors.is_empty(), "{key}: no situation");
        for competency in &plan.competencies {
            assert!(
                !competency.name.trim().is_empty(),
                "{key}: blank competency"
            );
            assert!(
                competency.now <= competency.target,
                "{key}: {}",
                competency.name
            );
        }
        for mentor in &plan.mentors {
            let name = &mentor.name;
            assert!(!name.trim().is_empty(), "{key}: blank mentor name");
            assert!(!mentor.how_known.trim().is_empty(), "{key}: {name}");
            assert!(!mentor.next_step.trim().is_empty(), "{key}: {name}");
        }
    }
}

#[test]
fn listed_factors_are_in_the_order_the_app_keeps() {
    for (example, plan) in plans() {
        let factors = &plan.situation.factors;
        assert!(factors.is_sorted(), "{}", example.key);
        let unique: BTreeSet<_> = factors.iter().collect();
        assert_eq!(unique.len(), factors.len(), "{}", example.key);
    }
}

#[test]
fn every_link_points_at_something_in_the_plan() {
    for (example, plan) in plans() {
        let key = example.key;
        let parts = plan.situation_parts();
        for mentor in &plan.mentors {
            assert!(!mentor.competencies.is_empty(), "{key}: {}", mentor.name);
            for id in &mentor.competencies {
                assert!(plan.competency(*id).is_some(), "{key}: {}", mentor.name);
            }
            for part in &mentor.shared {
                assert!(parts.contains(part), "{key}: {}", mentor.name);
            }
        }
        for contact in &plan.contacts {
            for id in &contact.strengths {
                assert!(plan.competency(*id).is_some(), "{key}: {}", contact.name);
            }
            if let Some(mentor) = contact.mentor {
                let mentor = plan.mentor(mentor).expect("the contact's mentor exists");
                assert_eq!(mentor.name, contact.name, "{key}");
            }
        }
    }
}

#[test]
fn ids_are_unique_and_below_next_id() {
    for (example, plan) in plans() {
        let ids: Vec<Id> = plan
            .competencies
            .iter()
            .map(|c| c.id)
            .chain(plan.situation.own_factors.iter().map(|f| f.id))
            .chain(plan.contacts.iter().map(|c| c.id))
            .chain(plan.mentors.iter().map(|m| m.id))
            .collect();
        let unique: BTreeSet<Id> = ids.iter().copied().collect();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{}: an id is used twice",
            example.key
        );
        assert!(
            ids.iter().all(|Id(id)| *id < plan.next_id),
            "{}: next_id {} is not above every id",
            example.key,
            plan.next_id
        );
    }
}

#[test]
fn an_example_opened_and_extended_never_reuses_an_id() {
    for (example, mut plan) in plans() {
        let before = plan.next_id;
        let added = plan.add_mentor("Someone new".into()).unwrap();
        assert_eq!(added, Id(before), "{}", example.key);
    }
}

#[test]
fn each_example_shows_a_different_set_of_findings() {
    let sets: Vec<_> = plans()
        .into_iter()
        .map(|(example, plan)| (example.key, kinds(&plan)))
        .collect();
    for (i, (a, first)) in sets.iter().enumerate() {
        assert!(!first.is_empty(), "{a} shows no findings");
        for (b, second) in &sets[i + 1..] {
            assert_ne!(first, second, "{a} and {b} show the same findings");
        }
    }
}

#[test]
fn the_it_analyst_has_a_high_priority_gap_and_no_one_online() {
    let plan = example("it-to-accounting");
    let found = findings(&plan, TODAY);
    assert!(matches!(
        found[0],
        Finding::Gap {
            priority: Priority::High,
            ..
        }
    ));
    let gap = Finding::Gap {
        competency: Id(0),
        priority: Priority::High,
    };
    assert_eq!(
        kinds(&plan),
        kinds_of(&[gap, Finding::NoOnlineMentor]),
        "{found:?}"
    );
}

#[test]
fn the_team_lead_leans_on_one_mentor_and_has_no_sponsor() {
    let plan = example("new-team-lead");
    let found = findings(&plan, TODAY);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(matches!(found[0], Finding::OverReliance { .. }));
    assert_eq!(found[1], Finding::NoSponsor);
}

#[test]
fn the_returning_parent_gives_nothing_to_one_mentor_and_shares_her_situation_with_another() {
    let plan = example("returning-parent");
    let found = findings(&plan, TODAY);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(matches!(found[0], Finding::NothingOffered { .. }));
    let parenting = SituationRef::Listed(Factor::ParentOfYoungChildren);
    assert!(plan.mentors.iter().any(|m| m.shared.contains(&parenting)));
}

#[test]
fn the_newcomer_has_no_one_who_shares_his_situation() {
    let plan = example("newcomer");
    // His networking and interviewing mentor counts for soft skills.
    assert_eq!(findings(&plan, TODAY), vec![Finding::NoSharedSituation]);
}

#[test]
fn at_least_two_examples_have_private_notes() {
    let private = plans()
        .iter()
        .filter(|(_, plan)| plan.has_private_notes())
        .count();
    assert!(private >= 2, "only {private} examples have private notes");
    for (example, plan) in plans() {
        let shared = plan.without_private_notes();
        assert!(!shared.has_private_notes(), "{}", example.key);
    }
}

#[test]
fn keys_and_names_are_distinct() {
    let keys: BTreeSet<_> = ALL.iter().map(|e| e.key).collect();
    let names: BTreeSet<_> = ALL.iter().map(|e| e.name.get()).collect();
    assert_eq!(keys.len(), ALL.len());
    assert_eq!(names.len(), ALL.len());
    assert_eq!(
        ALL.map(|e| e.key),
        [
            "it-to-accounting",
            "new-team-lead",
            "returning-parent",
            "newcomer"
        ]
    );
}

#[test]
fn the_guide_fills_each_length_of_workshop_with_no_blank_steps() {
    assert!(!guide::AFTER.get().trim().is_empty());
    for length in guide::Length::ALL {
        let minutes: u32 = guide::PARTS.iter().map(|part| part.minutes(length)).sum();
        assert_eq!(minutes, length.minutes(), "{length:?}");
        for part in guide::PARTS {
            let heading = part.heading.get();
            assert!(part.minutes(length) > 0, "{heading}");
            assert!(!heading.trim().is_empty());
            let steps: Vec<_> = part.steps(length).collect();
            assert!((2..=4).contains(&steps.len()), "{length:?}, {heading}");
            for step in steps {
                assert!(!step.get().trim().is_empty(), "{heading}: blank step");
            }
        }
    }
    // The two lengths differ where time is short: the shorter has steps of its own.
    let steps = |length| -> Vec<&str> {
        guide::PARTS
            .iter()
            .flat_map(|part| part.steps(length))
            .map(|step| step.get())
            .collect()
    };
    assert_ne!(
        steps(guide::Length::Hour),
        steps(guide::Length::ThreeQuarters)
    );
}

/// The presenter view's lines for each question come from the plan, private notes left out.
#[test]
fn the_presenter_walks_each_example_through_the_four_questions() {
    use multi_mentor::pages::presenter::answers_to;
    for example in &ALL {
        let plan = (example.plan)();
        let shown = plan.without_private_notes();
        let all_lines: Vec<String> = (1..=4).flat_map(|n| answers_to(n, &shown)).collect();
        assert!(
            answers_to(1, &shown)
                .iter()
                .any(|line| line.contains(plan.target_role.as_str())),
            "{}: question 1 names the target role",
            example.key
        );
        assert_eq!(
            answers_to(4, &shown).len(),
            plan.mentors.len(),
            "{}: question 4 has a line per mentor",
            example.key
        );
        for (private, note) in [
            (plan.private.review_notes, &plan.review_notes),
            (plan.private.situation_notes, &plan.situation.notes),
        ] {
            if private && !note.is_empty() {
                assert!(
                    all_lines.iter().all(|line| !line.contains(note.as_str())),
                    "{}: a private note reached the presenter",
                    example.key
                );
            }
        }
    }
    assert!(
        answers_to(4, &example("returning-parent"))
            .iter()
            .any(|line| line.ends_with("nothing noted yet")),
        "the mentor Leah offers nothing is named as such"
    );
}

/// The examples follow the app's own advice, in both languages: each mentor meets at a pace
/// their role's hint suggests, a goal for "in about a year" speaks of no longer wait, and a
/// mentor not yet met has a next step that asks, not a meeting already set.
#[test]
fn every_example_follows_the_apps_own_advice() {
    for language in [Language::English, Language::French] {
        set_language(language);
        for (example, plan) in plans() {
            let key = example.key;
            for mentor in &plan.mentors {
                let name = &mentor.name;
                assert!(
                    mentor.cadence == Cadence::NotSet
                        || mentor.role.usual_paces().contains(&mentor.cadence),
                    "{key}: {name}, a {:?}, meets {:?}",
                    mentor.role,
                    mentor.cadence
                );
                if matches!(mentor.status, Status::Idea | Status::Asked) {
                    let step = lowercase(&mentor.next_step);
                    let asks = ASKING.iter().any(|verb| step.starts_with(verb));
                    assert!(asks, "{key}: {name} is not met yet, but: {step}");
                }
            }
            let year = lowercase(&plan.goals.year.text);
            for longer in ["two years", "three years", "deux ans", "trois ans"] {
                assert!(!year.contains(longer), "{key}: in about a year: {year}");
            }
            assert!(
                !plan.goals.later.text.is_empty(),
                "{key}: the longer goal has its own place"
            );
        }
    }
    set_language(Language::English);
}

/// How a next step to someone not yet met starts: it asks, writes or offers.
const ASKING: [&str; 10] = [
    "ask",
    "email",
    "message",
    "offer",
    "write",
    "lui demander",
    "lui écrire",
    "lui envoyer",
    "proposer",
    "offrir",
];

#[test]
fn the_role_hints_name_the_paces_that_suit_each_role() {
    for role in MentorRole::ALL {
        let hint = lowercase(content::role_pace(role));
        for pace in role.usual_paces() {
            let said = match pace {
                Cadence::Weekly => "every week",
                Cadence::EveryTwoWeeks => "two weeks",
                Cadence::Monthly => "once a month",
                Cadence::Quarterly => "three months",
                Cadence::AsNeeded => "when",
                Cadence::NotSet => unreachable!("a role suits a set pace"),
            };
            assert!(hint.contains(said), "{role:?}: {hint}");
        }
    }
}

/// A demo copy of an example, stamped when it was saved, is still the example until someone
/// edits it: the room then offers its short link (`#/example/<key>`).
#[test]
fn a_saved_copy_of_an_example_has_the_same_content_until_it_is_edited() {
    for example in &ALL {
        let original = (example.plan)();
        let mut copy = original.clone();
        copy.identity = 12345;
        copy.changed = 1_800_000_000;
        assert!(copy.same_content(&original), "{}", example.key);
        copy.target_role.push_str(", edited");
        assert!(!copy.same_content(&original), "{}", example.key);
    }
}
