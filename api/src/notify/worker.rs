//! Sending what the outbox holds: take due messages, decide whether each is still worth sending,
//! send it with a key the provider recognises if it comes again, and record what happened.
//!
//! Exactly once: a message is taken by one worker only (PostgreSQL: `FOR UPDATE SKIP LOCKED`;
//! SQLite has one worker). A worker that dies holding messages leaves them `sending`; after the
//! lease they are taken again and sent with the same idempotency key, so the provider (or the
//! outbox folder) makes them once. A worker records an outcome only for a message it still holds
//! (same attempt number), so a late worker cannot overwrite a newer one's work.

use ballot_shared::Vocabulary;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use ballot_shared::contact::{ContactKind, ContactWindow};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use futures_util::StreamExt;
use tokio::sync::{Notify, watch};

use super::compose::{Facts, html};
use super::policy::{self, Allowed};
use super::queue::{self, Claimed, Context, Fate, backoff};
use crate::clock::Clock;
use crate::config::NotifySettings;
use crate::db::{Database, write_transaction};
use crate::messaging::account_messages as account;
use crate::messaging::email::Email;
use crate::messaging::links::Links;
use crate::messaging::{Messenger, SendError, Tracking};
use crate::tokens::SessionKeys;
use crate::voter::contact::{self};

/// How often a worker looks for voters to remind of the return deadline.
const REMINDER_EVERY: Duration = Duration::minutes(10);

/// A message ready to go.
struct Outgoing {
    claimed: Claimed,
    method: i64,
    window: ContactWindow,
    message: Message,
}

enum Message {
    Email(Email),
    Sms { to: String, body: String },
    Voice { to: String, script: String, language: String },
}

/// What the notification workers work with (and nothing of the HTTP server).
#[derive(Clone)]
pub struct Delivery {
    pub database: Database,
    pub clock: Clock,
    pub messenger: Arc<Messenger>,
    pub links: Links,
    /// Opens the sealed content of queued account messages; its issuer names this installation in
    /// idempotency keys.
    pub keys: Arc<SessionKeys>,
    /// Rung when a message that should go at once is queued, so an idle worker need not wait for
    /// its next look.
    pub wakeup: Arc<Notify>,
}

/// One notification worker.
#[derive(Clone)]
pub struct Worker {
    delivery: Delivery,
    settings: NotifySettings,
}

impl Worker {
    pub fn new(delivery: Delivery, settings: NotifySettings) -> Self {
        Self { delivery, settings }
    }

    fn now(&self) -> DateTime<Utc> {
        self.delivery.clock.now()
    }

    /// Takes up to one batch of due messages, sends them, and records what happened; returns how
    /// many it took.
    pub async fn run_once(&self) -> anyhow::Result<usize> {
        let now = self.now().naive_utc();
        let batch = i64::from(self.settings.batch);
        let lease = Duration::seconds(self.settings.lease_seconds.into());
        let (claimed, context) = self
            .delivery
            .database
            .run(StdDuration::from_secs(30), move |conn| {
                let claimed = queue::claim(conn, now, batch, lease)?;
                let context = queue::load_context(conn, &claimed)?;
                Ok((claimed, context))
            })
            .await?;
        let taken = claimed.len();
        if taken == 0 {
            return Ok(0);
        }
        let mut fates: Vec<(Claimed, Fate, Option<ContactWindow>)> = Vec::with_capacity(taken);
        let mut outgoing = Vec::new();
        for claimed in claimed {
            match self.plan(&claimed, &context, now) {
                Ok(message) => outgoing.push(message),
                Err(fate) => fates.push((claimed, fate, None)),
            }
        }
        // Sent within half the lease, so that no other worker takes these over while this one
        // still sends; what is not done by then is tried again later, with the same keys.
        let mut unsent: HashMap<i64, (Claimed, ContactWindow)> =
            outgoing.iter().map(|out| (out.claimed.id, (out.claimed.clone(), out.window))).collect();
        let mut sending = futures_util::stream::iter(outgoing)
            .map(|out| async move {
                let fate = self.send(&out).await;
                (out.claimed, fate, Some(out.window))
            })
            .buffer_unordered(usize::from(self.settings.concurrency));
        let deadline = tokio::time::Instant::now() + (lease / 2).to_std().unwrap_or(StdDuration::from_secs(60));
        while let Ok(Some(done)) = tokio::time::timeout_at(deadline, sending.next()).await {
            unsent.remove(&done.0.id);
            fates.push(done);
        }
        drop(sending);
        if !unsent.is_empty() {
            tracing::warn!(left = unsent.len(), "notifications not sent within half the lease; tried again later");
        }
        fates.extend(unsent.into_values().map(|(claimed, window)| (claimed, Fate::Retry, Some(window))));
        let max_attempts = self.settings.max_attempts;
        let now = self.now().naive_utc();
        self.delivery
            .database
            .run(StdDuration::from_secs(30), move |conn| {
                write_transaction(conn, |conn| queue::record(conn, &fates, now, max_attempts))?;
                Ok(())
            })
            .await?;
        Ok(taken)
    }

    /// Takes up to one batch of due account messages (codes and replies first), sends them, and
    /// records what happened; returns how many it took.
    pub async fn send_account_messages(&self) -> anyhow::Result<usize> {
        let now = self.now().naive_utc();
        let batch = i64::from(self.settings.batch);
        let lease = Duration::seconds(self.settings.lease_seconds.into());
        let max_attempts = self.settings.max_attempts;
        let claimed = self
            .delivery
            .database
            .run(StdDuration::from_secs(30), move |conn| Ok(account::claim(conn, now, batch, lease, max_attempts)?))
            .await?;
        let taken = claimed.len();
        if taken == 0 {
            return Ok(0);
        }
        // As for notices: sent within half the lease, the rest tried again later with the same key.
        let mut unsent: HashMap<i64, account::Claimed> = claimed.iter().map(|c| (c.id, c.clone())).collect();
        let mut sending = futures_util::stream::iter(claimed)
            .map(|claimed| async move {
                let fate = match account::open(&self.delivery.keys, &claimed, now) {
                    Ok(content) => self.send_account_message(&claimed, content).await,
                    Err(fate) => fate,
                };
                (claimed, fate)
            })
            .buffer_unordered(usize::from(self.settings.concurrency));
        let deadline = tokio::time::Instant::now() + (lease / 2).to_std().unwrap_or(StdDuration::from_secs(60));
        let mut fates = Vec::with_capacity(taken);
        while let Ok(Some(done)) = tokio::time::timeout_at(deadline, sending.next()).await {
            unsent.remove(&done.0.id);
            fates.push(done);
        }
        drop(sending);
        if !unsent.is_empty() {
            tracing::warn!(left = unsent.len(), "account messages not sent within half the lease; tried again later");
        }
        fates.extend(unsent.into_values().map(|claimed| {
            let wait = backoff(claimed.attempts);
            (claimed, account::Fate::Retry { wait })
        }));
        let now = self.now().naive_utc();
        self.delivery
            .database
            .run(StdDuration::from_secs(30), move |conn| {
                Ok(write_transaction(conn, |conn| {
                    for (method, address) in account::record(conn, &fates, now, max_attempts)? {
                        contact::refuse_confirmation(conn, method, &address, now)?;
                    }
                    QueryResult::Ok(())
                })?)
            })
            .await?;
        Ok(taken)
    }

    async fn send_account_message(&self, claimed: &account::Claimed, content: account::Content) -> account::Fate {
        let messenger = &self.delivery.messenger;
        let written = claimed.created_at.and_utc().timestamp_micros();
        let key = format!("{}-a{}-{written}", self.delivery.keys.issuer(), claimed.id);
        let tracking = Tracking { idempotency_key: Some(key.clone()), status_callback: None };
        let address = match &content {
            account::Content::Email(email) => email.to.clone(),
            account::Content::Sms { to, .. } | account::Content::Voice { to, .. } => to.clone(),
        };
        let sent = match content {
            account::Content::Email(email) => {
                messenger.email(Email { idempotency_key: Some(key), ..email }).await.map(|()| String::new())
            }
            account::Content::Sms { to, body } => messenger.tracked_sms(&to, &body, &tracking).await,
            account::Content::Voice { to, script, language } => {
                messenger.tracked_call(&to, &script, &language, &tracking).await
            }
        };
        match sent {
            Ok(provider_id) => account::Fate::Sent(provider_id),
            Err(SendError::Rejected(_)) => {
                tracing::info!(kind = claimed.kind.as_str(), "account message refused by the transport");
                account::Fate::Failed { address }
            }
            // The reason can quote the address: not logged.
            Err(SendError::Unavailable(_)) => {
                tracing::warn!(kind = claimed.kind.as_str(), attempt = claimed.attempts, "account message not sent");
                account::Fate::Retry { wait: backoff(claimed.attempts) }
            }
        }
    }

    /// Writes return reminders that are due (once a day per election and county).
    pub async fn schedule_reminders(&self) -> anyhow::Result<usize> {
        let now = self.now();
        let today = now.with_timezone(&chrono_tz::America::Los_Angeles).date_naive();
        self.delivery
            .database
            .run(StdDuration::from_secs(60), move |conn| {
                Ok(super::outbox::schedule_reminders(conn, today, now.naive_utc())?)
            })
            .await
    }

    /// Works until `stop` says so (or is dropped): reminders every few minutes, due messages as
    /// they come.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let mut next_reminders = self.now();
        while stop.has_changed().is_ok() && !*stop.borrow() {
            if self.now() >= next_reminders {
                match self.schedule_reminders().await {
                    Ok(0) => {}
                    Ok(written) => tracing::info!(written, "return reminders scheduled"),
                    Err(error) => tracing::error!(error = format!("{error:#}"), "scheduling reminders failed"),
                }
                next_reminders = self.now() + REMINDER_EVERY;
            }
            // Messages the voter waits for go before notices, and each round looks again.
            let account = match self.send_account_messages().await {
                Ok(taken) => taken,
                Err(error) => {
                    tracing::error!(error = format!("{error:#}"), "sending account messages failed");
                    0
                }
            };
            let taken = match self.run_once().await {
                Ok(taken) => taken,
                Err(error) => {
                    tracing::error!(error = format!("{error:#}"), "sending notifications failed");
                    0
                }
            };
            let batch = usize::from(self.settings.batch);
            if taken < batch && account < batch {
                let idle = StdDuration::from_secs(self.settings.poll_seconds);
                tokio::select! {
                    _ = tokio::time::sleep(idle) => {}
                    _ = self.delivery.wakeup.notified() => {}
                    _ = stop.changed() => {}
                }
            }
        }
    }

    /// The message to send for `claimed`, or why it will not be sent now.
    fn plan(&self, claimed: &Claimed, context: &Context, now: NaiveDateTime) -> Result<Outgoing, Fate> {
        let Allowed { method, preferences, ballot, notice, window } = policy::allowed(claimed, context, now)?;
        let (first_name, county_id) = context.voters.get(&claimed.voter_record_id).ok_or(Fate::Dropped("no_voter"))?;
        let county = context.counties.get(county_id).ok_or(Fate::Dropped("no_county"))?;
        let delivery = &self.delivery;
        let callback = county.elections_phone.as_deref().unwrap_or(&delivery.messenger.senders.voice);
        let callback =
            ballot_shared::contact::PhoneNumber::parse(callback).map_or_else(|_| callback.to_owned(), |p| p.national());
        let link = delivery.links.home();
        let facts = Facts {
            service: delivery.links.service_name(),
            language: &preferences.language,
            first_name,
            county,
            election: &ballot.election,
            election_day: ballot.election_day,
            return_deadline: ballot.return_deadline,
            cure_deadline: ballot.cure_deadline,
            notice,
            reason: claimed.reason().ok().flatten(),
            expected_delivery: claimed.expected_delivery,
            link: &link,
            callback: &callback,
        };
        let message = match method.kind {
            ContactKind::Email => {
                let text = facts.email();
                let body = delivery.links.with_footer(
                    &preferences.language,
                    method.id,
                    method.link_nonce.as_deref(),
                    text.body,
                );
                Message::Email(Email {
                    to: method.address.clone(),
                    subject: text.subject,
                    html: Some(html(&body)),
                    body,
                    unsubscribe_url: Some(delivery.links.unsubscribe(method.id, method.link_nonce.as_deref())),
                    idempotency_key: Some(self.idempotency_key(claimed)),
                })
            }
            ContactKind::Sms => Message::Sms { to: method.address.clone(), body: facts.sms() },
            ContactKind::Voice => Message::Voice {
                to: method.address.clone(),
                script: facts.voice(),
                language: preferences.language.clone(),
            },
        };
        Ok(Outgoing { claimed: claimed.clone(), method: method.id, window, message })
    }

    /// The same for every attempt at one message, and different between messages, installations,
    /// and databases restored from a backup (the time the message was written is part of it).
    fn idempotency_key(&self, claimed: &Claimed) -> String {
        let written = claimed.created_at.and_utc().timestamp_micros();
        format!("{}-n{}-{written}", self.delivery.keys.issuer(), claimed.id)
    }

    async fn send(&self, out: &Outgoing) -> Fate {
        let messenger = &self.delivery.messenger;
        // The report names the message in its URL (which the provider signs), so a report that
        // comes before this worker has recorded the provider's id still finds it.
        let tracking = Tracking {
            idempotency_key: Some(self.idempotency_key(&out.claimed)),
            status_callback: Some(self.delivery.links.status_callback(out.claimed.id)),
        };
        let sent = match &out.message {
            Message::Email(email) => messenger.email(email.clone()).await.map(|()| String::new()),
            Message::Sms { to, body } => messenger.tracked_sms(to, body, &tracking).await,
            Message::Voice { to, script, language } => messenger.tracked_call(to, script, language, &tracking).await,
        };
        match sent {
            Ok(provider_id) => Fate::Sent(provider_id),
            Err(SendError::Rejected(_)) => {
                tracing::info!(channel = out.claimed.channel.as_str(), "notification refused by the transport");
                Fate::Failed { method: out.method }
            }
            // The reason can quote the address: not logged.
            Err(SendError::Unavailable(_)) => {
                tracing::warn!(
                    channel = out.claimed.channel.as_str(),
                    attempt = out.claimed.attempts,
                    "notification not sent"
                );
                Fate::Retry
            }
        }
    }
}

/// Notification workers running in this process, and how to stop them.
///
/// Each worker has a thread and an event loop of its own: composing and sending is CPU work, and
/// workers that shared one thread (the server's, say) would take turns instead of running at once.
pub struct Workers {
    stop: watch::Sender<bool>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Workers {
    /// Starts `settings.workers` workers (one on SQLite, which has one writer anyway).
    pub fn start(delivery: &Delivery, settings: &NotifySettings) -> anyhow::Result<Self> {
        let count = if delivery.database.is_sqlite() { 1 } else { settings.workers };
        let (stop, stopped) = watch::channel(false);
        let mut workers = Self { stop, threads: Vec::with_capacity(count.into()) };
        for number in 1..=count {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            let worker = Worker::new(delivery.clone(), settings.clone());
            let stopped = stopped.clone();
            let thread = std::thread::Builder::new()
                .name(format!("notify-{number}"))
                .spawn(move || runtime.block_on(worker.run(stopped)))?;
            workers.threads.push(thread);
        }
        tracing::info!(workers = count, "notification workers started");
        Ok(workers)
    }

    /// Lets each worker finish the messages it holds, then waits for them.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let threads = self.threads;
        let joined = tokio::task::spawn_blocking(move || threads.into_iter().all(|thread| thread.join().is_ok())).await;
        if !matches!(joined, Ok(true)) {
            tracing::error!("a notification worker panicked");
        }
    }
}
