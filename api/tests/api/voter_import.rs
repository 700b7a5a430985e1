use serde_json::json;

use crate::helpers::{Backend, ROLL, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    importing_the_same_file_twice_changes_nothing,
    bad_rows_are_reported_and_skipped,
    the_import_command_prints_a_summary
);

async fn importing_the_same_file_twice_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let first = app.import_voters(ROLL).await;
    assert_eq!((first.counts.inserted, first.counts.updated, first.counts.unchanged), (8, 0, 0));
    assert!(first.rejected.is_empty());
    let again = app.import_voters(ROLL).await;
    assert_eq!((again.counts.inserted, again.counts.updated, again.counts.unchanged), (0, 0, 8));

    // A moved voter: the new ZIP is what finds them now.
    let moved = "voter_id,county,first_name,last_name,date_of_birth,zip,status\nCA1001,34,José,O'Brien-Smith,1980-01-23,95819,active\n";
    let update = app.import_voters(moved).await;
    assert_eq!((update.counts.inserted, update.counts.updated, update.counts.unchanged), (0, 1, 0));
    let form = |zip: &str| json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": zip});
    assert_eq!(app.post_voter_session(&form("95819")).await.status().as_u16(), 200);
    assert_eq!(app.post_voter_session(&form("95814")).await.status().as_u16(), 404);

    // Cancelling the registration makes the voter unfindable.
    let cancelled = moved.replace(",active", ",cancelled");
    assert_eq!(app.import_voters(&cancelled).await.counts.updated, 1);
    assert_eq!(app.post_voter_session(&form("95819")).await.status().as_u16(), 404);
}

async fn bad_rows_are_reported_and_skipped(backend: Backend) {
    let app = spawn_app(backend).await;
    let csv = "\
voter_id,county,first_name,last_name,date_of_birth,zip,status
CA2001,01,Ana,Lopez,1990-04-04,94601,active
CA-2002,01,Ben,Stone,1990-04-04,94601,active
CA2003,99,Cy,Young,04/04/1990,10001,moved
CA2004,01,Dee,Ray
CA2005,01,Eve,Adams,1991-05-05,94601,active
CA2005,01,Eve,Adams-Cole,1991-05-05,94601,active
";
    let summary = app.import_voters(csv).await;
    assert_eq!((summary.counts.inserted, summary.counts.updated, summary.counts.unchanged), (2, 1, 0));
    let lines: Vec<u64> = summary.rejected.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 4, 5]);
    let fields: Vec<&str> = summary.rejected[1].reasons.iter().map(|r| r.field.as_str()).collect();
    assert_eq!(fields, ["county", "date_of_birth", "zip", "status"]);
    assert!(summary.rejected[0].to_string().starts_with("line 3: voter_id"), "{}", summary.rejected[0]);
}

async fn the_import_command_prints_a_summary(backend: Backend) {
    let app = spawn_app(backend).await;
    let file = app.data_dir.path().join("roll.csv");
    std::fs::write(&file, format!("{ROLL}CA9,34,Bad,Row,1980-01-01,10001,active\n")).unwrap();
    let stdout = app.ballot_tracker(&["import-voters", file.to_str().unwrap()]).await;
    assert!(stdout.contains("inserted 8, updated 0, unchanged 0, rejected 1"), "{stdout}");
    assert!(stdout.contains("rejected line 10: zip (not_california)"), "{stdout}");
}
