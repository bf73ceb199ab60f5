//! Plan files: a plan saved as JSON and opened back, validated.

use serde::{Deserialize, Serialize};

use crate::domain::plan::Plan;

/// What every plan file says it is, so that any other JSON file is told apart.
pub const APP_TAG: &str = "multi-mentor-plan";
/// The file format this build writes.
pub const FILE_FORMAT: u32 = 1;
/// Files larger than this are refused before reading (a plan is a few kilobytes).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Serialize)]
struct FileOut<'a> {
    app: &'a str,
    format: u32,
    name: &'a str,
    plan: &'a Plan,
}

/// Read in two passes: first what the file says it is, then the plan inside.
#[derive(Deserialize)]
struct FileIn<'a> {
    app: String,
    format: u32,
    #[serde(default)]
    name: String,
    #[serde(borrow)]
    plan: &'a serde_json::value::RawValue,
}

/// Why a file could not be opened as a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooBig,
    NotJson,
    NotAPlanFile,
    NewerFormat(u32),
    Damaged(String),
}

/// The file's text for a plan named `name`.
pub fn export_json(name: &str, plan: &Plan) -> String {
    let file = FileOut {
        app: APP_TAG,
        format: FILE_FORMAT,
        name,
        plan,
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads a plan file back: its name and plan.
pub fn import_json(text: &str) -> Result<(String, Plan), FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooBig);
    }
    let file: FileIn = serde_json::from_str(text).map_err(|error| match error.classify() {
        serde_json::error::Category::Data => FileError::NotAPlanFile,
        _ => FileError::NotJson,
    })?;
    if file.app != APP_TAG {
        return Err(FileError::NotAPlanFile);
    }
    if file.format > FILE_FORMAT {
        return Err(FileError::NewerFormat(file.format));
    }
    let plan =
        serde_json::from_str(file.plan.get()).map_err(|e| FileError::Damaged(e.to_string()))?;
    Ok((file.name, plan))
}

/// A file name for a plan: its name in lower case, letters and digits joined by hyphens.
pub fn file_name(name: &str, extension: &str) -> String {
    let slug: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let slug = slug.join("-");
    let slug: String = slug.chars().take(60).collect();
    if slug.is_empty() {
        format!("{APP_TAG}.{extension}")
    } else {
        format!("{APP_TAG}-{slug}.{extension}")
    }
}
