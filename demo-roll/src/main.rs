//! `demo-roll`: writes the synthetic roll as a CSV file that `ballot-tracker import-voters` reads,
//! and tells which of its invented voters to try on the sign-up page.

use std::path::PathBuf;

use anyhow::Context;
use ballot_demo_roll::{DemoSamples, DemoVoter, demo_roll};
use clap::Parser;

/// A deterministic roll of invented voters across all 58 counties.
#[derive(Parser)]
struct Options {
    /// How many voters.
    #[arg(long, default_value_t = 2_000)]
    voters: u64,
    /// The same seed always gives the same roll.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// The CSV file to write.
    #[arg(long)]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let options = Options::parse();
    let file = &options.out;
    let mut writer = csv::Writer::from_path(file).with_context(|| format!("creating {}", file.display()))?;
    let mut samples_from = Vec::new();
    for row in demo_roll(options.voters, options.seed) {
        writer.serialize(&row)?;
        if samples_from.len() < 5_000 {
            samples_from.push(row);
        }
    }
    writer.flush()?;
    eprintln!("wrote {} invented voters (seed {}) to {}", options.voters, options.seed, file.display());
    print_samples(&DemoSamples::pick(&samples_from));
    Ok(())
}

fn print_samples(samples: &DemoSamples) {
    let date = |row: &DemoVoter| match chrono::NaiveDate::parse_from_str(&row.date_of_birth, "%Y-%m-%d") {
        Ok(date) => format!("date of birth {}", date.format("%m-%d-%Y")),
        Err(_) => format!("birth year {} (the county keeps only the year)", row.date_of_birth),
    };
    let line = |row: &DemoVoter| format!("{} {}, {}, ZIP {}", row.first_name, row.last_name, date(row), row.zip);
    eprintln!("Voters to try on the sign-up page (once imported):");
    if let Some(row) = &samples.plain {
        eprintln!("  {}", line(row));
    }
    if let Some(row) = &samples.year_only {
        eprintln!("  {}", line(row));
    }
    if let Some((a, b)) = &samples.lookalikes {
        eprintln!("  {}  (two voters: give voter ID {} or {})", line(a), a.voter_id, b.voter_id);
    }
}
