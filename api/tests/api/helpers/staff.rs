//! County staff: accounts made with `ballot-tracker staff create`, enrolled through the API, and
//! their sign-ins, with the codes an authenticator app would show at the server's time.

use serde_json::{Value, json};

use super::*;

/// What a staff member knows: their email, password and authenticator secret.
#[derive(Debug, Clone)]
pub struct StaffLogin {
    pub email: String,
    pub password: String,
    pub secret: Vec<u8>,
}

pub const STAFF_PASSWORD: &str = "correct horse battery staple";

/// The token of an enrolment link (the part after `#`), from what `staff create` printed.
pub fn enrolment_token(printed: &str) -> String {
    let link = printed
        .lines()
        .find_map(|line| line.strip_prefix("enrolment link:"))
        .unwrap_or_else(|| panic!("an enrolment link in {printed}"))
        .trim();
    link.split_once("/console/enrol#").unwrap_or_else(|| panic!("a console link: {link}")).1.to_owned()
}

impl TestApp {
    /// `ballot-tracker staff create` for `county` (`None`: the state) with `role`; the enrolment token.
    pub async fn create_staff(&self, county: Option<&str>, role: &str, email: &str) -> String {
        let mut args = vec!["staff", "create", "--email", email, "--role", role];
        match county {
            Some(county) => args.extend(["--county", county]),
            None => args.push("--state"),
        }
        enrolment_token(&self.ballot_tracker(&args).await)
    }

    pub async fn post_staff(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client.post(self.url(&format!("/api/v1/staff/{path}"))).json(body).send().await.expect("request sent")
    }

    /// Opens the enrolment link and finishes enrolling with [`STAFF_PASSWORD`].
    pub async fn enrol_staff(&self, token: &str, email: &str) -> StaffLogin {
        let response = self.post_staff("enrolment/secret", &json!({"token": token})).await;
        assert_eq!(response.status().as_u16(), 200);
        let offered: Value = response.json().await.unwrap();
        let secret = totp_rs::Secret::Encoded(offered["secret"].as_str().unwrap().to_owned()).to_bytes().unwrap();
        let code = self.authenticator_code(&secret);
        let response =
            self.post_staff("enrolment", &json!({"token": token, "password": STAFF_PASSWORD, "code": code})).await;
        assert_eq!(response.status().as_u16(), 201, "{}", response.text().await.unwrap());
        StaffLogin { email: email.to_owned(), password: STAFF_PASSWORD.to_owned(), secret }
    }

    /// A staff account of `county` with `role`, created and enrolled.
    pub async fn enrolled_staff(&self, county: Option<&str>, role: &str, email: &str) -> StaffLogin {
        let token = self.create_staff(county, role, email).await;
        self.enrol_staff(&token, email).await
    }

    /// The code the app shows at the server's time.
    pub fn authenticator_code(&self, secret: &[u8]) -> String {
        ballot_api::staff::factors::code_at(secret, self.clock.now().timestamp())
    }

    /// Half a minute on, the next code: each code signs in once.
    pub async fn staff_sign_in(&self, login: &StaffLogin) -> reqwest::Response {
        self.clock.advance(chrono::Duration::seconds(30));
        let code = self.authenticator_code(&login.secret);
        self.post_staff("session", &json!({"email": login.email, "password": login.password, "code": code})).await
    }

    /// A staff session token for `login`.
    pub async fn staff_token(&self, login: &StaffLogin) -> String {
        let response = self.staff_sign_in(login).await;
        assert_eq!(response.status().as_u16(), 201, "{}", response.text().await.unwrap());
        response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
    }

    /// A staff account of `county` with `role`, signed in: its token.
    pub async fn staff_member_token(&self, county: Option<&str>, role: &str) -> String {
        let email = format!("{role}.{}@elections.example.gov", county.unwrap_or("state"));
        let login = self.enrolled_staff(county, role, &email).await;
        self.staff_token(&login).await
    }

    pub async fn staff_get(&self, token: &str, path: &str) -> reqwest::Response {
        self.client.get(self.url(&format!("/api/v1/{path}"))).bearer_auth(token).send().await.expect("request sent")
    }
}
