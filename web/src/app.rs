use serde::Deserialize;
use yew::prelude::*;

use crate::api;
use crate::pages::found::Found;
use crate::pages::sign_up::{FoundVoter, SignUp};

/// Shown until the API says what this installation is called.
const DEFAULT_SITE_NAME: &str = "Ballot Tracker";

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Site {
    name: String,
}

#[function_component(App)]
pub fn app() -> Html {
    let site_name = use_state(|| DEFAULT_SITE_NAME.to_owned());
    // The voter's session lives in memory only: closing the tab ends it.
    let session = use_state(|| None::<FoundVoter>);
    let on_found = {
        let session = session.clone();
        Callback::from(move |found: FoundVoter| session.set(Some(found)))
    };
    {
        let site_name = site_name.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                if let Ok(site) = api::get::<Site>("/site").await {
                    gloo_utils_title(&site.name);
                    site_name.set(site.name);
                }
            });
        });
    }
    html! {
        <>
            <header>
                <p class="site-name">{ (*site_name).clone() }</p>
            </header>
            <main id="main">
                if let Some(found) = &*session {
                    <Found found={found.clone()} />
                } else {
                    <SignUp {on_found} />
                }
            </main>
        </>
    }
}

fn gloo_utils_title(name: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(name);
    }
}
