//! Every word the app shows, in one catalogue, in Canadian English and Canadian French.
//!
//! Each text is written once as a pair, `tr!("English", "français")`, so a text without its
//! French does not compile. The wasm keeps only the English: the French of every pair is
//! gathered into a file beside the app (`catalogue-fr.json`, made by
//! `cargo run --example catalogue` from this source, see `tests/shared/catalogue.rs`), which the app
//! fetches when French is chosen. Natively both are kept, so tests can read either.
//!
//! One term per concept, in both languages: `docs/glossary.md`.
//!
//! Texts with blanks, such as "Removed \u{201c}{name}\u{201d}.", are filled with
//! [`Tr::fill`]; counts go through [`count`], since French and English treat 0 differently.

use std::cell::Cell;

/// A text of ours in both languages: write it with `tr!`.
macro_rules! tr {
    ($english:literal, $french:literal $(,)?) => {
        $crate::domain::content::Tr::new($english, $french)
    };
}

pub mod examples;
pub mod guide;
mod living;
mod notices;
mod results;
pub mod statement;
mod steps;
pub mod worksheet;
mod workshop_mode;

pub use living::*;
pub use notices::*;
pub use results::*;
pub use steps::*;
pub use workshop_mode::*;

/// The app's name, a proper name in both languages.
pub const APP_NAME: &str = "Multi-Mentor Plan";
pub const TAGLINE: Tr = tr!(
    "Build a small team of mentors around the skills you need next.",
    "Formez une petite équipe de mentors autour des compétences dont vous avez besoin."
);

/// The page's description for search engines and link previews. They read the page as
/// served, so index.html and the manifest hold the English (a native test keeps them the
/// same); the French is here for a French page, should the site ever have one.
pub const DESCRIPTION: Tr = tr!(
    "Build a multi-mentor strategy from a career stock-take. Runs in your browser; nothing is \
     sent to a server.",
    "Bâtissez une stratégie multi-mentors à partir d’un bilan de carrière. Tout se passe dans \
     votre navigateur\u{a0}; rien n’est envoyé à un serveur."
);

/// What a page says when JavaScript is off, in both languages (index.html holds them; a
/// native test keeps them the same).
pub const NOSCRIPT: Tr = tr!(
    "Multi-Mentor Plan needs JavaScript and WebAssembly turned on.",
    "Multi-Mentor Plan a besoin de JavaScript et de WebAssembly pour fonctionner."
);

/// The forwarding pages' link, for a browser that does not forward by itself (the pages in
/// `public/plans/` and `public/workshop/` hold them; a native test keeps them the same).
pub const FORWARD_PLANS: Tr = tr!(
    "Open your plans in Multi-Mentor Plan",
    "Ouvrir vos plans dans Multi-Mentor Plan"
);
pub const FORWARD_WORKSHOP: Tr = tr!(
    "Open workshop mode in Multi-Mentor Plan",
    "Ouvrir le mode atelier dans Multi-Mentor Plan"
);

/// The file beside index.html that holds the French of the app's own words.
pub const FRENCH_FILE: &str = "catalogue-fr.json";

/// The languages the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    French,
}

impl Language {
    /// The language tag for `lang` attributes and for formatting dates.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en-CA",
            Language::French => "fr-CA",
        }
    }

    pub fn other(self) -> Language {
        match self {
            Language::English => Language::French,
            Language::French => Language::English,
        }
    }
}

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The French of every pair, sorted by the key of its English, once `use_french` has it.
    static FRENCH: Cell<&'static [(u32, String)]> = const { Cell::new(&[]) };
}

/// The language our words are in now.
pub fn language() -> Language {
    LANGUAGE.with(Cell::get)
}

/// Speak this language from now on. In the browser, French needs `use_french` first.
pub fn set_language(language: Language) {
    LANGUAGE.with(|cell| cell.set(language));
}

/// Keep the French catalogue (`catalogue-fr.json`'s pairs), for the rest of the visit.
/// Natively the French is built in, so there is nothing to keep.
pub fn use_french(pairs: Vec<(u32, String)>) {
    #[cfg(target_arch = "wasm32")]
    FRENCH.with(|cell| cell.set(Box::leak(pairs.into_boxed_slice())));
    #[cfg(not(target_arch = "wasm32"))]
    drop(pairs);
}

/// True once the French is here: always natively, in the browser once `use_french` has it.
pub fn has_french() -> bool {
    #[cfg(target_arch = "wasm32")]
    return FRENCH.with(|cell| !cell.get().is_empty());
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// Whom the plan view speaks to: the plan's owner, as "you", or a reader of a plan that is not
/// theirs (a shared plan, the presenter's slides), about "this plan" and "the team".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Owner,
    Reader,
}

/// One text of ours in both voices: to the plan's owner, and to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voiced {
    pub owner: Tr,
    pub reader: Tr,
}

impl Voiced {
    pub fn to(self, voice: Voice) -> Tr {
        match voice {
            Voice::Owner => self.owner,
            Voice::Reader => self.reader,
        }
    }
}

/// One text of ours, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    english: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    french: &'static str,
}

impl Tr {
    /// Use `tr!`, which is how the catalogue's French is found.
    #[doc(hidden)]
    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    pub const fn new(english: &'static str, french: &'static str) -> Tr {
        Tr {
            english,
            #[cfg(not(target_arch = "wasm32"))]
            french,
        }
    }

    /// The text in the language spoken now. Never inlined: it is called wherever a text is
    /// shown, and one shared copy keeps the wasm small.
    #[inline(never)]
    pub fn get(self) -> &'static str {
        match language() {
            Language::English => self.english,
            Language::French => self.french(),
        }
    }

    /// The English, from which the French is found (see `key`).
    pub fn english(self) -> &'static str {
        self.english
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn french(self) -> &'static str {
        self.french
    }

    /// A text missing from the file can only mean a file older than the app (the catalogue
    /// test keeps them in step), so it shows in English rather than not at all.
    #[cfg(target_arch = "wasm32")]
    fn french(self) -> &'static str {
        FRENCH.with(|cell| {
            let pairs = cell.get();
            let wanted = key(self.english);
            pairs
                .binary_search_by(|(key, _)| key.cmp(&wanted))
                .map_or(self.english, |found| pairs[found].1.as_str())
        })
    }

    /// The text with each `{blank}` replaced by its value (see `fill`).
    pub fn fill(self, blanks: &[(&str, &str)]) -> String {
        fill(self.get(), blanks)
    }
}

/// What finds a text's French in `catalogue-fr.json`: the FNV-1a hash of its English, a
/// number in place of the English itself, which would double the file. The catalogue test
/// checks that no two texts share one.
pub fn key(english: &str) -> u32 {
    english.bytes().fold(0x811c_9dc5, |hash: u32, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// `template` with each `{blank}` replaced by its value from `blanks`. The catalogue test
/// keeps every template's blanks known; were one not, the template would show as written.
pub fn fill(template: &str, blanks: &[(&str, &str)]) -> String {
    let value = |name: &str| {
        blanks
            .iter()
            .find(|(blank, _)| *blank == name)
            .map(|(_, value)| *value)
    };
    fill_from(template, &value).unwrap_or_else(|| template.to_owned())
}

/// `template` with each `{blank}` replaced by what `value` gives for it; None if it gives
/// nothing for one (the messages to a mentor then try their next wording).
pub fn fill_from<'v>(template: &str, value: &dyn Fn(&str) -> Option<&'v str>) -> Option<String> {
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}')?;
        filled.push_str(&rest[..open]);
        filled.push_str(value(&rest[open + 1..close])?);
        rest = &rest[close + 1..];
    }
    filled.push_str(rest);
    Some(filled)
}

/// A whole number with its thousands grouped: "15,000" in English, "15 000" in French.
pub fn number(n: usize) -> String {
    let separator = match language() {
        Language::English => ',',
        Language::French => '\u{a0}',
    };
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// A count with its noun, `{n}` in `one` or `many`: "1 skill", "0 skills", but "0 compétence".
pub fn count(n: usize, one: Tr, many: Tr) -> String {
    let singular = match language() {
        Language::English => n == 1,
        Language::French => n < 2,
    };
    let words = if singular { one } else { many };
    words.fill(&[("n", &number(n))])
}

/// The language switch and what goes with it.
pub mod language_switch {
    use super::{Language, Tr};

    /// The switch names the other language in that language, as the link to the other
    /// version does on bilingual Canadian sites.
    pub const SWITCH: Tr = tr!("Français", "English");
    /// Shown if the French could not be loaded: in both languages, since these are the words
    /// the wasm holds when it has no French.
    pub const LOAD_FAILED: [(Language, &str); 2] = [
        (
            Language::English,
            "The French version could not be loaded. Check this device\u{2019}s connection, \
             then try again.",
        ),
        (
            Language::French,
            "La version française n\u{2019}a pas pu être chargée. Vérifiez la connexion de cet \
             appareil, puis réessayez.",
        ),
    ];
}
