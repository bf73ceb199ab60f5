//! The facilitator's guide's page, one in each language beside `index.html`: the workshop in
//! its two lengths, each part with its minutes and steps. Static HTML made from the content
//! catalogue (`content::guide`) by `cargo run --example catalogue`, so that the app carries
//! none of its words, only workshop mode's link to it; a facilitator can print it too. A native
//! test checks the committed pages are up to date.

use crate::domain::content::Language;

/// The page's name, next to index.html.
pub fn file_name(language: Language) -> &'static str {
    match language {
        Language::English => "guide.html",
        Language::French => "guide-fr.html",
    }
}

/// The whole page, in `language`.
#[cfg(not(target_arch = "wasm32"))]
pub fn page(language: Language) -> String {
    use crate::domain::content::guide::{self, Length};
    use crate::domain::content::{self, workshop};
    use crate::domain::markup::escape;
    use crate::domain::statement::page_start;
    use crate::domain::worksheet;

    let spoken = content::language();
    content::set_language(language);
    let text = |words: content::Tr| escape(words.get());
    let anchor = |length: Length| format!("minutes-{}", length.minutes());
    let mut page = page_start(language, guide::HEADING, &[]);
    page.raw("<p>")
        .raw(&text(guide::INTRO))
        .raw("</p>\n<p><a href=\"")
        .raw(worksheet::file_name(language))
        .raw("\">")
        .raw(&text(workshop::WORKSHEET_LINK))
        .raw("</a></p>\n<h2>")
        .raw(&text(guide::CONTENTS))
        .raw("</h2>\n<ul>\n");
    for length in Length::ALL {
        page.raw("<li><a href=\"#")
            .raw(&anchor(length))
            .raw("\">")
            .raw(&text(length.heading()))
            .raw("</a></li>\n");
    }
    page.raw("<li><a href=\"#after\">")
        .raw(&text(guide::AFTER_HEADING))
        .raw("</a></li>\n</ul>\n");
    for length in Length::ALL {
        page.raw("<h2 id=\"")
            .raw(&anchor(length))
            .raw("\">")
            .raw(&text(length.heading()))
            .raw("</h2>\n<ol class=\"guide-parts\">\n");
        for part in guide::PARTS {
            page.raw("<li><h3><span class=\"minutes\">")
                .raw(&part.minutes(length).to_string())
                .raw("\u{a0}min</span> ")
                .raw(&text(part.heading))
                .raw("</h3>\n<ul>\n");
            for step in part.steps(length) {
                page.raw("<li>").raw(&text(step)).raw("</li>\n");
            }
            page.raw("</ul></li>\n");
        }
        page.raw("</ol>\n");
    }
    page.raw("<h2 id=\"after\">")
        .raw(&text(guide::AFTER_HEADING))
        .raw("</h2>\n<p>")
        .raw(&text(guide::AFTER))
        .raw("</p>\n<p><a href=\"./#/workshop\">")
        .raw(&text(guide::BACK))
        .raw("</a></p>\n</main>\n");
    content::set_language(spoken);
    page.0
}
