use serde::{Deserialize, Serialize};

/// One person's multi-mentor plan: what they want and where they stand.
///
/// `#[serde(default)]` lets a plan saved by an older build, with fewer fields, still load.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// The person's career goals, in their own words.
    pub goals: String,
    /// The role they are working towards.
    pub target_role: String,
    /// What their last performance review said they should work on.
    pub review_notes: String,
}

impl Plan {
    /// True when the person has not written anything yet.
    pub fn is_blank(&self) -> bool {
        [&self.goals, &self.target_role, &self.review_notes]
            .iter()
            .all(|field| field.trim().is_empty())
    }
}
