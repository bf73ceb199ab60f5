//! Markup (HTML and SVG) written as text, for the figures the plan view puts in the page as
//! they are: the team map and the meeting rhythm. Text is escaped; numbers are whole.

/// A point in a drawing's view box (the team map's is from its centre).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

impl Point {
    /// The square of the distance to another point.
    pub fn distance_squared(self, other: Point) -> i64 {
        let (dx, dy) = (i64::from(self.x - other.x), i64::from(self.y - other.y));
        dx * dx + dy * dy
    }
}

/// Text made safe to put in markup.
pub fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            _ => safe.push(c),
        }
    }
    safe
}

/// Markup written piece by piece (smaller in the wasm than one `format!` per element).
#[derive(Default)]
pub struct Markup(pub String);

impl Markup {
    pub fn raw(&mut self, text: &str) -> &mut Self {
        self.0.push_str(text);
        self
    }

    /// ` name="value"`.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.raw(" ").raw(name).raw("=\"").raw(value).raw("\"")
    }

    pub fn number(&mut self, name: &str, value: i32) -> &mut Self {
        self.attr(name, &value.to_string())
    }

    pub fn circle(&mut self, at: Point, radius: i32) -> &mut Self {
        self.raw("<circle")
            .number("cx", at.x)
            .number("cy", at.y)
            .number("r", radius)
            .raw("/>")
    }

    /// A line of text centred on `x`, its baseline at `y`.
    pub fn text(&mut self, class: &str, x: i32, y: i32, words: &str) -> &mut Self {
        self.raw("<text")
            .attr("class", class)
            .number("x", x)
            .number("y", y)
            .raw(">")
            .raw(&escape(words))
            .raw("</text>")
    }
}
