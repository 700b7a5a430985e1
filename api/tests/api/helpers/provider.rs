//! A Twilio-compatible SMS provider double on a local port.

use ballot_api::config::Settings;

use super::*;

/// A Twilio-compatible provider on a local port: answers each request with the next status of
/// its script (then 201 for ever) and records what it was sent. Like a provider that honours
/// `Idempotency-Key`, a request repeating the key of one it accepted gets the same message id and
/// creates nothing: [`FakeProvider::created`] counts what voters would receive.
pub struct FakeProvider {
    pub url: String,
    requests: std::sync::Arc<std::sync::Mutex<Vec<ProviderRequest>>>,
}

#[derive(Debug, Clone)]
pub struct ProviderRequest {
    pub path: String,
    /// `user:password` from the Basic authorization.
    pub basic_auth: Option<String>,
    pub form: Vec<(String, String)>,
    pub idempotency_key: Option<String>,
    /// The message id answered; `None` for a refusal.
    pub sid: Option<String>,
    /// Whether this request created a message (not a repeat of an accepted key, not refused).
    pub created: bool,
}

impl ProviderRequest {
    pub fn field(&self, name: &str) -> &str {
        self.form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }
}

impl FakeProvider {
    /// Points a server's texts and calls at this provider.
    pub fn configure(&self, settings: &mut Settings) {
        settings.messaging.sms_api_url = Some(self.url.clone());
        settings.messaging.sms_account = Some("AC123".to_owned());
        settings.messaging.sms_auth_token = Some(SMS_TOKEN.into());
    }

    pub async fn start(script: &[u16]) -> Self {
        Self::start_with_delay(script, std::time::Duration::ZERO).await
    }

    /// A provider that takes `delay` over every request (a worker is then caught holding messages).
    pub async fn start_with_delay(script: &[u16], delay: std::time::Duration) -> Self {
        use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
        use base64::Engine;
        let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::<ProviderRequest>::new()));
        let script = std::sync::Arc::new(std::sync::Mutex::new(script.to_vec()));
        let recorded = requests.clone();
        let server = HttpServer::new(move || {
            let (recorded, script) = (recorded.clone(), script.clone());
            App::new().default_service(web::to(move |req: HttpRequest, body: web::Bytes| {
                let (recorded, script) = (recorded.clone(), script.clone());
                async move {
                    tokio::time::sleep(delay).await;
                    let idempotency_key =
                        req.headers().get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::to_owned);
                    let basic_auth = req
                        .headers()
                        .get("authorization")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.strip_prefix("Basic "))
                        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
                        .map(|b| String::from_utf8(b).unwrap());
                    let form = url::form_urlencoded::parse(&body).into_owned().collect();
                    let mut recorded = recorded.lock().unwrap();
                    let earlier = idempotency_key.as_ref().and_then(|key| {
                        recorded.iter().find(|r| r.created && r.idempotency_key.as_ref() == Some(key)).and_then(|r| r.sid.clone())
                    });
                    let status = match &earlier {
                        Some(_) => 201,
                        None => {
                            let mut script = script.lock().unwrap();
                            if script.is_empty() { 201 } else { script.remove(0) }
                        }
                    };
                    let status = actix_web::http::StatusCode::from_u16(status).unwrap();
                    let sid = status.is_success().then(|| {
                        earlier.clone().unwrap_or_else(|| format!("SM{}", uuid::Uuid::new_v4().simple()))
                    });
                    let created = status.is_success() && earlier.is_none();
                    let path = req.path().to_owned();
                    recorded.push(ProviderRequest { path, basic_auth, form, idempotency_key, sid: sid.clone(), created });
                    if let Some(sid) = sid {
                        HttpResponse::build(status).json(serde_json::json!({"sid": sid}))
                    } else {
                        HttpResponse::build(status)
                            .json(serde_json::json!({"code": 21211, "message": "The 'To' number is not a valid phone number."}))
                    }
                }
            }))
        })
        .workers(1)
        .bind("127.0.0.1:0")
        .unwrap();
        let url = format!("http://{}", server.addrs()[0]);
        tokio::spawn(server.run());
        Self { url, requests }
    }

    pub fn requests(&self) -> Vec<ProviderRequest> {
        self.requests.lock().unwrap().clone()
    }

    /// The messages created (what voters receive), ignoring repeats of an accepted key.
    pub fn created(&self) -> Vec<ProviderRequest> {
        self.requests().into_iter().filter(|r| r.created).collect()
    }
}
