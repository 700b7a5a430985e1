//! Finding oneself on the roll: the outcome rules and the brakes against using it as an oracle.

use std::hash::{BuildHasher, Hash, Hasher, RandomState};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use ballot_shared::forms::{Birth, VoterLookup};
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::limits::{AddressLimit, wait_time};

use crate::voter::roll::RollMatch;

/// What a lookup comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupOutcome {
    Found(RollMatch),
    NotFound,
    /// Several voters match; the county they all belong to, when they share one.
    VoterIdNeeded {
        county: Option<i16>,
    },
}

/// Applies the rules to the active registrations that share name, birth and ZIP: one is the
/// voter; several need the voter ID to tell apart; a voter ID that names none of them is a miss.
pub fn decide(lookup: &VoterLookup, mut matches: Vec<RollMatch>) -> LookupOutcome {
    if let Some(voter_id) = &lookup.voter_id {
        matches.retain(|m| m.voter_id == voter_id.as_str());
    }
    match matches.len() {
        0 => LookupOutcome::NotFound,
        1 => LookupOutcome::Found(matches.pop().expect("one match")),
        _ => {
            let county = matches[0].county_id;
            LookupOutcome::VoterIdNeeded { county: matches.iter().all(|m| m.county_id == county).then_some(county) }
        }
    }
}

/// Request budgets for the lookup, per client address and per identity looked up.
pub struct LookupLimits {
    per_client: AddressLimit,
    per_identity: DefaultKeyedRateLimiter<u64>,
    identity_hasher: RandomState,
    calls: AtomicU64,
}

impl LookupLimits {
    /// `per_client` and `per_identity` lookups an hour, each also usable in one burst.
    pub fn new(per_client: NonZeroU32, per_identity: NonZeroU32) -> Self {
        Self {
            per_client: AddressLimit::new(Quota::per_hour(per_client)),
            per_identity: DefaultKeyedRateLimiter::keyed(Quota::per_hour(per_identity)),
            identity_hasher: RandomState::new(),
            calls: AtomicU64::new(0),
        }
    }

    /// Counts one lookup from `client`; `Err(wait)` when its budget is spent.
    pub fn check_client(&self, client: IpAddr) -> Result<(), Duration> {
        self.per_client.check(client)
    }

    /// Counts one lookup of this identity (whoever asks); `Err(wait)` when its budget is spent.
    /// Keeps this from being used to try voter IDs one after another for a known name.
    pub fn check_identity(&self, lookup: &VoterLookup) -> Result<(), Duration> {
        if self.calls.fetch_add(1, Ordering::Relaxed).is_multiple_of(10_000) {
            self.per_identity.retain_recent();
        }
        self.per_identity.check_key(&identity_key(&self.identity_hasher, lookup)).map_err(|n| wait_time(&n))
    }
}

/// A hash of the identity looked up, keyed randomly per process; the limiter never holds the details.
fn identity_key(keys: &RandomState, lookup: &VoterLookup) -> u64 {
    let mut hasher = keys.build_hasher();
    lookup.first_name.key().hash(&mut hasher);
    lookup.last_name.key().hash(&mut hasher);
    lookup.zip.as_str().hash(&mut hasher);
    match lookup.birth {
        Birth::Date(date) => date.date().hash(&mut hasher),
        Birth::Year(year) => year.value().hash(&mut hasher),
    }
    hasher.finish()
}

/// Records how a lookup ended, as a log event operators can count (never who was looked up).
pub fn record_outcome(outcome: &'static str) {
    tracing::info!(outcome, "voter lookup");
}
