//! The app's state, by concern: the store of every plan in this browser (saving, other tabs,
//! the save status), the open plan as the screens read it, undo, the language, and workshop
//! mode's content. Nothing here draws.

mod language;
mod plan;
mod store;
mod undo;
mod workshop;

pub use language::*;
pub use plan::*;
pub use store::*;
pub use undo::*;
pub use workshop::*;

use leptos::prelude::*;

/// True once a new version of the app is downloaded and waits for the person to reload.
#[derive(Debug, Clone, Copy)]
pub struct NewVersion(pub RwSignal<bool>);
