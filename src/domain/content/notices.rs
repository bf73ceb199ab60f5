//! Plans, sharing, files, saving and the notices about them. Part of the content catalogue.

/// Several plans in one browser.
pub mod plans {
    use crate::domain::content::{Tr, count};

    pub const DEFAULT_NAME: Tr = tr!("My plan", "Mon plan");
    /// The blank plan workshop mode starts with, built live in front of a room.
    pub const DEMO_NAME: Tr = tr!("Demo plan", "Plan de démonstration");
    pub const NEW_NAME: Tr = tr!("New plan", "Nouveau plan");
    pub const SHARED_NAME: Tr = tr!("Shared plan", "Plan partagé");
    pub const HEADING: Tr = tr!("Your plans", "Vos plans");
    pub const INTRO: Tr = tr!(
        "Keep several plans in this browser: one for each direction \
         you are weighing, or a copy to try changes on. They stay on this device only.",
        "Gardez plusieurs plans dans ce navigateur\u{a0}: un pour chaque voie que vous \
         envisagez, ou une copie pour essayer des changements. Ils restent sur cet appareil \
         seulement."
    );
    pub const NAV_LINK: Tr = tr!("Your plans", "Vos plans");
    pub const NAV_LABEL: Tr = tr!("Plans and sharing", "Plans et partage");
    pub const CURRENT_PLAN: Tr = tr!("Plan:", "Plan\u{a0}:");
    pub const CURRENT: Tr = tr!("Open now", "Ouvert");
    pub const OPEN: Tr = tr!("Open", "Ouvrir");
    pub const CONTINUE: Tr = tr!("Continue", "Continuer");
    pub const DUPLICATE: Tr = tr!("Duplicate", "Dupliquer");
    pub const DELETE: Tr = tr!("Delete", "Supprimer");
    pub const RENAME_LABEL: Tr = tr!("Plan name", "Nom du plan");
    pub const NAME_REQUIRED: Tr = tr!("Give the plan a name.", "Donnez un nom au plan.");
    pub const ADD_HEADING: Tr = tr!("Start another plan", "Commencer un autre plan");
    pub const ADD_LABEL: Tr = tr!("Name of the new plan", "Nom du nouveau plan");
    pub const ADD_HINT: Tr = tr!(
        "For example: \u{201c}Move into accounting\u{201d} or \
         \u{201c}Stay and lead\u{201d}.",
        "Par exemple\u{a0}: «\u{a0}Passer à la comptabilité\u{a0}» ou «\u{a0}Rester et \
         diriger\u{a0}»."
    );
    pub const ADD: Tr = tr!("Create plan", "Créer le plan");

    pub const BACKUPS_HEADING: Tr = tr!(
        "Copies of plans that could not be opened as stored",
        "Copies de plans qui n’ont pas pu être ouverts tels qu’ils étaient enregistrés"
    );
    pub const BACKUPS_INTRO: Tr = tr!(
        "When the plans stored in this browser could not be used \
         as they were, the app kept the original text here, untouched. Restore the plans from \
         a copy this version can read, download the text to keep it, or delete the copy.",
        "Quand les plans enregistrés dans ce navigateur ne pouvaient pas être utilisés tels \
         quels, l’application a gardé le texte d’origine ici, intact. Restaurez les plans à \
         partir d’une copie que cette version peut lire, téléchargez le texte pour le garder, \
         ou supprimez la copie."
    );
    pub const BACKUP_UNREADABLE: Tr = tr!(
        "This version of the app cannot read this copy: it is \
         damaged, or it was saved by a newer version. Download it to keep it.",
        "Cette version de l’application ne peut pas lire cette copie\u{a0}: elle est \
         endommagée, ou elle a été enregistrée par une version plus récente. Téléchargez-la \
         pour la garder."
    );
    pub const RESTORE: Tr = tr!("Restore its plans", "Restaurer ses plans");
    pub const DOWNLOAD_BACKUP: Tr = tr!("Download the text", "Télécharger le texte");
    pub const DELETE_BACKUP: Tr = tr!("Delete this copy", "Supprimer cette copie");
    pub const BACKUP_DELETED: Tr = tr!("The copy was deleted.", "La copie a été supprimée.");
    pub const BACKUP_NOT_DELETED: Tr = tr!(
        "The copy could not be deleted: this browser refused \
         to change its storage.",
        "La copie n’a pas pu être supprimée\u{a0}: ce navigateur a refusé de modifier son \
         stockage."
    );

    /// "Copy 1, made 2026-11-28 at 14:05 UTC, 12.3 KB" from a stamp `20261128T140500Z`;
    /// in French "Copie 1, faite le 2026-11-28 à 14 h 05 UTC, 12,3 Ko".
    pub fn backup_label(number: usize, made: Option<&str>, bytes: usize) -> String {
        let whole = (bytes / 1024).to_string();
        let tenth = (bytes % 1024 * 10 / 1024).to_string();
        let size = tr!("{whole}.{tenth} KB", "{whole},{tenth}\u{a0}Ko")
            .fill(&[("whole", &whole), ("tenth", &tenth)]);
        let made = made
            .filter(|stamp| stamp.len() == 16 && stamp.is_ascii())
            .map(|s| {
                tr!(
                    ", made {year}-{month}-{day} at {hour}:{minute} UTC",
                    ", faite le {year}-{month}-{day} à {hour}\u{a0}h\u{a0}{minute} UTC"
                )
                .fill(&[
                    ("year", &s[0..4]),
                    ("month", &s[4..6]),
                    ("day", &s[6..8]),
                    ("hour", &s[9..11]),
                    ("minute", &s[11..13]),
                ])
            })
            .unwrap_or_default();
        tr!(
            "Copy {number}{made}, {size}",
            "Copie {number}{made}, {size}"
        )
        .fill(&[
            ("number", &number.to_string()),
            ("made", &made),
            ("size", &size),
        ])
    }

    pub fn restored(count: usize) -> String {
        crate::domain::content::count(
            count,
            tr!(
                "Restored {n} plan from the copy, as a new plan.",
                "La copie a permis de restaurer {n}\u{a0}plan, ajouté comme nouveau plan."
            ),
            tr!(
                "Restored {n} plans from the copy, as new plans.",
                "La copie a permis de restaurer {n}\u{a0}plans, ajoutés comme nouveaux plans."
            ),
        )
    }

    pub fn copy_of(name: &str) -> String {
        tr!("Copy of {name}", "Copie de {name}").fill(&[("name", name)])
    }

    pub fn summary(competencies: usize, mentors: usize) -> String {
        let competencies = count(
            competencies,
            tr!("{n} skill", "{n}\u{a0}compétence"),
            tr!("{n} skills", "{n}\u{a0}compétences"),
        );
        let mentors = count(
            mentors,
            tr!("{n} mentor", "{n}\u{a0}mentor"),
            tr!("{n} mentors", "{n}\u{a0}mentors"),
        );
        format!("{competencies}, {mentors}")
    }

    pub fn opened(name: &str) -> String {
        tr!(
            "Opened \u{201c}{name}\u{201d}.",
            "Le plan «\u{a0}{name}\u{a0}» est ouvert."
        )
        .fill(&[("name", name)])
    }

    pub fn created(name: &str) -> String {
        tr!(
            "Created \u{201c}{name}\u{201d}.",
            "Le plan «\u{a0}{name}\u{a0}» a été créé."
        )
        .fill(&[("name", name)])
    }
}

/// Notes the person can keep out of shared links.
pub mod privacy {
    use crate::domain::content::Tr;

    pub const PRIVATE_REVIEW: Tr = tr!(
        "Keep my review notes private when I share",
        "Garder mes notes d’évaluation privées quand je partage"
    );
    pub const PRIVATE_SITUATION: Tr = tr!(
        "Keep these notes private when I share",
        "Garder ces notes privées quand je partage"
    );
    pub const PRIVATE_FACTORS: Tr = tr!(
        "Keep my situation private when I share",
        "Garder ma situation privée quand je partage"
    );
    pub const PRIVATE_FACTORS_HINT: Tr = tr!(
        "Your situation is yours to tell. Ticked, the \
         factors above (and which of them a mentor shares) stay out of the links and files \
         you make; the plan in this browser keeps them.",
        "C’est à vous de parler de votre situation, ou non. Si la case est cochée, les \
         facteurs ci-dessus (et ceux que vous avez en commun avec un mentor) restent hors des \
         liens et des fichiers que vous créez\u{a0}; le plan dans ce navigateur les garde."
    );
}

/// Sharing: link, QR code, files, print and calendar.
pub mod share {
    use crate::domain::content::{Tr, number};

    pub const NAV_LINK: Tr = tr!("Share", "Partager");
    pub const HEADING: Tr = tr!(
        "Share and save your plan",
        "Partager et enregistrer votre plan"
    );
    pub const INTRO: Tr = tr!(
        "Send your plan to a mentor, a friend or your own phone. The \
         link carries the whole plan in its last part, which browsers never send to a \
         server, so nothing leaves your device until you choose to send it.",
        "Envoyez votre plan à un mentor, à une personne de confiance ou à votre propre téléphone. Le lien \
         contient tout le plan dans sa dernière partie, que les navigateurs n’envoient jamais \
         à un serveur. Rien ne quitte donc votre appareil tant que vous ne choisissez pas de \
         l’envoyer."
    );
    pub const LINK_HEADING: Tr = tr!("Link", "Lien");
    /// Under the plan's name, above the link: the name is what the link's reader sees.
    pub const NAME_HINT: Tr = tr!(
        "The person who opens your link sees this name. If it is still \u{201c}My plan\u{201d}, \
         put your own name in it, such as \u{201c}Priya's plan\u{201d}.",
        "La personne qui ouvre votre lien voit ce nom. S’il s’agit encore de «\u{a0}Mon \
         plan\u{a0}», mettez-y votre nom, par exemple «\u{a0}Plan de Priya\u{a0}»."
    );
    pub const LINK_LABEL: Tr = tr!("Link to this plan", "Lien vers ce plan");
    pub const LEAVE_OUT_PRIVATE: Tr = tr!(
        "Leave out what I marked private",
        "Laisser de côté ce que j’ai marqué comme privé"
    );
    pub const INCLUDE_RECORD: Tr = tr!(
        "Put my meetings, notes and check-ins in the link",
        "Inclure mes rencontres, notes et points d’étape dans le lien"
    );
    pub const RECORD_PRIVATE: Tr = tr!(
        "Your meetings, notes and check-ins stay out of the link unless you tick this.",
        "Vos rencontres, notes et points d’étape restent hors du lien, sauf si vous cochez cette case."
    );
    pub const NO_PRIVATE_NOTES: Tr = tr!(
        "You have no notes marked private; the whole plan \
         is in the link.",
        "Vous n’avez aucune note marquée comme privée\u{a0}; tout le plan est dans le lien."
    );
    pub const COPY: Tr = tr!("Copy link", "Copier le lien");
    pub const COPIED: Tr = tr!(
        "Link copied. Paste it into a message or an email.",
        "Lien copié. Collez-le dans un message ou un courriel."
    );
    pub const COPY_FAILED: Tr = tr!(
        "This browser did not let us copy. Select the link above \
         and copy it yourself.",
        "Ce navigateur ne nous a pas permis de copier. Sélectionnez le lien ci-dessus et \
         copiez-le vous-même."
    );
    pub const SHARE: Tr = tr!("Share…", "Partager…");
    pub const METER_LABEL: Tr = tr!("Link length", "Longueur du lien");
    pub const QR_HEADING: Tr = tr!("QR code", "Code QR");
    pub const QR_INTRO: Tr = tr!(
        "Scan it with a phone camera to open this plan there.",
        "Balayez-le avec la caméra d’un téléphone pour y ouvrir ce plan."
    );
    pub const QR_ALT: Tr = tr!(
        "QR code of the link to this plan",
        "Code QR du lien vers ce plan"
    );
    pub const QR_FULL_SCREEN: Tr = tr!(
        "Show QR code full screen",
        "Afficher le code QR en plein écran"
    );
    pub const QR_CLOSE: Tr = tr!("Close", "Fermer");
    pub const QR_TOO_LONG: Tr = tr!(
        "This link is too long for a QR code. Download the plan \
         as a file instead and send the file.",
        "Ce lien est trop long pour un code QR. Téléchargez plutôt le plan en fichier et \
         envoyez le fichier."
    );
    pub const FILES_HEADING: Tr = tr!("Files", "Fichiers");
    pub const DOWNLOAD: Tr = tr!(
        "Download plan file (JSON)",
        "Télécharger le fichier du plan (JSON)"
    );
    pub const FULL_BACKUP: Tr = tr!(
        "Include what I marked private, my meetings and my check-ins (a full backup for myself)",
        "Inclure ce que j’ai marqué comme privé, mes rencontres et mes points d’étape (une sauvegarde \
         complète pour moi)"
    );
    pub const FILE_LEAVES_OUT_PRIVATE: Tr = tr!(
        "The file leaves out what you marked private, and your meetings, notes and check-ins, \
         unless you tick the box above.",
        "Le fichier laisse de côté ce que vous avez marqué comme privé, ainsi que vos rencontres, \
         notes et points d’étape, sauf si vous cochez la case ci-dessus."
    );
    pub const OPEN_FILE_LABEL: Tr = tr!("Open a plan file", "Ouvrir un fichier de plan");
    pub const OPEN_FILE_HINT: Tr = tr!(
        "A file downloaded from Multi-Mentor Plan. It opens as a new plan; a copy of one of \
         your plans asks first.",
        "Un fichier téléchargé à partir de Multi-Mentor Plan. Il s’ouvre comme un nouveau \
         plan\u{a0}; une copie de l’un de vos plans demande d’abord quoi faire."
    );
    pub const PRINT_HEADING: Tr = tr!("Print", "Imprimer");
    pub const PRINT_INTRO: Tr = tr!(
        "Print the plan view, or save it as a PDF from the print \
         dialogue.",
        "Imprimez la vue du plan, ou enregistrez-la en PDF à partir de la fenêtre \
         d’impression."
    );
    pub const GO_TO_PLAN: Tr = tr!(
        "Open the plan view to print",
        "Ouvrir la vue du plan pour l’imprimer"
    );
    pub const CALENDAR_HEADING: Tr = tr!("Calendar reminders", "Rappels dans le calendrier");
    pub const CALENDAR_INTRO: Tr = tr!(
        "Download a repeating event for each mentor with a next \
         step and a set rhythm. Your calendar app will remind you; no server is involved.",
        "Téléchargez un événement récurrent pour chaque mentor qui a une prochaine étape \
         et une fréquence de rencontre fixée. Votre application de calendrier vous le rappellera\u{a0}; aucun \
         serveur n’intervient."
    );
    pub const CALENDAR_NONE: Tr = tr!(
        "No mentor has both a next step and a set rhythm yet. Add \
         them in the mentors step.",
        "Aucun mentor n’a encore à la fois une prochaine étape et une fréquence de rencontre fixée. Ajoutez-les \
         à l’étape «\u{a0}Mentors\u{a0}»."
    );

    /// "1,304 characters": digits grouped by threes, with commas in English and
    /// non-breaking spaces in French.
    pub fn length(characters: usize) -> String {
        tr!("{count} characters", "{count}\u{a0}caractères").fill(&[("count", &number(characters))])
    }

    pub const FITS: Tr = tr!(
        "Short enough for chat messages and a QR code.",
        "Assez court pour une messagerie et pour un code QR."
    );
    pub const LONG_FOR_CHAT: Tr = tr!(
        "Longer than some chat apps allow (2,000 characters). \
         Email, or the file, will work.",
        "Plus long que ce que permettent certaines messageries (2\u{a0}000\u{a0}caractères). \
         Le courriel, ou le fichier, fonctionnera."
    );

    pub fn calendar_button(name: &str) -> String {
        tr!("Reminders for {name} (.ics)", "Rappels pour {name} (.ics)").fill(&[("name", name)])
    }

    pub fn reminder_summary(mentor: &str) -> String {
        tr!("Mentor: {mentor}", "Mentor\u{a0}: {mentor}").fill(&[("mentor", mentor)])
    }

    pub fn reminder_description(next_step: &str) -> String {
        tr!(
            "Next step: {next_step}",
            "Prochaine étape\u{a0}: {next_step}"
        )
        .fill(&[("next_step", next_step)])
    }

    pub fn reminder_alarm(mentor: &str) -> String {
        tr!(
            "Time for your next step with {mentor}",
            "C’est le moment de votre prochaine étape avec {mentor}"
        )
        .fill(&[("mentor", mentor)])
    }

    pub fn imported(name: &str) -> String {
        tr!(
            "Opened the file as a new plan, \u{201c}{name}\u{201d}.",
            "Le fichier a été ouvert comme nouveau plan, «\u{a0}{name}\u{a0}»."
        )
        .fill(&[("name", name)])
    }
}

/// What was left out of a plan that came in over the app's limits (`domain::limits`).
pub mod limits {
    use crate::domain::content::{Language, count, fill, language, number};
    use crate::domain::plan::{List, MAX_PLANS, MAX_TEXT_CHARS, Trimmed};

    /// Why nothing more can be added to a list of the plan: it holds all it may.
    pub fn list_full(list: List) -> String {
        let words = match list {
            List::Competencies => tr!(
                "This plan has {max} skills, the most it can hold. Remove one to add another.",
                "Ce plan compte {max}\u{a0}compétences, le maximum qu’il peut contenir. Retirez-en \
                 une pour en ajouter une autre."
            ),
            List::Mentors => tr!(
                "This plan has {max} mentors, the most it can hold. Remove one to add another.",
                "Ce plan compte {max}\u{a0}mentors, le maximum qu’il peut contenir. Retirez-en un \
                 pour en ajouter un autre."
            ),
            List::Contacts => tr!(
                "This plan lists {max} people, the most it can hold. Remove one to add another.",
                "Ce plan compte {max}\u{a0}personnes, le maximum qu’il peut contenir. Retirez-en \
                 une pour en ajouter une autre."
            ),
            List::OwnFactors => tr!(
                "This plan has {max} factors of your own, the most it can hold. Remove one to \
                 add another.",
                "Ce plan compte {max}\u{a0}facteurs écrits par vous, le maximum qu’il peut \
                 contenir. Retirez-en un pour en ajouter un autre."
            ),
        };
        words.fill(&[("max", &number(list.max()))])
    }

    /// Why no plan can be added, copied or brought back: the browser holds all it may.
    pub fn plans_full() -> String {
        tr!(
            "You have {max} plans, the most this browser keeps. Delete one to make room.",
            "Vous avez {max}\u{a0}plans, le maximum que ce navigateur conserve. Supprimez-en un \
             pour faire de la place."
        )
        .fill(&[("max", &number(MAX_PLANS))])
    }

    /// Under a long text near its limit: how much of it is used, or that it is full.
    pub fn text_length(used: usize) -> String {
        let max = number(MAX_TEXT_CHARS);
        let words = if used >= MAX_TEXT_CHARS {
            tr!(
                "This text is at its limit of {max} characters: anything past it was not kept.",
                "Ce texte a atteint sa limite de {max}\u{a0}caractères\u{a0}: ce qui dépasse n’a \
                 pas été gardé."
            )
        } else {
            tr!(
                "{used} of {max} characters used.",
                "{used}\u{a0}caractères utilisés sur {max}."
            )
        };
        words.fill(&[("used", &number(used)), ("max", &max)])
    }

    /// One sentence that says what was trimmed, or nothing when nothing was.
    pub fn trimmed(trimmed: &Trimmed) -> Option<String> {
        let mut parts = Vec::new();
        if trimmed.plans > 0 {
            let plans = count(
                trimmed.plans,
                tr!(
                    "{n} plan over the limit of {max} left out",
                    "{n}\u{a0}plan laissé de côté, car la limite est de {max}"
                ),
                tr!(
                    "{n} plans over the limit of {max} left out",
                    "{n}\u{a0}plans laissés de côté, car la limite est de {max}"
                ),
            );
            parts.push(fill(&plans, &[("max", &number(MAX_PLANS))]));
        }
        if trimmed.items > 0 {
            parts.push(count(
                trimmed.items,
                tr!(
                    "{n} item left out (a list was too long, or an item was damaged)",
                    "{n}\u{a0}élément laissé de côté (une liste était trop longue, ou un élément \
                     était endommagé)"
                ),
                tr!(
                    "{n} items left out (a list was too long, or an item was damaged)",
                    "{n}\u{a0}éléments laissés de côté (une liste était trop longue, ou un \
                     élément était endommagé)"
                ),
            ));
        }
        if trimmed.texts > 0 {
            parts.push(count(
                trimmed.texts,
                tr!(
                    "{n} text shortened or cleared of hidden direction marks",
                    "{n}\u{a0}texte raccourci ou nettoyé de ses marques de direction invisibles"
                ),
                tr!(
                    "{n} texts shortened or cleared of hidden direction marks",
                    "{n}\u{a0}textes raccourcis ou nettoyés de leurs marques de direction \
                     invisibles"
                ),
            ));
        }
        if trimmed.links > 0 {
            parts.push(count(
                trimmed.links,
                tr!(
                    "{n} link to missing or repeated items removed",
                    "{n}\u{a0}lien retiré, car il menait à un élément manquant ou en double"
                ),
                tr!(
                    "{n} links to missing or repeated items removed",
                    "{n}\u{a0}liens retirés, car ils menaient à des éléments manquants ou en \
                     double"
                ),
            ));
        }
        // Joined as `&str`s, as elsewhere: the wasm then holds one copy of `join`.
        // French puts a non-breaking space before each semicolon.
        let separator = match language() {
            Language::English => "; ",
            Language::French => "\u{a0}; ",
        };
        (!parts.is_empty()).then(|| {
            let parts = parts
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(separator);
            tr!(
                "Part of it was over this app\u{2019}s limits, so it was trimmed: {parts}.",
                "Une partie dépassait les limites de cette application, alors elle a été \
                 réduite\u{a0}: {parts}."
            )
            .fill(&[("parts", &parts)])
        })
    }
}

/// Why a plan file could not be opened.
pub mod file_errors {
    use crate::domain::content::Tr;

    pub const TOO_BIG: Tr = tr!(
        "That file is far too large to be a plan file. Nothing was \
         changed.",
        "Ce fichier est beaucoup trop gros pour être un fichier de plan. Rien n’a été changé."
    );
    pub const NOT_JSON: Tr = tr!(
        "That file is not a plan file (it is not JSON). Choose a file \
         downloaded from Multi-Mentor Plan. Nothing was changed.",
        "Ce fichier n’est pas un fichier de plan (ce n’est pas du JSON). Choisissez un fichier \
         téléchargé à partir de Multi-Mentor Plan. Rien n’a été changé."
    );
    pub const NOT_A_PLAN_FILE: Tr = tr!(
        "That JSON file was not made by Multi-Mentor Plan. \
         Nothing was changed.",
        "Ce fichier JSON n’a pas été créé par Multi-Mentor Plan. Rien n’a été changé."
    );
    pub const NEWER: Tr = tr!(
        "That plan file was made by a newer version of this app. Reload \
         the page to get the newest version, then try again. Nothing was changed.",
        "Ce fichier de plan a été créé par une version plus récente de cette application. \
         Rechargez la page pour obtenir la dernière version, puis réessayez. Rien n’a été \
         changé."
    );
    pub const DAMAGED: Tr = tr!(
        "That plan file is damaged and cannot be opened. Nothing was \
         changed.",
        "Ce fichier de plan est endommagé et ne peut pas être ouvert. Rien n’a été changé."
    );
    pub const UNREADABLE: Tr = tr!(
        "The browser could not read that file. Nothing was changed.",
        "Le navigateur n’a pas pu lire ce fichier. Rien n’a été changé."
    );
}

/// A plan someone shared, opened from a link.
pub mod shared {
    use crate::domain::content::Tr;

    /// The heading before the plan's name, which is shown isolated (`<bdi>`) after it.
    pub const HEADING_NAMED: Tr = tr!("Shared plan:", "Plan partagé\u{a0}:");
    pub const HEADING_UNNAMED: Tr = tr!("A plan someone shared", "Un plan partagé avec vous");

    pub const EXPLAIN: Tr = tr!(
        "Someone shared this plan with you. You are reading it; nothing \
         in your own plans has changed. Save it to keep a copy you can edit.",
        "Quelqu’un a partagé ce plan avec vous. Vous le consultez\u{a0}; rien n’a changé dans \
         vos propres plans. Enregistrez-le pour garder une copie que vous pourrez modifier."
    );
    pub const SAVE: Tr = tr!(
        "Save as a new plan of mine",
        "Enregistrer comme nouveau plan"
    );
    pub const CLOSE: Tr = tr!("Close", "Fermer");

    /// Over a copy of one of the person's own plans (it has the same identity): when each
    /// was last changed (`own` and `copy` are dates), and which one is newer. `copy_is_newer`
    /// is None when they changed at the same moment, or one does not say.
    pub fn own_copy(name: &str, own: &str, copy: &str, copy_is_newer: Option<bool>) -> String {
        let dates = tr!(
            "This is a copy of your own plan. Your plan \u{201c}{name}\u{201d} in this browser \
             was last changed on {own}; this copy, on {copy}.",
            "Ceci est une copie de votre propre plan. Votre plan «\u{a0}{name}\u{a0}» dans ce \
             navigateur a été modifié pour la dernière fois le {own}\u{a0}; cette copie, le {copy}."
        )
        .fill(&[("name", name), ("own", own), ("copy", copy)]);
        let newer = match copy_is_newer {
            Some(true) => tr!("This copy is newer.", "Cette copie est plus récente."),
            Some(false) => tr!(
                "Your plan in this browser is newer: updating it from this copy would undo \
                 what you changed since.",
                "Votre plan dans ce navigateur est plus récent\u{a0}: le mettre à jour à \
                 partir de cette copie annulerait ce que vous avez changé depuis."
            ),
            None => return dates,
        };
        format!("{dates} {}", newer.get())
    }
    pub const UPDATE_FROM_COPY: Tr = tr!(
        "Update my plan from this copy",
        "Mettre à jour mon plan à partir de cette copie"
    );
    pub const KEEP_BOTH: Tr = tr!("Keep both", "Garder les deux");
    /// Before the name of the person's own plan, over a copy of it.
    pub const HEADING_OWN_COPY: Tr = tr!("A copy of your plan:", "Une copie de votre plan\u{a0}:");

    /// A link the person kept for themself, opened where none of their plans was stored.
    pub fn back(changed: &str) -> String {
        tr!(
            "Your plan from {changed} is back and saved in this browser again.",
            "Votre plan du {changed} est de retour et de nouveau enregistré dans ce navigateur."
        )
        .fill(&[("changed", changed)])
    }
    pub fn updated(name: &str) -> String {
        tr!(
            "Your plan \u{201c}{name}\u{201d} was updated from the copy.",
            "Votre plan «\u{a0}{name}\u{a0}» a été mis à jour à partir de la copie."
        )
        .fill(&[("name", name)])
    }
    pub const SAVED: Tr = tr!(
        "Saved as a new plan. You are now editing your copy.",
        "Enregistré comme nouveau plan. Vous modifiez maintenant votre copie."
    );
    pub const LINK_ERROR_HEADING: Tr = tr!(
        "This link could not be opened",
        "Ce lien n’a pas pu être ouvert"
    );
    pub const LINK_ERROR_END: Tr = tr!(
        "Your own plans are unchanged.",
        "Vos propres plans n’ont pas changé."
    );
    pub const NOT_A_LINK: Tr = tr!(
        "It is not a Multi-Mentor Plan link.",
        "Ce n’est pas un lien de Multi-Mentor Plan."
    );
    pub const TOO_LONG: Tr = tr!(
        "It is far longer than any plan link.",
        "Il est beaucoup plus long que n’importe quel lien de plan."
    );
    pub const NOT_BASE64: Tr = tr!(
        "It contains characters a plan link never has; it may have \
         been changed or cut when it was copied.",
        "Il contient des caractères qu’un lien de plan n’a jamais\u{a0}; il a peut-être été \
         modifié ou coupé pendant qu’on le copiait."
    );
    pub const DAMAGED: Tr = tr!(
        "It is damaged or incomplete; it may have been cut short when \
         it was copied.",
        "Il est endommagé ou incomplet\u{a0}; il a peut-être été coupé pendant qu’on le \
         copiait."
    );
    pub const TOO_BIG: Tr = tr!(
        "It would unpack to far more than any plan, so we did not open it.",
        "Une fois décompressé, il serait bien plus gros que n’importe quel plan, alors nous ne \
         l’avons pas ouvert."
    );
    pub const NOT_A_PLAN: Tr = tr!(
        "It unpacks, but not to a plan; it may have been edited by hand.",
        "Il se décompresse, mais ne donne pas un plan\u{a0}; il a peut-être été modifié à la \
         main."
    );
    pub const OLD_BROWSER: Tr = tr!(
        "This browser is too old to unpack plan links. Open the link \
         in an up-to-date browser.",
        "Ce navigateur est trop ancien pour décompresser les liens de plan. Ouvrez le lien \
         dans un navigateur à jour."
    );

    pub fn unknown_version(version: &str) -> String {
        tr!(
            "It was made by a newer version of this app (link format {version}). Reload the \
             page to get the newest version, then open the link again.",
            "Il a été créé par une version plus récente de cette application (format de lien \
             {version}). Rechargez la page pour obtenir la dernière version, puis ouvrez le \
             lien de nouveau."
        )
        .fill(&[("version", version)])
    }
}

/// What the save indicator says; announced politely to screen readers.
pub mod save_status {
    use crate::domain::content::Tr;

    pub const SAVED: Tr = tr!(
        "All changes saved in this browser.",
        "Tous les changements sont enregistrés dans ce navigateur."
    );
    pub const SAVED_KEEPING_MINE: Tr = tr!(
        "All changes saved in this browser. This plan was also changed in another tab: where \
         both tabs changed the same thing, this tab\u{2019}s version was kept.",
        "Tous les changements sont enregistrés dans ce navigateur. Ce plan a aussi été modifié \
         dans un autre onglet\u{a0}: là où les deux onglets ont changé la même chose, la version \
         de cet onglet a été gardée."
    );
    pub const NOT_SAVED_YET: Tr = tr!(
        "Saved in this browser as you type.",
        "Enregistré dans ce navigateur au fil de la frappe."
    );
    pub const PAUSED: Tr = tr!(
        "Saving is paused so that the plan already stored in this \
         browser is not overwritten. Your changes stay on this page until you close it.",
        "L’enregistrement est en pause pour ne pas écraser le plan déjà enregistré dans ce \
         navigateur. Vos changements restent sur cette page jusqu’à ce que vous la fermiez."
    );
    pub const STORAGE_FULL: Tr = tr!(
        "Could not save: this browser's storage is full. \
         Your changes stay on this page until you close it. Free some space, then keep \
         typing to try again.",
        "Impossible d’enregistrer\u{a0}: le stockage de ce navigateur est plein. Vos \
         changements restent sur cette page jusqu’à ce que vous la fermiez. Libérez de \
         l’espace, puis continuez à taper pour réessayer."
    );
    pub const STORAGE_BLOCKED: Tr = tr!(
        "Could not save: this browser does not let the app \
         store data (private browsing can do this). Your changes stay on this page until \
         you close it.",
        "Impossible d’enregistrer\u{a0}: ce navigateur ne laisse pas l’application garder des \
         données (la navigation privée peut faire cela). Vos changements restent sur cette \
         page jusqu’à ce que vous la fermiez."
    );
    pub const FAILED: Tr = tr!(
        "Could not save because of an unexpected storage error. \
         Your changes stay on this page until you close it.",
        "Impossible d’enregistrer à cause d’une erreur de stockage inattendue. Vos changements \
         restent sur cette page jusqu’à ce que vous la fermiez."
    );
    pub const NEWER_VERSION: Tr = tr!(
        "Saving is paused: a newer version of this app saved \
         your plans in another tab, and saving here would overwrite them. Reload this page to \
         get the newer version. Changes made here since then are not saved.",
        "L’enregistrement est en pause\u{a0}: une version plus récente de cette application a \
         enregistré vos plans dans un autre onglet, et enregistrer ici les écraserait. \
         Rechargez cette page pour obtenir la version plus récente. Les changements faits ici \
         depuis ne sont pas enregistrés."
    );
}

/// A new version of the app, downloaded in the background, waiting for a reload.
pub mod update {
    use crate::domain::content::Tr;

    pub const READY: Tr = tr!(
        "A new version of Multi-Mentor Plan is ready. Your plan is kept \
         when you reload.",
        "Une nouvelle version de Multi-Mentor Plan est prête. Votre plan sera gardé quand vous \
         rechargerez la page."
    );
    pub const RELOAD: Tr = tr!("Reload to update", "Recharger pour mettre à jour");
}

/// What the person sees if the app ever stops on an error of ours (a panic).
pub mod crash {
    use crate::domain::content::Tr;

    pub const HEADING: Tr = tr!(
        "Something went wrong, and the app stopped",
        "Un problème est survenu, et l’application s’est arrêtée"
    );
    pub const TEXT: Tr = tr!(
        "Your plan is safe: everything saved in this browser is still \
         there. Reload the page to go on; the last few seconds of typing may be missing.",
        "Votre plan est en sécurité\u{a0}: tout ce qui est enregistré dans ce navigateur y est \
         encore. Rechargez la page pour continuer\u{a0}; ce que vous avez tapé dans les \
         dernières secondes peut manquer."
    );
    pub const RELOAD: Tr = tr!("Reload the page", "Recharger la page");
}

/// Notices shown once on start-up when the stored plan could not be used as it was.
pub mod load_notice {
    use crate::domain::content::Tr;
    use crate::domain::plan::Trimmed;

    pub const HEADING: Tr = tr!(
        "We could not open your saved plan",
        "Nous n’avons pas pu ouvrir votre plan enregistré"
    );
    pub const TRIMMED_HEADING: Tr = tr!(
        "Your saved plans were trimmed",
        "Vos plans enregistrés ont été réduits"
    );
    pub const DISMISS: Tr = tr!("Dismiss", "Fermer");

    pub fn unreadable(backup_key: &str) -> String {
        tr!(
            "The plan stored in this browser is damaged, so we started a fresh one. \
             Nothing was deleted: the original text is kept in this browser's storage \
             under the name \"{backup_key}\".",
            "Le plan enregistré dans ce navigateur est endommagé, alors nous en avons commencé \
             un nouveau. Rien n’a été supprimé\u{a0}: le texte d’origine est gardé dans le \
             stockage de ce navigateur sous le nom «\u{a0}{backup_key}\u{a0}»."
        )
        .fill(&[("backup_key", backup_key)])
    }

    pub fn newer_schema(found: u32, backup_key: &str) -> String {
        tr!(
            "The plan stored in this browser was saved by a newer version of this app \
             (format {found}), so we started a fresh one. Nothing was deleted: the \
             original is kept in this browser's storage under the name \"{backup_key}\". \
             Reload the page to get the newest version.",
            "Le plan gardé dans ce navigateur a été enregistré par une version plus récente de \
             cette application (format {found}), alors nous en avons commencé un nouveau. Rien \
             n’a été supprimé\u{a0}: l’original est gardé dans le stockage de ce navigateur \
             sous le nom «\u{a0}{backup_key}\u{a0}». Rechargez la page pour obtenir la dernière \
             version."
        )
        .fill(&[("found", &found.to_string()), ("backup_key", backup_key)])
    }

    pub const BACKUP_FAILED: Tr = tr!(
        "The plans stored in this browser could not be used as they were, and there was no \
         room to keep a copy of them here. So that nothing is lost, the app is not saving over \
         them: changes you make now last only until you close this page. Download a copy of \
         the stored plans, and saving starts again.",
        "Les plans enregistrés dans ce navigateur n’ont pas pu être utilisés tels quels, et il \
         n’y avait pas de place pour en garder une copie ici. Pour que rien ne soit perdu, \
         l’application n’enregistre pas par-dessus\u{a0}: les changements que vous faites \
         maintenant dureront seulement jusqu’à ce que vous fermiez cette page. Téléchargez une \
         copie des plans enregistrés, et l’enregistrement reprendra."
    );
    pub const DOWNLOAD_AND_SAVE: Tr = tr!(
        "Download a copy and start saving again",
        "Télécharger une copie et reprendre l’enregistrement"
    );
    pub const SAVING_AGAIN: Tr = tr!(
        "Saving again. The copy of the plans that were stored is in your downloads.",
        "L’enregistrement a repris. La copie des plans qui étaient enregistrés se trouve dans \
         vos téléchargements."
    );
    pub const DOWNLOAD_FAILED: Tr = tr!(
        "The copy could not be downloaded, so the app is still not saving. Try again.",
        "La copie n’a pas pu être téléchargée, alors l’application n’enregistre toujours pas. \
         Réessayez."
    );

    pub fn trimmed(trimmed: &Trimmed, backup_key: &str) -> String {
        let detail = super::limits::trimmed(trimmed).unwrap_or_default();
        tr!(
            "Your plans are open, but not all of them as stored. {detail} Nothing was \
             deleted: the original text is kept in this browser's storage under the name \
             \"{backup_key}\".",
            "Vos plans sont ouverts, mais pas tous tels qu’ils étaient enregistrés. {detail} \
             Rien n’a été supprimé\u{a0}: le texte d’origine est gardé dans le stockage de ce \
             navigateur sous le nom «\u{a0}{backup_key}\u{a0}»."
        )
        .fill(&[("detail", &detail), ("backup_key", backup_key)])
    }

    pub const STORAGE_UNAVAILABLE: Tr = tr!(
        "This browser does not let the app read its \
         storage (private browsing can do this). You can still use the app, but your plan \
         will last only until you close this page.",
        "Ce navigateur ne laisse pas l’application lire son stockage (la navigation privée \
         peut faire cela). Vous pouvez quand même utiliser l’application, mais votre plan \
         durera seulement jusqu’à ce que vous fermiez cette page."
    );
}

pub mod footer {
    use crate::domain::content::Tr;

    pub const TEXT: Tr = tr!(
        "Multi-Mentor Plan runs entirely in your browser. \
         Your plan is stored on this device only.",
        "Multi-Mentor Plan fonctionne entièrement dans votre navigateur. Votre plan est \
         enregistré sur cet appareil seulement."
    );
    pub const WORKSHOP_LINK: Tr = tr!(
        "Running a workshop? Workshop mode",
        "Vous animez un atelier\u{a0}? Mode atelier"
    );
    /// To the accessibility statement's page (`domain::statement`).
    pub const ACCESSIBILITY_LINK: Tr = tr!("Accessibility", "Accessibilité");
    /// After the line on whether this browser keeps the plans, when it may clear them.
    pub const SEE_KEEP: Tr = tr!(
        "To keep a copy, see \u{201c}Keep your plan safe\u{201d} in Share.",
        "Pour garder une copie, voyez «\u{a0}Mettre votre plan à l’abri\u{a0}» dans la section \
         «\u{a0}Partager\u{a0}»."
    );
}

/// Keeping a whole copy of a plan outside the browser, which may clear it.
pub mod keep {
    use crate::domain::content::Tr;

    pub const HEADING: Tr = tr!("Keep your plan safe", "Mettre votre plan à l’abri");
    pub const BROWSER_KEEPS: Tr = tr!(
        "This browser has agreed to keep your plans until you delete them.",
        "Ce navigateur a accepté de garder vos plans jusqu’à ce que vous les supprimiez."
    );
    pub const BROWSER_MAY_CLEAR: Tr = tr!(
        "This browser may clear your plans when space runs short, and Safari after seven days \
         without a visit.",
        "Ce navigateur pourrait effacer vos plans quand l’espace manque, et Safari après sept \
         jours sans visite."
    );
    pub const WHAT_A_COPY_IS: Tr = tr!(
        "A copy holds the whole plan, private notes included, so keep it for yourself. \
         Opened where the plan was lost, or on another device, it brings your plan back.",
        "Une copie contient tout le plan, notes privées comprises\u{a0}: gardez-la pour vous. \
         Ouverte là où le plan a été perdu, ou sur un autre appareil, elle ramène votre plan."
    );
    pub fn last_copy(date: &str) -> String {
        tr!(
            "Your last copy of this plan: {date}.",
            "Votre dernière copie de ce plan\u{a0}: le {date}."
        )
        .fill(&[("date", date)])
    }
    pub const NO_COPY_YET: Tr = tr!(
        "You have not kept a copy of this plan yet.",
        "Vous n’avez pas encore gardé de copie de ce plan."
    );
    pub const SEND: Tr = tr!("Send a copy to myself", "M’envoyer une copie");
    pub const FILE: Tr = tr!(
        "Save a copy as a file",
        "Enregistrer une copie dans un fichier"
    );
    pub const MOVE: Tr = tr!(
        "Move this plan to another device",
        "Transférer ce plan vers un autre appareil"
    );
    pub const MOVE_STEPS: Tr = tr!(
        "Scan this code with the other device's camera and open the link: your plan opens \
         there. Show it only to your own device.",
        "Sur l’autre appareil, lisez ce code avec la caméra et ouvrez le lien\u{a0}: votre \
         plan s’y ouvre. Ne le montrez qu’à votre propre appareil."
    );
    pub const MOVE_QR: Tr = tr!(
        "QR code that moves this plan to another device",
        "Code QR qui transfère ce plan vers un autre appareil"
    );
    pub const HOME_SCREEN: Tr = tr!(
        "On iPhone and iPad, the Home Screen keeps your plan. Save a copy as a file. In \
         Safari, tap Share, then Add to Home Screen. Open the app from its new icon, go to \
         Share and open the file under \u{201c}Open a plan file\u{201d}.",
        "Sur iPhone et iPad, l’écran d’accueil garde votre plan. Enregistrez une copie dans \
         un fichier. Dans Safari, touchez Partager, puis Sur l’écran d’accueil. Ouvrez l’application \
         à partir de sa nouvelle icône, allez à Partager et ouvrez le fichier sous \
         «\u{a0}Ouvrir un fichier de plan\u{a0}»."
    );

    /// The prompt, at the moments that matter.
    pub const PROMPT_HEADING: Tr =
        tr!("Keep a copy of your plan", "Gardez une copie de votre plan");
    pub const AFTER_MEETING: Tr = tr!(
        "Your meeting is in this browser only.",
        "Votre rencontre est dans ce navigateur seulement."
    );
    pub const AFTER_CHECK_IN: Tr = tr!(
        "Your check-in is in this browser only.",
        "Votre point d’étape est dans ce navigateur seulement."
    );
    pub const COPY_IS_OLD: Tr = tr!(
        "Your plan has changed since your last copy.",
        "Votre plan a changé depuis votre dernière copie."
    );
    pub const MORE_WAYS: Tr = tr!("More ways to keep it", "D’autres façons de le garder");
    pub const NOT_NOW: Tr = tr!("Not now", "Pas maintenant");
}
