//! What only workshop mode shows: the four example plans. They are written in the content
//! catalogue (`content::examples`) and shipped as a static file beside the app in each
//! language, `workshop-content.json` and `workshop-content.fr.json`, which the app fetches when
//! a workshop screen first opens, so that no other visitor downloads them. `in_language` makes them
//! (`cargo run --example catalogue`); a native test checks they are up to date.

use serde::{Deserialize, Serialize};

use crate::domain::content::Language;
use crate::domain::plan::Plan;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopContent {
    pub examples: Vec<ExamplePlan>,
}

/// One example plan, as `content::examples::Example` describes it, with its plan built.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamplePlan {
    pub key: String,
    pub name: String,
    pub story: String,
    pub shows: String,
    pub plan: Plan,
}

impl WorkshopContent {
    /// The file's name, next to index.html.
    pub fn file_name(language: Language) -> &'static str {
        match language {
            Language::English => "workshop-content.json",
            Language::French => "workshop-content.fr.json",
        }
    }

    /// Everything the file of this language holds, from the content catalogue.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn in_language(language: Language) -> WorkshopContent {
        let spoken = crate::domain::content::language();
        crate::domain::content::set_language(language);
        let content = WorkshopContent::from_catalogue();
        crate::domain::content::set_language(spoken);
        content
    }

    /// Everything the file holds, from the content catalogue, in the language spoken now.
    #[cfg(not(target_arch = "wasm32"))]
    fn from_catalogue() -> WorkshopContent {
        use crate::domain::content::examples;
        WorkshopContent {
            examples: examples::ALL
                .iter()
                .map(|example| ExamplePlan {
                    key: example.key.to_owned(),
                    name: example.name.get().to_owned(),
                    story: example.story.get().to_owned(),
                    shows: example.shows.get().to_owned(),
                    plan: (example.plan)(),
                })
                .collect(),
        }
    }
}
