//! Voter-roll import: CSV rows → validated entries → batched upserts. `ballot-tracker import-voters`
//! uses it for files; the county API will use the same row rules.
//!
//! Format (README): header `voter_id,county,first_name,last_name,date_of_birth,zip,status`; county as
//! its two-digit number; date of birth `YYYY-MM-DD` or `YYYY`; status `active|inactive|cancelled`.

use ballot_shared::Vocabulary;
use std::io::Read;

use ballot_shared::FieldError;
use ballot_shared::error::check;
use ballot_shared::name::{NamePart, PersonName};
use ballot_shared::voter_id::VoterId;
use ballot_shared::zip::Zip;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::db::DbConnection;
use crate::error::Words;
use crate::messaging::texts;
use crate::voter::roll::{self, RegistrationStatus, RollBirth, RollEntry, UpsertCounts};

pub const HEADER: [&str; 7] = ["voter_id", "county", "first_name", "last_name", "date_of_birth", "zip", "status"];

/// Rows written per transaction.
pub const BATCH_SIZE: usize = 5_000;

/// A row as it stands in the file (or in a county's voter-records batch).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
pub struct RawVoterRow {
    /// The state voter ID.
    #[schema(example = "CA1001")]
    pub voter_id: String,
    /// The county's two-digit number.
    #[schema(example = "34")]
    pub county: String,
    #[schema(example = "José")]
    pub first_name: String,
    #[schema(example = "O'Brien-Smith")]
    pub last_name: String,
    /// `YYYY-MM-DD`, or `YYYY` where the county holds only the year.
    #[schema(example = "1980-01-23")]
    pub date_of_birth: String,
    /// The residential ZIP code.
    #[schema(example = "95814")]
    pub zip: String,
    /// `active`, `inactive` or `cancelled`.
    #[schema(example = "active")]
    pub status: String,
}

fn field_error(field: &str, code: &str, why: Words) -> FieldError {
    FieldError::new(field, code).explained(why)
}

fn parse_county(input: &str) -> Option<i16> {
    let input = input.trim();
    let number: i16 = input.parse().ok().filter(|_| input.len() == 2 && input.bytes().all(|b| b.is_ascii_digit()))?;
    (1..=58).contains(&number).then_some(number)
}

fn parse_roll_birth(input: &str, today: NaiveDate) -> Result<RollBirth, &'static str> {
    let input = input.trim();
    let birth = if input.len() == 4 && input.bytes().all(|b| b.is_ascii_digit()) {
        RollBirth::Year(input.parse().map_err(|_| "format")?)
    } else {
        RollBirth::Date(
            NaiveDate::parse_from_str(input, "%Y-%m-%d")
                .map_err(|_| "format")
                .and_then(|date| (input.len() == 10).then_some(date).ok_or("format"))?,
        )
    };
    let year = match birth {
        RollBirth::Date(date) => date.year(),
        RollBirth::Year(year) => year,
    };
    if year < 1900 || matches!(birth, RollBirth::Date(date) if date > today) || year > today.year() {
        return Err("out_of_range");
    }
    Ok(birth)
}

impl RawVoterRow {
    /// Validates the row, reporting every bad field.
    pub fn parse(&self, today: NaiveDate) -> Result<RollEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let voter_id = check(&mut errors, "voter_id", VoterId::parse(&self.voter_id));
        let county = parse_county(&self.county);
        if county.is_none() {
            errors.push(field_error("county", "format", Words::new("import-county-format")));
        }
        let first_name = check(&mut errors, "first_name", PersonName::parse(&self.first_name, NamePart::First));
        let last_name = check(&mut errors, "last_name", PersonName::parse(&self.last_name, NamePart::Last));
        let birth = parse_roll_birth(&self.date_of_birth, today)
            .map_err(|code| {
                errors.push(field_error("date_of_birth", code, Words::new("import-date-of-birth")));
            })
            .ok();
        let zip = check(&mut errors, "zip", Zip::parse(&self.zip));
        let status = RegistrationStatus::parse(&self.status);
        if status.is_none() {
            let names: Vec<&str> = RegistrationStatus::all().iter().map(|s| s.as_str()).collect();
            let why = Words::new("import-status-format").with("choices", names.join(", "));
            errors.push(field_error("status", "format", why));
        }
        match (voter_id, county, first_name, last_name, birth, zip, status) {
            (Some(voter_id), Some(county), Some(first_name), Some(last_name), Some(birth), Some(zip), Some(status))
                if errors.is_empty() =>
            {
                Ok(RollEntry { voter_id, county, first_name, last_name, birth, zip, status })
            }
            _ => Err(errors),
        }
    }
}

/// What is wrong with a field, said in English (for the operator's terminal).
pub fn in_english(error: &FieldError) -> String {
    texts::explained(texts::DEFAULT_LANGUAGE, error).message
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub line: u64,
    pub reasons: Vec<FieldError>,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: ", self.line)?;
        let reasons: Vec<String> =
            self.reasons.iter().map(|r| format!("{} ({}): {}", r.field, r.code, in_english(r))).collect();
        f.write_str(&reasons.join("; "))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub counts: UpsertCounts,
    pub rejected: Vec<Rejection>,
}

impl ImportSummary {
    pub fn rows(&self) -> u64 {
        self.counts.inserted + self.counts.updated + self.counts.unchanged + self.rejected.len() as u64
    }
}

/// Progress reports: bytes read so far and rows handled so far.
pub trait ImportProgress {
    fn advance(&self, bytes_read: u64, rows: u64);
}

impl ImportProgress for () {
    fn advance(&self, _: u64, _: u64) {}
}

/// Rows parsed by the reading thread, ready for the writing thread.
struct ParsedBatch {
    entries: Vec<RollEntry>,
    rejected: Vec<Rejection>,
    /// Bytes of the file read so far.
    bytes_read: u64,
}

/// Streams a CSV voter file into the roll in batches of [`BATCH_SIZE`]; a bad row is reported
/// and skipped. One thread reads, validates and normalizes rows while this one writes the previous
/// batch. Fails only when the file cannot be read as CSV with the expected header, or the database
/// fails (batches already written stay written; re-running the file is safe).
pub fn import_csv(
    conn: &mut DbConnection,
    input: impl Read + Send,
    today: NaiveDate,
    now: NaiveDateTime,
    progress: &impl ImportProgress,
) -> anyhow::Result<ImportSummary> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).flexible(true).from_reader(input);
    let header = reader.headers()?.clone();
    let missing: Vec<&str> = HEADER.iter().copied().filter(|h| !header.iter().any(|c| c == *h)).collect();
    anyhow::ensure!(
        missing.is_empty(),
        "the header must name the columns {}; missing: {}",
        HEADER.join(","),
        missing.join(",")
    );
    let mut summary = ImportSummary::default();
    std::thread::scope(|scope| {
        // Two batches in flight at most: memory stays flat however large the file.
        let (batches, parsed) = std::sync::mpsc::sync_channel::<anyhow::Result<ParsedBatch>>(2);
        scope.spawn(move || read_batches(&mut reader, &header, today, &batches));
        for batch in parsed {
            let batch = batch?;
            summary.rejected.extend(batch.rejected);
            if !batch.entries.is_empty() {
                summary.counts += roll::upsert(conn, &batch.entries, now)?;
            }
            progress.advance(batch.bytes_read, summary.rows());
        }
        anyhow::Ok(())
    })?;
    Ok(summary)
}

/// Reads, validates and normalizes rows, sending them on in batches; stops when the receiver is gone.
fn read_batches<R: Read>(
    reader: &mut csv::Reader<R>,
    header: &csv::StringRecord,
    today: NaiveDate,
    batches: &std::sync::mpsc::SyncSender<anyhow::Result<ParsedBatch>>,
) {
    let new_batch = || ParsedBatch { entries: Vec::with_capacity(BATCH_SIZE), rejected: Vec::new(), bytes_read: 0 };
    let mut batch = new_batch();
    let mut record = csv::StringRecord::new();
    loop {
        let more = match reader.read_record(&mut record) {
            Ok(more) => more,
            Err(error) if matches!(error.kind(), csv::ErrorKind::Io(_)) => {
                let _ = batches.send(Err(error.into()));
                return;
            }
            Err(error) => {
                // A broken row (bad UTF-8, wrong quoting) is one rejection, not the end of the import.
                let line = error.position().map_or(0, |p| p.line());
                let why = Words::new("feed-row-unreadable").with("reason", error);
                let reason = field_error("row", "unreadable", why);
                batch.rejected.push(Rejection { line, reasons: vec![reason] });
                continue;
            }
        };
        if !more {
            break;
        }
        let line = record.position().map_or(0, |p| p.line());
        match record.deserialize::<RawVoterRow>(Some(header)) {
            Ok(raw) => match raw.parse(today) {
                Ok(entry) => batch.entries.push(entry),
                Err(reasons) => batch.rejected.push(Rejection { line, reasons }),
            },
            Err(error) => {
                let why = Words::new("feed-row-not-fitting").with("reason", error);
                let reason = field_error("row", "unreadable", why);
                batch.rejected.push(Rejection { line, reasons: vec![reason] });
            }
        }
        if batch.entries.len() == BATCH_SIZE {
            batch.bytes_read = reader.position().byte();
            if batches.send(Ok(std::mem::replace(&mut batch, new_batch()))).is_err() {
                return;
            }
        }
    }
    batch.bytes_read = reader.position().byte();
    let _ = batches.send(Ok(batch));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    fn row() -> RawVoterRow {
        RawVoterRow {
            voter_id: "ca100".into(),
            county: "34".into(),
            first_name: "José".into(),
            last_name: "O'Brien-Smith".into(),
            date_of_birth: "1980-01-23".into(),
            zip: "95814".into(),
            status: "active".into(),
        }
    }

    #[test]
    fn a_good_row_becomes_an_entry() {
        let entry = row().parse(today()).unwrap();
        assert_eq!(entry.voter_id.as_str(), "CA100");
        assert_eq!(entry.county, 34);
        assert_eq!(entry.birth, RollBirth::Date(NaiveDate::from_ymd_opt(1980, 1, 23).unwrap()));
        let year_only = RawVoterRow { date_of_birth: "1980".into(), ..row() };
        assert_eq!(year_only.parse(today()).unwrap().birth, RollBirth::Year(1980));
    }

    #[test]
    fn every_bad_field_is_reported() {
        let bad = RawVoterRow {
            voter_id: "CA-1".into(),
            county: "59".into(),
            first_name: String::new(),
            last_name: "Smith".into(),
            date_of_birth: "01-23-1980".into(),
            zip: "10001".into(),
            status: "moved".into(),
        };
        let fields: Vec<String> = bad.parse(today()).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["voter_id", "county", "first_name", "date_of_birth", "zip", "status"]);
        for county in ["1", "00", "058", "xx"] {
            assert!(RawVoterRow { county: county.into(), ..row() }.parse(today()).is_err(), "{county}");
        }
        for dob in ["1899-12-31", "2027-01-01", "1980-1-23", "1980-02-30"] {
            assert!(RawVoterRow { date_of_birth: dob.into(), ..row() }.parse(today()).is_err(), "{dob}");
        }
    }
}
