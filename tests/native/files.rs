use multi_mentor::domain::files::{FileError, Imported, export_json, file_name, import_json};
use multi_mentor::domain::limits::{Trimmed, plan_within_limits};
use multi_mentor::domain::plan::Plan;
use proptest::prelude::*;

use crate::reference::reference_plan;
use crate::support::{any_plan, clean_name};

#[test]
fn the_reference_plan_round_trips_through_a_file() {
    let (name, plan) = reference_plan();
    let trimmed = Trimmed::default();
    assert_eq!(
        import_json(&export_json(&name, &plan)),
        Ok(Imported {
            name,
            plan,
            trimmed
        })
    );
}

#[test]
fn wrong_files_say_why() {
    let cases = [
        ("not json", FileError::NotJson),
        ("", FileError::NotJson),
        ("[1, 2, 3]", FileError::NotAPlanFile),
        (r#"{"hello": "world"}"#, FileError::NotAPlanFile),
        (
            r#"{"app": "something-else", "format": 1, "plan": {}}"#,
            FileError::NotAPlanFile,
        ),
        (
            r#"{"app": "multi-mentor-plan", "format": 7, "plan": {}}"#,
            FileError::NewerFormat(7),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(import_json(text), Err(expected), "{text:?}");
    }
    let damaged = r#"{"app": "multi-mentor-plan", "format": 1, "plan": {"mentors": 3}}"#;
    assert!(matches!(import_json(damaged), Err(FileError::Damaged(_))));
    let huge = format!(
        r#"{{"app": "multi-mentor-plan", "format": 1, "name": "{}"}}"#,
        "x".repeat(3_000_000)
    );
    assert_eq!(import_json(&huge), Err(FileError::TooBig));
}

#[test]
fn file_names_are_safe_and_readable() {
    assert_eq!(
        file_name("Move into Accounting!", "json"),
        "multi-mentor-plan-move-into-accounting.json"
    );
    assert_eq!(
        file_name("Marie-Claude Tremblay", "ics"),
        "multi-mentor-plan-marie-claude-tremblay.ics"
    );
    assert_eq!(file_name("  ", "json"), "multi-mentor-plan.json");
    assert_eq!(
        file_name("../../etc/passwd", "json"),
        "multi-mentor-plan-etc-passwd.json"
    );
}

proptest! {
    #[test]
    fn any_plan_round_trips_through_a_file(name in ".{0,40}".prop_map(|name| clean_name(&name)), plan in any_plan()) {
        let trimmed = Trimmed::default();
        prop_assert_eq!(import_json(&export_json(&name, &plan)), Ok(Imported { name, plan, trimmed }));
    }

    #[test]
    fn any_text_never_panics_the_importer(text in ".{0,400}") {
        let _ = import_json(&text);
    }

    #[test]
    fn any_plan_a_file_opens_is_within_the_limits(plan in any_plan(), next_id in any::<u32>(), copies in 1usize..4) {
        // A hand-edited file: ids repeated, the next id anywhere.
        let mut plan = Plan { next_id, ..plan };
        let competencies = plan.competencies.clone();
        for _ in 0..copies {
            plan.competencies.extend(competencies.iter().cloned());
        }
        let imported = import_json(&export_json("Edited", &plan)).expect("a well-formed file");
        let again = plan_within_limits(imported.plan.clone());
        prop_assert_eq!(again, (imported.plan, Trimmed::default()));
    }
}
