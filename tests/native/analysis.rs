use multi_mentor::domain::analysis::{Finding, distinct_names, findings, grid};
use multi_mentor::domain::plan::{Factor, Id, Plan, Priority, Reach, Reason, SituationRef};
use proptest::prelude::*;

use crate::support::any_plan;

/// A plan where every rule is satisfied: two needs, two mentors, all reciprocal.
fn healthy_plan() -> (Plan, Id, Id) {
    let mut plan = Plan::default();
    plan.set_factor(Factor::ParentOfYoungChildren, true);
    let accounting = plan.add_competency("Accounting".into(), Reason::Transition, Priority::High);
    let branding = plan.add_competency("Branding".into(), Reason::SoftSkill, Priority::Low);
    let daniel = plan.add_mentor("Daniel".into());
    let sofia = plan.add_mentor("Sofia".into());
    let mentor = plan.mentor_mut(daniel).unwrap();
    mentor.competencies = vec![accounting];
    mentor.offer = "Database help".into();
    let mentor = plan.mentor_mut(sofia).unwrap();
    mentor.competencies = vec![branding];
    mentor.offer = "Event banner".into();
    mentor.reach = Reach::Online;
    mentor.shared = vec![SituationRef::Listed(Factor::ParentOfYoungChildren)];
    (plan, daniel, sofia)
}

#[test]
fn a_healthy_plan_has_no_findings() {
    assert_eq!(findings(&healthy_plan().0), vec![]);
}

#[test]
fn gaps_come_first_high_priority_first() {
    let mut plan = Plan::default();
    let low = plan.add_competency("Low".into(), Reason::Goal, Priority::Low);
    let high = plan.add_competency("High".into(), Reason::Goal, Priority::High);
    let medium = plan.add_competency("Medium".into(), Reason::Goal, Priority::Medium);
    let gaps: Vec<Id> = findings(&plan)
        .into_iter()
        .filter_map(|f| match f {
            Finding::Gap { competency, .. } => Some(competency),
            _ => None,
        })
        .collect();
    assert_eq!(gaps, vec![high, medium, low]);
    assert!(matches!(findings(&plan)[0], Finding::Gap { .. }));
}

#[test]
fn one_mentor_answering_more_than_half_is_over_reliance() {
    let (mut plan, daniel, _) = healthy_plan();
    let third = plan.add_competency("Tax".into(), Reason::Goal, Priority::Low);
    plan.mentor_mut(daniel).unwrap().competencies.push(third);
    assert_eq!(
        findings(&plan),
        vec![Finding::OverReliance {
            mentor: daniel,
            answered: 2,
            total: 3
        }]
    );
}

#[test]
fn exactly_half_is_not_over_reliance() {
    let (plan, _, _) = healthy_plan();
    assert!(
        !findings(&plan)
            .iter()
            .any(|f| matches!(f, Finding::OverReliance { .. }))
    );
}

#[test]
fn a_single_need_with_a_single_mentor_is_not_over_reliance() {
    let mut plan = Plan::default();
    let only = plan.add_competency("Accounting".into(), Reason::Goal, Priority::High);
    let mentor = plan.add_mentor("Daniel".into());
    plan.mentor_mut(mentor).unwrap().competencies = vec![only];
    assert!(
        !findings(&plan)
            .iter()
            .any(|f| matches!(f, Finding::OverReliance { .. }))
    );
}

#[test]
fn a_mentor_with_only_whitespace_offered_gets_nothing_in_return() {
    let (mut plan, daniel, _) = healthy_plan();
    plan.mentor_mut(daniel).unwrap().offer = "   ".into();
    assert_eq!(
        findings(&plan),
        vec![Finding::NothingOffered { mentor: daniel }]
    );
}

#[test]
fn no_shared_situation_only_when_there_is_a_situation_to_share() {
    let (mut plan, _, sofia) = healthy_plan();
    plan.mentor_mut(sofia).unwrap().shared.clear();
    assert_eq!(findings(&plan), vec![Finding::NoSharedSituation]);
    plan.set_factor(Factor::ParentOfYoungChildren, false);
    assert_eq!(findings(&plan), vec![]);
}

#[test]
fn a_mentor_sharing_an_unticked_factor_does_not_count() {
    let (mut plan, _, sofia) = healthy_plan();
    plan.mentor_mut(sofia).unwrap().shared = vec![SituationRef::Listed(Factor::Caregiver)];
    assert_eq!(findings(&plan), vec![Finding::NoSharedSituation]);
}

#[test]
fn both_in_person_and_online_counts_as_reachable_online() {
    let (mut plan, _, sofia) = healthy_plan();
    plan.mentor_mut(sofia).unwrap().reach = Reach::InPerson;
    assert_eq!(findings(&plan), vec![Finding::NoOnlineMentor]);
    plan.mentor_mut(sofia).unwrap().reach = Reach::Both;
    assert_eq!(findings(&plan), vec![]);
}

#[test]
fn no_soft_skill_mentor_when_soft_skills_go_unanswered() {
    let (mut plan, _, sofia) = healthy_plan();
    plan.mentor_mut(sofia).unwrap().competencies.clear();
    let found = findings(&plan);
    assert!(found.contains(&Finding::NoSoftSkillMentor));
    assert!(matches!(
        found[0],
        Finding::Gap {
            priority: Priority::Low,
            ..
        }
    ));
}

#[test]
fn an_empty_plan_reports_no_online_mentor_and_no_soft_skill_mentor_only() {
    assert_eq!(
        findings(&Plan::default()),
        vec![Finding::NoOnlineMentor, Finding::NoSoftSkillMentor]
    );
}

#[test]
fn the_grid_has_a_row_per_competency_and_a_column_per_mentor() {
    let (plan, _, _) = healthy_plan();
    let grid = grid(&plan);
    let names: Vec<&str> = grid.mentors.iter().map(|(_, name)| name.as_str()).collect();
    assert_eq!(names, ["Daniel", "Sofia"]);
    assert_eq!(grid.rows.len(), 2);
    assert_eq!(grid.rows[0].answered, vec![true, false]);
    assert_eq!(grid.rows[1].answered, vec![false, true]);
    assert_eq!(grid.rows[1].mentor_count(), 1);
}

#[test]
fn namesakes_are_told_apart() {
    assert_eq!(
        distinct_names(["Sam", "Ana", " sam ", "SAM", "Ana"]),
        ["Sam", "Ana", "sam (2)", "SAM (3)", "Ana (2)"]
    );
}

proptest! {
    /// Every competency is either answered by a mentor or reported as a gap, never both.
    #[test]
    fn every_competency_is_covered_or_a_gap(plan in any_plan()) {
        let found = findings(&plan);
        let grid = grid(&plan);
        for row in &grid.rows {
            let is_gap = found.iter().any(|f| matches!(f, Finding::Gap { competency, .. } if *competency == row.competency));
            prop_assert_eq!(is_gap, row.mentor_count() == 0);
        }
        let gaps = found.iter().filter(|f| matches!(f, Finding::Gap { .. })).count();
        prop_assert_eq!(gaps, grid.rows.iter().filter(|r| r.mentor_count() == 0).count());
    }

    /// Over-reliance is reported exactly for mentors answering more than half the needs.
    #[test]
    fn over_reliance_matches_its_definition(plan in any_plan()) {
        let total = plan.competencies.len();
        for mentor in &plan.mentors {
            let answered = plan.competencies.iter().filter(|c| mentor.competencies.contains(&c.id)).count();
            let reported = findings(&plan).iter().any(|f| matches!(f, Finding::OverReliance { mentor: m, .. } if *m == mentor.id));
            prop_assert_eq!(reported, total >= 2 && answered * 2 > total);
        }
    }

    /// Every label is distinct, so two namesakes can always be told apart.
    #[test]
    fn labels_are_always_distinct(names in proptest::collection::vec("[ab ]{0,3}", 0..12)) {
        let labels = distinct_names(names.iter().map(String::as_str));
        let mut keys: Vec<String> = labels.iter().map(|l| l.trim().to_lowercase()).collect();
        keys.sort();
        let before = keys.len();
        keys.dedup();
        // Names that were already distinct can only collide with a generated "x (2)" label,
        // which these generated names never contain.
        prop_assert_eq!(keys.len(), before);
    }
}
