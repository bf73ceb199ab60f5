//! The pages beside the app, one HTML file in each language next to `index.html`: the
//! accessibility statement, the facilitator's guide and the printable worksheet. They are
//! static HTML made from the content catalogue by `cargo run --example catalogue`, so that the
//! app carries none of their words, only its links to them; a native test checks that the
//! committed pages are up to date. Each page's own module writes what follows its heading.

use crate::domain::content::Language;
#[cfg(not(target_arch = "wasm32"))]
use crate::domain::content::{self, Tr};
#[cfg(not(target_arch = "wasm32"))]
use crate::domain::markup::{Markup, escape};

/// A page beside the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SidePage {
    /// The accessibility statement (`domain::statement`), linked from the footer.
    Statement,
    /// The facilitator's guide (`domain::guide`), linked from workshop mode.
    Guide,
    /// The printable worksheet (`domain::worksheet`), linked from workshop mode and the guide.
    Worksheet,
}

impl SidePage {
    pub const ALL: [SidePage; 3] = [SidePage::Statement, SidePage::Guide, SidePage::Worksheet];

    /// The page's file name, next to index.html.
    pub fn file_name(self, language: Language) -> &'static str {
        let [english, french] = match self {
            SidePage::Statement => ["accessibility.html", "accessibility-fr.html"],
            SidePage::Guide => ["guide.html", "guide-fr.html"],
            SidePage::Worksheet => ["worksheet.html", "worksheet-fr.html"],
        };
        match language {
            Language::English => english,
            Language::French => french,
        }
    }

    /// The whole page, in `language`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn page(self, language: Language) -> String {
        use crate::domain::{guide, statement, worksheet};

        let spoken = content::language();
        content::set_language(language);
        let page = match self {
            SidePage::Statement => statement::page(),
            SidePage::Guide => guide::page(),
            SidePage::Worksheet => worksheet::page(),
        };
        content::set_language(spoken);
        page
    }
}

/// The start of a page beside the app, in the language spoken now, up to its heading: the
/// statement's look (`statement.css`), then any `stylesheets` of the page's own. The page goes
/// on inside `<main>`, and closes it.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn start(title: Tr, stylesheets: &[&str]) -> Markup {
    let title = escape(title.get());
    let mut page = Markup::default();
    page.raw("<!doctype html>\n<html lang=\"")
        .raw(content::language().tag())
        .raw("\">\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
        .raw("<title>")
        .raw(&title)
        .raw("</title>\n<link rel=\"stylesheet\" href=\"statement.css\">\n");
    for stylesheet in stylesheets {
        page.raw("<link rel=\"stylesheet\" href=\"")
            .raw(stylesheet)
            .raw("\">\n");
    }
    page.raw("<link rel=\"icon\" href=\"icons/icon-192.png\">\n<main>\n<h1>")
        .raw(&title)
        .raw("</h1>\n");
    page
}
