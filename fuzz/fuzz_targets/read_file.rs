//! Any text must give a plan within the limits or a `FileError`, never a panic or a hang:
//! as a whole file, and as the plan inside a well-formed file header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use multi_mentor::domain::files::{self, FileError, Imported};
use multi_mentor::domain::limits::{Trimmed, plan_within_limits};

fn assert_within_limits(opened: Result<Imported, FileError>) {
    if let Ok(imported) = opened {
        let again = plan_within_limits(imported.plan.clone());
        assert_eq!(again, (imported.plan, Trimmed::default()), "a file opened over the limits");
    }
}

fuzz_target!(|text: &str| {
    assert_within_limits(files::import_json(text));
    let file = format!(r#"{{"app":"multi-mentor-plan","format":1,"name":"x","plan":{text}}}"#);
    assert_within_limits(files::import_json(&file));
});
