//! The team map: the person at the centre, their skills on a ring around them, and their
//! mentors on a ring outside that, each mentor linked to the skills they help with. A skill
//! nobody helps with is an empty seat. First the geometry, in whole units of the SVG's view
//! box, then the figure as markup (the plan view puts it in the page as it is), so both are
//! tested natively. Whole numbers only: printing a float would bring float formatting into
//! the wasm.

use crate::domain::content::{self, Voice, team_map as text};
use crate::domain::markup::{Markup, Point, escape};
use crate::domain::plan::{MentorRole, Plan, Status};
use crate::text::lowercase;

/// The radius of the person's circle at the centre.
pub const PERSON: i32 = 90;
/// The radius of a skill's dot.
pub const DOT: i32 = 32;
/// The radius of a mentor's seat.
pub const SEAT: i32 = 58;
/// The least space between two circles.
pub const GAP: i32 = 16;
/// The text size of every label, in view box units: large enough to read on a phone, and
/// at least 24 px on the presenter's plan slide.
pub const FONT: i32 = 40;
/// The room a mentor's two-line label needs beside its neighbour's, while the ring is small.
const LABEL: i32 = 380;
/// Up to this many mentors, the ring grows to keep their labels apart; past it, only the
/// seats are kept apart (the list of the team below says everything in full).
const LABELLED_RING: usize = 12;

/// The map's size on screen: 7 pixels for every 10 units of its view box (the page's width
/// still caps it, and the presenter view fills its screen).
const PIXELS_PER_TEN_UNITS: i32 = 7;

/// The centre of the view box, where the person is.
const CENTRE: Point = Point { x: 0, y: 0 };

/// Where the skills and the mentors sit, and how far the figure reaches from its centre.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub skills: Vec<Point>,
    pub mentors: Vec<Point>,
    pub skill_ring: i32,
    pub mentor_ring: i32,
    /// The view box: its left, top, width and height, just holding every circle and label.
    pub view: [i32; 4],
}

/// The two lines of words by a seat sit outside the ring: above a seat in the top half,
/// below one in the bottom half. Gives the baselines of the name and of the role.
fn label_lines(seat: Point) -> (i32, i32) {
    if seat.y < 0 {
        (seat.y - SEAT - FONT - 16, seat.y - SEAT - 12)
    } else {
        (seat.y + SEAT + FONT + 4, seat.y + SEAT + 2 * FONT + 8)
    }
}

/// The sine and cosine of a fraction of a full turn, by their series (no maths library in
/// the wasm); the error is far below one unit on any ring the map draws.
fn sin_cos(turns: f64) -> (f64, f64) {
    let angle = (turns - (turns + 0.5).floor()) * std::f64::consts::TAU;
    let (mut sin, mut cos) = (0.0, 0.0);
    let mut term = 1.0;
    for n in 0..18 {
        if n % 2 == 0 {
            cos += term;
        } else {
            sin += term;
        }
        term *= angle / f64::from(n + 1);
        if n % 2 == 1 {
            term = -term;
        }
    }
    (sin, cos)
}

/// `count` points evenly round a ring of this radius, the first at the top, clockwise.
fn ring(count: usize, radius: i32) -> Vec<Point> {
    (0..count)
        .map(|i| {
            let (sin, cos) = sin_cos(i as f64 / count as f64);
            Point {
                x: (f64::from(radius) * sin).round() as i32,
                y: -(f64::from(radius) * cos).round() as i32,
            }
        })
        .collect()
}

/// The radius at which `count` neighbours on a ring are at least `apart` from each other.
fn radius_for(count: usize, apart: i32) -> i32 {
    if count < 2 {
        return 0;
    }
    // Neighbours are 2r·sin(π/count) apart; two units more cover rounding each point to
    // whole units (which moves two neighbours at most 1.42 units closer).
    let (sin, _) = sin_cos(0.5 / count as f64);
    (f64::from(apart + 2) / (2.0 * sin)).ceil() as i32
}

/// Where everything sits for a plan with this many skills and mentors.
pub fn layout(skills: usize, mentors: usize) -> Layout {
    let skill_ring = radius_for(skills, 2 * DOT + GAP).max(PERSON + DOT + 3 * GAP);
    let apart = if mentors <= LABELLED_RING {
        LABEL
    } else {
        2 * SEAT + GAP
    };
    let mentor_ring = radius_for(mentors, apart).max(skill_ring + DOT + SEAT + 4 * GAP);
    let seats = ring(mentors, mentor_ring);
    // The box round the skills' ring, grown to hold each seat and its label.
    let inner = skill_ring + DOT + GAP;
    let (mut left, mut top, mut right, mut bottom) = (-inner, -inner, inner, inner);
    for seat in &seats {
        let (name, role) = label_lines(*seat);
        left = left.min(seat.x - LABEL / 2);
        right = right.max(seat.x + LABEL / 2);
        top = top.min(seat.y - SEAT - GAP).min(name.min(role) - FONT);
        bottom = bottom
            .max(seat.y + SEAT + GAP)
            .max(name.max(role) + FONT / 2);
    }
    Layout {
        skills: ring(skills, skill_ring),
        mentors: seats,
        skill_ring,
        mentor_ring,
        view: [left, top, right - left, bottom - top],
    }
}

/// A name cut to fit under a seat, with an ellipsis if it was longer.
fn short(name: &str) -> String {
    const MOST: usize = 14;
    let name = name.trim();
    if name.chars().count() <= MOST {
        name.to_owned()
    } else {
        let cut: String = name.chars().take(MOST - 1).collect();
        format!("{}\u{2026}", cut.trim_end())
    }
}

/// The CSS class of a role's colour.
fn role_class(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => "map__seat--expert",
        MentorRole::Coach => "map__seat--coach",
        MentorRole::Sponsor => "map__seat--sponsor",
        MentorRole::Peer => "map__seat--peer",
        MentorRole::RoleModel => "map__seat--model",
        MentorRole::Connector => "map__seat--connector",
    }
}

/// The CSS class of a status, drawn as the seat's outline (dotted, dashed, solid, faded), so
/// that it shows in black and white too.
fn status_class(status: Status) -> &'static str {
    match status {
        Status::Idea => "idea",
        Status::Asked => "asked",
        Status::Active => "active",
        Status::Paused => "paused",
    }
}

/// The order of the skills round their ring: those of the first mentor first, then those
/// of the next (each skill with the first mentor who helps with it), then the empty seats;
/// within each, the plan's order. Turned so that the first mentor's skills face them at
/// the top. Gives, for each skill in the plan's order, its place on the ring.
fn skill_places(plan: &Plan) -> Vec<usize> {
    let first_helper = |id| {
        plan.mentors
            .iter()
            .position(|mentor| mentor.competencies.contains(&id))
            .unwrap_or(plan.mentors.len())
    };
    let groups: Vec<usize> = plan
        .competencies
        .iter()
        .map(|c| first_helper(c.id))
        .collect();
    let count = groups.len();
    let turn = groups.iter().filter(|group| **group == 0).count() / 2;
    let mut places = vec![0; count];
    let mut next = 0;
    // One pass per mentor rather than a sort: the wasm then carries no sorting code.
    for group in 0..=plan.mentors.len() {
        for (skill, _) in groups.iter().enumerate().filter(|(_, g)| **g == group) {
            places[skill] = (next + count - turn) % count;
            next += 1;
        }
    }
    places
}

/// The figure: an SVG of the map, then the key to its numbered dots, which also says who
/// helps with each skill. `mentor_labels` and `skill_labels` are the names told apart from
/// namesakes, in the plan's order. In the owner's voice, the map is "you" and your mentors, and
/// each mentor is a link to the mentors step with that mentor open (`#/mentors/<id>`, the
/// app's `Route::Mentor`); in a reader's, it is the mentee's and has no links.
pub fn figure(
    plan: &Plan,
    mentor_labels: &[String],
    skill_labels: &[String],
    voice: Voice,
) -> String {
    // Only the plan's owner can go from a mentor to their card.
    let links = voice == Voice::Owner;
    let map = layout(plan.competencies.len(), plan.mentors.len());
    let dots: Vec<Point> = skill_places(plan)
        .into_iter()
        .map(|place| map.skills[place])
        .collect();
    let [left, top, width, height] = map.view;
    let mut out = Markup::default();
    // One scale for every team: a small team's map is small, not blown up to the full width.
    out.raw("<svg")
        .attr("viewBox", &format!("{left} {top} {width} {height}"))
        .number("width", width * PIXELS_PER_TEN_UNITS / 10)
        .attr("role", "group")
        .attr("aria-label", text::LABEL.to(voice).get())
        .raw(">");
    // The lines first, under the circles.
    out.raw("<g class=\"map__links\" aria-hidden=\"true\">");
    for (mentor, seat) in plan.mentors.iter().zip(&map.mentors) {
        for (skill, dot) in plan.competencies.iter().zip(&dots) {
            if mentor.competencies.contains(&skill.id) {
                out.raw("<line")
                    .attr("class", status_class(mentor.status))
                    .number("x1", seat.x)
                    .number("y1", seat.y)
                    .number("x2", dot.x)
                    .number("y2", dot.y)
                    .raw("/>");
            }
        }
    }
    out.raw("</g><g class=\"map__you\" aria-hidden=\"true\">")
        .circle(CENTRE, PERSON);
    match voice {
        Voice::Owner => out.text("", 0, FONT / 3, text::YOU.get()),
        // To a reader, a person drawn (head and shoulders), in no language: "Mentee" or its
        // French would not fit in the circle at a room's size. The map's name says who it is.
        Voice::Reader => out
            .circle(Point { x: 0, y: -24 }, 24)
            .raw("<path d=\"M-44,52a44,44 0 0 1 88,0z\"/>"),
    };
    out.raw("</g><g aria-hidden=\"true\">");
    for (number, (skill, dot)) in plan.competencies.iter().zip(&dots).enumerate() {
        let covered = plan
            .mentors
            .iter()
            .any(|m| m.competencies.contains(&skill.id));
        out.raw("<g")
            .attr(
                "class",
                if covered {
                    "map__skill"
                } else {
                    "map__skill map__skill--open"
                },
            )
            .raw(">")
            .circle(*dot, DOT)
            .text("", dot.x, dot.y + FONT / 3, &(number + 1).to_string())
            .raw("</g>");
    }
    out.raw("</g>");
    for ((mentor, seat), label) in plan.mentors.iter().zip(&map.mentors).zip(mentor_labels) {
        let (role, status) = (
            content::role_short(mentor.role),
            content::status_label(mentor.status),
        );
        if links {
            out.raw("<a")
                .attr("href", &format!("#/mentors/{}", mentor.id.0))
                .attr(
                    "aria-label",
                    &escape(&text::open_mentor(label, role, status)),
                );
        } else {
            out.raw("<g role=\"img\"")
                .attr("aria-label", &escape(&text::mentor(label, role, status)));
        }
        let (name_y, role_y) = label_lines(*seat);
        out.raw("><g")
            .attr(
                "class",
                &format!(
                    "map__seat {} {}",
                    role_class(mentor.role),
                    status_class(mentor.status)
                ),
            )
            .raw(">")
            .circle(*seat, SEAT)
            .text("", seat.x, name_y, &short(label))
            .text(
                "map__role",
                seat.x,
                role_y,
                &format!("{role}, {}", lowercase(status)),
            )
            .raw(if links { "</g></a>" } else { "</g></g>" });
    }
    out.raw("</svg><ol class=\"map__key\">");
    for (skill, label) in plan.competencies.iter().zip(skill_labels) {
        let helpers: Vec<&str> = plan
            .mentors
            .iter()
            .zip(mentor_labels)
            .filter(|(mentor, _)| mentor.competencies.contains(&skill.id))
            .map(|(_, name)| name.as_str())
            .collect();
        let who = if helpers.is_empty() {
            text::EMPTY_SEAT.get().to_owned()
        } else {
            helpers.join(", ")
        };
        out.raw("<li><span dir=\"auto\">")
            .raw(&escape(label))
            .raw("</span>: ")
            .raw(&escape(&who))
            .raw("</li>");
    }
    out.raw("</ol>");
    out.0
}
