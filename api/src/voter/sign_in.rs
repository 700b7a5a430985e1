//! Signing in: a voter finds themselves on the roll and gets a session, within the lookup limits.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use ballot_shared::forms::VoterLookupForm;

use crate::clock::Clock;
use crate::county;
use crate::db::Database;
use crate::error::ServiceError;
use crate::messaging::texts::languages;
use crate::tokens::{SessionKeys, issue_time};
use crate::voter::california_date;
use crate::voter::lookup::{self, LookupLimits, LookupOutcome};
use crate::voter::roll::{self, RollMatch};
use crate::voter::sessions;

/// How long a request waits for a database connection.
const DB_WAIT: Duration = Duration::from_secs(5);

/// What signing in works with. A date of birth is checked against today on the system clock, as
/// the roll import checks it.
pub struct SignIn {
    pub database: Database,
    /// The service clock: when a session starts (a test's own clock in tests).
    pub clock: Clock,
    pub session_keys: Arc<SessionKeys>,
    pub limits: LookupLimits,
    /// Where a voter who is not found can check their registration.
    pub registration_check_url: String,
    /// The installation's own words on where a voter learns their voter ID, when several voters
    /// share their details (the Fluent files' otherwise).
    pub voter_id_help: Option<String>,
}

/// A new voter session.
pub struct Session {
    pub token: String,
    pub lifetime_seconds: i64,
    pub voter: RollMatch,
}

impl SignIn {
    /// Finds the one active registration that matches the form and starts a session for it.
    pub async fn sign_in(&self, client: IpAddr, form: &VoterLookupForm) -> Result<Session, ServiceError> {
        let rate_limited = |retry_after| {
            lookup::record_outcome("rate_limited");
            ServiceError::RateLimited { retry_after }
        };
        self.limits.check_client(client).map_err(rate_limited)?;
        let lookup = form.validate(california_date(Clock::system().now().naive_utc())).map_err(|errors| {
            lookup::record_outcome("invalid");
            ServiceError::InvalidFields(errors)
        })?;
        self.limits.check_identity(&lookup).map_err(rate_limited)?;

        let query = lookup.clone();
        let matches = self.database.run(DB_WAIT, move |conn| Ok(roll::find_active(conn, &query)?)).await?;

        match lookup::decide(&lookup, matches) {
            LookupOutcome::Found(voter) => {
                lookup::record_outcome("found");
                let issued = issue_time();
                let expires_at = (issued + self.session_keys.lifetime()).naive_utc();
                let (record, now) = (voter.id, self.clock.now().naive_utc());
                let sid = self
                    .database
                    .run(DB_WAIT, move |conn| Ok(sessions::start(conn, record, now, expires_at, issued.naive_utc())?))
                    .await?;
                let token = self.session_keys.issue(&voter.uid, voter.county_id, &sid, issued);
                Ok(Session { token, lifetime_seconds: self.session_keys.lifetime().num_seconds(), voter })
            }
            LookupOutcome::NotFound => {
                lookup::record_outcome("not_found");
                Err(ServiceError::VoterNotFound { registration_check_url: self.registration_check_url.clone() })
            }
            LookupOutcome::VoterIdNeeded { county } => {
                lookup::record_outcome("voter_id_needed");
                let office = match county {
                    Some(id) => self.database.run(DB_WAIT, move |conn| Ok(county::find(conn, id)?)).await?,
                    None => None,
                };
                let county_office = office
                    .as_ref()
                    .map(|county| {
                        languages()
                            .into_iter()
                            .filter_map(|tag| Some((tag.clone(), county.office_contacts(&tag)?)))
                            .collect()
                    })
                    .unwrap_or_default();
                Err(ServiceError::VoterIdNeeded {
                    help: self.voter_id_help.clone(),
                    county_office,
                    county_website: office.and_then(|c| c.elections_website),
                })
            }
        }
    }

    /// The registration a session names, while it is active.
    pub async fn who(&self, uid: String) -> Result<RollMatch, ServiceError> {
        let voter = self.database.run(DB_WAIT, move |conn| Ok(roll::find_by_uid(conn, &uid)?)).await?;
        // A registration cancelled since the token was issued ends the session.
        voter.ok_or(ServiceError::Unauthorized)
    }
}
