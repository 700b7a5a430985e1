//! Commands an operator runs from a terminal, with progress and plain summaries.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use ballot_shared::Vocabulary;
use ballot_shared::contact::{EmailAddress, PhoneNumber};

use crate::clock::Clock;
use crate::config::DatabaseSettings;
use crate::county::{self, CountyChanges};
use crate::db;
use crate::feeds::clients::{self, Scope};
use crate::feeds::elections::{self, ElectionRow};
use crate::feeds::{FeedContext, Outcome};
use crate::voter::california_date;
use crate::voter::import::{self, ImportProgress, ImportSummary, in_english};

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
    let mut conn = db::connect_one(database)?;
    let bar = ProgressBar::new(size).with_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes}  {msg}  ETA {eta}",
        )
        .expect("valid template"),
    );
    let now = Clock::system().now().naive_utc();
    let today = california_date(now);
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

/// `ballot-tracker counties list`: the counties and their settings.
pub fn counties_list(database: &DatabaseSettings) -> anyhow::Result<()> {
    let mut conn = db::connect_one(database)?;
    println!("{:<3} {:<16} {:<6} {:<8} {:<13} {:<32} website", "no", "name", "birth", "remind", "phone", "email");
    for c in county::list(&mut conn)? {
        let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_owned());
        println!(
            "{:02}  {:<16} {:<6} {:<8} {:<13} {:<32} {}",
            c.id,
            c.name,
            c.birth_date_precision,
            format!("{}d", c.reminder_days),
            or_dash(&c.elections_phone),
            or_dash(&c.elections_email),
            or_dash(&c.elections_website)
        );
    }
    Ok(())
}

/// What `ballot-tracker counties set` may change, as typed.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CountySettings {
    /// `full`, or `year` where the county holds only the year of birth.
    #[arg(long, value_parser = ["full", "year"])]
    pub birth_date_precision: Option<String>,
    /// The elections office's phone number (US).
    #[arg(long)]
    pub phone: Option<String>,
    /// The elections office's email address.
    #[arg(long)]
    pub email: Option<String>,
    /// The elections office's website (https://…).
    #[arg(long)]
    pub website: Option<String>,
    /// Where voters get the form to fix a missing or mismatched signature (https://…).
    #[arg(long)]
    pub cure_form_url: Option<String>,
    /// Days before election day that voters whose ballot has not come back get a reminder (0: none).
    #[arg(long, value_parser = clap::value_parser!(i16).range(0..=30))]
    pub reminder_days: Option<i16>,
}

impl CountySettings {
    fn validate(&self) -> anyhow::Result<CountyChanges> {
        let phone =
            self.phone.as_deref().map(PhoneNumber::parse).transpose().map_err(|e| anyhow::anyhow!("--phone: {e}"))?;
        let email =
            self.email.as_deref().map(EmailAddress::parse).transpose().map_err(|e| anyhow::anyhow!("--email: {e}"))?;
        let website = self.website.as_deref().map(|site| https_url("--website", site)).transpose()?;
        let cure_form_url = self.cure_form_url.as_deref().map(|site| https_url("--cure-form-url", site)).transpose()?;
        Ok(CountyChanges {
            birth_date_precision: self.birth_date_precision.clone(),
            elections_phone: phone.map(|p| p.e164().to_owned()),
            elections_email: email.map(|e| e.as_str().to_owned()),
            elections_website: website,
            cure_form_url,
            reminder_days: self.reminder_days,
        })
    }
}

/// An `https://` address given as the value of `flag`.
fn https_url(flag: &str, input: &str) -> anyhow::Result<String> {
    let url = url::Url::parse(input).map_err(|e| anyhow::anyhow!("{flag}: {e}"))?;
    anyhow::ensure!(url.scheme() == "https", "{flag}: use an https:// address");
    Ok(url.to_string())
}

/// `ballot-tracker counties set NN …`: changes one county's settings.
pub fn counties_set(database: &DatabaseSettings, county: &str, settings: &CountySettings) -> anyhow::Result<()> {
    let id = parse_county_number(county)?;
    let changes = settings.validate()?;
    let mut conn = db::connect_one(database)?;
    anyhow::ensure!(county::update(&mut conn, id, &changes)?, "no county {id:02}");
    println!("county {id:02} updated");
    Ok(())
}

fn parse_county_number(county: &str) -> anyhow::Result<i16> {
    county
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=58).contains(n))
        .ok_or_else(|| anyhow::anyhow!("the county is its number, 01 (Alameda) to 58 (Yuba)"))
}

/// `ballot-tracker clients create`: a county (or the state-level) API client; prints its secret once.
pub fn clients_create(
    database: &DatabaseSettings,
    name: &str,
    county: Option<&str>,
    scopes: &str,
) -> anyhow::Result<()> {
    let county = county.map(parse_county_number).transpose()?;
    let scopes = Scope::parse_list(scopes).filter(|s| !s.is_empty()).ok_or_else(|| {
        anyhow::anyhow!("--scopes: list one or more of ballots:write, voters:write, stats:read, ballots:read")
    })?;
    anyhow::ensure!(!name.trim().is_empty(), "--name: say whose system this is, e.g. \"Sacramento EMS\"");
    let mut conn = db::connect_one(database)?;
    let created = clients::create(&mut conn, name.trim(), county, &scopes, Clock::system().now().naive_utc())?;
    let acts_for = county.map_or_else(|| "every county (state-level client)".to_owned(), |c| format!("county {c:02}"));
    println!("Created API client \"{}\" for {acts_for} with scopes {}.", created.client.name, created.client.scopes);
    println!("client_id:     {}", created.client.client_id);
    println!("client_secret: {}", created.secret);
    println!("Store the secret now: it is not kept and cannot be shown again (only its hash is stored).");
    Ok(())
}

/// `ballot-tracker clients list`.
pub fn clients_list(database: &DatabaseSettings) -> anyhow::Result<()> {
    let mut conn = db::connect_one(database)?;
    println!("{:<22} {:<6} {:<20} {:<40} name", "client_id", "county", "created (UTC)", "scopes");
    for client in clients::list(&mut conn)? {
        let county = client.county_id.map_or_else(|| "state".to_owned(), |c| format!("{c:02}"));
        let revoked =
            client.revoked_at.map(|at| format!("  [revoked {}]", at.format("%Y-%m-%d %H:%M"))).unwrap_or_default();
        println!(
            "{:<22} {:<6} {:<20} {:<40} {}{revoked}",
            client.client_id,
            county,
            client.created_at.format("%Y-%m-%d %H:%M"),
            client.scopes,
            client.name
        );
    }
    Ok(())
}

/// `ballot-tracker clients revoke CLIENT_ID`: its tokens stop working at once.
pub fn clients_revoke(database: &DatabaseSettings, client_id: &str) -> anyhow::Result<()> {
    let mut conn = db::connect_one(database)?;
    let client = clients::revoke(&mut conn, client_id.trim(), Clock::system().now().naive_utc())?
        .ok_or_else(|| anyhow::anyhow!("no API client {client_id:?} (see `ballot-tracker clients list`)"))?;
    println!("API client {} (\"{}\") is revoked; its tokens no longer work.", client.client_id, client.name);
    Ok(())
}

/// `ballot-tracker elections set`: creates or changes an election for the listed counties.
pub fn elections_set(database: &DatabaseSettings, row: ElectionRow, counties: &str) -> anyhow::Result<()> {
    let counties: Vec<i16> = if counties.trim().eq_ignore_ascii_case("all") {
        (1..=58).collect()
    } else {
        counties.split(',').map(parse_county_number).collect::<anyhow::Result<_>>()?
    };
    anyhow::ensure!(!counties.is_empty(), "--counties: list the counties holding the election, or `all`");
    if let Err(errors) = row.parse() {
        let reasons: Vec<String> = errors.iter().map(in_english).collect();
        anyhow::bail!("{}", reasons.join(" "));
    }
    let mut conn = db::connect_one(database)?;
    let now = Clock::system().now().naive_utc();
    for county in &counties {
        let context =
            FeedContext { county: *county, client: None, endpoint: "cli", now, holds: Default::default(), hold: None };
        let result = elections::apply(&mut conn, &context, true, vec![Ok(row.clone())])?;
        if let Some(rejected) = result.results.iter().find(|r| r.outcome == Outcome::Rejected) {
            anyhow::bail!(
                "county {county:02}: {}",
                rejected.errors.iter().map(in_english).collect::<Vec<_>>().join(" ")
            );
        }
    }
    println!(
        "election {} set for {} count{}",
        row.id.trim(),
        counties.len(),
        if counties.len() == 1 { "y" } else { "ies" }
    );
    Ok(())
}

/// Where enrolment links point when no public address is configured.
pub const LOCAL_URL: &str = "http://127.0.0.1:8080";

fn print_enrolment(created: &ballot_shared::staff::CreatedStaff, what: &str) {
    let member = &created.staff;
    let works_for = member.county.map_or_else(|| "the state (every county)".to_owned(), |c| format!("county {c:02}"));
    println!("{what} {} ({}, {works_for}).", member.email, member.role.as_str());
    println!("enrolment link: {}", created.enrolment_url);
    println!(
        "Give the link to its owner only; it works once, until {} UTC. Following it, they set a password \
         and add the service to an authenticator app.",
        created.expires_at.format("%Y-%m-%d %H:%M")
    );
}

/// `ballot-tracker staff create`: a staff account and the one-time link its owner enrols by.
pub fn staff_create(
    database: &DatabaseSettings,
    email: &str,
    county: Option<&str>,
    role: &str,
    public_url: &str,
) -> anyhow::Result<()> {
    use ballot_shared::staff::NewStaffForm;
    let county = county.map(parse_county_number).transpose()?;
    let form = NewStaffForm { email: email.to_owned(), role: role.to_owned(), county };
    let new = form.validate().map_err(|errors| {
        let fields: Vec<String> = errors.iter().map(|e| format!("--{} ({})", e.field, e.code)).collect();
        anyhow::anyhow!("check {}; roles are {}", fields.join(", "), crate::staff::role_words())
    })?;
    let mut conn = db::connect_one(database)?;
    let now = Clock::system().now().naive_utc();
    let created = crate::staff::create_account(&mut conn, &new, None, public_url, now)?.ok_or_else(|| {
        anyhow::anyhow!("{} has an account already (`staff reset` gives it a new enrolment link)", new.email)
    })?;
    print_enrolment(&created, "Created staff account");
    Ok(())
}

/// A staff email as accounts are stored under it (the one rule, `ballot_shared::staff::staff_email`).
fn staff_email(email: &str) -> anyhow::Result<String> {
    ballot_shared::staff::staff_email(email, &mut Vec::new())
        .ok_or_else(|| anyhow::anyhow!("{email:?} is not an email address"))
}

/// `ballot-tracker staff reset EMAIL`: a new enrolment link in place of the password and authenticator.
pub fn staff_reset(database: &DatabaseSettings, email: &str, public_url: &str) -> anyhow::Result<()> {
    let mut conn = db::connect_one(database)?;
    let now = Clock::system().now().naive_utc();
    let email = staff_email(email)?;
    let created = crate::staff::reset_enrolment(&mut conn, &email, None, public_url, now)?
        .ok_or_else(|| anyhow::anyhow!("no staff account {email:?} (see `ballot-tracker staff list`)"))?;
    print_enrolment(&created, "Reset staff account");
    println!("Its password and authenticator no longer work, and its sessions have ended.");
    Ok(())
}

/// `ballot-tracker staff list`.
pub fn staff_list(database: &DatabaseSettings) -> anyhow::Result<()> {
    let mut conn = db::connect_one(database)?;
    println!("{:<6} {:<6} {:<9} {:<22} email", "id", "county", "role", "state");
    for account in crate::staff::accounts::list(&mut conn, None)? {
        let county = account.county_id.map_or_else(|| "state".to_owned(), |c| format!("{c:02}"));
        let state = match (account.disabled_at, account.enrolled_at) {
            (Some(at), _) => format!("disabled {}", at.format("%Y-%m-%d")),
            (None, Some(at)) => format!("enrolled {}", at.format("%Y-%m-%d")),
            (None, None) => "link sent".to_owned(),
        };
        println!("{:<6} {:<6} {:<9} {:<22} {}", account.id, county, account.role.as_str(), state, account.email);
    }
    Ok(())
}

/// `ballot-tracker staff enable EMAIL`: a disabled account may sign in again.
pub fn staff_enable(database: &DatabaseSettings, email: &str) -> anyhow::Result<()> {
    let mut conn = db::connect_one(database)?;
    let email = staff_email(email)?;
    let account = crate::staff::accounts::by_email(&mut conn, &email)?
        .ok_or_else(|| anyhow::anyhow!("no staff account {email:?} (see `ballot-tracker staff list`)"))?;
    crate::staff::accounts::enable(&mut conn, account.id)?;
    println!("Staff account {email} is enabled again.");
    Ok(())
}

/// `ballot-tracker staff disable EMAIL`: the account can no longer sign in; its sessions end.
pub fn staff_disable(database: &DatabaseSettings, email: &str) -> anyhow::Result<()> {
    let mut conn = db::connect_one(database)?;
    let email = staff_email(email)?;
    let account = crate::staff::accounts::by_email(&mut conn, &email)?
        .ok_or_else(|| anyhow::anyhow!("no staff account {email:?} (see `ballot-tracker staff list`)"))?;
    crate::staff::disable_account(&mut conn, account.id, None, Clock::system().now().naive_utc())?;
    println!("Staff account {email} is disabled; its sessions have ended.");
    Ok(())
}
