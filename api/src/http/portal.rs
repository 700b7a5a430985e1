//! The voter portal over HTTP: ballot status, contact methods, one-time codes, preferences,
//! confirmation and unsubscribe links, and the SMS provider's inbound webhook.

use actix_web::http::header;
use actix_web::{CustomizeResponder, HttpRequest, HttpResponse, Responder, delete, get, patch, post, put, web};
use ballot_shared::contact::{ContactKind, PhoneNumber};
use ballot_shared::forms::{CodeRequestForm, ConfirmationForm, ContactMethodForm, PreferencesForm, VerificationForm};

use crate::error::Words;
use crate::http::extractors::SignedInVoter;
use crate::http::problem::{Problem, ServiceError};
use crate::http::responses::{CodeNeeded, NoVoterToken};
use crate::messaging::telephony;
use crate::messaging::texts;
use crate::notify::reports;
use crate::voter::contact::{Method, Preferences};
use crate::voter::portal::{self, Portal, Voter, masked};
use ballot_shared::responses::{
    BallotsView, CodeSent, ContactHoursView, LanguageView, MethodView, PreferencesView, SendersView, UndoneChange,
    VerifiedSession,
};

/// A method as the signed-in voter sees it.
fn method_view(portal: &Portal, voter: &Voter, m: Method) -> MethodView {
    MethodView {
        kind: m.kind,
        address: masked(m.kind, &m.address),
        state: m.state,
        may_receive_codes: portal::may_receive_codes(voter, &m, portal.cooling_off),
        failure: m.failure,
    }
}

fn view(portal: &Portal, voter: &Voter, preferences: Preferences, methods: Vec<Method>) -> PreferencesView {
    let hours = preferences.contact_hours;
    let phone = |number: &str| PhoneNumber::parse(number).map_or_else(|_| number.to_owned(), |p| p.national());
    let senders = &portal.messenger.senders;
    let calls_in_english = texts::call_voice(&preferences.language).language != preferences.language;
    PreferencesView {
        notifications_on: preferences.notifications_on,
        language: preferences.language,
        contact_hours: ContactHoursView {
            from: hours.start().format("%H:%M").to_string(),
            until: hours.end().format("%H:%M").to_string(),
            time_zone: hours.time_zone().name().to_owned(),
        },
        protected: portal::protected(voter, &methods),
        methods: methods.into_iter().map(|m| method_view(portal, voter, m)).collect(),
        verified: voter.session.verified(),
        senders: SendersView {
            email: senders.email.to_string(),
            sms: phone(&senders.sms),
            voice: phone(&senders.voice),
            calls_in_english,
        },
        languages: texts::languages()
            .into_iter()
            .map(|tag| LanguageView { name: texts::language_name(&tag), tag })
            .collect(),
    }
}

/// The voter's ballots in current and recent elections, each with its timeline.
///
/// The explanations and steps are in the language `Accept-Language` asks for, else the voter's own.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    responses(
        (status = 200, description = "The voter's ballots, newest election first.", body = BallotsView),
        NoVoterToken,
    )
)]
#[get("/voter/ballots")]
pub async fn ballots(
    req: HttpRequest,
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
) -> Result<CustomizeResponder<web::Json<BallotsView>>, ServiceError> {
    let asked = texts::accepted(req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
    let ballots = portal::ballots(&portal, signed_in.voter, asked).await?;
    Ok(web::Json(ballots).customize().insert_header((header::VARY, "Accept-Language")))
}

/// The voter's notification preferences and contact methods.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    responses(
        (status = 200, description = "Preferences and methods.", body = PreferencesView),
        NoVoterToken,
    )
)]
#[get("/voter/preferences")]
pub async fn get_preferences(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
) -> Result<web::Json<PreferencesView>, ServiceError> {
    let (preferences, methods) = portal::preferences(&portal, &signed_in.voter).await?;
    Ok(web::Json(view(&portal, &signed_in.voter, preferences, methods)))
}

/// Change notification preferences: on/off, language, contact hours.
///
/// While the voter has a confirmed method, every change needs a verified session (one that entered
/// a one-time code), and the confirmed methods are told of it with an undo link. Contact hours
/// must be at least three hours long.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    request_body = PreferencesForm,
    responses(
        (status = 200, description = "The preferences as changed.", body = PreferencesView),
        NoVoterToken,
        CodeNeeded,
        (status = 422, description = "Invalid fields.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/voter/preferences")]
pub async fn patch_preferences(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
    form: web::Json<PreferencesForm>,
) -> Result<web::Json<PreferencesView>, ServiceError> {
    let languages = texts::languages();
    let offered: Vec<&str> = languages.iter().map(String::as_str).collect();
    let changes = form.validate(&offered).map_err(ServiceError::InvalidFields)?;
    portal::update_preferences(&portal, &signed_in.voter, changes).await?;
    let (preferences, methods) = portal::preferences(&portal, &signed_in.voter).await?;
    Ok(web::Json(view(&portal, &signed_in.voter, preferences, methods)))
}

/// Add a contact method, or change its address.
///
/// Every method starts pending: email waits for the voter to follow the emailed link, text for a
/// YES reply, voice for the code a call reads out (`POST …/{kind}/confirmation-code`). The voter's
/// confirmed methods are told, with an undo link. While the voter has a confirmed method, changing
/// a method this session did not add needs a verified session. A number that replied STOP costs
/// the message budget like any addition before it is refused.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    params(("kind" = ContactKind, Path, description = "email, sms or voice")),
    request_body = ContactMethodForm,
    responses(
        (status = 200, description = "The method (pending until confirmed, or on). The confirmation leaves through the outbox at once; a provider outage delays it, and an address the provider refuses is then shown as failed.", body = MethodView),
        NoVoterToken,
        CodeNeeded,
        (status = 409, description = "The number replied STOP earlier.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid address.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many messages to this voter or address lately.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/voter/contact-methods/{kind}")]
pub async fn put_method(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
    kind: web::Path<ContactKind>,
    form: web::Json<ContactMethodForm>,
) -> Result<web::Json<MethodView>, ServiceError> {
    let kind = kind.into_inner();
    let address = form.validate(kind).map_err(ServiceError::InvalidFields)?;
    let method = portal::put_method(&portal, &signed_in.voter, kind, address).await?;
    Ok(web::Json(method_view(&portal, &signed_in.voter, method)))
}

/// Remove a contact method.
///
/// While the voter has a confirmed method, removing one this session did not add needs a verified
/// session; the confirmed methods (the removed one included) are told, with an undo link.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    params(("kind" = ContactKind, Path, description = "email, sms or voice")),
    responses(
        (status = 204, description = "Removed."),
        NoVoterToken,
        CodeNeeded,
        (status = 404, description = "The voter has no method of this kind.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/voter/contact-methods/{kind}")]
pub async fn delete_method(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
    kind: web::Path<ContactKind>,
) -> Result<HttpResponse, ServiceError> {
    portal::remove_method(&portal, &signed_in.voter, kind.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Send a pending method's confirmation again (at most once a minute).
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    params(("kind" = ContactKind, Path, description = "email or sms")),
    responses(
        (status = 200, description = "Queued to be sent again at once.", body = MethodView),
        NoVoterToken,
        (status = 409, description = "The method is not waiting for confirmation.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Sent too recently.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/voter/contact-methods/{kind}/confirmation")]
pub async fn resend_confirmation(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
    kind: web::Path<ContactKind>,
) -> Result<web::Json<MethodView>, ServiceError> {
    let method = portal::resend(&portal, &signed_in.voter, kind.into_inner()).await?;
    Ok(web::Json(method_view(&portal, &signed_in.voter, method)))
}

/// Confirm a pending voice number with the code its confirmation call read out.
///
/// Five tries per call; a new call (`POST …/voice/confirmation`) brings a new code.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    params(("kind" = ContactKind, Path, description = "voice")),
    request_body = VerificationForm,
    responses(
        (status = 200, description = "Confirmed: the number is on.", body = MethodView),
        NoVoterToken,
        (status = 409, description = "No voice number waits for a code.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Wrong, expired or used-up code; `errors` says which and how many tries are left.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/voter/contact-methods/{kind}/confirmation-code")]
pub async fn confirm_by_code(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
    kind: web::Path<ContactKind>,
    form: web::Json<VerificationForm>,
) -> Result<web::Json<MethodView>, ServiceError> {
    let code = form.validate().map_err(ServiceError::InvalidFields)?;
    let method = portal::confirm_by_code(&portal, &signed_in.voter, kind.into_inner(), code).await?;
    Ok(web::Json(method_view(&portal, &signed_in.voter, method)))
}

/// Send a one-time code for this session to one of the voter's confirmed methods.
///
/// The method must have been confirmed before this session began, at least the cooling-off period
/// (a day by default) earlier: a method added in a session never verifies it. The code works only
/// in this session.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    request_body = CodeRequestForm,
    responses(
        (status = 200, description = "Queued to be sent at once.", body = CodeSent),
        NoVoterToken,
        (status = 403, description = "The method was confirmed too recently to verify this session (`/problems/method-too-new`).", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The chosen method is not confirmed.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "A code was sent too recently, or too many messages lately.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/voter/verification-codes")]
pub async fn send_code(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
    form: web::Json<CodeRequestForm>,
) -> Result<web::Json<CodeSent>, ServiceError> {
    let sent_to = portal::send_code(&portal, &signed_in.voter, form.method).await?;
    Ok(web::Json(CodeSent { sent_to, expires_in_minutes: portal::CODE_MINUTES }))
}

/// Enter a one-time code; the session becomes verified and may make protected changes.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    request_body = VerificationForm,
    responses(
        (status = 200, description = "The code is right.", body = VerifiedSession),
        NoVoterToken,
        (status = 422, description = "Wrong, expired or used-up code; `errors` says which and how many tries are left.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/voter/verification")]
pub async fn verify(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
    form: web::Json<VerificationForm>,
) -> Result<web::Json<VerifiedSession>, ServiceError> {
    let code = form.validate().map_err(ServiceError::InvalidFields)?;
    portal::verify_code(&portal, &signed_in.voter, code).await?;
    Ok(web::Json(VerifiedSession {
        token: signed_in.token().to_owned(),
        token_type: "Bearer".to_owned(),
        expires_in: portal.session_keys.lifetime().num_seconds(),
    }))
}

/// Confirm an email address with the token from the emailed link (no session needed).
#[utoipa::path(
    tag = "voter",
    request_body = ConfirmationForm,
    responses(
        (status = 204, description = "Confirmed: notifications go to this address."),
        (status = 404, description = "Unknown or already used link.", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The link expired.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/contact-confirmations")]
pub async fn confirm(
    portal: web::Data<Portal>,
    form: web::Json<ConfirmationForm>,
) -> Result<HttpResponse, ServiceError> {
    portal::confirm_email(&portal, form.into_inner().token).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// One-click unsubscribe (RFC 8058): stops emails to the address the link was sent to, without
/// signing in, while the method still has that address. Mail clients post
/// `List-Unsubscribe=One-Click`; any body is accepted.
#[utoipa::path(
    tag = "voter",
    params(("token" = String, Path, description = "From the email's List-Unsubscribe link.")),
    responses(
        (status = 204, description = "Unsubscribed (also when it already was)."),
        (status = 404, description = "Not a valid unsubscribe link.", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The address has changed (or was removed) since the link was sent.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/unsubscribe/{token}")]
pub async fn unsubscribe(portal: web::Data<Portal>, token: web::Path<String>) -> Result<HttpResponse, ServiceError> {
    portal::unsubscribe(&portal, &token).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A person who opens the unsubscribe link goes to the page with the unsubscribe button (opening a
/// link must not unsubscribe: mail scanners open links too).
#[utoipa::path(
    tag = "voter",
    params(("token" = String, Path, description = "From the email's List-Unsubscribe link.")),
    responses((status = 303, description = "To the unsubscribe page."))
)]
#[get("/unsubscribe/{token}")]
pub async fn unsubscribe_page(token: web::Path<String>) -> HttpResponse {
    let location =
        format!("/unsubscribe?token={}", url::form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>());
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}

/// Undo a change to how the voter is reached, with the token of the undo link in the change's
/// notice (no session needed: the link is the proof).
///
/// Puts back what the change changed (removes an added method, puts back a replaced or removed
/// one as it was, or the preferences it touched), and ends every session of the voter. Each link
/// works once, for the one change it names, for seven days; the older trust wins (a link to a
/// method confirmed after the one that verified the change's session cannot undo it). The `summary` is in the request's
/// `Accept-Language`, else the voter's language.
#[utoipa::path(
    tag = "voter",
    params(("token" = String, Path, description = "The `token` of the notice's undo link.")),
    responses(
        (status = 200, description = "Undone; every session of the voter has ended.", body = UndoneChange),
        (status = 403, description = "The change was made by a session verified through a method confirmed before the one this link was sent to: only an older method's link can undo it (`/problems/forbidden`).", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Not a valid undo link.", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The link was used already, or has expired.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/account-changes/undo/{token}")]
pub async fn undo(
    req: HttpRequest,
    portal: web::Data<Portal>,
    token: web::Path<String>,
) -> Result<web::Json<UndoneChange>, ServiceError> {
    let asked = texts::accepted(req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
    Ok(web::Json(portal::undo(&portal, token.into_inner(), asked).await?))
}

/// The SMS provider's inbound-message webhook (Twilio-compatible form fields, signed with
/// `X-Twilio-Signature`). Answers keywords: YES, STOP and its equivalents, START, HELP; replies go
/// out as texts, so the answer is an empty messaging document.
#[utoipa::path(
    tag = "webhooks",
    request_body(content = String, content_type = "application/x-www-form-urlencoded", description = "`From`, `To`, `Body`, `MessageSid`, …"),
    responses(
        (status = 200, description = "Handled.", content_type = "text/xml"),
        (status = 403, description = "Missing or wrong signature.", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "No provider auth token is configured.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/webhooks/sms/inbound")]
pub async fn sms_inbound(
    req: HttpRequest,
    portal: web::Data<Portal>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ServiceError> {
    verify_provider_signature(&req, &portal, &form)?;
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_default();
    portal::inbound_sms(&portal, field("From"), field("Body")).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/xml")
        .body(r#"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#))
}

/// The SMS provider's delivery reports for texts and calls (Twilio-compatible `StatusCallback`:
/// `MessageSid`/`CallSid`, `MessageStatus`/`CallStatus`, `ErrorCode`; signed like inbound texts).
/// A number that cannot take messages (invalid, a landline, or opted out with the carrier) is
/// marked failed, and the voter's page says so.
#[utoipa::path(
    tag = "webhooks",
    request_body(content = String, content_type = "application/x-www-form-urlencoded", description = "`MessageSid`, `MessageStatus`, `ErrorCode`, …"),
    responses(
        (status = 204, description = "Recorded."),
        (status = 404, description = "Not about a message of ours.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing or wrong signature.", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "No provider auth token is configured.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/webhooks/sms/status")]
pub async fn sms_status(
    req: HttpRequest,
    portal: web::Data<Portal>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ServiceError> {
    verify_provider_signature(&req, &portal, &form)?;
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).filter(|v| !v.is_empty());
    let (Some(sid), Some(status)) =
        (field("MessageSid").or_else(|| field("CallSid")), field("MessageStatus").or_else(|| field("CallStatus")))
    else {
        return Ok(HttpResponse::NoContent().finish());
    };
    let report = reports::Report::read(&status, field("ErrorCode").as_deref());
    // The message's own id, which our callback URL carries (signed with the rest).
    let notification = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(name, _)| name == "notification")
        .and_then(|(_, id)| id.parse::<i64>().ok());
    let now = portal.clock.now().naive_utc();
    let known = reports::record(&portal.database, notification, sid, report, now).await?;
    tracing::info!(known, ?report, "delivery report");
    if !known {
        // Said so, so that a provider may try again (our record of the message may be on its way).
        return Err(ServiceError::NotFound(Words::new("problem-no-such-message")));
    }
    Ok(HttpResponse::NoContent().finish())
}

/// Checks a provider webhook's `X-Twilio-Signature` over our public URL and the form.
fn verify_provider_signature(
    req: &HttpRequest,
    portal: &Portal,
    form: &[(String, String)],
) -> Result<(), ServiceError> {
    let Some(token) = &portal.messenger.webhook_token else {
        return Err(ServiceError::Unavailable(Words::new("problem-text-replies-not-set-up")));
    };
    let url = format!("{}{}", portal.links.public_url(), req.uri());
    let signature = req.headers().get("X-Twilio-Signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !telephony::signature_valid(token, &url, form, signature) {
        tracing::warn!("provider webhook with a bad signature refused");
        return Err(ServiceError::Forbidden(Words::new("problem-bad-signature")));
    }
    Ok(())
}
