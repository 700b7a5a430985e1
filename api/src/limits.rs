//! Request budgets per client address, voter or recipient (governor's keyed token buckets).

use std::hash::Hash;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

/// So many requests per key (a client address, a voter, a recipient) per period, also usable in one burst.
pub struct KeyedLimit<K: Hash + Eq + Clone> {
    limiter: DefaultKeyedRateLimiter<K>,
    calls: AtomicU64,
}

/// So many requests per client address per period.
pub type AddressLimit = KeyedLimit<IpAddr>;

impl<K: Hash + Eq + Clone> KeyedLimit<K> {
    pub fn new(quota: Quota) -> Self {
        Self { limiter: DefaultKeyedRateLimiter::keyed(quota), calls: AtomicU64::new(0) }
    }

    /// Counts one request for `key`; `Err(wait)` when its budget is spent.
    pub fn check(&self, key: K) -> Result<(), Duration> {
        if self.calls.fetch_add(1, Ordering::Relaxed).is_multiple_of(10_000) {
            // Forget keys whose buckets are full again, so memory stays bounded.
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&key).map_err(|not_until| wait_time(&not_until))
    }
}

/// How long until a refused request would be allowed.
pub fn wait_time(not_until: &governor::NotUntil<<DefaultClock as Clock>::Instant>) -> Duration {
    not_until.wait_time_from(DefaultClock::default().now())
}
