//! Prints the reading level (Flesch-Kincaid grade) of the app's guidance text, by group and
//! overall: `cargo run --example reading_level`. The test command runs it.

#[path = "../tests/shared/reading_level.rs"]
mod reading_level;

fn main() {
    let groups = reading_level::guidance();
    for (name, texts) in &groups {
        println!("{:>5.1}  {name}", reading_level::grade(texts));
    }
    let all: Vec<String> = groups.into_iter().flat_map(|(_, texts)| texts).collect();
    println!(
        "{:>5.1}  all guidance (goal: grade 8 or below)",
        reading_level::grade(&all)
    );
}
