use multi_mentor::domain::date::Date;
use multi_mentor::domain::merge;
use multi_mentor::domain::plan::{Plan, Priority, Reason};
use proptest::prelude::*;

use crate::support::{any_plan, sample_plan};

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 6,
};

/// The sample plan with two skills and a mentor, as both tabs last stored it.
fn base_plan() -> Plan {
    let mut plan = sample_plan();
    let budgets = plan
        .add_competency("Budgets".into(), Reason::Goal, Priority::High)
        .unwrap();
    plan.add_competency(
        "Presenting".into(),
        Reason::PerformanceReview,
        Priority::Medium,
    );
    let grace = plan.add_mentor("Grace".into()).unwrap();
    plan.mentor_mut(grace).unwrap().competencies = vec![budgets];
    plan
}

#[test]
fn goals_typed_in_one_tab_and_a_mentor_added_in_the_other_are_both_kept() {
    let base = base_plan();
    let mut typing = base.clone();
    typing.goals.year.text = "Lead the audit team by 2028".into();
    let mut adding = base.clone();
    let amara = adding.add_mentor("Amara".into()).unwrap();

    let (merged, clashes) = merge::plans(&base, &typing, &adding);
    assert_eq!(merged.goals.year.text, "Lead the audit team by 2028");
    assert!(merged.mentor(amara).is_some_and(|m| m.name == "Amara"));
    assert_eq!(clashes, 0);
    // The other way round (the other tab saves first) gives the same plan.
    let (other_way, _) = merge::plans(&base, &adding, &typing);
    assert_eq!(other_way.goals, merged.goals);
    assert_eq!(other_way.mentors, merged.mentors);
}

#[test]
fn a_meeting_logged_in_one_tab_and_the_next_step_written_in_the_other_are_both_kept() {
    let base = base_plan();
    let id = base.mentors[0].id;
    let mut logging = base.clone();
    logging
        .mentor_mut(id)
        .unwrap()
        .meet(TODAY, "Went over my budget");
    let mut writing = base.clone();
    writing.mentor_mut(id).unwrap().next_step = "Send her the draft".into();

    let (merged, clashes) = merge::plans(&base, &logging, &writing);
    let mentor = merged.mentor(id).unwrap();
    assert_eq!(mentor.log[0].note, "Went over my budget");
    assert_eq!(mentor.next_step, "Send her the draft");
    assert_eq!(clashes, 0);
}

#[test]
fn items_both_tabs_added_under_one_id_are_both_kept_with_their_links() {
    let base = base_plan();
    let mut mine = base.clone();
    let my_skill = mine
        .add_competency("Budgeting".into(), Reason::Goal, Priority::High)
        .unwrap();
    let my_mentor = mine.add_mentor("Amara".into()).unwrap();
    mine.mentor_mut(my_mentor).unwrap().competencies = vec![my_skill];
    let mut theirs = base.clone();
    let their_skill = theirs
        .add_competency("Hiring".into(), Reason::Goal, Priority::Low)
        .unwrap();
    assert_eq!(my_skill, their_skill, "both tabs handed out the same id");

    let (merged, _) = merge::plans(&base, &mine, &theirs);
    let names: Vec<&str> = merged
        .competencies
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert!(names.contains(&"Budgeting") && names.contains(&"Hiring"));
    let budgeting = merged
        .competencies
        .iter()
        .find(|c| c.name == "Budgeting")
        .unwrap();
    let amara = merged.mentors.iter().find(|m| m.name == "Amara").unwrap();
    assert_eq!(
        amara.competencies,
        [budgeting.id],
        "her skill followed its new id"
    );
    let mut ids: Vec<u32> = merged.item_ids().map(|id| id.0).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "every id once");
    assert!(merged.item_ids().all(|id| id.0 < merged.next_id));
}

#[test]
fn a_field_both_tabs_changed_keeps_this_tabs_version_and_counts_the_clash() {
    let base = base_plan();
    let mut mine = base.clone();
    mine.target_role = "Controller".into();
    let mut theirs = base.clone();
    theirs.target_role = "Senior accountant".into();
    theirs.review_notes = "Speak up more".into();
    let (merged, clashes) = merge::plans(&base, &mine, &theirs);
    assert_eq!(merged.target_role, "Controller");
    assert_eq!(merged.review_notes, "Speak up more");
    assert_eq!(clashes, 1);
}

#[test]
fn a_skill_deleted_in_one_tab_stays_deleted_unless_the_other_changed_it() {
    let base = base_plan();
    let [first, second] = [base.competencies[0].id, base.competencies[1].id];
    let mut mine = base.clone();
    mine.remove_competency(first);
    mine.remove_competency(second);
    let mut theirs = base.clone();
    theirs.competency_mut(second).unwrap().name = "Renamed elsewhere".into();
    let (merged, _) = merge::plans(&base, &mine, &theirs);
    assert!(merged.competency(first).is_none());
    assert_eq!(merged.competency(second).unwrap().name, "Renamed elsewhere");
}

/// The plan with each list of items in the order of their ids, to compare what is in it.
fn by_id(mut plan: Plan) -> Plan {
    plan.goals_text.clear();
    plan.competencies.sort_by_key(|c| c.id);
    plan.mentors.sort_by_key(|m| m.id);
    plan.contacts.sort_by_key(|c| c.id);
    plan.situation.own_factors.sort_by_key(|f| f.id);
    plan
}

proptest! {
    /// What changed on one side only is what the merge holds, whichever side it was.
    #[test]
    fn a_merge_keeps_each_sides_own_changes(base in any_plan(), other in any_plan()) {
        let next_id = base.next_id.max(other.next_id);
        let (merged, clashes) = merge::plans(&base, &base, &other);
        prop_assert_eq!(clashes, 0);
        prop_assert_eq!(merged, Plan { next_id, goals_text: String::new(), ..other.clone() });
        let (merged, clashes) = merge::plans(&base, &other, &base);
        prop_assert_eq!(clashes, 0);
        prop_assert_eq!(by_id(merged), by_id(Plan { next_id, ..other }));
    }
}
