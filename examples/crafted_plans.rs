//! Prints, as JSON, a share link fragment and a plan file that an attacker could craft: the
//! flooded plan of issue 10 (400 competencies, 200 mentors each answering every one), with
//! its last ten competencies reusing earlier ids, the next id at its very top, and a name
//! holding a direction control. The end-to-end tests open both and check that the app trims
//! them to its limits at once and says so. Also a small plan at the very top of the id range
//! (`top`), whose items must survive, as must what the person adds to it.
//! `cargo run --quiet --example crafted_plans`

#[path = "../tests/shared/flood.rs"]
mod flood;

use multi_mentor::domain::files;
use multi_mentor::domain::plan::{Id, Mentor, Plan};
use multi_mentor::domain::share;

fn main() {
    let mut plan = flood::flood();
    for competency in &mut plan.competencies[390..] {
        competency.id = Id(competency.id.0 - 390);
    }
    plan.next_id = u32::MAX;
    let name = "Flood \u{202E}gnp.exe";
    let top = Plan {
        competencies: vec![flood::competency(u32::MAX - 1)],
        mentors: vec![Mentor {
            id: Id(u32::MAX),
            name: "Top".into(),
            competencies: vec![Id(u32::MAX - 1)],
            ..Mentor::default()
        }],
        next_id: u32::MAX,
        ..Plan::default()
    };
    let crafted = serde_json::json!({
        "link": share::encode(name, &plan),
        "file": files::export_json(name, &plan),
        "top": share::encode("Top of the range", &top),
    });
    println!("{crafted}");
}
