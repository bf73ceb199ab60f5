//! Tools and tests only: every `tr!` pair of the content catalogue, read from its source with
//! syn (a dev-dependency: the app never holds it).
//! From them come the French file the app fetches (`catalogue-fr.json`, written by
//! `cargo run --example catalogue`) and the catalogue's tests.

use std::collections::BTreeMap;

use syn::visit::Visit;

use multi_mentor::domain::content::key;

/// The catalogue's source files whose words the app holds, by name.
pub const APP_SOURCES: [(&str, &str); 6] = [
    ("content.rs", include_str!("../../src/domain/content.rs")),
    (
        "content/living.rs",
        include_str!("../../src/domain/content/living.rs"),
    ),
    (
        "content/steps.rs",
        include_str!("../../src/domain/content/steps.rs"),
    ),
    (
        "content/results.rs",
        include_str!("../../src/domain/content/results.rs"),
    ),
    (
        "content/notices.rs",
        include_str!("../../src/domain/content/notices.rs"),
    ),
    (
        "content/workshop_mode.rs",
        include_str!("../../src/domain/content/workshop_mode.rs"),
    ),
];

/// The catalogue's source files whose words go into files of their own instead: the
/// workshop's examples (`workshop-content.json` and its French twin, see
/// `domain::workshop_content`), and the pages beside the app: the facilitator's guide
/// (`domain::guide`), the accessibility statement (`domain::statement`) and the worksheet
/// (`domain::worksheet`).
pub const OWN_FILE_SOURCES: [(&str, &str); 4] = [
    (
        "content/examples.rs",
        include_str!("../../src/domain/content/examples.rs"),
    ),
    (
        "content/guide.rs",
        include_str!("../../src/domain/content/guide.rs"),
    ),
    (
        "content/statement.rs",
        include_str!("../../src/domain/content/statement.rs"),
    ),
    (
        "content/worksheet.rs",
        include_str!("../../src/domain/content/worksheet.rs"),
    ),
];

/// One text in both languages, as written in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub file: &'static str,
    pub english: String,
    pub french: String,
}

/// Every `tr!` pair in these sources, in the order written. A `tr!` that is not two string
/// literals is an error, since its French could not be found.
pub fn pairs(sources: &[(&'static str, &str)]) -> Result<Vec<Pair>, String> {
    let mut finder = PairFinder {
        file: "",
        pairs: Vec::new(),
        errors: Vec::new(),
    };
    for (file, source) in sources {
        finder.file = file;
        let parsed = syn::parse_file(source).map_err(|error| format!("{file}: {error}"))?;
        finder.visit_file(&parsed);
    }
    if finder.errors.is_empty() {
        Ok(finder.pairs)
    } else {
        Err(finder.errors.join("\n"))
    }
}

/// What keeps these pairs from making one French file: an English with two Frenches, or two
/// Englishes that share a key. Empty when there is nothing.
pub fn conflicts(pairs: &[Pair]) -> Vec<String> {
    let mut by_key: BTreeMap<u32, &Pair> = BTreeMap::new();
    let mut problems = Vec::new();
    for pair in pairs {
        let Some(earlier) = by_key.insert(key(&pair.english), pair) else {
            continue;
        };
        if earlier.english != pair.english {
            problems.push(format!(
                "\u{201c}{}\u{201d} and \u{201c}{}\u{201d} share a key",
                earlier.english, pair.english
            ));
        } else if earlier.french != pair.french {
            problems.push(format!(
                "\u{201c}{}\u{201d} has two French texts, in {} and {}: \u{201c}{}\u{201d} \
                 and \u{201c}{}\u{201d}",
                pair.english, earlier.file, pair.file, earlier.french, pair.french
            ));
        }
    }
    problems
}

/// The French file's text: `[[key, "French"], ...]` in the order of the keys, so the app
/// finds a text by binary search. Fails if the app's texts have `conflicts`.
pub fn french_file() -> Result<String, String> {
    let pairs = pairs(&APP_SOURCES)?;
    let problems = conflicts(&pairs);
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let by_key: BTreeMap<u32, &str> = pairs
        .iter()
        .map(|pair| (key(&pair.english), pair.french.as_str()))
        .collect();
    let mut text = String::from("[\n");
    for (i, (key, french)) in by_key.iter().enumerate() {
        let separator = if i + 1 < by_key.len() { ",\n" } else { "\n" };
        text.push_str(&serde_json::json!([key, french]).to_string());
        text.push_str(separator);
    }
    text.push_str("]\n");
    Ok(text)
}

struct PairFinder {
    file: &'static str,
    pairs: Vec<Pair>,
    errors: Vec<String>,
}

impl<'ast> Visit<'ast> for PairFinder {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if !mac.path.is_ident("tr") {
            // syn leaves other macros' insides unparsed: a `vec![tr!(..), ..]` is read as a
            // list of expressions, so the pairs in it are found too.
            let inside = mac.parse_body_with(
                syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
            );
            for expression in inside.iter().flatten() {
                self.visit_expr(expression);
            }
        } else {
            let texts = mac.parse_body_with(
                syn::punctuated::Punctuated::<syn::LitStr, syn::Token![,]>::parse_terminated,
            );
            match texts.as_ref().map(|texts| texts.iter().collect::<Vec<_>>()) {
                Ok(texts) if texts.len() == 2 => self.pairs.push(Pair {
                    file: self.file,
                    english: texts[0].value(),
                    french: texts[1].value(),
                }),
                _ => self.errors.push(format!(
                    "{}: a tr! that is not two string literals: tr!({})",
                    self.file, mac.tokens
                )),
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}
