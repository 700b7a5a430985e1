//! County staff: enrolment by a one-time link, sign-in with a password and an authenticator code,
//! every refusal (wrong factor, replayed code, lockout, disabled account), sessions that end, and
//! who may manage whom.

use serde_json::{Value, json};

use crate::helpers::{Backend, STAFF_PASSWORD, TestApp, problem, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    enrolment_by_link_then_sign_in_with_both_factors,
    every_wrong_factor_is_refused_alike_and_five_lock_the_email,
    sessions_end_at_sign_out_when_idle_when_ended_by_an_admin_and_when_disabled,
    admins_manage_their_own_county_only_and_the_log_says_who_did_what,
    tries_sent_at_once_are_counted_one_by_one,
);

async fn enrolment_by_link_then_sign_in_with_both_factors(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.create_staff(Some("34"), "operator", "Clerk@Saccounty.example.gov").await;

    // The link shows whose account it is and a secret, the same one every time it is opened.
    let first: Value = app.post_staff("enrolment/secret", &json!({"token": token})).await.json().await.unwrap();
    assert_eq!(
        (first["email"].as_str(), first["role"].as_str(), first["county"].as_i64()),
        (Some("clerk@saccounty.example.gov"), Some("operator"), Some(34))
    );
    assert!(first["otpauth_uri"].as_str().unwrap().starts_with("otpauth://totp/"), "{first}");
    let again = app.post_staff("enrolment/secret", &json!({"token": token})).await;
    assert_eq!(again.headers().get("cache-control").unwrap(), "no-store");
    assert_eq!(again.json::<Value>().await.unwrap()["secret"], first["secret"]);

    // A short password and a code the app did not make are refused beside their fields.
    let body =
        problem(app.post_staff("enrolment", &json!({"token": token, "password": "short", "code": "12"})).await, 422)
            .await;
    let fields: Vec<&str> = body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["password", "code"]);
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("12 characters"), "{body}");
    let body = problem(
        app.post_staff("enrolment", &json!({"token": token, "password": STAFF_PASSWORD, "code": "000000"})).await,
        422,
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "wrong");

    let login = app.enrol_staff(&token, "clerk@saccounty.example.gov").await;
    // The link works once.
    problem(app.post_staff("enrolment/secret", &json!({"token": token})).await, 410).await;
    let code = app.authenticator_code(&login.secret);
    problem(app.post_staff("enrolment", &json!({"token": token, "password": STAFF_PASSWORD, "code": code})).await, 410)
        .await;
    // A made-up link is as dead as a used one.
    problem(app.post_staff("enrolment/secret", &json!({"token": "A".repeat(43)})).await, 410).await;

    let response = app.staff_sign_in(&login).await;
    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
    let session: Value = response.json().await.unwrap();
    assert_eq!((session["staff"]["role"].as_str(), session["staff"]["county"].as_i64()), (Some("operator"), Some(34)));
    let token = session["token"].as_str().unwrap();
    let me: Value = app.staff_get(token, "staff/session").await.json().await.unwrap();
    assert_eq!(me["staff"]["email"], "clerk@saccounty.example.gov");

    // A staff token is no voter's or county's token, and theirs are not staff tokens.
    assert_eq!(app.get_me(token).await.status().as_u16(), 401);
    let county_token = app.county_client_token("34").await;
    problem(app.staff_get(&county_token, "staff/session").await, 401).await;

    // An enrolment link expires after three days.
    let late = app.create_staff(Some("34"), "viewer", "late@saccounty.example.gov").await;
    app.clock.advance(chrono::Duration::hours(72));
    problem(app.post_staff("enrolment/secret", &json!({"token": late})).await, 410).await;
}

async fn every_wrong_factor_is_refused_alike_and_five_lock_the_email(backend: Backend) {
    let app = spawn_app(backend).await;
    let login = app.enrolled_staff(Some("34"), "viewer", "viewer@saccounty.example.gov").await;
    let attempt =
        |email: &str, password: &str, code: String| json!({"email": email, "password": password, "code": code});

    // Wrong password, wrong code, unknown email: one answer, which never says which was wrong.
    app.clock.advance(chrono::Duration::seconds(30));
    let good_code = app.authenticator_code(&login.secret);
    let wrong_code = format!("{:06}", (good_code.parse::<u32>().unwrap() + 1) % 1_000_000);
    let mut details = Vec::new();
    for body in [
        attempt(&login.email, "not the password at all", good_code.clone()),
        attempt(&login.email, STAFF_PASSWORD, wrong_code.clone()),
        attempt("nobody@saccounty.example.gov", STAFF_PASSWORD, good_code.clone()),
    ] {
        let body = problem(app.post_staff("session", &body).await, 401).await;
        details.push(body["detail"].as_str().unwrap().to_owned());
    }
    assert!(details.iter().all(|d| *d == details[0]), "{details:?}");

    // Right password and code: signed in (the refusals above were 2 of this email's 5).
    let response = app.post_staff("session", &attempt(&login.email, STAFF_PASSWORD, good_code.clone())).await;
    assert_eq!(response.status().as_u16(), 201);
    // The same code again (seen over a shoulder, or in a proxy's log) is refused.
    problem(app.post_staff("session", &attempt(&login.email, STAFF_PASSWORD, good_code)).await, 401).await;
    // A code from two steps ago, or two ahead, is refused too.
    app.clock.advance(chrono::Duration::seconds(30));
    let stale = ballot_api::staff::factors::code_at(&login.secret, app.clock.now().timestamp() - 60);
    problem(app.post_staff("session", &attempt(&login.email, STAFF_PASSWORD, stale)).await, 401).await;

    // A signed-in email starts counting again: five refusals in a row lock it, even for the right
    // factors, and the lock says when to try again.
    for _ in 0..3 {
        problem(app.post_staff("session", &attempt(&login.email, "wrong password!", wrong_code.clone())).await, 401)
            .await;
    }
    let response = app.staff_sign_in(&login).await;
    assert_eq!(response.status().as_u16(), 429, "the 5th refusal (the replay above was the 1st) locked it");
    assert!(response.headers().get("retry-after").is_some());
    // An unknown email locks the same way: a lock tells nothing about which emails have accounts.
    for _ in 0..5 {
        problem(
            app.post_staff("session", &attempt("ghost@example.gov", "whatever it is", wrong_code.clone())).await,
            401,
        )
        .await;
    }
    problem(app.post_staff("session", &attempt("ghost@example.gov", "whatever it is", wrong_code.clone())).await, 429)
        .await;

    // After 15 minutes the account signs in again.
    app.clock.advance(chrono::Duration::minutes(15));
    assert_eq!(app.staff_sign_in(&login).await.status().as_u16(), 201);

    // Every refusal is in the audit log for the county's admin, with the account it named.
    let admin = app.staff_member_token(Some("34"), "admin").await;
    let log: Value = app.staff_get(&admin, "staff/audit").await.json().await.unwrap();
    let refusals = log.as_array().unwrap().iter().filter(|e| e["action"] == "sign_in_refused").count();
    assert!(refusals >= 8, "{log}");
    // The unknown email's refusals are the state's to see, not the county's; and never its address.
    assert!(!log.to_string().contains("ghost@"), "{log}");
}

async fn sessions_end_at_sign_out_when_idle_when_ended_by_an_admin_and_when_disabled(backend: Backend) {
    let app = spawn_app(backend).await;
    let login = app.enrolled_staff(Some("34"), "operator", "op@saccounty.example.gov").await;
    let admin = app.staff_member_token(Some("34"), "admin").await;

    // Sign-out ends the token at once.
    let token = app.staff_token(&login).await;
    let signed_out = app.client.delete(app.url("/api/v1/staff/session")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(signed_out.status().as_u16(), 204);
    let body = problem(app.staff_get(&token, "staff/session").await, 401).await;
    assert!(body["detail"].as_str().unwrap().contains("session has ended"), "{body}");

    // Used within 30 minutes it lives on; unused for 30 minutes it ends.
    let token = app.staff_token(&login).await;
    app.clock.advance(chrono::Duration::minutes(29));
    assert_eq!(app.staff_get(&token, "staff/session").await.status().as_u16(), 200);
    app.clock.advance(chrono::Duration::minutes(29));
    assert_eq!(app.staff_get(&token, "staff/session").await.status().as_u16(), 200);
    app.clock.advance(chrono::Duration::minutes(31));
    problem(app.staff_get(&token, "staff/session").await, 401).await;

    // However busy, a session ends after 8 hours.
    let token = app.staff_token(&login).await;
    for _ in 0..16 {
        app.clock.advance(chrono::Duration::minutes(29));
        assert_eq!(app.staff_get(&token, "staff/session").await.status().as_u16(), 200);
    }
    app.clock.advance(chrono::Duration::minutes(29));
    problem(app.staff_get(&token, "staff/session").await, 401).await;

    // The admin ends every session of the account (a lost laptop).
    let admin = {
        // The admin's own session went idle meanwhile.
        problem(app.staff_get(&admin, "staff/session").await, 401).await;
        let admin_login = app.enrolled_staff(Some("34"), "admin", "admin2@saccounty.example.gov").await;
        app.staff_token(&admin_login).await
    };
    let token = app.staff_token(&login).await;
    let accounts: Value = app.staff_get(&admin, "staff/accounts").await.json().await.unwrap();
    let id = accounts.as_array().unwrap().iter().find(|a| a["email"] == login.email).unwrap()["id"].as_i64().unwrap();
    let ended = app
        .client
        .delete(app.url(&format!("/api/v1/staff/accounts/{id}/sessions")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(ended.status().as_u16(), 204);
    problem(app.staff_get(&token, "staff/session").await, 401).await;

    // Disabled, the account's sessions end and it cannot sign in; `staff reset` gives a new link,
    // and the account stays disabled until enabled on purpose.
    let token = app.staff_token(&login).await;
    let disabled = app
        .client
        .post(app.url(&format!("/api/v1/staff/accounts/{id}/disable")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(disabled.status().as_u16(), 200);
    assert!(disabled.json::<Value>().await.unwrap()["disabled_at"].is_string());
    problem(app.staff_get(&token, "staff/session").await, 401).await;
    problem(app.staff_sign_in(&login).await, 401).await;
    let printed = app.ballot_tracker(&["staff", "reset", &login.email]).await;
    let link = crate::helpers::enrolment_token(&printed);
    problem(app.post_staff("enrolment/secret", &json!({"token": link})).await, 410).await;
    app.ballot_tracker(&["staff", "enable", &login.email]).await;
    let relinked = app.enrol_staff(&link, &login.email).await;
    assert_ne!(relinked.secret, login.secret, "a new authenticator secret");
    problem(app.staff_sign_in(&login).await, 401).await;
    assert_eq!(app.staff_sign_in(&relinked).await.status().as_u16(), 201);
}

async fn admins_manage_their_own_county_only_and_the_log_says_who_did_what(backend: Backend) {
    let app: TestApp = spawn_app(backend).await;
    let sacramento_admin = app.staff_member_token(Some("34"), "admin").await;
    let sacramento_operator = app.staff_member_token(Some("34"), "operator").await;
    let la_admin = app.staff_member_token(Some("19"), "admin").await;
    let state_admin = app.staff_member_token(None, "admin").await;
    let create = |token: &str, body: Value| {
        app.client.post(app.url("/api/v1/staff/accounts")).bearer_auth(token.to_owned()).json(&body).send()
    };

    // A county admin creates accounts for their county; the link comes back once.
    let response =
        create(&sacramento_admin, json!({"email": "new@saccounty.example.gov", "role": "viewer", "county": 34}))
            .await
            .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    let created: Value = response.json().await.unwrap();
    let url = created["enrolment_url"].as_str().unwrap();
    assert!(url.contains("/console/enrol#"), "{url}");
    // Not for another county, not for the state; an operator manages no one; one email, one account.
    problem(
        create(&sacramento_admin, json!({"email": "x@la.example.gov", "role": "viewer", "county": 19})).await.unwrap(),
        403,
    )
    .await;
    problem(create(&sacramento_admin, json!({"email": "x@sos.example.gov", "role": "admin"})).await.unwrap(), 403)
        .await;
    problem(
        create(&sacramento_operator, json!({"email": "y@saccounty.example.gov", "role": "viewer", "county": 34}))
            .await
            .unwrap(),
        403,
    )
    .await;
    problem(
        create(&sacramento_admin, json!({"email": "NEW@saccounty.example.gov", "role": "admin", "county": 34}))
            .await
            .unwrap(),
        409,
    )
    .await;
    let body =
        problem(create(&sacramento_admin, json!({"email": "z", "role": "boss", "county": 99})).await.unwrap(), 422)
            .await;
    assert_eq!(body["errors"].as_array().unwrap().len(), 3, "{body}");
    // The state's admin creates anywhere.
    let response = create(&state_admin, json!({"email": "help@sos.example.gov", "role": "viewer"})).await.unwrap();
    assert_eq!(response.status().as_u16(), 201);

    // Each admin lists their county's accounts; another county's account is "not found" to them.
    let listed: Value = app.staff_get(&sacramento_admin, "staff/accounts").await.json().await.unwrap();
    let emails: Vec<&str> = listed.as_array().unwrap().iter().map(|a| a["email"].as_str().unwrap()).collect();
    assert_eq!(
        emails,
        ["admin.34@elections.example.gov", "new@saccounty.example.gov", "operator.34@elections.example.gov"]
    );
    problem(app.staff_get(&sacramento_admin, "staff/accounts?county=19").await, 403).await;
    problem(app.staff_get(&sacramento_operator, "staff/accounts").await, 403).await;
    let la_accounts: Value = app.staff_get(&la_admin, "staff/accounts").await.json().await.unwrap();
    let la_id = la_accounts[0]["id"].as_i64().unwrap();
    let response = app
        .client
        .post(app.url(&format!("/api/v1/staff/accounts/{la_id}/disable")))
        .bearer_auth(&sacramento_admin)
        .send()
        .await
        .unwrap();
    problem(response, 404).await;
    let everyone: Value = app.staff_get(&state_admin, "staff/accounts").await.json().await.unwrap();
    assert_eq!(everyone.as_array().unwrap().len(), 6);

    // The log: Sacramento's admin reads Sacramento's lines only; the state reads all.
    let log: Value = app.staff_get(&sacramento_admin, "staff/audit").await.json().await.unwrap();
    let lines = log.as_array().unwrap();
    assert!(lines.iter().all(|l| l["county"] == 34), "{log}");
    let created_line =
        lines.iter().find(|l| l["action"] == "account_created" && l["subject"] == "new@saccounty.example.gov").unwrap();
    assert_eq!(created_line["staff"], "admin.34@elections.example.gov");
    assert!(lines.iter().any(|l| l["action"] == "signed_in" && l["staff"] == "operator.34@elections.example.gov"));
    problem(app.staff_get(&sacramento_admin, "staff/audit?county=19").await, 403).await;
    problem(app.staff_get(&sacramento_operator, "staff/audit").await, 403).await;
    let all: Value = app.staff_get(&state_admin, "staff/audit").await.json().await.unwrap();
    assert!(all.as_array().unwrap().iter().any(|l| l["county"] == 19));
    assert!(all.as_array().unwrap().iter().any(|l| l["subject"] == "help@sos.example.gov"));
}

async fn tries_sent_at_once_are_counted_one_by_one(backend: Backend) {
    let app = spawn_app(backend).await;
    let login = app.enrolled_staff(Some("34"), "viewer", "target@saccounty.example.gov").await;
    let bodies: Vec<Value> = (0..12)
        .map(|n| json!({"email": login.email, "password": format!("guess number {n:02}"), "code": format!("{n:06}")}))
        .collect();
    let guesses = bodies.iter().map(|body| app.post_staff("session", body));
    let answers: Vec<u16> = futures_util::future::join_all(guesses).await.iter().map(|r| r.status().as_u16()).collect();
    let guessed = answers.iter().filter(|s| **s == 401).count();
    assert_eq!(guessed, 5, "five guesses from one address, however they are sent: {answers:?}");
    assert_eq!(answers.iter().filter(|s| **s == 429).count(), 7);
    // From another address the owner could still sign in: the email's own limit is higher. (All
    // test requests come from one address, so here the right factors wait out the lock.)
    assert_eq!(app.staff_sign_in(&login).await.status().as_u16(), 429);
    app.clock.advance(chrono::Duration::minutes(15));
    assert_eq!(app.staff_sign_in(&login).await.status().as_u16(), 201);
}
