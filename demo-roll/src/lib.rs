//! A synthetic voter roll for demonstrations and benchmarks: deterministic for a given seed,
//! spread over all 58 counties, with names the matching must cope with (accents, hyphens,
//! apostrophes, several words), some year-only birth dates, inactive and cancelled registrations,
//! and deliberate look-alikes (same name, birth date and ZIP) that only the voter ID tells apart.
//! Every person in it is invented.

use std::collections::HashMap;

use chrono::NaiveDate;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use serde::Serialize;

/// One voter as a row of the roll file that `ballot-tracker import-voters` reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DemoVoter {
    pub voter_id: String,
    /// The county's two-digit number.
    pub county: String,
    pub first_name: String,
    pub last_name: String,
    /// `YYYY-MM-DD`, or `YYYY` where the county holds only the year.
    pub date_of_birth: String,
    pub zip: String,
    /// `active`, `inactive` or `cancelled`.
    pub status: String,
}

const FIRST_NAMES: &[&str] = &[
    "José",
    "María",
    "James",
    "Mary",
    "Nguyễn Văn",
    "Wei",
    "Aaliyah",
    "Chloé",
    "Zoë",
    "Jean-Luc",
    "Siobhán",
    "Darnell",
    "Priya",
    "Mohammed",
    "Fatima",
    "Hiroshi",
    "Ji-woo",
    "Björn",
    "Renée",
    "D'Andre",
    "Ana Lucía",
    "Robert",
    "Patricia",
    "Luis",
    "Guadalupe",
    "Thanh",
    "Oluwaseun",
    "Mateo",
    "Sofía",
    "Kai",
    "Anh",
    "Émile",
    "Yusuf",
    "Leilani",
    "Dmitri",
    "Olga",
    "Tomás",
    "Inés",
    "Ahmad",
    "Grace",
    "Xochitl",
    "Hannah",
    "Noah",
];

const LAST_NAMES: &[&str] = &[
    "García",
    "Smith",
    "O'Brien",
    "Nguyen",
    "Martínez-López",
    "De La Cruz",
    "Johnson",
    "Kim",
    "Hernández",
    "Lee",
    "Wang",
    "Patel",
    "Okafor",
    "Müller",
    "D'Angelo",
    "St. James",
    "Van der Berg",
    "Brown",
    "Rodríguez",
    "Tran",
    "López",
    "Williams",
    "Chen",
    "Sánchez",
    "Ramírez",
    "Jones",
    "Pérez",
    "Singh",
    "Davis",
    "Núñez",
    "McAllister",
    "Ó Súilleabháin",
    "Kowalski",
    "Yamamoto",
    "Castillo",
    "Haddad",
    "Baptiste",
    "Ruiz-Ortega",
];

/// One in this many voters gets a look-alike: same name, birth date and ZIP, another voter ID.
const LOOKALIKE_EVERY: u64 = 400;

/// The demo roll's voter ID for the `n`th voter.
pub fn demo_voter_id(n: u64) -> String {
    format!("DEMO{n:08}")
}

/// The `count` voters of the demo roll for `seed`, in voter-ID order.
pub fn demo_roll(count: u64, seed: u64) -> impl Iterator<Item = DemoVoter> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut previous: Option<DemoVoter> = None;
    (1..=count).map(move |n| {
        let row = match previous.take() {
            Some(twin) if n % LOOKALIKE_EVERY == 0 => DemoVoter { voter_id: demo_voter_id(n), ..twin },
            _ => random_voter(&mut rng, n),
        };
        previous = Some(row.clone());
        row
    })
}

fn random_voter(rng: &mut ChaCha8Rng, n: u64) -> DemoVoter {
    let first_name = FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())];
    let last_name = LAST_NAMES[rng.random_range(0..LAST_NAMES.len())];
    let born = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap() + chrono::Duration::days(rng.random_range(0..27_000));
    // A few counties' records keep only the year.
    let date_of_birth =
        if rng.random_ratio(1, 30) { born.format("%Y").to_string() } else { born.format("%Y-%m-%d").to_string() };
    let status = match rng.random_range(0..100) {
        0..90 => "active",
        90..97 => "inactive",
        _ => "cancelled",
    };
    DemoVoter {
        voter_id: demo_voter_id(n),
        county: format!("{:02}", rng.random_range(1..=58)),
        first_name: first_name.to_owned(),
        last_name: last_name.to_owned(),
        date_of_birth,
        zip: format!("{}", rng.random_range(90001..=96162)),
        status: status.to_owned(),
    }
}

/// Voters of a demo roll worth trying: one plain match, one with a year-only birth date, and a
/// look-alike pair that needs the voter ID.
#[derive(Debug, Default)]
pub struct DemoSamples {
    pub plain: Option<DemoVoter>,
    pub year_only: Option<DemoVoter>,
    pub lookalikes: Option<(DemoVoter, DemoVoter)>,
}

impl DemoSamples {
    pub fn pick(rows: &[DemoVoter]) -> Self {
        let identity =
            |r: &DemoVoter| (r.first_name.clone(), r.last_name.clone(), r.date_of_birth.clone(), r.zip.clone());
        let mut sharing: HashMap<_, usize> = HashMap::new();
        for row in rows {
            *sharing.entry(identity(row)).or_default() += 1;
        }
        let active_and_alone = |r: &&DemoVoter| r.status == "active" && sharing[&identity(r)] == 1;
        Self {
            plain: rows.iter().filter(active_and_alone).find(|r| r.date_of_birth.len() == 10).cloned(),
            year_only: rows.iter().filter(active_and_alone).find(|r| r.date_of_birth.len() == 4).cloned(),
            lookalikes: rows
                .windows(2)
                .find(|w| {
                    w[0].status == "active"
                        && w[1].status == "active"
                        && identity(&w[0]) == identity(&w[1])
                        && sharing[&identity(&w[0])] == 2
                })
                .map(|w| (w[0].clone(), w[1].clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_roll_and_every_row_is_valid() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let a: Vec<DemoVoter> = demo_roll(2_000, 7).collect();
        let b: Vec<DemoVoter> = demo_roll(2_000, 7).collect();
        assert_eq!(
            a.iter().map(|r| &r.voter_id).collect::<Vec<_>>(),
            b.iter().map(|r| &r.voter_id).collect::<Vec<_>>()
        );
        assert!(a.iter().zip(&b).all(|(x, y)| x.first_name == y.first_name && x.zip == y.zip));
        for row in &a {
            let imported = ballot_api::voter::import::RawVoterRow {
                voter_id: row.voter_id.clone(),
                county: row.county.clone(),
                first_name: row.first_name.clone(),
                last_name: row.last_name.clone(),
                date_of_birth: row.date_of_birth.clone(),
                zip: row.zip.clone(),
                status: row.status.clone(),
            };
            assert_eq!(imported.parse(today).as_ref().map(|_| ()), Ok(()), "{row:?}");
        }
        let lookalikes = a.windows(2).filter(|w| w[0].last_name == w[1].last_name && w[0].zip == w[1].zip).count();
        assert!(lookalikes >= 5, "{lookalikes}");
        assert!(a.iter().any(|r| r.date_of_birth.len() == 4));
        assert!(a.iter().any(|r| r.status == "cancelled"));
        let samples = DemoSamples::pick(&a);
        let (x, y) = samples.lookalikes.unwrap();
        assert_ne!(x.voter_id, y.voter_id);
        assert_eq!(samples.year_only.unwrap().date_of_birth.len(), 4);
        assert!(samples.plain.is_some());
    }
}
