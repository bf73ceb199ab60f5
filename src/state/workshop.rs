//! Workshop mode's example plans, fetched once per language.

use crate::domain::content::{self, Language};
use crate::domain::workshop_content::WorkshopContent;
use crate::json::Document;

thread_local! {
    static WORKSHOP_CONTENT: std::cell::RefCell<Option<(Language, std::sync::Arc<WorkshopContent>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Workshop mode's example plans in the language spoken now, if a workshop screen has fetched
/// them already.
pub fn kept_workshop_content() -> Option<std::sync::Arc<WorkshopContent>> {
    let language = content::language();
    WORKSHOP_CONTENT.with_borrow(|kept| {
        kept.as_ref()
            .filter(|(kept_language, _)| *kept_language == language)
            .map(|(_, content)| content.clone())
    })
}

/// Workshop mode's example plans in the language spoken now, fetched from the file
/// beside the app the first time a workshop screen needs them, then kept. `None` if the file
/// could not be fetched or read.
pub async fn workshop_content() -> Option<std::sync::Arc<WorkshopContent>> {
    let kept = kept_workshop_content();
    if kept.is_some() {
        return kept;
    }
    let language = content::language();
    let text = crate::browser::fetch_text(WorkshopContent::file_name(language)).await?;
    let content = std::sync::Arc::new(
        Document::parse(&text)
            .ok()?
            .read::<WorkshopContent>()
            .ok()?,
    );
    WORKSHOP_CONTENT.set(Some((language, content.clone())));
    Some(content)
}
