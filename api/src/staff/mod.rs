//! County staff: accounts, enrolment, sign-in with a password and an authenticator code, sessions,
//! roles, and the audit log of what they do. Separate from the API clients counties' systems use.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod factors;
mod lockout;
pub mod sessions;

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{Duration, NaiveDateTime};
use governor::Quota;
use serde::{Deserialize, Serialize};

use ballot_shared::staff::{
    AuditAction, AuditEntry, CreatedStaff, EnrolmentSecret, NewStaff, StaffAccount, StaffEnrolment, StaffMember,
    StaffRole, StaffSession, StaffSignIn, field, field_error,
};

use crate::clock::Clock;
use crate::db::{Database, DbConnection, write_transaction};
use crate::error::{ServiceError, Words};
use crate::limits::AddressLimit;
use crate::secrets::{random_token, sha256};
use crate::tokens::{SessionKeys, issue_time};
use access::{Permission, SignedInStaff};
use audit::Done;

/// Who staff tokens are for; voter and county tokens are refused where a staff token is needed.
pub const STAFF_AUDIENCE: &str = "ballot-tracker:staff";
/// What authenticator secrets are sealed for (each bound to its account).
const TOTP_SEAL: &str = "ballot-tracker staff authenticator v1";
/// How long an enrolment link works.
pub const ENROLMENT_LIFETIME: Duration = Duration::hours(72);
const DB_WAIT: StdDuration = StdDuration::from_secs(5);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct StaffClaims {
    /// The account's id.
    sub: String,
    /// The session's id in `staff_sessions`.
    sid: String,
    iss: String,
    aud: String,
    iat: i64,
    exp: i64,
}

/// The staff use-cases, wired once per process.
#[derive(Clone)]
pub struct Staff {
    pub database: Database,
    pub clock: Clock,
    pub keys: Arc<SessionKeys>,
    /// The service's name, as authenticator apps label its codes.
    pub service_name: String,
    /// Where enrolment links point.
    pub public_url: String,
    /// Sign-in attempts per client address, whatever the email.
    pub attempts: Arc<AddressLimit>,
}

/// Sign-in attempts one address may make: 30 at once (a county office's staff share one address
/// behind its firewall), then 10 a minute. Each email has its own lock besides (`lockout`).
pub fn attempts_per_address() -> AddressLimit {
    let burst = NonZeroU32::new(30).expect("not zero");
    AddressLimit::new(Quota::with_period(StdDuration::from_secs(6)).expect("not zero").allow_burst(burst))
}

/// A new enrolment link's token, and what is stored of it.
pub struct EnrolmentLink {
    pub token: String,
    pub hash: String,
}

impl EnrolmentLink {
    pub fn new() -> Self {
        let token = random_token(32);
        let hash = sha256(&token);
        Self { token, hash }
    }

    /// The console page the link opens: the token after `#`, which browsers never send to a server
    /// (so it is in no access log).
    pub fn url(&self, public_url: &str) -> String {
        format!("{}/console/enrol#{}", public_url.trim_end_matches('/'), self.token)
    }
}

impl Default for EnrolmentLink {
    fn default() -> Self {
        Self::new()
    }
}

/// Creates an account for `new`, made by `by` (none: the command line); the link its owner enrols
/// by. `Ok(None)` when the email already has an account.
pub fn create_account(
    conn: &mut DbConnection,
    new: &NewStaff,
    by: Option<i64>,
    public_url: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<CreatedStaff>> {
    let link = EnrolmentLink::new();
    let expires_at = now + ENROLMENT_LIFETIME;
    write_transaction(conn, |conn| {
        let Some(id) = accounts::create(conn, &new.email, new.county, new.role, by, &link.hash, expires_at, now)?
        else {
            return Ok(None);
        };
        let done = Done {
            staff_id: by,
            county: new.county,
            action: AuditAction::AccountCreated,
            subject: &new.email,
            reason: None,
        };
        audit::record(conn, done, now)?;
        let staff = StaffMember { id, email: new.email.clone(), county: new.county, role: new.role };
        Ok(Some(CreatedStaff { staff, enrolment_url: link.url(public_url), expires_at }))
    })
}

/// Gives the account `email` a new enrolment link in place of its password and authenticator
/// (lost phone, forgotten password) and ends its sessions; `None` when there is no such account.
/// A disabled account stays disabled.
pub fn reset_enrolment(
    conn: &mut DbConnection,
    email: &str,
    by: Option<i64>,
    public_url: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<CreatedStaff>> {
    let link = EnrolmentLink::new();
    let expires_at = now + ENROLMENT_LIFETIME;
    write_transaction(conn, |conn| {
        let Some(account) = accounts::by_email(conn, email)? else { return Ok(None) };
        accounts::reset_enrolment(conn, account.id, &link.hash, expires_at, now)?;
        let done = Done {
            staff_id: by,
            county: account.county_id,
            action: AuditAction::EnrolmentReset,
            subject: &account.email,
            reason: None,
        };
        audit::record(conn, done, now)?;
        Ok(Some(CreatedStaff { staff: account.member(), enrolment_url: link.url(public_url), expires_at }))
    })
}

/// Disables the account `id` (its sessions end at once); the account as it was.
pub fn disable_account(
    conn: &mut DbConnection,
    id: i64,
    by: Option<i64>,
    now: NaiveDateTime,
) -> anyhow::Result<Option<accounts::Account>> {
    write_transaction(conn, |conn| {
        let Some(account) = accounts::by_id(conn, id)? else { return Ok(None) };
        accounts::disable(conn, id, now)?;
        let done = Done {
            staff_id: by,
            county: account.county_id,
            action: AuditAction::AccountDisabled,
            subject: &account.email,
            reason: None,
        };
        audit::record(conn, done, now)?;
        Ok(Some(account))
    })
}

fn enrolment_link_gone() -> ServiceError {
    ServiceError::Gone(Words::new("problem-staff-enrolment-link"))
}

fn refused() -> ServiceError {
    ServiceError::StaffUnauthorized(Words::new("problem-staff-sign-in-refused"))
}

/// The answer to a request whose staff session has ended (or never was).
pub fn session_ended() -> ServiceError {
    ServiceError::StaffUnauthorized(Words::new("problem-staff-session-ended"))
}

impl Staff {
    fn now(&self) -> NaiveDateTime {
        self.clock.now().naive_utc()
    }

    /// What the enrolment link opens: whose account, and the authenticator secret to add (the
    /// same one each time the link is opened, until enrolment is done).
    pub async fn enrolment_secret(&self, token: String) -> Result<EnrolmentSecret, ServiceError> {
        let now = self.now();
        let hash = sha256(&token);
        let keys = self.keys.clone();
        let account = self
            .database
            .run(DB_WAIT, move |conn| {
                let Some(account) = accounts::by_enrolment(conn, &hash, now)? else { return Ok(None) };
                let offered = keys.seal_for(TOTP_SEAL, account.id, &factors::new_secret());
                accounts::offer_secret(conn, account.id, &offered)?;
                Ok(accounts::by_id(conn, account.id)?)
            })
            .await?
            .ok_or_else(enrolment_link_gone)?;
        let secret = account
            .enrolment_totp_secret
            .as_deref()
            .and_then(|sealed| self.keys.open_for(TOTP_SEAL, account.id, sealed));
        let (Some(secret), Some(expires_at)) = (secret, account.enrolment_expires_at) else {
            return Err(enrolment_link_gone());
        };
        let (secret, otpauth_uri) = factors::secret_for_app(&secret, &self.service_name, &account.email);
        Ok(EnrolmentSecret {
            email: account.email,
            role: account.role,
            county: account.county_id,
            secret,
            otpauth_uri,
            expires_at,
        })
    }

    /// Finishes enrolling: the password chosen, and a code from the authenticator just set up.
    pub async fn enrol(&self, enrolment: StaffEnrolment) -> Result<StaffMember, ServiceError> {
        let now = self.now();
        let hash = sha256(&enrolment.token);
        let account = {
            let hash = hash.clone();
            self.database.run(DB_WAIT, move |conn| Ok(accounts::by_enrolment(conn, &hash, now)?)).await?
        }
        .ok_or_else(enrolment_link_gone)?;
        let secret = account
            .enrolment_totp_secret
            .as_deref()
            .and_then(|sealed| self.keys.open_for(TOTP_SEAL, account.id, sealed));
        let Some(secret) = secret else {
            // The link's page asks for the secret before it shows the form: nothing to check against yet.
            return Err(ServiceError::Conflict(Words::new("problem-staff-enrolment-no-secret")));
        };
        let Some(step) = factors::code_step(&secret, &enrolment.code, self.clock.now().timestamp()) else {
            return Err(ServiceError::InvalidFields(vec![field_error(field::CODE, "wrong")]));
        };
        let password = enrolment.password;
        let password_hash = tokio::task::spawn_blocking(move || factors::hash_password(&password))
            .await
            .map_err(|e| ServiceError::Unexpected(e.into()))?;
        let enrolled = self
            .database
            .run(DB_WAIT, move |conn| {
                write_transaction(conn, |conn| {
                    if !accounts::finish_enrolment(conn, account.id, &hash, &password_hash, step, now)? {
                        return Ok(None);
                    }
                    let done = Done {
                        staff_id: Some(account.id),
                        county: account.county_id,
                        action: AuditAction::Enrolled,
                        subject: &account.email,
                        reason: None,
                    };
                    audit::record(conn, done, now)?;
                    Ok(Some(account.member()))
                })
            })
            .await?;
        enrolled.ok_or_else(enrolment_link_gone)
    }

    /// Signs in with email, password and code; a session. Every refusal says the same (which of
    /// the three was wrong is not told); too many in a row for one email lock it for a while.
    pub async fn sign_in(&self, sign_in: StaffSignIn, address: IpAddr) -> Result<StaffSession, ServiceError> {
        self.attempts.check(address).map_err(|retry_after| ServiceError::RateLimited { retry_after })?;
        let now = self.now();
        let email_key = self.keys.keyed_hash(&["staff-sign-in", &sign_in.email]);
        let pair_key = self.keys.keyed_hash(&["staff-sign-in", &sign_in.email, &address.to_string()]);
        let (locked_until, account) = {
            let (email, keys) = (sign_in.email.clone(), [email_key.clone(), pair_key.clone()]);
            self.database
                .run(DB_WAIT, move |conn| {
                    let limits =
                        [(keys[0].as_str(), lockout::TRIES_PER_EMAIL), (keys[1].as_str(), lockout::TRIES_PER_ADDRESS)];
                    Ok((lockout::begin(conn, &limits, now)?, accounts::by_email(conn, &email)?))
                })
                .await?
        };
        if let Some(until) = locked_until {
            let known = account.map(|a| (a.id, a.county_id, a.email));
            tracing::warn!(account = known.as_ref().map(|a| a.0), "staff sign-in while locked");
            self.database
                .run(DB_WAIT, move |conn| {
                    let done = Done {
                        staff_id: known.as_ref().map(|a| a.0),
                        county: known.as_ref().and_then(|a| a.1),
                        action: AuditAction::SignInRefused,
                        subject: known.as_ref().map_or("", |a| a.2.as_str()),
                        reason: Some("locked"),
                    };
                    Ok(audit::record(conn, done, now)?)
                })
                .await?;
            return Err(ServiceError::SignInLocked { retry_after: (until - now).to_std().unwrap_or_default() });
        }
        let usable = account.filter(|a| a.disabled_at.is_none() && a.enrolled_at.is_some());
        let stored_hash = usable.as_ref().and_then(|a| a.password_hash.clone());
        let password = sign_in.password;
        let password_ok =
            tokio::task::spawn_blocking(move || factors::password_matches(stored_hash.as_deref(), &password))
                .await
                .map_err(|e| ServiceError::Unexpected(e.into()))?;
        let secret = usable
            .as_ref()
            .and_then(|a| a.totp_secret.as_deref().map(|sealed| (a.id, sealed)))
            .and_then(|(id, sealed)| self.keys.open_for(TOTP_SEAL, id, sealed));
        let step = secret.and_then(|secret| factors::code_step(&secret, &sign_in.code, self.clock.now().timestamp()));
        let known = usable.as_ref().map(|a| (a.id, a.county_id));
        let started = match (usable, password_ok, step) {
            (Some(account), true, Some(step)) => {
                let keys = [email_key.clone(), pair_key.clone()];
                self.database
                    .run(DB_WAIT, move |conn| {
                        write_transaction(conn, |conn| {
                            if !accounts::spend_step(conn, account.id, step)? {
                                return Ok(None);
                            }
                            lockout::forget(conn, &[keys[0].as_str(), keys[1].as_str()])?;
                            let session = sessions::start(conn, account.id, now)?;
                            let done = Done {
                                staff_id: Some(account.id),
                                county: account.county_id,
                                action: AuditAction::SignedIn,
                                subject: &account.email,
                                reason: None,
                            };
                            audit::record(conn, done, now)?;
                            Ok(Some((account, session)))
                        })
                    })
                    .await?
            }
            _ => None,
        };
        match started {
            Some((account, session)) => {
                tracing::info!(staff = account.id, "staff signed in");
                Ok(self.session_answer(&account, &session, now))
            }
            None => {
                let email = sign_in.email;
                self.database
                    .run(DB_WAIT, move |conn| {
                        let subject = if known.is_some() { email.as_str() } else { "" };
                        let done = Done {
                            staff_id: known.map(|(id, _)| id),
                            county: known.and_then(|(_, county)| county),
                            action: AuditAction::SignInRefused,
                            subject,
                            reason: None,
                        };
                        Ok(audit::record(conn, done, now)?)
                    })
                    .await?;
                tracing::warn!(account = known.map(|(id, _)| id), "staff sign-in refused");
                Err(refused())
            }
        }
    }

    fn session_answer(&self, account: &accounts::Account, session: &str, now: NaiveDateTime) -> StaffSession {
        let issued = issue_time();
        let token = self.keys.encode(&StaffClaims {
            sub: account.id.to_string(),
            sid: session.to_owned(),
            iss: self.keys.issuer().to_owned(),
            aud: STAFF_AUDIENCE.to_owned(),
            iat: issued.timestamp(),
            exp: (issued + sessions::SESSION_LIMIT).timestamp(),
        });
        StaffSession { token, expires_at: now + sessions::SESSION_LIMIT, staff: account.member() }
    }

    /// Whether `token` is a validly signed staff token (its session is not checked).
    pub fn is_staff_token(&self, token: &str) -> bool {
        self.keys.decode::<StaffClaims>(token, STAFF_AUDIENCE).is_ok()
    }

    /// The staff member a token names, in a live session (401 otherwise).
    pub async fn signed_in(&self, token: &str) -> Result<SignedInStaff, ServiceError> {
        let claims = self.keys.decode::<StaffClaims>(token, STAFF_AUDIENCE).map_err(|error| {
            tracing::info!(%error, "staff token refused");
            session_ended()
        })?;
        let staff_id: i64 = claims.sub.parse().map_err(|_| session_ended())?;
        let now = self.now();
        let sid = claims.sid.clone();
        let account = self.database.run(DB_WAIT, move |conn| Ok(sessions::live(conn, &sid, staff_id, now)?)).await?;
        let account = account.ok_or_else(session_ended)?;
        Ok(SignedInStaff { member: account.member(), session_id: claims.sid })
    }

    /// When the caller's session ends if unused from now.
    pub async fn session_ends_at(&self, staff: &SignedInStaff) -> Result<NaiveDateTime, ServiceError> {
        let sid = staff.session_id.clone();
        self.database.run(DB_WAIT, move |conn| Ok(sessions::ends_at(conn, &sid)?)).await?.ok_or_else(session_ended)
    }

    pub async fn sign_out(&self, staff: &SignedInStaff) -> Result<(), ServiceError> {
        let now = self.now();
        let (sid, member) = (staff.session_id.clone(), staff.member.clone());
        self.database
            .run(DB_WAIT, move |conn| {
                write_transaction(conn, |conn| {
                    sessions::end(conn, &sid, now)?;
                    let done = Done {
                        staff_id: Some(member.id),
                        county: member.county,
                        action: AuditAction::SignedOut,
                        subject: &member.email,
                        reason: None,
                    };
                    Ok(audit::record(conn, done, now)?)
                })
            })
            .await?;
        Ok(())
    }

    /// The accounts an admin manages: their county's (a state admin: `county`'s, or all).
    pub async fn accounts(&self, by: &SignedInStaff, county: Option<i16>) -> Result<Vec<StaffAccount>, ServiceError> {
        let county = by.scope(county, Permission::ManageStaff)?;
        let accounts = self.database.run(DB_WAIT, move |conn| Ok(accounts::list(conn, county)?)).await?;
        Ok(accounts.iter().map(accounts::Account::listed).collect())
    }

    /// Creates an account: a county admin for their county only; only a state admin for the state.
    pub async fn create(&self, by: &SignedInStaff, new: NewStaff) -> Result<CreatedStaff, ServiceError> {
        match new.county {
            Some(county) => by.authorize(county, Permission::ManageStaff)?,
            None if by.is_state() => by.allow(Permission::ManageStaff)?,
            None => return Err(ServiceError::Forbidden(Words::new("problem-staff-state-only"))),
        }
        let (now, by_id, public_url) = (self.now(), by.member.id, self.public_url.clone());
        let email = new.email.clone();
        self.database
            .run(DB_WAIT, move |conn| create_account(conn, &new, Some(by_id), &public_url, now))
            .await?
            .ok_or_else(|| ServiceError::Conflict(Words::new("problem-staff-exists").with("email", email)))
    }

    /// The account `id`, when `by` manages it (else "not found", not "forbidden": another
    /// county's accounts are not theirs to learn about).
    async fn managed(&self, by: &SignedInStaff, id: i64) -> Result<accounts::Account, ServiceError> {
        by.allow(Permission::ManageStaff)?;
        let account = self.database.run(DB_WAIT, move |conn| Ok(accounts::by_id(conn, id)?)).await?;
        let not_found = || ServiceError::NotFound(Words::new("problem-staff-no-such-account"));
        let account = account.ok_or_else(not_found)?;
        let manages = match (by.member.county, account.county_id) {
            (None, _) => true,
            (Some(own), Some(theirs)) => own == theirs,
            (Some(_), None) => false,
        };
        if manages { Ok(account) } else { Err(not_found()) }
    }

    /// Disables an account its admin manages: it can no longer sign in, its sessions end at once.
    pub async fn disable(&self, by: &SignedInStaff, id: i64) -> Result<StaffAccount, ServiceError> {
        self.managed(by, id).await?;
        let (now, by_id) = (self.now(), by.member.id);
        self.database.run(DB_WAIT, move |conn| disable_account(conn, id, Some(by_id), now)).await?;
        let account = self.database.run(DB_WAIT, move |conn| Ok(accounts::by_id(conn, id)?)).await?;
        account.map(|a| a.listed()).ok_or_else(|| ServiceError::NotFound(Words::new("problem-staff-no-such-account")))
    }

    /// Ends every session of an account its admin manages; how many were live.
    pub async fn end_sessions(&self, by: &SignedInStaff, id: i64) -> Result<usize, ServiceError> {
        let account = self.managed(by, id).await?;
        let (now, by_id) = (self.now(), by.member.id);
        let ended = self
            .database
            .run(DB_WAIT, move |conn| {
                write_transaction(conn, |conn| {
                    let ended = accounts::end_sessions(conn, id, now)?;
                    let done = Done {
                        staff_id: Some(by_id),
                        county: account.county_id,
                        action: AuditAction::SessionsEnded,
                        subject: &account.email,
                        reason: None,
                    };
                    audit::record(conn, done, now)?;
                    Ok(ended)
                })
            })
            .await?;
        Ok(ended)
    }

    /// The audit log of `county` since `since` (30 days ago unless given; never before the year
    /// 2000), newest first, for its admin or a state admin.
    pub async fn audit_log(
        &self,
        by: &SignedInStaff,
        county: Option<i16>,
        since: Option<NaiveDateTime>,
        before: Option<i64>,
    ) -> Result<Vec<AuditEntry>, ServiceError> {
        let county = by.scope(county, Permission::ManageStaff)?;
        let earliest = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date").and_time(chrono::NaiveTime::MIN);
        let since = since.unwrap_or_else(|| self.now() - Duration::days(30)).max(earliest);
        Ok(self.database.run(DB_WAIT, move |conn| Ok(audit::read(conn, county, since, before)?)).await?)
    }

    /// Writes one thing a staff member did to the audit log.
    pub async fn record(
        &self,
        by: &SignedInStaff,
        county: Option<i16>,
        action: AuditAction,
        subject: String,
        reason: Option<String>,
    ) -> Result<(), ServiceError> {
        let (now, by_id) = (self.now(), by.member.id);
        self.database
            .run(DB_WAIT, move |conn| {
                let done = Done { staff_id: Some(by_id), county, action, subject: &subject, reason: reason.as_deref() };
                Ok(audit::record(conn, done, now)?)
            })
            .await?;
        Ok(())
    }
}

/// The role words, for command-line help and errors.
pub fn role_words() -> String {
    use ballot_shared::Vocabulary;
    StaffRole::all().iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
}
