//! The facilitator's guide's page beside the app (`side_page`): the workshop in its two
//! lengths, each part with its minutes and steps, from the content catalogue's
//! `content::guide`. A facilitator can print it too.

/// The whole page, in the language spoken now (`SidePage::page`).
pub(crate) fn page() -> String {
    use crate::domain::content::guide::{self, Length};
    use crate::domain::content::{self, workshop};
    use crate::domain::markup::escape;
    use crate::domain::side_page::{self, SidePage};

    let text = |words: content::Tr| escape(words.get());
    let anchor = |length: Length| format!("minutes-{}", length.minutes());
    let mut page = side_page::start(guide::HEADING, &[]);
    page.raw("<p>")
        .raw(&text(guide::INTRO))
        .raw("</p>\n<p><a href=\"")
        .raw(SidePage::Worksheet.file_name(content::language()))
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
    page.0
}
