//! Sending what the outbox holds: take due messages, decide whether each is still worth sending,
//! send it with a key the provider recognises if it comes again, and record what happened.
//!
//! Exactly once: a message is taken by one worker only (PostgreSQL: `FOR UPDATE SKIP LOCKED`;
//! SQLite has one worker). A worker that dies holding messages leaves them `sending`; after the
//! lease they are taken again and sent with the same idempotency key, so the provider (or the
//! outbox folder) makes them once. A worker records an outcome only for a message it still holds
//! (same attempt number), so a late worker cannot overwrite a newer one's work.

use ballot_shared::Vocabulary;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use ballot_shared::ballot::{BallotStatus, StatusReason};
use ballot_shared::contact::{ContactKind, ContactWindow, MethodState};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamp};
use futures_util::StreamExt;
use rand::Rng;
use tokio::sync::{Notify, watch};

use super::Notice;
use super::compose::{Facts, html};
use crate::clock::Clock;
use crate::config::NotifySettings;
use crate::county::{self, County};
use crate::db::schema::{ballot_statuses, ballots, elections, notifications, voter_records};
use crate::db::{Database, DbConnection, write_transaction};
use crate::messaging::account_messages as account;
use crate::messaging::email::Email;
use crate::messaging::links::Links;
use crate::messaging::{Messenger, SendError, Tracking};
use crate::tokens::SessionKeys;
use crate::voter::contact::{self, Method, Preferences};

/// How often a worker looks for voters to remind of the return deadline.
const REMINDER_EVERY: Duration = Duration::minutes(10);

/// The first retry waits about this long; each later one twice as long, up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::seconds(30);
const MAX_BACKOFF: Duration = Duration::hours(2);

/// A message a worker has taken.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = notifications)]
struct Claimed {
    id: i64,
    voter_record_id: i64,
    ballot_id: i64,
    channel: String,
    notice: String,
    reason: Option<String>,
    expected_delivery: Option<NaiveDate>,
    status_rank: i16,
    attempts: i16,
    created_at: NaiveDateTime,
}

/// What a worker knows about a taken message's voter and ballot.
struct Context {
    voters: HashMap<i64, (String, i16)>,
    counties: HashMap<i16, County>,
    ballots: HashMap<i64, BallotFacts>,
    methods: HashMap<(i64, String), Method>,
    preferences: HashMap<i64, Preferences>,
    sent: SentSoFar,
    /// Per ballot and channel: the newest status message waiting or being sent (rank, id).
    newest: HashMap<(i64, String), (i16, i64)>,
}

struct BallotFacts {
    election: String,
    election_day: NaiveDate,
    return_deadline: NaiveDate,
    cure_deadline: Option<NaiveDate>,
    status: String,
    rank: i16,
}

/// What becomes of a taken message.
#[derive(Debug)]
enum Fate {
    Sent(String),
    /// No longer worth sending; the word says why.
    Dropped(&'static str),
    /// Outside the voter's contact hours (they changed them): wait until then.
    Later(NaiveDateTime),
    /// The address or number cannot take messages.
    Failed {
        method: i64,
    },
    /// The transport failed for now: try again later, or give up after too many tries.
    Retry,
}

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
    /// Names this installation in idempotency keys (the token issuer).
    pub installation: String,
    /// Opens the sealed content of queued account messages.
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
                let claimed = claim(conn, now, batch, lease)?;
                let context = load_context(conn, &claimed)?;
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
                write_transaction(conn, |conn| record(conn, &fates, now, max_attempts))?;
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
        let claimed = self
            .delivery
            .database
            .run(StdDuration::from_secs(30), move |conn| Ok(account::claim(conn, now, batch, lease)?))
            .await?;
        let taken = claimed.len();
        if taken == 0 {
            return Ok(0);
        }
        let fates: Vec<(account::Claimed, account::Fate)> = futures_util::stream::iter(claimed)
            .map(|claimed| async move {
                let fate = match account::open(&self.delivery.keys, &claimed, now) {
                    Ok(content) => self.send_account_message(&claimed, content).await,
                    Err(fate) => fate,
                };
                (claimed, fate)
            })
            .buffer_unordered(usize::from(self.settings.concurrency))
            .collect()
            .await;
        let (max_attempts, now) = (self.settings.max_attempts, self.now().naive_utc());
        self.delivery
            .database
            .run(StdDuration::from_secs(30), move |conn| {
                Ok(write_transaction(conn, |conn| {
                    for method in account::record(conn, &fates, now, max_attempts)? {
                        contact::mark_failed(conn, method, "rejected", now)?;
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
        let key = format!("{}-a{}-{written}", self.delivery.installation, claimed.id);
        let tracking = Tracking { idempotency_key: Some(key.clone()), status_callback: None };
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
                tracing::info!(kind = %claimed.kind, "account message refused by the transport");
                account::Fate::Failed
            }
            // The reason can quote the address: not logged.
            Err(SendError::Unavailable(_)) => {
                tracing::warn!(kind = %claimed.kind, attempt = claimed.attempts, "account message not sent");
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
        let key = (claimed.voter_record_id, claimed.channel.clone());
        let preferences = context.preferences.get(&claimed.voter_record_id).cloned().unwrap_or_default();
        let method = context.methods.get(&key).filter(|m| m.state() == MethodState::On);
        let (Some(method), true) = (method, preferences.notifications_on) else {
            return Err(Fate::Dropped("turned_off"));
        };
        let ballot = context.ballots.get(&claimed.ballot_id).ok_or(Fate::Dropped("no_ballot"))?;
        let notice = Notice::parse(&claimed.notice).ok_or(Fate::Dropped("unknown_notice"))?;
        if ballot.status == BallotStatus::Superseded.as_str() {
            return Err(Fate::Dropped("superseded"));
        }
        let on_its_way_back = ballot.rank >= BallotStatus::ReturnedByVoter.rank();
        if notice == Notice::Reminder {
            if on_its_way_back || ballot.status == BallotStatus::Undeliverable.as_str() {
                return Err(Fate::Dropped("returned"));
            }
        } else {
            let key = (claimed.ballot_id, claimed.channel.clone());
            if let Some((told, highest)) = context.sent.get(&key) {
                // Never a status older than one already told, nor the same news twice.
                if *highest > claimed.status_rank {
                    return Err(Fate::Dropped("stale"));
                }
                if told.contains(&(claimed.notice.clone(), claimed.reason.clone(), claimed.expected_delivery)) {
                    return Err(Fate::Dropped("duplicate"));
                }
            }
            // A newer message for the same ballot waits or goes (one put back for a retry, say,
            // while a later event wrote another): that one tells the latest, this one nothing.
            if context.newest.get(&key).is_some_and(|newest| *newest > (claimed.status_rank, claimed.id)) {
                return Err(Fate::Dropped("replaced"));
            }
            // News about the way out once the ballot is on its way back (or was never used) is stale.
            let moved_on = on_its_way_back || ballot.status == BallotStatus::VotedInPerson.as_str();
            if moved_on && claimed.status_rank < BallotStatus::ReturnedByVoter.rank() {
                return Err(Fate::Dropped("stale"));
            }
        }
        let window = preferences.contact_hours;
        let open = window.next_open(now.and_utc()).naive_utc();
        if open > now {
            return Err(Fate::Later(open));
        }
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
            reason: claimed.reason.as_deref().and_then(StatusReason::parse),
            expected_delivery: claimed.expected_delivery,
            link: &link,
            callback: &callback,
        };
        let message = match method.kind() {
            ContactKind::Email => {
                let text = facts.email();
                let body = delivery.links.with_footer(&preferences.language, method.id, text.body);
                Message::Email(Email {
                    to: method.address.clone(),
                    subject: text.subject,
                    html: Some(html(&body)),
                    body,
                    unsubscribe_url: Some(delivery.links.unsubscribe(method.id)),
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
        format!("{}-n{}-{written}", self.delivery.installation, claimed.id)
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
                tracing::info!(channel = %out.claimed.channel, "notification refused by the transport");
                Fate::Failed { method: out.method }
            }
            // The reason can quote the address: not logged.
            Err(SendError::Unavailable(_)) => {
                tracing::warn!(channel = %out.claimed.channel, attempt = out.claimed.attempts, "notification not sent");
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

/// Takes up to `batch` due messages (and any a dead worker left behind past its lease).
fn claim(conn: &mut DbConnection, now: NaiveDateTime, batch: i64, lease: Duration) -> QueryResult<Vec<Claimed>> {
    write_transaction(conn, |conn| {
        if let DbConnection::Postgres(c) = conn {
            // A queue's statistics lag behind its bursts: after a large batch of events the
            // planner still believes few messages wait, and would sort them all to take the first
            // few. The due index already holds them in order.
            diesel::sql_query("SET LOCAL enable_sort = off").execute(c)?;
        }
        diesel::update(
            notifications::table
                .filter(notifications::state.eq("sending"))
                .filter(notifications::claimed_at.lt(now - lease)),
        )
        .set(notifications::state.eq("pending"))
        .execute(conn)?;
        // The same statement on both backends but for the placeholders and the row locks: a
        // PostgreSQL worker skips rows another is taking.
        let columns = "id, voter_record_id, ballot_id, channel, notice, reason, expected_delivery, status_rank, attempts, created_at";
        match conn {
            DbConnection::Postgres(c) => diesel::sql_query(format!(
                "UPDATE notifications SET state = 'sending', pending_key = NULL, claimed_at = $1, \
                 attempts = attempts + 1 WHERE id IN (SELECT id FROM notifications WHERE state = 'pending' \
                 AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING {columns}"
            ))
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(batch)
            .load(c),
            DbConnection::Sqlite(c) => diesel::sql_query(format!(
                "UPDATE notifications SET state = 'sending', pending_key = NULL, claimed_at = ?, \
                 attempts = attempts + 1 WHERE id IN (SELECT id FROM notifications WHERE state = 'pending' \
                 AND due_at <= ? ORDER BY due_at LIMIT ?) RETURNING {columns}"
            ))
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(batch)
            .load(c),
        }
    })
}

fn load_context(conn: &mut DbConnection, claimed: &[Claimed]) -> QueryResult<Context> {
    let voter_ids: Vec<i64> = claimed.iter().map(|c| c.voter_record_id).collect::<HashSet<_>>().into_iter().collect();
    let ballot_ids: Vec<i64> = claimed.iter().map(|c| c.ballot_id).collect::<HashSet<_>>().into_iter().collect();
    let voters: HashMap<i64, (String, i16)> = voter_records::table
        .filter(voter_records::id.eq_any(&voter_ids))
        .select((voter_records::id, (voter_records::first_name, voter_records::county_id)))
        .load(conn)?
        .into_iter()
        .collect();
    let counties =
        if claimed.is_empty() { HashMap::new() } else { county::list(conn)?.into_iter().map(|c| (c.id, c)).collect() };
    type BallotRow = (i64, String, NaiveDate, NaiveDate, Option<NaiveDate>, String, i16);
    let ballots: HashMap<i64, BallotFacts> = ballots::table
        .inner_join(elections::table)
        .inner_join(ballot_statuses::table)
        .filter(ballots::id.eq_any(&ballot_ids))
        .select((
            ballots::id,
            elections::name,
            elections::election_day,
            elections::return_deadline,
            elections::cure_deadline,
            ballot_statuses::status,
            ballot_statuses::status_rank,
        ))
        .load::<BallotRow>(conn)?
        .into_iter()
        .map(|(id, election, election_day, return_deadline, cure_deadline, status, rank)| {
            (id, BallotFacts { election, election_day, return_deadline, cure_deadline, status, rank })
        })
        .collect();
    let methods: HashMap<(i64, String), Method> =
        contact::methods_of(conn, &voter_ids)?.into_iter().map(|m| ((m.voter_record_id, m.kind.clone()), m)).collect();
    let preferences = contact::preferences_of(conn, &voter_ids)?;
    // What was sent for these ballots, and what waits or goes, in one look.
    let rows: Vec<NoticeRow> = notifications::table
        .filter(notifications::ballot_id.eq_any(&ballot_ids))
        .filter(notifications::state.eq_any(["sent", "pending", "sending"]))
        .filter(notifications::notice.ne(Notice::Reminder.as_str()))
        .select((
            notifications::id,
            notifications::ballot_id,
            notifications::channel,
            notifications::state,
            notifications::notice,
            notifications::reason,
            notifications::expected_delivery,
            notifications::status_rank,
        ))
        .load(conn)?;
    let mut sent: SentSoFar = HashMap::new();
    let mut newest: HashMap<(i64, String), (i16, i64)> = HashMap::new();
    for (id, ballot, channel, state, notice, reason, expected, rank) in rows {
        if state == "sent" {
            let entry = sent.entry((ballot, channel)).or_insert_with(|| (HashSet::new(), 0));
            entry.0.insert((notice, reason, expected));
            entry.1 = entry.1.max(rank);
        } else {
            let entry = newest.entry((ballot, channel)).or_insert((rank, id));
            *entry = (*entry).max((rank, id));
        }
    }
    Ok(Context { voters, counties, ballots, methods, preferences, sent, newest })
}

/// A status message: id, ballot, channel, state, notice, reason, expected delivery date, rank.
type NoticeRow = (i64, i64, String, String, String, Option<String>, Option<NaiveDate>, i16);

/// Per ballot and channel: what was already sent (notice, reason, date) and the highest rank told.
type SentSoFar = HashMap<(i64, String), (HashSet<(String, Option<String>, Option<NaiveDate>)>, i16)>;

/// How long to wait before try number `attempt + 1`: doubling from [`FIRST_BACKOFF`], capped, and
/// spread by ±25% so that messages that failed together do not all come back at once.
fn backoff(attempt: i16) -> Duration {
    let doubled = FIRST_BACKOFF * 2_i32.saturating_pow(u32::try_from(attempt.max(1) - 1).unwrap_or(0).min(20));
    let base = doubled.min(MAX_BACKOFF);
    let spread = rand::rng().random_range(0.75..1.25);
    Duration::milliseconds((base.num_milliseconds() as f64 * spread) as i64)
}

/// Records each message's fate, for messages this worker still holds.
fn record(
    conn: &mut DbConnection,
    fates: &[(Claimed, Fate, Option<ContactWindow>)],
    now: NaiveDateTime,
    max_attempts: i16,
) -> QueryResult<()> {
    use notifications::{attempts, claimed_at, due_at, id, outcome, provider_id, state};
    let mut fates: Vec<&(Claimed, Fate, Option<ContactWindow>)> = fates.iter().collect();
    if let DbConnection::Postgres(c) = conn {
        // The common case, sent, as one statement for the batch.
        let (sent, rest): (Vec<_>, Vec<_>) = fates.into_iter().partition(|(_, fate, _)| matches!(fate, Fate::Sent(_)));
        fates = rest;
        if !sent.is_empty() {
            use diesel::sql_types::{Array, SmallInt, Text};
            let provider_ids: Vec<Option<&str>> = sent
                .iter()
                .map(|(_, fate, _)| match fate {
                    Fate::Sent(provider) if !provider.is_empty() => Some(provider.as_str()),
                    _ => None,
                })
                .collect();
            let changed = diesel::sql_query(
                "UPDATE notifications AS n SET state = 'sent', provider_id = u.provider_id, claimed_at = $4 \
                 FROM unnest($1::bigint[], $2::smallint[], $3::text[]) AS u(id, attempts, provider_id) \
                 WHERE n.id = u.id AND n.state = 'sending' AND n.attempts = u.attempts",
            )
            .bind::<Array<BigInt>, _>(sent.iter().map(|(c, _, _)| c.id).collect::<Vec<_>>())
            .bind::<Array<SmallInt>, _>(sent.iter().map(|(c, _, _)| c.attempts).collect::<Vec<_>>())
            .bind::<Array<diesel::sql_types::Nullable<Text>>, _>(provider_ids)
            .bind::<Timestamp, _>(now)
            .execute(c)?;
            if changed < sent.len() {
                tracing::warn!(
                    lost = sent.len() - changed,
                    "another worker took notifications over; outcomes not recorded"
                );
            }
        }
    }
    for (claimed, fate, window) in fates {
        let held = notifications::table
            .filter(id.eq(claimed.id))
            .filter(state.eq("sending"))
            .filter(attempts.eq(claimed.attempts));
        let changed = match fate {
            Fate::Sent(provider) => diesel::update(held)
                .set((state.eq("sent"), provider_id.eq(Some(provider).filter(|p| !p.is_empty())), claimed_at.eq(now)))
                .execute(conn)?,
            Fate::Dropped(why) => diesel::update(held).set((state.eq("dropped"), outcome.eq(*why))).execute(conn)?,
            Fate::Later(when) => diesel::update(held)
                .set((state.eq("pending"), due_at.eq(when), attempts.eq(attempts - 1)))
                .execute(conn)?,
            Fate::Failed { method } => {
                contact::mark_failed(conn, *method, "rejected", now)?;
                diesel::update(held).set((state.eq("failed"), outcome.eq("rejected"))).execute(conn)?
            }
            Fate::Retry if claimed.attempts >= max_attempts => {
                diesel::update(held).set((state.eq("dead"), outcome.eq("unavailable"))).execute(conn)?
            }
            Fate::Retry => {
                let retry_at = now + backoff(claimed.attempts);
                let when = window.as_ref().map_or(retry_at, |w| w.next_open(retry_at.and_utc()).naive_utc());
                diesel::update(held)
                    .set((state.eq("pending"), due_at.eq(when), outcome.eq("retrying")))
                    .execute(conn)?
            }
        };
        if changed == 0 {
            tracing::warn!(
                notification = claimed.id,
                "another worker took this notification over; outcome not recorded"
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_a_cap() {
        for attempt in 1..=12 {
            let wait = backoff(attempt);
            let base = (FIRST_BACKOFF * 2_i32.pow(u32::try_from(attempt - 1).unwrap())).min(MAX_BACKOFF);
            assert!(wait >= base * 3 / 4 && wait <= base * 5 / 4, "{attempt}: {wait}");
        }
    }
}
