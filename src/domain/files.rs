//! Plan files: a plan saved as JSON and opened back, validated.

use serde::{Deserialize, Serialize};

use crate::domain::limits::{Trimmed, fit_name, plan_within_limits};
use crate::domain::plan::Plan;
use crate::json::{self, Document, JsonError};
use crate::text::lowercase;

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
struct FileHeader {
    app: String,
    format: u32,
    #[serde(default)]
    name: String,
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
    json::write(&file)
}

/// A plan read from a file: its name and content, within the limits (`trimmed` says what
/// had to be left out to get there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub name: String,
    pub plan: Plan,
    pub trimmed: Trimmed,
}

/// Reads a plan file back.
pub fn import_json(text: &str) -> Result<Imported, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooBig);
    }
    let document = Document::parse(text).map_err(|_| FileError::NotJson)?;
    let file: FileHeader = document.read().map_err(|_| FileError::NotAPlanFile)?;
    if file.app != APP_TAG {
        return Err(FileError::NotAPlanFile);
    }
    if file.format > FILE_FORMAT {
        return Err(FileError::NewerFormat(file.format));
    }
    let plan = document.field("plan").ok_or(FileError::NotAPlanFile)?;
    let plan = plan
        .read()
        .map_err(|error: JsonError| FileError::Damaged(error.to_string()))?;
    let (plan, mut trimmed) = plan_within_limits(plan);
    let mut name = file.name;
    trimmed.texts += usize::from(fit_name(&mut name));
    Ok(Imported {
        name,
        plan,
        trimmed,
    })
}

/// A file name for a plan: its name in lower case, letters and digits joined by hyphens.
pub fn file_name(name: &str, extension: &str) -> String {
    let mut slug = String::new();
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&lowercase(word));
    }
    let slug: String = slug.chars().take(60).collect();
    if slug.is_empty() {
        format!("{APP_TAG}.{extension}")
    } else {
        format!("{APP_TAG}-{slug}.{extension}")
    }
}
