//! The accessibility statement's page beside the app (`side_page`), from the content
//! catalogue's `content::statement`.

/// The whole page, in the language spoken now (`SidePage::page`).
pub(crate) fn page() -> String {
    use crate::domain::content::{self, statement};
    use crate::domain::markup::escape;
    use crate::domain::side_page;

    let text = |words: content::Tr| escape(words.get());
    let mut page = side_page::start(statement::TITLE, &[]);
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
    page.0
}
