//! The progress chart: each competency's level at the start (the first check-in holds the
//! levels as they stood coming in), now, and the target, as an SVG drawn here (no chart
//! library), and the same facts as a table for screen readers and print. The plan view puts
//! both in the page as they are.

use crate::domain::content::{dates, number, progress as text};
use crate::domain::markup::Point;
use crate::domain::markup::{Markup, escape};
use crate::domain::plan::{Level, Plan};

/// The chart's width in SVG units; the page scales it to the column.
const WIDTH: i32 = 320;
/// One competency's row: its name above, its track below.
const ROW: i32 = 44;
/// Where level 1 and level 5 sit on a track.
const LEFT: i32 = 16;
const RIGHT: i32 = WIDTH - 16;

fn x(level: Level) -> i32 {
    LEFT + (i32::from(level.value()) - 1) * (RIGHT - LEFT) / 4
}

/// The chart and its table, or None before the first check-in.
pub fn figure(plan: &Plan, names: &[String]) -> Option<String> {
    let first = plan.check_ins.first()?;
    let last = plan.check_ins.last()?;
    let rows = plan.progress();
    let mut out = Markup::default();
    out.raw("<figure class=\"progress\"><figcaption id=\"progress-caption\">")
        .raw(&escape(&text::caption(
            &dates::long(first.date),
            &dates::long(last.date),
            &number(plan.check_ins.len()),
        )))
        .raw("</figcaption><p class=\"progress__legend\" aria-hidden=\"true\">")
        .raw("<span class=\"progress__key progress__key--first\"></span>")
        .raw(text::FIRST.get())
        .raw(" <span class=\"progress__key progress__key--now\"></span>")
        .raw(text::NOW.get())
        .raw(" <span class=\"progress__key progress__key--target\"></span>")
        .raw(text::TARGET.get())
        .raw("</p><svg class=\"progress__chart\" aria-hidden=\"true\" focusable=\"false\"")
        .raw(&format!(
            " viewBox=\"0 0 {WIDTH} {}\">",
            ROW * rows.len() as i32
        ));
    for (index, (row, name)) in rows.iter().zip(names).enumerate() {
        let top = ROW * index as i32;
        let track = top + 30;
        out.raw("<g>")
            .raw("<text class=\"progress__name\"")
            .number("x", 0)
            .number("y", top + 14)
            .raw(">")
            .raw(&escape(&short(name)))
            .raw("</text><line class=\"progress__track\"")
            .number("x1", LEFT)
            .number("x2", RIGHT)
            .number("y1", track)
            .number("y2", track)
            .raw("/>");
        for level in Level::all() {
            out.raw("<circle class=\"progress__tick\"")
                .number("cx", x(level))
                .number("cy", track)
                .raw(" r=\"2\"/>");
        }
        out.raw("<line class=\"progress__gain\"")
            .number("x1", x(row.first))
            .number("x2", x(row.now))
            .number("y1", track)
            .number("y2", track)
            .raw("/><rect class=\"progress__target\"")
            .number("x", x(row.target) - 2)
            .number("y", track - 9)
            .raw(" width=\"4\" height=\"18\"/><g class=\"progress__first\">")
            .circle(
                Point {
                    x: x(row.first),
                    y: track,
                },
                7,
            )
            .raw("</g><g class=\"progress__now\">")
            .circle(
                Point {
                    x: x(row.now),
                    y: track,
                },
                5,
            )
            .raw("</g></g>");
    }
    // The table scrolls in its own region where it cannot fit: at 320 px with wider spacing.
    out.raw(
        "</svg><div class=\"progress__scroll\" role=\"region\" tabindex=\"0\" \
         aria-labelledby=\"progress-caption\"><table class=\"progress__table\"><thead><tr>",
    );
    for heading in [text::SKILL, text::FIRST, text::NOW, text::TARGET] {
        out.raw("<th scope=\"col\">")
            .raw(heading.get())
            .raw("</th>");
    }
    out.raw("</tr></thead><tbody>");
    for (row, name) in rows.iter().zip(names) {
        out.raw("<tr><th scope=\"row\" dir=\"auto\">")
            .raw(&escape(name))
            .raw("</th>");
        for level in [row.first, row.now, row.target] {
            out.raw("<td>").raw(&level.value().to_string()).raw("</td>");
        }
        out.raw("</tr>");
    }
    out.raw("</tbody></table></div></figure>");
    Some(out.0)
}

/// A name short enough for its row of the chart; the table holds it whole.
fn short(name: &str) -> String {
    const MOST: usize = 40;
    if name.chars().nth(MOST).is_none() {
        return name.to_owned();
    }
    let mut cut: String = name.chars().take(MOST - 1).collect();
    cut.push('\u{2026}');
    cut
}
