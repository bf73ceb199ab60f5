//! Writes the files beside index.html that come from the content catalogue: the French of the
//! app's own words, and in each language the workshop's example plans and the pages beside the
//! app: the accessibility statement, the facilitator's guide and the printable worksheet.
//! `cargo run --quiet --example catalogue` (into `public/`; a native test checks they are
//! up to date).

// A native tool: the catalogue is read from its source with syn, which the wasm never has.
#[cfg(target_arch = "wasm32")]
fn main() {}

// Shared with the tests, which use more of it than this tool does.
#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)]
#[path = "../tests/shared/catalogue.rs"]
mod catalogue;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use catalogue::french_file;
    use multi_mentor::domain::content::{FRENCH_FILE, Language};
    use multi_mentor::domain::side_page::SidePage;
    use multi_mentor::domain::workshop_content::WorkshopContent;

    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public");
    let write = |name: &str, text: String| {
        let path = folder.join(name);
        std::fs::write(&path, text).unwrap_or_else(|error| {
            panic!("could not write {}: {error}", path.display());
        });
        println!("wrote {}", path.display());
    };
    match french_file() {
        Ok(text) => write(FRENCH_FILE, text),
        Err(problem) => {
            eprintln!("The catalogue's French is not ready:\n{problem}");
            std::process::exit(1);
        }
    }
    for language in [Language::English, Language::French] {
        let content = WorkshopContent::in_language(language);
        write(
            WorkshopContent::file_name(language),
            multi_mentor::json::write(&content) + "\n",
        );
        for page in SidePage::ALL {
            write(page.file_name(language), page.page(language));
        }
    }
}
