//! What the server sent: the outbox folder read back, once the worker has sent what is due.

use std::path::PathBuf;

use serde_json::Value;

use super::*;

impl TestApp {
    /// Lets the worker send every account message due now (confirmations, codes, change notices,
    /// replies): before the queue existed, the server sent them before answering, and tests read
    /// them right after; returns how many it took.
    pub async fn send_account_messages(&self) -> usize {
        let mut taken = 0;
        loop {
            match self.worker.send_account_messages().await.expect("the worker runs") {
                0 => return taken,
                n => taken += n,
            }
        }
    }

    /// What the server wrote to its outbox folder, once the account messages due now are sent
    /// (by this test's worker, or by the server's own when it runs them).
    pub async fn outbox(&self) -> Outbox {
        self.send_account_messages().await;
        let in_flight = "SELECT COUNT(*) AS n FROM account_messages WHERE state = 'sending'";
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.count(in_flight).await > 0 {
            assert!(std::time::Instant::now() < deadline, "the server's worker holds messages for 10 s");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        Outbox::read(self)
    }

    /// Lets the notification worker send everything due now (account messages first, not
    /// counted); returns how many notices it took.
    pub async fn deliver(&self) -> usize {
        self.send_account_messages().await;
        let mut taken = 0;
        loop {
            match self.worker.run_once().await.expect("the worker runs") {
                0 => return taken,
                n => taken += n,
            }
        }
    }
}

/// An email read back from the outbox folder.
#[derive(Debug)]
pub struct OutboxEmail {
    pub to: String,
    pub subject: String,
    pub body: String,
    headers: Vec<(String, String)>,
}

impl OutboxEmail {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone())
    }

    /// The first link in the body containing `part`.
    pub fn link_containing(&self, part: &str) -> String {
        self.body
            .split_whitespace()
            .find(|word| word.starts_with("http") && word.contains(part))
            .unwrap_or_else(|| panic!("no link with {part} in {}", self.body))
            .to_owned()
    }
}

/// What the server wrote to its outbox folder (the embedded default transports).
pub struct Outbox {
    emails: Vec<OutboxEmail>,
    texts: Vec<Value>,
    calls: Vec<Value>,
}

impl Outbox {
    /// The files as they are now (see [`TestApp::outbox`]).
    pub fn read(app: &TestApp) -> Self {
        let dir = app.data_dir.path().join("outbox");
        let mut mail_files = files(&dir.join("email"), "eml");
        // Outbox files are named by the time they were written (to the microsecond).
        mail_files.sort();
        let emails = mail_files.iter().map(|p| parse_email(&std::fs::read(p).unwrap())).collect();
        let json_files = |kind: &str| -> Vec<Value> {
            let mut paths = files(&dir.join(kind), "json");
            paths.sort();
            paths.iter().map(|p| serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()).collect()
        };
        Self { emails, texts: json_files("sms"), calls: json_files("voice") }
    }

    /// Every email, oldest first.
    pub fn emails(self) -> Vec<OutboxEmail> {
        self.emails
    }

    pub fn calls_to(self, number: &str) -> Vec<Value> {
        self.calls.into_iter().filter(|t| t["to"] == number).collect()
    }

    pub fn emails_to(self, address: &str) -> Vec<OutboxEmail> {
        self.emails.into_iter().filter(|m| m.to.eq_ignore_ascii_case(address)).collect()
    }

    pub fn only_email_to(self, address: &str) -> OutboxEmail {
        let mut emails = self.emails_to(address);
        assert_eq!(emails.len(), 1, "{emails:?}");
        emails.pop().unwrap()
    }

    /// The code in the newest code email to `address`.
    pub fn last_code_for(self, address: &str) -> String {
        let mail =
            self.emails_to(address).into_iter().rev().find(|m| m.subject.contains("code")).expect("a code email");
        mail.subject.rsplit(' ').next().unwrap().to_owned()
    }

    pub fn texts_to(self, number: &str) -> Vec<Value> {
        self.texts.into_iter().filter(|t| t["to"] == number).collect()
    }
}

fn files(dir: &std::path::Path, extension: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == extension)).collect()
}

fn parse_email(raw: &[u8]) -> OutboxEmail {
    let message = mail_parser::MessageParser::default().parse(raw).expect("a readable email");
    let to = message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned();
    let headers = message.headers_raw().map(|(name, value)| (name.to_owned(), value.trim().to_owned())).collect();
    OutboxEmail {
        to,
        subject: message.subject().unwrap_or_default().to_owned(),
        body: message.body_text(0).unwrap_or_default().into_owned(),
        headers,
    }
}
