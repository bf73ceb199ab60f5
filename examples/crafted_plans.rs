//! Prints, as JSON, a share link fragment and a plan file that an attacker could craft: 400
//! competencies and 200 mentors, each mentor answering every competency, with repeated ids
//! and a name holding a direction control. The end-to-end tests open both and check that
//! the app trims them to its limits at once and says so.
//! `cargo run --quiet --example crafted_plans`

use multi_mentor::domain::files;
use multi_mentor::domain::plan::{Competency, Id, Level, Mentor, Plan, Priority, Reason};
use multi_mentor::domain::share;

fn main() {
    let competencies: Vec<Competency> = (0..400)
        .map(|n| Competency {
            id: Id(n % 390), // the last ten repeat earlier ids
            name: format!("Skill {n}"),
            reason: Reason::Goal,
            now: Level::new(1),
            target: Level::new(5),
            priority: Priority::Medium,
        })
        .collect();
    let every: Vec<Id> = competencies.iter().map(|c| c.id).collect();
    let mentors = (400..600)
        .map(|n| Mentor {
            id: Id(n),
            name: format!("Mentor {n}"),
            competencies: every.clone(),
            ..Mentor::default()
        })
        .collect();
    let plan = Plan {
        competencies,
        mentors,
        next_id: u32::MAX,
        ..Plan::default()
    };
    let name = "Flood \u{202E}gnp.exe";
    let crafted = serde_json::json!({
        "link": share::encode(name, &plan),
        "file": files::export_json(name, &plan),
    });
    println!("{crafted}");
}
