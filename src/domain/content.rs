//! Every word the app shows, in one catalogue. Written by us, in Canadian English.

pub const APP_NAME: &str = "Multi-Mentor Plan";
pub const TAGLINE: &str = "Build a small team of mentors around the skills you need next.";

pub mod welcome {
    pub const HEADING: &str = "One mentor is not enough any more";
    pub const PARAGRAPHS: [&str; 3] = [
        "Careers change direction faster than any single mentor can keep up with, and \
         fewer employers run mentoring programs at all. Rather than waiting for one senior \
         person to take you under their wing, you can build a multi-mentor strategy: a \
         small cross-functional team of mentors, each chosen for one competency you need.",
        "Some of them you will meet in person. Others you can reach online when you need a \
         quick answer, such as a cover letter due tonight or an interview question tomorrow. \
         The best matches often share your situation too, like raising young children or \
         starting over in a new country.",
        "This stock-take walks you through four questions: which skills you want to refine, \
         how your lifestyle and situation shape the plan, which soft skills pay off in your \
         industry, and what value you can add to each relationship. Start below with where \
         you are today.",
    ];
    pub const PRIVACY: &str = "Your plan stays in this browser. Nothing is sent to a server.";
}

pub mod start {
    pub const HEADING: &str = "Start from where you are";
    pub const INTRO: &str = "Your goals and your last performance review are the best first \
        source of skills to work on. Each mentor on your team will answer one or more of \
        the needs you find here.";
    pub const GOALS_LABEL: &str = "Your career goals";
    pub const GOALS_HINT: &str = "Where do you want to be in two or three years? \
        A few sentences is plenty.";
    pub const TARGET_ROLE_LABEL: &str = "Target role";
    pub const TARGET_ROLE_HINT: &str = "For example: team lead, staff accountant, \
        product manager.";
    pub const REVIEW_LABEL: &str = "What your last performance review said";
    pub const REVIEW_HINT: &str = "Note the strengths it named and the areas it asked \
        you to grow. If you have not had a review, write what a manager or colleague \
        has told you.";
}

/// What the save indicator says; announced politely to screen readers.
pub mod save_status {
    pub const SAVED: &str = "All changes saved in this browser.";
    pub const NOT_SAVED_YET: &str = "Your plan is saved in this browser as you type.";
    pub const PAUSED: &str = "Saving is paused so that the plan already stored in this \
        browser is not overwritten. Your changes stay on this page until you close it.";
    pub const STORAGE_FULL: &str = "Could not save: this browser's storage is full. \
        Your changes stay on this page until you close it. Free some space, then keep \
        typing to try again.";
    pub const STORAGE_BLOCKED: &str = "Could not save: this browser does not let the app \
        store data (private browsing can do this). Your changes stay on this page until \
        you close it.";
    pub const FAILED: &str = "Could not save because of an unexpected storage error. \
        Your changes stay on this page until you close it.";
}

/// Notices shown once on start-up when the stored plan could not be used as it was.
pub mod load_notice {
    pub const HEADING: &str = "We could not open your saved plan";
    pub const DISMISS: &str = "Dismiss";

    pub fn unreadable(backup_key: &str) -> String {
        format!(
            "The plan stored in this browser is damaged, so we started a fresh one. \
             Nothing was deleted: the original text is kept in this browser's storage \
             under the name \"{backup_key}\"."
        )
    }

    pub fn newer_schema(found: u32, backup_key: &str) -> String {
        format!(
            "The plan stored in this browser was saved by a newer version of this app \
             (format {found}), so we started a fresh one. Nothing was deleted: the \
             original is kept in this browser's storage under the name \"{backup_key}\". \
             Reload the page to get the newest version."
        )
    }

    pub const BACKUP_FAILED: &str = "The plan stored in this browser could not be read, \
        and there was no room to keep a copy of it. To make sure nothing is lost, we will \
        not save over it: changes you make now last only until you close this page.";

    pub const STORAGE_UNAVAILABLE: &str = "This browser does not let the app read its \
        storage (private browsing can do this). You can still use the app, but your plan \
        will last only until you close this page.";
}

pub mod footer {
    pub const TEXT: &str = "Multi-Mentor Plan runs entirely in your browser. \
        Your plan is stored on this device only.";
}
