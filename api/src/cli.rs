//! Commands an operator runs from a terminal, with progress and plain summaries.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use crate::config::DatabaseSettings;
use crate::db::Database;
use crate::voter::import::{self, ImportProgress, ImportSummary};

/// Rejections printed in full; the rest are counted.
const REJECTIONS_SHOWN: usize = 200;

struct ImportBar(ProgressBar);

impl ImportProgress for ImportBar {
    fn advance(&self, bytes_read: u64, rows: u64) {
        self.0.set_position(bytes_read);
        let per_second = rows as f64 / self.0.elapsed().as_secs_f64().max(0.001);
        self.0.set_message(format!("{rows} rows, {per_second:.0} rows/s"));
    }
}

/// `ballot-tracker import-voters FILE`: streams the file into the roll and prints a summary.
pub fn import_voters(database: &DatabaseSettings, path: &Path) -> anyhow::Result<ImportSummary> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let size = file.metadata()?.len();
    let database = Database::connect(database)?;
    let mut conn = database.get(Duration::from_secs(30))?;
    let bar = ProgressBar::new(size).with_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes}  {msg}  ETA {eta}",
        )
        .expect("valid template"),
    );
    let today = chrono::Utc::now().with_timezone(&chrono_tz::America::Los_Angeles).date_naive();
    let now = chrono::Utc::now().naive_utc();
    let summary = import::import_csv(&mut conn, BufReader::new(file), today, now, &ImportBar(bar.clone()))?;
    bar.finish_and_clear();
    let counts = summary.counts;
    println!(
        "{}: {} rows in {:.1} s — inserted {}, updated {}, unchanged {}, rejected {}",
        path.display(),
        summary.rows(),
        bar.elapsed().as_secs_f64(),
        counts.inserted,
        counts.updated,
        counts.unchanged,
        summary.rejected.len()
    );
    for rejection in summary.rejected.iter().take(REJECTIONS_SHOWN) {
        println!("  rejected {rejection}");
    }
    if summary.rejected.len() > REJECTIONS_SHOWN {
        println!("  … and {} more rejected rows", summary.rejected.len() - REJECTIONS_SHOWN);
    }
    Ok(summary)
}
