//! The accessibility statement's page, one in each language beside `index.html`: static HTML
//! made from the content catalogue (`content::statement`) by `cargo run --example catalogue`,
//! so that the app carries none of its words, only the footer's link to it. A native test
//! checks the committed pages are up to date.

use crate::domain::content::Language;

/// The page's name, next to index.html.
pub fn file_name(language: Language) -> &'static str {
    match language {
        Language::English => "accessibility.html",
        Language::French => "accessibility-fr.html",
    }
}

/// The whole page, in `language`.
#[cfg(not(target_arch = "wasm32"))]
pub fn page(language: Language) -> String {
    use crate::domain::content::{self, statement};
    use crate::domain::markup::escape;

    let spoken = content::language();
    content::set_language(language);
    let text = |words: content::Tr| escape(words.get());
    let mut page = page_start(language, statement::TITLE, &[]);
    page.raw("<p>").raw(&text(statement::INTRO)).raw("</p>\n");
    for part in statement::PARTS {
        page.raw("<h2>")
            .raw(&text(part.heading))
            .raw("</h2>\n<ul>\n");
        for point in part.points {
            page.raw("<li>").raw(&text(*point)).raw("</li>\n");
        }
        page.raw("</ul>\n");
    }
    page.raw("<p>")
        .raw(&text(statement::WRITTEN))
        .raw("</p>\n<p><a href=\"./\">")
        .raw(&text(statement::BACK))
        .raw("</a></p>\n</main>\n");
    content::set_language(spoken);
    page.0
}

/// The start of a page beside the app, in the language spoken now, up to its heading: the
/// statement's look (`statement.css`), then any `stylesheets` of the page's own.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn page_start(
    language: Language,
    title: crate::domain::content::Tr,
    stylesheets: &[&str],
) -> crate::domain::markup::Markup {
    use crate::domain::markup::{Markup, escape};

    let title = escape(title.get());
    let mut page = Markup::default();
    page.raw("<!doctype html>\n<html lang=\"")
        .raw(language.tag())
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
