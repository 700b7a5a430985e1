//! The time the service acts on: the system's, or, in tests, one that only moves when told to, so
//! that contact hours, retries and reminders can be checked at any hour of any day.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// `None`: the system clock.
    set: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    pub fn system() -> Self {
        Self::default()
    }

    /// A clock that reads `start` until it is set or advanced.
    pub fn manual(start: DateTime<Utc>) -> Self {
        Self { set: Some(Arc::new(Mutex::new(start))) }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &self.set {
            #[expect(clippy::disallowed_methods, reason = "the one place the system time is read")]
            None => Utc::now(),
            Some(time) => *time.lock().expect("the clock's lock is never poisoned"),
        }
    }

    /// Moves a manual clock to `time`.
    ///
    /// # Panics
    /// On the system clock, which nobody sets.
    pub fn set(&self, time: DateTime<Utc>) {
        *self.set.as_ref().expect("only a manual clock can be set").lock().expect("never poisoned") = time;
    }

    /// Moves a manual clock forward.
    pub fn advance(&self, by: Duration) {
        self.set(self.now() + by);
    }
}

#[cfg(test)]
#[expect(clippy::disallowed_methods, reason = "compares with the system time")]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let start = DateTime::parse_from_rfc3339("2026-10-06T09:00:00Z").unwrap().with_timezone(&Utc);
        let clock = Clock::manual(start);
        let copy = clock.clone();
        assert_eq!(clock.now(), start);
        copy.advance(Duration::minutes(5));
        assert_eq!(clock.now(), start + Duration::minutes(5));
        let system = Clock::system().now();
        assert!((Utc::now() - system).num_seconds().abs() < 5);
    }
}
