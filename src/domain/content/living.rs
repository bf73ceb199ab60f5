//! The words of the living plan: goals by horizon, dates, meetings and next steps, who is
//! due, the "since your last visit" screen, check-ins, progress and the team calendar.

/// Calendar dates as a person reads them.
pub mod dates {
    use crate::domain::content::rhythm::MONTHS;
    use crate::domain::date::Date;

    /// "Nov. 28, 2026" in English, « 28 nov. 2026 » in French.
    pub fn long(date: Date) -> String {
        let month = MONTHS[date.month.clamp(1, 12) as usize - 1].get();
        tr!("{month} {day}, {year}", "{day} {month} {year}").fill(&[
            ("month", month),
            ("day", &date.day.to_string()),
            ("year", &date.year.to_string()),
        ])
    }
}

/// Goals by horizon, on the first step.
pub mod goals {
    use super::dates;
    use crate::domain::content::Tr;
    use crate::domain::plan::{Goal, Horizon};

    pub const HINT: Tr = tr!(
        "A sentence or two for each is plenty. Fill in the ones you know.",
        "Une phrase ou deux par objectif suffisent. Remplissez ceux que vous connaissez déjà."
    );

    /// The label of a horizon's goal.
    pub fn label(horizon: Horizon) -> Tr {
        match horizon {
            Horizon::Soon => tr!("In about three months", "D’ici environ trois mois"),
            Horizon::Year => tr!("In about a year", "D’ici environ un an"),
            Horizon::Later => tr!("In three to five years", "D’ici trois à cinq ans"),
        }
    }

    /// The label of a horizon's target date.
    pub fn date_label(horizon: Horizon) -> Tr {
        match horizon {
            Horizon::Soon => tr!(
                "Date for the three-month goal (optional)",
                "Date visée pour l’objectif à trois mois (facultatif)"
            ),
            Horizon::Year => tr!(
                "Date for the one-year goal (optional)",
                "Date visée pour l’objectif à un an (facultatif)"
            ),
            Horizon::Later => tr!(
                "Date for the three-to-five-year goal (optional)",
                "Date visée pour l’objectif sur trois à cinq ans (facultatif)"
            ),
        }
    }

    /// A horizon's short name, in lists and in the goal a competency serves.
    pub fn short(horizon: Horizon) -> Tr {
        match horizon {
            Horizon::Soon => tr!("The three-month goal", "L’objectif à trois mois"),
            Horizon::Year => tr!("The one-year goal", "L’objectif à un an"),
            Horizon::Later => tr!(
                "The three-to-five-year goal",
                "L’objectif sur trois à cinq ans"
            ),
        }
    }

    /// A goal after its horizon: "In about a year: Lead the finance team".
    pub fn named(horizon: Horizon, text: &str) -> String {
        tr!("{horizon}: {goal}", "{horizon}\u{a0}: {goal}")
            .fill(&[("horizon", label(horizon).get()), ("goal", text.trim())])
    }

    /// A goal as the plan view lists it: "In about a year: … (by June 1, 2027). Met."
    pub fn line(horizon: Horizon, goal: &Goal) -> String {
        let mut line = named(horizon, &goal.text);
        if let Some(by) = goal.by {
            line.push(' ');
            line.push_str(
                &tr!("(by {date})", "(d’ici le {date})").fill(&[("date", &dates::long(by))]),
            );
        }
        if goal.met {
            line.push(' ');
            line.push_str(tr!("Met.", "Atteint.").get());
        }
        line
    }

    pub const SERVES_LABEL: Tr = tr!("Goal it serves", "Objectif visé");
    pub const SERVES_NONE: Tr = tr!("No goal named", "Aucun objectif précisé");
    pub const BY_LABEL: Tr = tr!("Target date (optional)", "Date visée (facultatif)");
}

/// Meetings, next steps and who is due, on a mentor's card.
pub mod meetings {
    use crate::domain::content::{Tr, count};
    use crate::domain::living::Due;

    /// Where a mentor stands against their cadence.
    pub fn due(due: Due) -> String {
        match due {
            Due::In(days) => count(
                days as usize,
                tr!("Due in {n} day", "À rencontrer dans {n}\u{a0}jour"),
                tr!("Due in {n} days", "À rencontrer dans {n}\u{a0}jours"),
            ),
            Due::Now => tr!("Due now", "À rencontrer maintenant").get().to_owned(),
            Due::Overdue(days) => count(
                days as usize,
                tr!("Overdue by {n} day", "En retard de {n}\u{a0}jour"),
                tr!("Overdue by {n} days", "En retard de {n}\u{a0}jours"),
            ),
        }
    }

    pub const LOG_HEADING: Tr = tr!("Meetings and steps done", "Rencontres et étapes faites");
    pub const DATE_LABEL: Tr = tr!("Date of the meeting", "Date de la rencontre");
    pub const NOTE_LABEL: Tr = tr!(
        "What you agreed (one line, optional)",
        "Ce dont vous avez convenu (une ligne, facultatif)"
    );
    pub const LOG_MEETING: Tr = tr!("Log the meeting", "Noter la rencontre");
    pub const EMPTY_LOG: Tr = tr!(
        "No meetings logged yet. After you meet, log it here: who is due counts from your last \
        meeting.",
        "Aucune rencontre notée pour l’instant. Après une rencontre, notez-la ici\u{a0}: la \
        prochaine est calculée à partir de la dernière."
    );
    pub const STEP_DUE_LABEL: Tr = tr!(
        "Next step due by (optional)",
        "Échéance de la prochaine étape (facultatif)"
    );
    pub const STEP_DONE: Tr = tr!("Mark the step done", "Marquer l’étape comme faite");
    pub const STEP_PAST_DUE: Tr = tr!("This step is past its date.", "Cette étape est en retard.");
    pub const ENTRY_DATE_LABEL: Tr = tr!("Date", "Date");
    pub const ENTRY_NOTE_LABEL: Tr = tr!("Note", "Note");

    /// A meeting in the log.
    pub fn met(date: &str) -> String {
        tr!("Met on {date}", "Rencontre du {date}").fill(&[("date", date)])
    }

    /// A next step done, in the log.
    pub fn step_done(date: &str) -> String {
        tr!("Step done on {date}", "Étape faite le {date}").fill(&[("date", date)])
    }

    pub fn logged(mentor: &str) -> String {
        tr!(
            "Meeting with {mentor} logged.",
            "Rencontre avec {mentor} notée."
        )
        .fill(&[("mentor", mentor)])
    }

    pub fn step_finished(mentor: &str) -> String {
        tr!(
            "Step done and logged. What is the next step with {mentor}?",
            "Étape faite et notée. Quelle est la prochaine étape avec {mentor}\u{a0}?"
        )
        .fill(&[("mentor", mentor)])
    }
}

/// The short screen a returning visitor sees first.
pub mod since {
    use crate::domain::content::Tr;

    pub const HEADING: Tr = tr!("Since your last visit", "Depuis votre dernière visite");
    pub const DUE_HEADING: Tr = tr!("Mentors to meet", "Mentors à rencontrer");
    pub const STEPS_HEADING: Tr = tr!("Next steps past their date", "Prochaines étapes en retard");
    pub const CHECK_IN_HEADING: Tr = tr!("Your next check-in", "Votre prochain point d’étape");
    pub const NOTHING_DUE: Tr = tr!(
        "No mentor is due in the next week, and no step is past its date.",
        "Aucun mentor n’est à rencontrer cette semaine, et aucune étape n’est en retard."
    );
    pub const NO_CHECK_IN: Tr = tr!(
        "You have not reviewed your plan yet. A check-in every three months shows how far you \
        have come.",
        "Vous n’avez pas encore fait le point sur votre plan. Un point d’étape tous les trois mois \
        montre le chemin parcouru."
    );
    pub const GO_ON: Tr = tr!("Go to my plan", "Aller à mon plan");
    pub const WAITING_HEADING: Tr = tr!("Asked, with no answer yet", "En attente de réponse");
    pub const WAITING_HINT: Tr = tr!(
        "Two weeks without an answer is common: people are busy. One short follow-up is fine; \
         after that, ask someone else.",
        "Deux semaines sans réponse, c’est fréquent\u{a0}: les gens sont occupés. Une courte \
         relance est tout à fait acceptable\u{a0}; ensuite, sollicitez quelqu’un d’autre."
    );
    pub const FOLLOW_UP: Tr = tr!("Draft a follow-up", "Rédiger une relance");
    pub const IDEAS_HEADING: Tr = tr!("Still only an idea", "Encore à l’état d’idée");
    pub const IDEAS_HINT: Tr = tr!(
        "A short first message is the hardest part. The app drafts one for you to change.",
        "Le plus difficile, c’est le premier message. L’application en rédige un, que vous \
         pouvez modifier."
    );

    /// The link that opens a first message to a mentor who is still only an idea.
    pub fn ask(mentor: &str) -> String {
        tr!("Write to {mentor}", "Écrire à {mentor}").fill(&[("mentor", mentor)])
    }

    /// A mentor asked some days ago, with no answer.
    pub fn asked_days_ago(mentor: &str, days: i64) -> String {
        tr!(
            "{mentor}: asked {days} days ago.",
            "{mentor}\u{a0}: demande faite il y a {days}\u{a0}jours."
        )
        .fill(&[("mentor", mentor), ("days", &days.to_string())])
    }
    /// Between a mentor's name and how late they are; French puts a space before the colon.
    pub const NAME_THEN: Tr = tr!(": ", "\u{a0}: ");

    pub fn last_visit(date: &str) -> String {
        tr!(
            "Your last visit was on {date}. Here is what needs you now.",
            "Votre dernière visite remonte au {date}. Voici ce qui vous attend."
        )
        .fill(&[("date", date)])
    }

    pub fn next_check_in(date: &str) -> String {
        tr!(
            "Your next check-in is on {date}.",
            "Votre prochain point d’étape est prévu le {date}."
        )
        .fill(&[("date", date)])
    }

    /// A step past its date: the step, whose it is and when it was due.
    pub fn late_step(step: &str, mentor: &str, date: &str) -> String {
        tr!(
            "{step} (with {mentor}, due {date})",
            "{step} (avec {mentor}, échéance le {date})"
        )
        .fill(&[("step", step), ("mentor", mentor), ("date", date)])
    }
}

/// "Review my plan": a check-in.
pub mod review {
    use crate::domain::content::Tr;

    pub const HEADING: Tr = tr!("Review my plan", "Faire le point sur mon plan");
    pub const INTRO: Tr = tr!(
        "Rate where you are now in each skill, tick the goals you have met, and note what \
        changed. Saving keeps a dated check-in, so your plan can show your progress.",
        "Indiquez où vous en êtes maintenant dans chaque compétence, cochez les objectifs \
        atteints et notez ce qui a changé. Chaque point d’étape enregistré est daté, pour que votre \
        plan montre vos progrès."
    );
    pub const NO_SKILLS: Tr = tr!(
        "Your plan has no skills yet. Add them on the skills step to rate them here.",
        "Votre plan ne compte encore aucune compétence. Ajoutez-en à l’étape «\u{a0}Compétences à développer\u{a0}» \
        pour les évaluer ici."
    );
    pub const GOALS_LEGEND: Tr = tr!("Goals met", "Objectifs atteints");
    pub const NOTE_LABEL: Tr = tr!(
        "What changed since your last check-in? (optional)",
        "Qu’est-ce qui a changé depuis votre dernier point d’étape\u{a0}? (facultatif)"
    );
    pub const SAVE: Tr = tr!("Save the check-in", "Enregistrer le point d’étape");
    pub const SAVED: Tr = tr!(
        "Check-in saved. Your progress is on your plan.",
        "Point d’étape enregistré. Vos progrès s’affichent dans votre plan."
    );
}

/// Progress since the first check-in, on the plan view.
pub mod progress {
    use crate::domain::content::{Tr, Voiced};

    pub const HEADING: Voiced = Voiced {
        owner: tr!("Your progress", "Vos progrès"),
        reader: tr!("Progress", "Progrès"),
    };
    pub const REVIEW: Tr = tr!("Review my plan", "Faire le point sur mon plan");
    pub const NONE_YET: Tr = tr!(
        "Review your plan every three months: each check-in keeps where you are in each skill, \
        and your progress shows here.",
        "Faites le point sur votre plan tous les trois mois\u{a0}: chaque point d’étape note où vous en \
        êtes dans chaque compétence, et vos progrès s’affichent ici."
    );
    pub const SKILL: Tr = tr!("Skill", "Compétence");
    pub const FIRST: Tr = tr!("At the start", "Au départ");
    pub const NOW: Tr = tr!("Now", "Maintenant");
    pub const TARGET: Tr = tr!("Target", "Cible");

    pub fn caption(first: &str, last: &str, count: &str) -> String {
        tr!(
            "Levels from 1 to 5: at the start (before the first check-in, on {first}), now, \
            and the target. Check-ins so far: {count}; the last on {last}.",
            "Niveaux de 1 à 5\u{a0}: au départ (avant le premier point d’étape, le {first}), \
            maintenant, et la cible. Points d’étape faits\u{a0}: {count}\u{a0}; le dernier le {last}."
        )
        .fill(&[("first", first), ("last", last), ("count", count)])
    }
}

/// The whole team's calendar, on the share screen.
pub mod team_calendar {
    use crate::domain::content::Tr;

    pub const HEADING: Tr = tr!(
        "The whole team in your calendar",
        "Toute l’équipe dans votre calendrier"
    );
    pub const INTRO: Tr = tr!(
        "One file with a repeating event for each active mentor, counted from your last \
        meeting, and a check-in every three months. After changes, import it again: your \
        calendar updates the events instead of adding them twice.",
        "Un seul fichier, avec un événement récurrent pour chaque mentor actif, à partir \
        de votre dernière rencontre, et un point d’étape tous les trois mois. Après des changements, \
        importez-le de nouveau\u{a0}: votre calendrier met les événements à jour au lieu de les \
        ajouter en double."
    );
    pub const DOWNLOAD: Tr = tr!(
        "Download the team calendar (.ics)",
        "Télécharger le calendrier de l’équipe (.ics)"
    );
    /// The opt-in for the link that brings the plan back, in every event of both panels.
    pub const RESTORE_LINK: Tr = tr!(
        "Put a link to my whole plan in each event",
        "Mettre un lien vers tout mon plan dans chaque événement"
    );
    pub const RESTORE_LINK_HINT: Tr = tr!(
        "If this browser loses your plan, the link brings it back as it is today. It also \
        goes in each mentor's reminders below. It holds the whole plan, private notes \
        included: anyone who reads your calendar can read it.",
        "Si ce navigateur perd votre plan, le lien le ramène tel qu’il est aujourd’hui. Il va \
        aussi dans les rappels de chaque mentor, plus bas. Il contient tout le plan, notes \
        privées comprises\u{a0}: toute personne qui lit votre calendrier peut le lire."
    );
    /// What ends each event's description when the person asked for the link.
    pub fn restore(today: &str, link: &str) -> String {
        tr!(
            "If your browser no longer has your plan, open this link to bring it back as it was \
            on {today}: {link}",
            "Si votre navigateur n’a plus votre plan, ouvrez ce lien pour le retrouver tel \
            qu’il était le {today}\u{a0}: {link}"
        )
        .fill(&[("today", today), ("link", link)])
    }
    pub const CHECK_IN_SUMMARY: Tr = tr!(
        "Check-in: review my multi-mentor plan",
        "Point d’étape\u{a0}: revoir mon plan multi-mentors"
    );
    pub const CHECK_IN_DESCRIPTION: Tr = tr!(
        "Rate where you are in each skill, tick the goals you have met, and note what changed.",
        "Indiquez où vous en êtes dans chaque compétence, cochez les objectifs atteints et \
        notez ce qui a changé."
    );
}
