//! Writes the workshop's example plans and guide, from the content catalogue, as the static
//! file the app fetches when a workshop screen opens:
//! `cargo run --quiet --example workshop_content > public/workshop-content.json`

use multi_mentor::domain::workshop_content::WorkshopContent;

fn main() {
    println!(
        "{}",
        multi_mentor::json::write(&WorkshopContent::from_catalogue())
    );
}
