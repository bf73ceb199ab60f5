//! Benchmark, not a test: the script time of opening the costliest links and files an attacker
//! can make under the byte caps (64 KB of link, 256 KB unpacked; 2 MB of file), natively.
//! Each is a plan grown in one list until the next step would pass a cap; it prints the time
//! of each (the best of three) and the worst. Goal: under 100 ms each.
//! `cargo run --release --example open_worst_case`

// A native benchmark: natively, links are inflated by miniz_oxide (`share::decode`); the wasm
// has the browser's own inflater instead.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/shared/flood.rs"]
mod flood;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::time::{Duration, Instant};

    use multi_mentor::domain::date::Date;
    use multi_mentor::domain::files::{self, MAX_FILE_BYTES};
    use multi_mentor::domain::plan::{CheckIn, Entry, Horizon, Rating};
    use multi_mentor::domain::plan::{Id, Level, Mentor, Plan};
    use multi_mentor::domain::share;

    use crate::flood;

    const GOAL: Duration = Duration::from_millis(100);

    fn day(n: u32) -> Date {
        Date {
            year: 2020 + n % 7,
            month: 1 + n % 12,
            day: 1 + n % 28,
        }
    }

    /// Check-ins that all look alike (they deflate to almost nothing), each rating every skill.
    fn check_ins(plan: &mut Plan, count: u32, skills: u32) {
        plan.competencies = flood::flood().competencies[..skills as usize].to_vec();
        plan.check_ins = (0..count)
            .map(|n| CheckIn {
                date: day(n),
                levels: (0..skills)
                    .map(|id| Rating {
                        id: Id(id),
                        level: Level::new(3),
                    })
                    .collect(),
                met: Horizon::ALL.to_vec(),
                note: "Same again".into(),
            })
            .collect();
    }

    /// Check-ins with nothing in them but one date: the most that fit.
    fn bare_check_ins(plan: &mut Plan, count: u32, _: u32) {
        let check_in = CheckIn {
            date: day(0),
            levels: Vec::new(),
            met: Vec::new(),
            note: String::new(),
        };
        plan.check_ins = vec![check_in; count as usize];
    }

    /// Fifty mentors, each with a long log.
    fn logs(plan: &mut Plan, count: u32, _: u32) {
        plan.mentors = (1..=50)
            .map(|id| Mentor {
                id: Id(id),
                name: format!("Mentor {id}"),
                log: (0..count)
                    .map(|n| Entry {
                        date: day(n),
                        note: "Coffee".into(),
                        done_step: false,
                    })
                    .collect(),
                ..Mentor::default()
            })
            .collect();
    }

    /// Skills that all share one id, each one after the first left out.
    fn repeated_ids(plan: &mut Plan, count: u32, _: u32) {
        plan.competencies = (0..count).map(|_| flood::competency(u32::MAX)).collect();
    }

    type Grow = fn(&mut Plan, u32, u32);

    /// The largest count for which `fits` holds of the plan `grow` makes (doubling, then halving).
    fn largest(grow: Grow, skills: u32, fits: impl Fn(&Plan) -> bool) -> (Plan, u32) {
        let make = |count| {
            let mut plan = Plan::default();
            grow(&mut plan, count, skills);
            plan
        };
        let (mut low, mut high) = (1, 2);
        while fits(&make(high)) {
            (low, high) = (high, high * 2);
        }
        while high - low > 1 {
            let middle = low + (high - low) / 2;
            if fits(&make(middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        (make(low), low)
    }

    /// The best of three runs of `open`.
    fn time(open: impl Fn()) -> Duration {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                open();
                start.elapsed()
            })
            .min()
            .unwrap_or_default()
    }

    pub fn main() {
        let cases: [(&str, Grow, u32); 5] = [
            ("identical check-ins, nothing in them", bare_check_ins, 0),
            ("check-ins, one skill each", check_ins, 1),
            ("check-ins, 100 skills each", check_ins, 100),
            ("meeting logs of 50 mentors", logs, 0),
            ("skills under one repeated id", repeated_ids, 0),
        ];
        let mut worst = Duration::ZERO;
        println!("Opening the costliest links and files under the caps (native, best of 3):");
        for (what, grow, skills) in cases {
            let (plan, count) = largest(grow, skills, |plan| {
                share::decode(&share::encode("Crafted", plan)).is_ok()
            });
            let link = share::encode("Crafted", &plan);
            let took = time(|| assert!(share::decode(&link).is_ok()));
            println!(
                "  link, {what}: {count} of them, {} characters: {took:.1?}",
                link.len()
            );
            worst = worst.max(took);

            let (plan, count) = largest(grow, skills, |plan| {
                files::export_json("Crafted", plan).len() <= MAX_FILE_BYTES
            });
            let file = files::export_json("Crafted", &plan);
            let took = time(|| assert!(files::import_json(&file).is_ok()));
            println!(
                "  file, {what}: {count} of them, {} bytes: {took:.1?}",
                file.len()
            );
            worst = worst.max(took);
        }
        let verdict = if worst <= GOAL { "within" } else { "OVER" };
        println!("Worst case: {worst:.1?} ({verdict} the {GOAL:?} goal)");
    }
}
