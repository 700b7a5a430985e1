//! A county's requests: API clients and tokens, batches, the test election and ballots, counts.

use serde_json::Value;

use super::*;

/// The county elections used by the feed tests.
pub const ELECTION: &str = "2026-11-03-general";

impl TestApp {
    /// Creates an API client with `ballot-tracker clients create`; returns its id and secret.
    /// `county: None` makes the state-level client.
    pub async fn create_client(&self, county: Option<&str>, scopes: &str) -> (String, String) {
        let mut args = vec!["clients", "create", "--name", "Test county system", "--scopes", scopes];
        match county {
            Some(county) => args.extend(["--county", county]),
            None => args.push("--state"),
        }
        let printed = self.ballot_tracker(&args).await;
        let field = |name: &str| {
            printed
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .map(|rest| rest.trim().to_owned())
                .unwrap_or_else(|| panic!("{name} in {printed}"))
        };
        (field("client_id:"), field("client_secret:"))
    }

    pub async fn request_token(&self, form: &[(&str, &str)]) -> reqwest::Response {
        self.client.post(self.url("/api/v1/oauth/token")).form(form).send().await.expect("request sent")
    }

    /// A county access token for the client, with all its scopes.
    pub async fn county_token(&self, client_id: &str, secret: &str) -> String {
        let response = self
            .request_token(&[("grant_type", "client_credentials"), ("client_id", client_id), ("client_secret", secret)])
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let body: Value = response.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// A token for a new client of `county` with every scope.
    pub async fn county_client_token(&self, county: &str) -> String {
        let (id, secret) = self.create_client(Some(county), "ballots:write voters:write stats:read").await;
        self.county_token(&id, &secret).await
    }

    /// Posts a batch body to a county endpoint (`path` after `/api/v1/counties/`).
    pub async fn post_batch(&self, token: &str, path: &str, content_type: &str, body: String) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/v1/counties/{path}")))
            .bearer_auth(token)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    /// Posts a JSON batch and expects 200; returns the answer.
    pub async fn post_json(&self, token: &str, path: &str, rows: &Value) -> Value {
        let response = self.post_batch(token, path, "application/json", rows.to_string()).await;
        assert_eq!(response.status().as_u16(), 200, "{path}");
        response.json().await.unwrap()
    }

    /// Sets up Sacramento (34) with the test roll, the election and the given ballots (id, voter ID).
    pub async fn county_with_ballots(&self, ballots: &[(&str, &str)]) -> String {
        self.import_voters(ROLL).await;
        let token = self.county_client_token("34").await;
        let election = serde_json::json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"}]);
        let answer = self.post_json(&token, "34/elections", &election).await;
        assert_eq!(answer["results"][0]["outcome"], "created", "{answer}");
        let rows: Vec<Value> = ballots
            .iter()
            .map(|(ballot, voter)| {
                serde_json::json!({"ballot_id": ballot, "voter_id": voter, "election": ELECTION, "delivery_method": "mail"})
            })
            .collect();
        let answer = self.post_json(&token, "34/ballots", &Value::Array(rows)).await;
        assert_eq!(answer["stored"], ballots.len(), "{answer}");
        token
    }

    /// Sacramento publishes its elections office's phone and its signature statement form, and sets
    /// the test election's cure deadline (December 1).
    pub async fn sacramento_cure_details(&self, county_token: &str) {
        let form = "https://elections.example.org/cure";
        self.ballot_tracker(&["counties", "set", "34", "--phone", "916-875-6451", "--cure-form-url", form]).await;
        let election = serde_json::json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03",
                                           "cure_deadline": "2026-12-01"}]);
        self.post_json(county_token, "34/elections", &election).await;
    }

    /// The county's counts for the test election.
    pub async fn stats(&self, token: &str, county: &str) -> Value {
        let url = self.url(&format!("/api/v1/counties/{county}/stats?election={ELECTION}"));
        let response = self.client.get(url).bearer_auth(token).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
        response.json().await.unwrap()
    }
}

/// The ballots by current status, as `status → count`, from a stats answer.
pub fn by_status(stats: &Value) -> std::collections::BTreeMap<String, i64> {
    stats["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["status"].as_str().unwrap().to_owned(), s["ballots"].as_i64().unwrap()))
        .collect()
}

/// Each row's outcome, in order, from a batch answer.
pub fn outcomes(answer: &Value) -> Vec<String> {
    answer["results"].as_array().unwrap().iter().map(|r| r["outcome"].as_str().unwrap().to_owned()).collect()
}
