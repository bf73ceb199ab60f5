//! Writes the seeds the fuzz targets start from (`fuzz/seeds/`): the four example plans and
//! a plan at the very top of the id range, each with a meeting log and check-ins (libFuzzer
//! grows its inputs from these, so the record's layout is reached at once). For each plan,
//! `decode_link` gets the link, its compressed bytes and its layout before compression;
//! `read_file` gets the plan file and the bare plan inside it.
//! `cargo run --quiet --example fuzz_seeds`

use std::fs;
use std::path::Path;

use multi_mentor::domain::content::examples;
use multi_mentor::domain::date::Date;
use multi_mentor::domain::files;
use multi_mentor::domain::plan::{Horizon, Id, Level, Mentor, Plan, Priority, Reason};
use multi_mentor::domain::share;

fn day(month: u32, day: u32) -> Date {
    Date {
        year: 2026,
        month,
        day,
    }
}

/// The plan as kept for a few months: two meetings and a step done per mentor, and a
/// check-in each quarter with the levels moving up.
fn with_record(mut plan: Plan) -> Plan {
    for mentor in &mut plan.mentors {
        mentor.meet(day(3, 4), "Talked over where to start.");
        mentor.next_step = "Send the draft report".into();
        mentor.finish_step(day(4, 2));
        mentor.meet(day(5, 6), "Went through the report together.");
    }
    for (quarter, level) in [(1, 2), (4, 3), (7, 4)] {
        let levels: Vec<(Id, Level)> = (plan.competencies.iter())
            .map(|c| (c.id, Level::new(level)))
            .collect();
        let met = if level == 4 {
            &[Horizon::Soon][..]
        } else {
            &[]
        };
        plan.check_in(day(quarter, 15), &levels, met, "Steady progress.");
    }
    plan
}

fn top_of_the_id_range() -> Plan {
    let mut plan = Plan {
        mentors: vec![Mentor {
            id: Id(u32::MAX),
            name: "Top".into(),
            ..Mentor::default()
        }],
        next_id: u32::MAX,
        ..Plan::default()
    };
    let _ = plan.add_competency("Budgeting".into(), Reason::Goal, Priority::High);
    plan
}

fn write(folder: &Path, name: String, bytes: &[u8]) {
    fs::write(folder.join(name), bytes).expect("the seed is written");
}

fn main() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let (links, files_folder) = (seeds.join("decode_link"), seeds.join("read_file"));
    for folder in [&links, &files_folder] {
        fs::create_dir_all(folder).expect("the seed folder exists");
    }
    let plans = (examples::ALL.iter())
        .map(|example| (example.key, (example.plan)()))
        .chain([("top-of-the-id-range", top_of_the_id_range())]);
    for (key, plan) in plans {
        let plan = with_record(plan);
        let link = share::encode(key, &plan);
        let payload = link.split_once('.').expect("a link has a version").1;
        let compressed = share::base64url_decode(payload).expect("base64");
        write(&links, format!("{key}.link"), link.as_bytes());
        write(&links, format!("{key}.deflate"), &compressed);
        write(&links, format!("{key}.layout"), &share::layout(key, &plan));

        let file = files::export_json(key, &plan);
        let bare: serde_json::Value = serde_json::from_str(&file).expect("the file is JSON");
        write(&files_folder, format!("{key}.json"), file.as_bytes());
        write(
            &files_folder,
            format!("{key}.plan.json"),
            bare["plan"].to_string().as_bytes(),
        );
    }
    println!("wrote the seeds in {}", seeds.display());
}
