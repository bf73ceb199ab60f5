//! The content catalogue: every text in both languages, French typography, and the files the
//! app fetches, made from it and kept up to date.

use crate::catalogue_pairs::{APP_SOURCES, OWN_FILE_SOURCES, Pair, conflicts, french_file, pairs};
use multi_mentor::domain::content::{
    self, FRENCH_FILE, Language, Tr, count, fill, number, set_language,
};
use multi_mentor::domain::side_page::SidePage;
use multi_mentor::domain::workshop_content::WorkshopContent;

fn every_pair() -> Vec<Pair> {
    let mut all = pairs(&APP_SOURCES).expect("the app's texts are all pairs");
    all.extend(pairs(&OWN_FILE_SOURCES).expect("the workshop's texts are all pairs"));
    all
}

/// The names inside `{}` in a text, in order of appearance.
fn blanks(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|after| after.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn every_pair_written_is_read_even_inside_other_macros() {
    for source in APP_SOURCES.iter().chain(&OWN_FILE_SOURCES) {
        let written = source
            .1
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .map(|line| line.matches("tr!(").count())
            .sum::<usize>();
        let read = pairs(std::slice::from_ref(source)).unwrap().len();
        assert_eq!(read, written, "{}", source.0);
    }
}

#[test]
fn every_source_file_of_the_catalogue_is_read() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/content");
    let read: Vec<&str> = APP_SOURCES
        .iter()
        .chain(&OWN_FILE_SOURCES)
        .map(|(name, _)| *name)
        .collect();
    for entry in std::fs::read_dir(folder).unwrap() {
        let name = format!("content/{}", entry.unwrap().file_name().to_string_lossy());
        assert!(
            read.contains(&name.as_str()),
            "{name} is not read for its French"
        );
    }
}

#[test]
fn no_text_lacks_a_language_or_is_empty() {
    for pair in every_pair() {
        assert!(
            !pair.english.trim().is_empty(),
            "{}: an empty English text",
            pair.file
        );
        assert!(
            !pair.french.trim().is_empty(),
            "{}: \u{201c}{}\u{201d} has an empty French text",
            pair.file,
            pair.english
        );
    }
}

#[test]
fn one_english_text_has_one_french_text_everywhere() {
    // The example plans too: a suggested skill reads the same in a chip and in an example.
    let problems = conflicts(&every_pair());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_french_text_has_the_blanks_of_its_english() {
    for pair in every_pair() {
        assert_eq!(
            blanks(&pair.english),
            blanks(&pair.french),
            "{}: \u{201c}{}\u{201d}",
            pair.file,
            pair.english
        );
    }
}

#[test]
fn french_typography_is_canadian() {
    for Pair {
        file,
        english,
        french,
    } in every_pair()
    {
        let at =
            format!("{file}: the French of \u{201c}{english}\u{201d}: \u{201c}{french}\u{201d}");
        assert!(!french.contains('"'), "{at} has a straight quotation mark");
        assert!(
            !french.contains('\u{201c}'),
            "{at} has English quotation marks"
        );
        for (i, mark) in french.char_indices() {
            let before = french[..i].chars().next_back();
            let after = french[i + mark.len_utf8()..].chars().next();
            let needs_space_before = matches!(mark, ':' | ';' | '!' | '?' | '\u{bb}');
            // "14:05" and "https://" are not punctuation in a sentence.
            let in_a_word =
                mark == ':' && after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '/');
            if needs_space_before && !in_a_word {
                assert!(
                    matches!(before, Some('\u{a0}' | '\u{202f}')),
                    "{at}: \u{201c}{mark}\u{201d} needs a non-breaking space before it"
                );
            }
            if mark == '\u{ab}' {
                assert_eq!(
                    after,
                    Some('\u{a0}'),
                    "{at}: \u{ab} needs a non-breaking space after it"
                );
            }
        }
    }
}

/// Fails unless `public/<name>`, as committed, is `made`: what the catalogue example writes.
fn assert_committed_as_made(name: &str, made: &str) {
    let committed =
        std::fs::read_to_string(format!("{}/public/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(
        committed == made,
        "public/{name} is out of date: run cargo run --quiet --example catalogue"
    );
}

#[test]
fn the_french_file_beside_the_app_is_made_from_the_catalogue() {
    let made = french_file().unwrap_or_else(|problem| panic!("{problem}"));
    assert_committed_as_made(FRENCH_FILE, &made);
}

#[test]
fn the_workshop_files_beside_the_app_are_made_from_the_catalogue() {
    for language in [Language::English, Language::French] {
        let made = multi_mentor::json::write(&WorkshopContent::in_language(language)) + "\n";
        assert_committed_as_made(WorkshopContent::file_name(language), &made);
    }
}

#[test]
fn the_pages_beside_the_app_are_made_from_the_catalogue() {
    for page in SidePage::ALL {
        for language in [Language::English, Language::French] {
            let made = page.page(language);
            assert_committed_as_made(page.file_name(language), &made);
            assert!(
                made.contains(&format!("<html lang=\"{}\">", language.tag())),
                "{page:?}"
            );
        }
    }
    let french = SidePage::Statement.page(Language::French);
    assert!(french.contains("Comment nous signaler"));
}

#[test]
fn the_guide_has_both_lengths_of_workshop() {
    use multi_mentor::domain::content::guide::Length;
    // Both lengths of workshop, each a section the contents link to, in each language.
    for language in [Language::English, Language::French] {
        let page = SidePage::Guide.page(language);
        for length in Length::ALL {
            let minutes = length.minutes();
            assert!(page.contains(&format!("href=\"#minutes-{minutes}\"")));
            assert!(page.contains(&format!("<h2 id=\"minutes-{minutes}\">")));
        }
    }
}

#[test]
fn the_worksheet_asks_the_four_questions() {
    use multi_mentor::domain::content::presenter;
    // Each page asks the four questions in its own language.
    let french = SidePage::Worksheet.page(Language::French);
    let english = SidePage::Worksheet.page(Language::English);
    for (question, _) in presenter::QUESTIONS {
        assert!(english.contains(&multi_mentor::domain::markup::escape(question.english())));
        assert!(french.contains(&multi_mentor::domain::markup::escape(question.french())));
    }
}

#[test]
fn the_french_examples_are_the_english_ones_translated() {
    let english = WorkshopContent::in_language(Language::English);
    let french = WorkshopContent::in_language(Language::French);
    assert_eq!(english.examples.len(), french.examples.len());
    for (en, fr) in english.examples.iter().zip(&french.examples) {
        assert_eq!(en.key, fr.key);
        assert_ne!(en.name, fr.name, "{} has the same name in French", en.key);
        assert_eq!(en.plan.competencies.len(), fr.plan.competencies.len());
        assert_eq!(en.plan.mentors.len(), fr.plan.mentors.len());
        for (a, b) in en.plan.mentors.iter().zip(&fr.plan.mentors) {
            assert_eq!(a.name, b.name, "a mentor keeps their name in French");
            assert_eq!(a.role, b.role);
        }
    }
}

#[test]
fn the_pages_hold_the_catalogues_words() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).unwrap();
    let index = read("index.html");
    let description = format!("content=\"{}\"", content::DESCRIPTION.english());
    assert!(
        index.contains(&description),
        "index.html's description is not the catalogue's"
    );
    for page in [
        index.as_str(),
        &read("public/plans/index.html"),
        &read("public/workshop/index.html"),
    ] {
        assert!(page.contains("<html lang=\"en-CA\">"));
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&read("public/manifest.webmanifest")).unwrap();
    assert_eq!(manifest["description"], content::DESCRIPTION.english());
    assert!(
        index.contains(content::FRENCH_FILE),
        "index.html fetches the French file"
    );
    assert!(
        index.contains(&format!("\"{}\"", multi_mentor::storage::LANGUAGE_KEY)),
        "index.html reads the language where the app keeps it"
    );
    assert!(index.contains(content::NOSCRIPT.english()));
    assert!(index.contains(content::NOSCRIPT.french()));
    let plans = read("public/plans/index.html");
    assert!(plans.contains(content::FORWARD_PLANS.english()));
    assert!(plans.contains(content::FORWARD_PLANS.french()));
    let workshop = read("public/workshop/index.html");
    assert!(workshop.contains(content::FORWARD_WORKSHOP.english()));
    assert!(workshop.contains(content::FORWARD_WORKSHOP.french()));
}

#[test]
fn blanks_are_filled_once_and_a_template_with_an_unknown_one_shows_as_written() {
    assert_eq!(
        fill(
            "{name} helps with {skill}.",
            &[("name", "Ana {skill}"), ("skill", "tax")]
        ),
        "Ana {skill} helps with tax.",
    );
    assert_eq!(
        fill("{name} and {other}", &[("name", "x")]),
        "{name} and {other}"
    );
    assert_eq!(fill("no blanks {", &[]), "no blanks {");
}

#[test]
fn numbers_and_counts_follow_the_language() {
    let one = Tr::new("{n} skill", "{n}\u{a0}compétence");
    let many = Tr::new("{n} skills", "{n}\u{a0}compétences");
    set_language(Language::English);
    assert_eq!(number(15_000), "15,000");
    assert_eq!(count(0, one, many), "0 skills");
    assert_eq!(count(1, one, many), "1 skill");
    set_language(Language::French);
    let french = (number(1_234_567), count(0, one, many), count(2, one, many));
    set_language(Language::English);
    assert_eq!(french.0, "1\u{a0}234\u{a0}567");
    assert_eq!(french.1, "0\u{a0}compétence");
    assert_eq!(french.2, "2\u{a0}compétences");
}

#[test]
fn our_words_are_in_the_language_spoken() {
    set_language(Language::French);
    let french = (
        content::step_name(multi_mentor::domain::steps::Step::Skills),
        content::flow::NEXT.get(),
    );
    set_language(Language::English);
    assert_eq!(french, ("Compétences à développer", "Suivant"));
    assert_eq!(content::flow::NEXT.get(), "Next");
}
