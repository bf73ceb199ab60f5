//! The printable worksheet's page beside the app (`side_page`): the four questions on one
//! page, with room to write, for people without a phone in a workshop, from the content
//! catalogue's `content::worksheet` and the presenter's questions.

/// How many blank rows the skills table and the team table have.
const ROWS: usize = 4;

/// The whole page, in the language spoken now (`SidePage::page`).
pub(crate) fn page() -> String {
    use crate::domain::content::{self, presenter, statement, worksheet};
    use crate::domain::markup::{Markup, escape};
    use crate::domain::side_page;

    let text = |words: content::Tr| escape(words.get());
    // A table to fill in: its headings, then empty rows.
    let table = |page: &mut Markup, class: &str, columns: &[content::Tr]| {
        page.raw("<table class=\"")
            .raw(class)
            .raw("\">\n<thead><tr>");
        for column in columns {
            page.raw("<th scope=\"col\">")
                .raw(&text(*column))
                .raw("</th>");
        }
        page.raw("</tr></thead>\n<tbody>\n");
        for _ in 0..ROWS {
            page.raw("<tr>")
                .raw(&"<td></td>".repeat(columns.len()))
                .raw("</tr>\n");
        }
        page.raw("</tbody>\n</table>\n");
    };
    // Lines to write on.
    let lines = |page: &mut Markup, count: usize| {
        page.raw("<div class=\"lines\">")
            .raw(&"<p></p>".repeat(count))
            .raw("</div>\n");
    };
    let mut page = side_page::start(worksheet::TITLE, &["worksheet.css"]);
    page.raw("<p class=\"screen-only\">")
        .raw(&text(worksheet::PRINT_HINT))
        .raw(" <a href=\"./\">")
        .raw(&text(statement::BACK))
        .raw("</a></p>\n<p>")
        .raw(&text(worksheet::INTRO))
        .raw("</p>\n<p class=\"blanks\"><span>")
        .raw(&text(worksheet::NAME))
        .raw("</span><span>")
        .raw(&text(worksheet::DATE))
        .raw("</span></p>\n<h2>")
        .raw(&text(worksheet::GOAL))
        .raw("</h2>\n");
    lines(&mut page, 1);
    for (number, (question, hint)) in presenter::QUESTIONS.iter().enumerate() {
        page.raw("<h2>")
            .raw(&(number + 1).to_string())
            .raw(". ")
            .raw(&text(*question))
            .raw("</h2>\n<p class=\"hint\">")
            .raw(&text(*hint))
            .raw("</p>\n");
        match number {
            0 => table(&mut page, "skills", &worksheet::SKILL_COLUMNS),
            3 => table(&mut page, "team", &worksheet::TEAM_COLUMNS),
            _ => lines(&mut page, 2),
        }
    }
    page.raw("</main>\n");
    page.0
}
