//! How the catalogue's texts (`content::Tr`) go into views. A view writes `{text::HEADING.get()}`:
//! the words of the language spoken when the view is built, as a `&'static str`, through
//! Leptos' public API only. (Until issue 29, `Tr` went in without `.get()` through
//! implementations of Leptos' renderer traits, 0.4 KB smaller, but bound to the renderer's
//! internals, which change between Leptos releases.)

use leptos::prelude::Signal;

use crate::domain::content::Tr;

/// A field's label, which may also be a name worked out as the field is drawn.
impl From<Tr> for Signal<String> {
    fn from(text: Tr) -> Self {
        Signal::from(text.get())
    }
}
