//! The ids that one part of the app gives an element and another part finds it by (to move
//! focus there, or to label a section with it), named once here so the two cannot drift
//! apart. The end-to-end tests find elements by role and label, except where they check
//! that focus reached the screen heading (flow.test.mjs, map.test.mjs).

use crate::domain::plan::Id;

/// Each screen's main heading, which also labels its section. Focus moves to it when the
/// screen changes (`router.rs`), so a screen reader starts reading there.
pub const SCREEN_HEADING: &str = "step-heading";

/// The undo bar's button. Focus moves to it after a change that can be undone, since the
/// button that made the change has gone.
pub const UNDO_BUTTON: &str = "undo-button";

/// The language switch. Focus returns to it once the other language has arrived.
pub const LANGUAGE_SWITCH: &str = "language-switch";

/// The copy of the first screen that the release build puts in the page, which the app
/// removes as it mounts. index.html's first script, scripts/prerender.mjs and
/// style/main.css name it too.
pub const FIRST_SCREEN: &str = "boot";

/// The start of the ids of one mentor's fields: `<prefix>-name`, `<prefix>-message`,
/// `<prefix>-next-step` and so on. The mentor's editor, message draft and meeting log name
/// their fields so, and the mentors step moves focus to one when a route opens a mentor.
pub fn mentor_fields(id: Id) -> String {
    format!("mentor-{}", id.0)
}
