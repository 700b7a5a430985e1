//! Chromium's DevTools protocol through chromedriver (`goog/cdp/execute`): what WebDriver itself
//! cannot do (throttling, emulated media features). Used by the browser tests and `bench web`.

use fantoccini::Client;
use fantoccini::error::CmdError;
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{Value, json};

#[derive(Debug)]
struct DevToolsCommand {
    method: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevToolsCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"cmd": self.method, "params": self.params}).to_string()))
    }
}

/// Sends one DevTools command (`Emulation.setCPUThrottlingRate`, …) to the browser's current tab.
pub async fn devtools(client: &Client, method: &'static str, params: Value) -> Result<Value, CmdError> {
    client.issue_cmd(DevToolsCommand { method, params }).await
}
