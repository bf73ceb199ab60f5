use multi_mentor::domain::date::Date;
use multi_mentor::domain::library::Library;
use multi_mentor::domain::limits::{
    MAX_COMPETENCIES, MAX_CONTACTS, MAX_MENTORS, MAX_OWN_FACTORS, MAX_PLANS, MAX_TEXT_CHARS,
    Trimmed, fit, fit_name, plan_within_limits,
};
use multi_mentor::domain::plan::{Horizon, Id, Level, List, Plan, Priority, Reason, Removed};
use proptest::prelude::*;

use crate::limits::is_within_limits;
use crate::support::{any_date, any_plan};

#[test]
fn a_full_list_refuses_another_item_and_hands_out_no_id() {
    let mut plan = Plan::default();
    for i in 0..MAX_COMPETENCIES {
        plan.add_competency(format!("Skill {i}"), Reason::Goal, Priority::Low)
            .expect("room");
    }
    for i in 0..MAX_MENTORS {
        plan.add_mentor(format!("Mentor {i}")).expect("room");
    }
    for i in 0..MAX_CONTACTS {
        plan.add_contact(format!("Person {i}"), Vec::new())
            .expect("room");
    }
    for i in 0..MAX_OWN_FACTORS {
        plan.add_own_factor(format!("Factor {i}")).expect("room");
    }
    let full = plan.clone();
    assert!(List::ALL.iter().all(|&list| plan.is_full(list)));
    assert_eq!(
        plan.add_competency("One more".into(), Reason::Goal, Priority::Low),
        None
    );
    assert_eq!(plan.add_soft_skill("One more".into()), None);
    assert_eq!(plan.add_mentor("One more".into()), None);
    assert_eq!(plan.add_contact("One more".into(), Vec::new()), None);
    assert_eq!(plan.add_own_factor("One more".into()), None);
    let contact = plan.contacts[0].id;
    assert_eq!(plan.make_mentor_from_contact(contact), None);
    assert_eq!(plan, full, "nothing changed, not even the next id");
    assert!(is_within_limits(&plan));
}

#[test]
fn undo_into_a_list_that_filled_up_since_is_refused() {
    let mut plan = Plan::default();
    for i in 0..MAX_MENTORS {
        plan.add_mentor(format!("Mentor {i}")).expect("room");
    }
    let first = plan.mentors[0].id;
    let removed = plan.remove_mentor(first).expect("removed");
    assert_eq!(removed.list(), Some(List::Mentors));
    plan.add_mentor("In its place".into()).expect("room again");
    let before = plan.clone();
    assert!(!plan.restore(removed.clone()), "no room");
    assert_eq!(plan, before);
    plan.remove_mentor(plan.mentors[0].id);
    assert!(plan.restore(removed), "room again");
    assert!(plan.mentor(first).is_some());
}

#[test]
fn a_full_library_refuses_another_plan_a_copy_and_an_undo() {
    let mut library = Library::with_plan("Mine".into(), Plan::default());
    for i in 1..MAX_PLANS {
        library
            .add(format!("Plan {i}"), Plan::default())
            .expect("room");
    }
    assert!(library.is_full());
    assert_eq!(library.add("One more".into(), Plan::default()), None);
    assert_eq!(library.duplicate(library.current, "Copy".into()), None);
    let last = library.plans[MAX_PLANS - 1].id;
    let removed = library.remove(last).expect("removed");
    library
        .add("In its place".into(), Plan::default())
        .expect("room again");
    assert!(!library.restore(removed));
    assert_eq!(library.plans.len(), MAX_PLANS);
}

/// An edit the app's screens can make, with items chosen by their place in a list.
#[derive(Debug, Clone)]
enum Edit {
    AddSkill(String, bool),
    AddMentor(String),
    AddPerson(String, Vec<usize>),
    MakeMentor(usize),
    AddFactor(String),
    Remove(List, usize),
    Undo,
    Meet(usize, Date, String),
    FinishStep(usize, Date),
    CheckIn(Date, Vec<(usize, u8)>, String),
    TypeNote(usize, String),
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let name = ".{1,30}";
    let list = prop::sample::select(List::ALL.to_vec());
    prop_oneof![
        (name, any::<bool>()).prop_map(|(name, soft)| Edit::AddSkill(name, soft)),
        name.prop_map(Edit::AddMentor),
        (name, prop::collection::vec(0usize..200, 0..3)).prop_map(|(n, s)| Edit::AddPerson(n, s)),
        (0usize..250).prop_map(Edit::MakeMentor),
        name.prop_map(Edit::AddFactor),
        (list, 0usize..250).prop_map(|(list, at)| Edit::Remove(list, at)),
        Just(Edit::Undo),
        (0usize..60, any_date(), ".{0,40}").prop_map(|(m, d, n)| Edit::Meet(m, d, n)),
        (0usize..60, any_date()).prop_map(|(m, d)| Edit::FinishStep(m, d)),
        (
            any_date(),
            prop::collection::vec((0usize..120, 1u8..=5), 0..4),
            ".{0,40}"
        )
            .prop_map(|(d, levels, note)| Edit::CheckIn(d, levels, note)),
        (0usize..60, ".{0,40}").prop_map(|(m, note)| Edit::TypeNote(m, note)),
    ]
}

/// Makes `edit` as the screens do: names and notes as the fields hand them over (trimmed,
/// one line, no direction controls), items by their place.
fn make(plan: &mut Plan, undo: &mut Option<Removed>, edit: Edit) {
    let name = |text: &str| {
        let mut name = text.trim().to_owned();
        fit_name(&mut name);
        name
    };
    let text = |text: &str| {
        let mut text = text.to_owned();
        fit(&mut text, MAX_TEXT_CHARS);
        text
    };
    let mentor = |plan: &Plan, at: usize| plan.mentors.get(at).map(|m| m.id);
    match edit {
        Edit::AddSkill(text, true) => {
            let _ = plan.add_soft_skill(name(&text));
        }
        Edit::AddSkill(text, false) => {
            let _ = plan.add_competency(name(&text), Reason::Goal, Priority::High);
        }
        Edit::AddMentor(text) => {
            let _ = plan.add_mentor(name(&text));
        }
        Edit::AddPerson(text, strengths) => {
            let ids = strengths
                .iter()
                .filter_map(|&at| plan.competencies.get(at).map(|c| c.id))
                .collect::<std::collections::BTreeSet<_>>();
            let _ = plan.add_contact(name(&text), ids.into_iter().collect());
        }
        Edit::MakeMentor(at) => {
            if let Some(id) = plan.contacts.get(at).map(|c| c.id) {
                let _ = plan.make_mentor_from_contact(id);
            }
        }
        Edit::AddFactor(text) => {
            let _ = plan.add_own_factor(name(&text));
        }
        Edit::Remove(list, at) => {
            *undo = match list {
                List::Competencies => plan.competencies.get(at).map(|c| c.id),
                List::Mentors => plan.mentors.get(at).map(|m| m.id),
                List::Contacts => plan.contacts.get(at).map(|c| c.id),
                List::OwnFactors => plan.situation.own_factors.get(at).map(|f| f.id),
            }
            .and_then(|id| match list {
                List::Competencies => plan.remove_competency(id),
                List::Mentors => plan.remove_mentor(id),
                List::Contacts => plan.remove_contact(id),
                List::OwnFactors => plan.remove_own_factor(id),
            });
        }
        Edit::Undo => {
            if let Some(removed) = undo.take() {
                plan.restore(removed);
            }
        }
        Edit::Meet(at, date, note) => {
            if let Some(mentor) = mentor(plan, at).and_then(|id| plan.mentor_mut(id)) {
                mentor.meet(date, &text(&note));
            }
        }
        Edit::FinishStep(at, date) => {
            if let Some(mentor) = mentor(plan, at).and_then(|id| plan.mentor_mut(id)) {
                mentor.next_step = "Send the draft".into();
                mentor.finish_step(date);
            }
        }
        Edit::CheckIn(date, levels, note) => {
            let levels: Vec<(Id, Level)> = levels
                .iter()
                .filter_map(|&(at, level)| Some((plan.competencies.get(at)?.id, Level::new(level))))
                .collect();
            plan.check_in(date, &levels, &[Horizon::Soon], &text(&note));
        }
        Edit::TypeNote(at, note) => {
            if let Some(mentor) = mentor(plan, at).and_then(|id| plan.mentor_mut(id)) {
                mentor.offer = text(&note);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_edit_the_screens_can_make_keeps_a_plan_within_the_limits(
        plan in any_plan(),
        // Some lists start at or near their limit, so that adding meets it.
        near_full in prop::collection::vec((prop::sample::select(List::ALL.to_vec()), 0usize..3), 0..3),
        edits in prop::collection::vec(any_edit(), 1..40),
    ) {
        let (mut plan, _) = plan_within_limits(plan);
        for (list, short_by) in near_full {
            while plan.count(list) + short_by < list.max() {
                let name = format!("Filler {}", plan.count(list));
                let added = match list {
                    List::Competencies => plan.add_competency(name, Reason::Goal, Priority::Low),
                    List::Mentors => plan.add_mentor(name),
                    List::Contacts => plan.add_contact(name, Vec::new()),
                    List::OwnFactors => plan.add_own_factor(name),
                };
                prop_assert!(added.is_some());
            }
        }
        let mut undo = None;
        for edit in edits {
            let made = format!("{edit:?}");
            make(&mut plan, &mut undo, edit);
            let (checked, trimmed) = plan_within_limits(plan.clone());
            prop_assert_eq!(trimmed, Trimmed::default(), "trimmed after {}", made);
            prop_assert_eq!(&checked, &plan, "changed by the check after {}", made);
        }
    }
}
