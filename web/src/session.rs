//! The voter's session, kept in the tab's `sessionStorage` so a reload or a link back into the page
//! keeps it for its lifetime (the server still decides whether it is valid). Closing the tab,
//! signing out and "sign out everywhere" forget it.

use ballot_shared::responses::VoterSessionCreated;

const KEY: &str = "ballot-tracker-session";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The session this tab signed in with, if any.
pub fn load() -> Option<VoterSessionCreated> {
    let stored = storage()?.get_item(KEY).ok()??;
    crate::api::from_json(&stored)
}

pub fn save(session: &VoterSessionCreated) {
    if let (Some(storage), Some(text)) = (storage(), crate::api::to_json(session)) {
        // A browser that refuses storage (private mode, full) keeps the session in memory only.
        let _ = storage.set_item(KEY, &text);
    }
}

pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
