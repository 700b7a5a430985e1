//! The words of each notice, for each channel, in the voter's language (from the Fluent files in
//! `shared/locales`), with the county's name, contacts and cure form filled in.
//!
//! Texts follow one rule per language, which its `messages.ftl` names (`sms-alphabet`): languages
//! written in Latin letters (English, Spanish, Tagalog) go in the GSM-7 alphabet, 160 characters a
//! segment, and letters GSM-7 lacks lose their accents (`á` → `a`; one such letter would make the
//! whole text UCS-2). Every other language goes as UCS-2, 70 characters a segment, which carries
//! every script (Vietnamese keeps its tone marks). With the longest county name, the service name
//! and a 40-character link, a notice takes at most [`MAX_SEGMENTS`] segments in its language, and
//! the signature-problem text, which also carries the county's cure form link, one more (a test
//! checks every notice in every language).

use ballot_shared::Vocabulary;
use ballot_shared::ballot::StatusReason;
use chrono::NaiveDate;

use super::Notice;
use crate::county::County;
use crate::messaging::texts::{call_voice, long_date, sms_body, text};
use crate::voter::cure::{self, FormLink};

/// Everything a notice's words are made from.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub service: &'a str,
    pub language: &'a str,
    pub first_name: &'a str,
    pub county: &'a County,
    pub election: &'a str,
    pub election_day: NaiveDate,
    pub return_deadline: NaiveDate,
    pub cure_deadline: Option<NaiveDate>,
    pub notice: Notice,
    pub reason: Option<StatusReason>,
    pub expected_delivery: Option<NaiveDate>,
    /// The status page.
    pub link: &'a str,
    /// The number a voice call gives to call back: the county's, or the service's own.
    pub callback: &'a str,
}

/// An email's subject, plain text and HTML (the footer with the unsubscribe link is added by the
/// sender, which knows the method).
#[derive(Debug, Clone)]
pub struct EmailText {
    pub subject: String,
    pub body: String,
}

impl Facts<'_> {
    fn id(&self, part: &str) -> String {
        format!("notice-{}-{part}", self.notice.as_str())
    }

    fn say(&self, part: &str, date: String, deadline: String, extra: &[(&'static str, &str)]) -> String {
        let mut args: Vec<(&'static str, &str)> = vec![
            ("service", self.service),
            ("name", self.first_name),
            ("county", &self.county.name),
            ("election", self.election),
            ("link", self.link),
            ("date", &date),
            ("deadline", &deadline),
            ("callback", self.callback),
        ];
        args.extend_from_slice(extra);
        text(self.language, &self.id(part), &args)
    }

    /// The day the notice is about: delivery, or the last day to mail or drop off.
    fn date(&self, format: impl Fn(NaiveDate) -> String) -> String {
        match self.notice {
            Notice::ExpectedDelivery => self.expected_delivery.map(&format).unwrap_or_default(),
            Notice::Reminder => format(self.election_day),
            _ => String::new(),
        }
    }

    /// The deadline the notice names: the cure deadline for a signature problem, the last day a
    /// ballot may arrive for a reminder.
    fn deadline(&self, format: impl Fn(NaiveDate) -> String) -> String {
        match self.notice {
            Notice::InReview => match self.cure_deadline {
                Some(date) => text(self.language, "cure-by-date", &[("date", &format(date))]),
                None => text(self.language, "cure-by-unknown", &[]),
            },
            Notice::Reminder => format(self.return_deadline),
            _ => String::new(),
        }
    }

    fn short_date(&self, date: NaiveDate) -> String {
        let pattern = text(self.language, "date-short", &[]);
        let locale =
            chrono::Locale::try_from(text(self.language, "date-locale", &[]).as_str()).unwrap_or(chrono::Locale::en_US);
        date.format_localized(&pattern, locale).to_string()
    }

    fn reason(&self) -> String {
        self.reason.map(|r| text(self.language, &format!("reason-{}", r.as_str()), &[])).unwrap_or_default()
    }

    fn contact(&self) -> String {
        match self.county.office_contacts(self.language) {
            Some(contacts) => text(self.language, "notice-email-contact", &[("contact", &contacts)]),
            None => text(self.language, "notice-email-contact-unknown", &[("county", &self.county.name)]),
        }
    }

    /// Steps to fix a signature problem, while it can be fixed.
    fn cure_steps(&self) -> Option<Vec<String>> {
        let reason = self.reason.filter(|r| r.is_curable())?;
        Some(cure::steps(self.language, reason, self.cure_deadline, self.county, FormLink::InText))
    }

    pub fn email(&self) -> EmailText {
        let long = |d| long_date(self.language, d);
        let subject = format!("{}: {}", self.service, self.say("subject", self.date(long), String::new(), &[]));
        let steps = self
            .cure_steps()
            .filter(|_| matches!(self.notice, Notice::InReview | Notice::NotAccepted))
            .map(|steps| {
                steps.iter().enumerate().map(|(i, s)| format!("{}. {s}", i + 1)).collect::<Vec<_>>().join("\n")
            })
            .unwrap_or_default();
        let contact = self.county.office_contacts(self.language).unwrap_or_default();
        let reason = self.reason();
        let main = self.say(
            "email",
            self.date(long),
            self.deadline(long),
            &[("reason", &reason), ("steps", &steps), ("contact", &contact)],
        );
        // A ballot not counted for a signature problem that can still be fixed gets the steps too.
        let main =
            if self.notice == Notice::NotAccepted && !steps.is_empty() { format!("{main}\n\n{steps}") } else { main };
        let greeting = text(self.language, "notice-email-greeting", &[("name", self.first_name)]);
        let track = text(self.language, "notice-email-track", &[("link", self.link)]);
        let trust = text(self.language, "notice-email-trust", &[("service", self.service)]);
        let body = format!("{greeting}\n\n{main}\n\n{track}\n\n{}\n\n{trust}", self.contact());
        EmailText { subject, body }
    }

    pub fn sms(&self) -> String {
        let short = |d| self.short_date(d);
        let form = self.county.cure_form_url.as_deref().unwrap_or(self.link);
        sms_body(self.language, &self.say("sms", self.date(short), self.deadline(short), &[("form", form)]))
    }

    /// The call's words, in the voter's language where calls can speak it, else in English.
    pub fn voice(&self) -> String {
        let spoken = Facts { language: call_voice(self.language).language, ..self.clone() };
        let long = |d| long_date(spoken.language, d);
        let args: [(&'static str, &str); 3] =
            [("service", self.service), ("county", &self.county.name), ("callback", self.callback)];
        let open = text(spoken.language, "notice-voice-open", &args);
        let close = text(spoken.language, "notice-voice-close", &args);
        format!("{open} {} {close}", spoken.say("voice", spoken.date(long), spoken.deadline(long), &[]))
    }
}

/// The same text as HTML: each paragraph a `<p>`, each line break kept, links clickable, and
/// everything else escaped.
pub fn html(plain: &str) -> String {
    let paragraphs: Vec<String> = plain
        .split("\n\n")
        .map(|paragraph| {
            let lines: Vec<String> = paragraph
                .lines()
                .map(|line| {
                    line.split(' ')
                        .map(|word| {
                            let escaped = quick_xml::escape::escape(word).into_owned();
                            if word.starts_with("https://") || word.starts_with("http://") {
                                format!(r#"<a href="{escaped}">{escaped}</a>"#)
                            } else {
                                escaped
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            format!("<p>{}</p>", lines.join("<br>\n"))
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5\">\n{}\n</body></html>\n",
        paragraphs.join("\n")
    )
}

/// The most segments a notice's text takes in any language (one more with a cure form link).
pub const MAX_SEGMENTS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messaging::texts::{gsm7, gsm7_units, languages, segments};

    fn county(name: &str, cure_form_url: Option<&str>) -> County {
        County {
            id: 40,
            name: name.to_owned(),
            birth_date_precision: "full".to_owned(),
            elections_phone: Some("+18055550100".to_owned()),
            elections_email: Some("elections@example.org".to_owned()),
            elections_website: Some("https://elections.example.org".to_owned()),
            cure_form_url: cure_form_url.map(str::to_owned),
            reminder_days: 4,
        }
    }

    fn facts<'a>(county: &'a County, language: &'a str, notice: Notice, link: &'a str) -> Facts<'a> {
        let date = |s: &str| s.parse::<NaiveDate>().unwrap();
        Facts {
            service: "Ballot Tracker",
            language,
            first_name: "Guadalupe",
            county,
            election: "November 3, 2026 Statewide General Election",
            election_day: date("2026-11-03"),
            return_deadline: date("2026-11-10"),
            cure_deadline: Some(date("2026-12-01")),
            notice,
            reason: match notice {
                Notice::InReview | Notice::NotAccepted => Some(StatusReason::SignatureMismatch),
                _ => None,
            },
            expected_delivery: Some(date("2026-10-09")),
            link,
            callback: "(805) 555-0100",
        }
    }

    #[test]
    fn every_text_fits_its_segments_in_every_language() {
        // The longest county name, and a 40-character link (cure form links included).
        let link = "https://ballots.example.org/track/status";
        assert_eq!(link.len(), 40);
        let county = county("San Luis Obispo", Some(link));
        let mut too_long = Vec::new();
        for language in languages() {
            for &notice in Notice::all() {
                let sms = facts(&county, &language, notice, link).sms();
                let limit = if notice == Notice::InReview { MAX_SEGMENTS + 1 } else { MAX_SEGMENTS };
                if segments(&sms) > limit {
                    too_long.push(format!("{language} {notice:?}: {} segments: {sms}", segments(&sms)));
                }
                assert!(sms.contains("Ballot Tracker") && sms.contains("San Luis Obispo"), "{sms}");
                // Latin-script languages stay in GSM-7, where a segment holds 160 characters.
                if ["en", "es", "tl"].contains(&language.as_str()) {
                    assert!(gsm7_units(&sms).is_some(), "{language}: not GSM-7: {sms}");
                }
            }
            // English keeps to one segment, two with the cure form link.
            if language == "en" {
                for &notice in Notice::all() {
                    let sms = facts(&county, &language, notice, link).sms();
                    assert!(segments(&sms) <= if notice == Notice::InReview { 2 } else { 1 }, "{sms}");
                }
            }
        }
        assert!(too_long.is_empty(), "{}", too_long.join("\n"));
    }

    #[test]
    fn every_message_names_the_service_and_county() {
        let county = county("Sacramento", None);
        for language in languages() {
            for &notice in Notice::all() {
                let facts = facts(&county, &language, notice, "https://ballots.example.org");
                let email = facts.email();
                assert!(email.subject.starts_with("Ballot Tracker: "), "{}", email.subject);
                assert!(email.body.contains("Sacramento") && email.body.contains("Guadalupe"), "{}", email.body);
                assert!(!email.body.contains("{") && !facts.sms().contains("{"), "{}", email.body);
                let voice = facts.voice();
                assert!(voice.contains("Ballot Tracker") && voice.contains("Sacramento"), "{voice}");
                assert!(voice.contains("(805) 555-0100"), "a callback number: {voice}");
            }
        }
    }

    #[test]
    fn received_is_never_worded_as_counted() {
        let county = county("Sacramento", None);
        let facts = facts(&county, "en", Notice::Received, "https://ballots.example.org");
        let all = format!("{} {} {} {}", facts.email().subject, facts.email().body, facts.sms(), facts.voice());
        assert!(all.contains("not counted yet") || all.contains("not been counted yet"), "{all}");
        assert!(!all.to_lowercase().contains("was counted"), "{all}");
    }

    #[test]
    fn a_signature_problem_says_what_to_do_and_by_when_with_the_form() {
        let form = "https://county.example.org/cure";
        let county = county("Sacramento", Some(form));
        let facts = facts(&county, "en", Notice::InReview, "https://ballots.example.org");
        let email = facts.email();
        assert!(email.subject.contains("Action needed"), "{}", email.subject);
        assert!(email.body.contains("Tuesday, December 1, 2026") && email.body.contains(form), "{}", email.body);
        assert!(
            email.body.contains("1. ") && email.body.contains("signature verification statement"),
            "{}",
            email.body
        );
        let sms = facts.sms();
        assert!(sms.contains("Dec 1") && sms.contains(form), "{sms}");
    }

    #[test]
    fn scripts_gsm7_lacks_go_as_ucs2_whole() {
        assert_eq!(sms_body("vi", "Phiếu bầu"), "Phiếu bầu");
        assert_eq!(sms_body("es", "Acción"), "Accion");
        assert_eq!(segments(&"a".repeat(160)), 1);
        assert_eq!(segments(&"a".repeat(161)), 2);
        assert_eq!(segments(&"票".repeat(70)), 1);
        assert_eq!(segments(&"票".repeat(71)), 2);
        assert_eq!(segments(&"票".repeat(135)), 3);
    }

    #[test]
    fn khmer_calls_are_in_english_and_vietnamese_calls_in_vietnamese() {
        let county = county("Sacramento", None);
        let khmer = facts(&county, "km", Notice::Mailed, "https://ballots.example.org").voice();
        assert!(khmer.contains("Sacramento County has mailed your ballot"), "{khmer}");
        let vietnamese = facts(&county, "vi", Notice::Mailed, "https://ballots.example.org").voice();
        let args = [("service", "Ballot Tracker"), ("county", "Sacramento"), ("callback", "(805) 555-0100")];
        assert!(vietnamese.starts_with(&text("vi", "notice-voice-open", &args)), "{vietnamese}");
        assert!(!vietnamese.contains("has mailed"), "{vietnamese}");
    }

    #[test]
    fn spanish_texts_lose_only_the_accents_gsm7_lacks() {
        assert_eq!(gsm7("Acción: sí, el día, mañana, €5"), "Accion: si, el dia, mañana, €5");
        assert_eq!(gsm7_units("[€]"), Some(6));
        assert_eq!(gsm7_units("á"), None);
    }

    #[test]
    fn html_is_escaped_with_links_and_paragraphs() {
        let html = html("Hello <b>&\n\nSee https://x.example/?a=1&b=2 now");
        assert!(html.contains("<p>Hello &lt;b&gt;&amp;</p>"), "{html}");
        assert!(
            html.contains(r#"<a href="https://x.example/?a=1&amp;b=2">https://x.example/?a=1&amp;b=2</a> now"#),
            "{html}"
        );
    }
}
