//! What only workshop mode shows: the four example plans and the facilitator's guide. They are
//! written in the content catalogue (`content::examples`, `content::guide`) and shipped as a
//! static file beside the app, `workshop-content.json`, which the app fetches when a workshop
//! screen first opens, so that no other visitor downloads them. `from_catalogue` makes that
//! file (`cargo run --example workshop_content`); a native test checks it is up to date.

use serde::{Deserialize, Serialize};

use crate::domain::content::{examples, guide};
use crate::domain::plan::Plan;

/// The file's name, next to index.html.
pub const FILE_NAME: &str = "workshop-content.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopContent {
    pub examples: Vec<ExamplePlan>,
    pub guide: Vec<GuideSection>,
    /// The guide's closing words, after the last section.
    pub guide_after: String,
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

/// One part of the facilitator's guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideSection {
    pub minutes: u32,
    pub heading: String,
    pub steps: Vec<String>,
}

impl WorkshopContent {
    /// Everything the file holds, from the content catalogue.
    pub fn from_catalogue() -> WorkshopContent {
        WorkshopContent {
            examples: examples::ALL
                .iter()
                .map(|example| ExamplePlan {
                    key: example.key.to_owned(),
                    name: example.name.to_owned(),
                    story: example.story.to_owned(),
                    shows: example.shows.to_owned(),
                    plan: (example.plan)(),
                })
                .collect(),
            guide: guide::PARTS
                .iter()
                .map(|part| GuideSection {
                    minutes: part.minutes,
                    heading: part.heading.to_owned(),
                    steps: part.steps.iter().map(|step| (*step).to_owned()).collect(),
                })
                .collect(),
            guide_after: guide::AFTER.to_owned(),
        }
    }
}
