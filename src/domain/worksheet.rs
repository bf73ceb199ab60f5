//! The printable worksheet's page, one in each language beside `index.html`: the four
//! questions on one page, with room to write, for people without a phone in a workshop. Static
//! HTML made from the content catalogue (`content::worksheet`, and the presenter's questions) by
//! `cargo run --example catalogue`; workshop mode links to it. A native test checks the
//! committed pages are up to date.

use crate::domain::content::Language;

/// The page's name, next to index.html.
pub fn file_name(language: Language) -> &'static str {
    match language {
        Language::English => "worksheet.html",
        Language::French => "worksheet-fr.html",
    }
}

/// How many blank rows the skills table and the team table have.
#[cfg(not(target_arch = "wasm32"))]
const ROWS: usize = 4;

/// The whole page, in `language`.
#[cfg(not(target_arch = "wasm32"))]
pub fn page(language: Language) -> String {
    use crate::domain::content::{self, presenter, statement, worksheet};
    use crate::domain::markup::{Markup, escape};
    use crate::domain::statement::page_start;

    let spoken = content::language();
    content::set_language(language);
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
    let mut page = page_start(language, worksheet::TITLE, &["worksheet.css"]);
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
    content::set_language(spoken);
    page.0
}
