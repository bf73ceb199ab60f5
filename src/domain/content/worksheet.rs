//! The printable worksheet: the four questions on one page, for people without a phone in a
//! workshop. A page of its own beside the app, in each language (`domain::worksheet` makes it;
//! workshop mode links to it). Part of the content catalogue; the questions themselves are the
//! presenter's (`presenter::QUESTIONS`). The app itself never holds these words.

use crate::domain::content::Tr;

pub const TITLE: Tr = tr!(
    "My multi-mentor plan: a worksheet",
    "Mon plan multi-mentors\u{a0}: feuille de travail"
);

pub const INTRO: Tr = tr!(
    "Answer the four questions in your own words, then choose a mentor for each skill you need \
     and note what you can offer each one. You can type it all into Multi-Mentor Plan later to \
     see what your plan shows.",
    "Répondez aux quatre questions dans vos propres mots, puis choisissez un mentor pour chaque \
     compétence à développer et notez ce que vous pouvez offrir à chacun. Vous pourrez tout \
     entrer plus tard dans Multi-Mentor Plan pour voir ce que votre plan révèle."
);

/// Shown on screen only, above the sheet.
pub const PRINT_HINT: Tr = tr!(
    "Print this page from your browser's menu (Ctrl+P, or Command+P on a Mac). It fits on one \
     Letter or A4 page.",
    "Imprimez cette page à partir du menu de votre navigateur (Ctrl+P, ou Commande+P sur un \
     Mac). Elle tient sur une page Lettre ou A4."
);

pub const NAME: Tr = tr!("Name", "Nom");
pub const DATE: Tr = tr!("Date", "Date");
pub const GOAL: Tr = tr!(
    "Where I want to be in a year or two, and the role I am aiming for",
    "Où je veux être dans un an ou deux, et le poste que je vise"
);

/// The columns of the skills table, under the first question.
pub const SKILL_COLUMNS: [Tr; 3] = [
    tr!("Skill or competency", "Compétence"),
    tr!("Where I stand now (1 to 5)", "Où j’en suis (1 à 5)"),
    tr!("Where I want to be (1 to 5)", "Où je veux être (1 à 5)"),
];

/// The columns of the team table, under the fourth question.
pub const TEAM_COLUMNS: [Tr; 4] = [
    tr!("Mentor", "Mentor"),
    tr!("Where they help me", "Où cette personne m’aide"),
    tr!("What I offer them", "Ce que je lui offre"),
    tr!("First step, and when", "Première étape, et quand"),
];
