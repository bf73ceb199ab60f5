use multi_mentor::domain::plan::Plan;

use crate::support::sample_plan;

#[test]
fn a_new_plan_is_blank() {
    assert!(Plan::default().is_blank());
}

#[test]
fn whitespace_alone_still_counts_as_blank() {
    let plan = Plan {
        goals: "  \n\t".into(),
        ..Plan::default()
    };
    assert!(plan.is_blank());
}

#[test]
fn any_written_field_makes_the_plan_not_blank() {
    assert!(!sample_plan().is_blank());
    let only_role = Plan {
        target_role: "Team lead".into(),
        ..Plan::default()
    };
    assert!(!only_role.is_blank());
}
