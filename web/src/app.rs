use serde::Deserialize;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::i18n::{self, I18n};
use crate::pages::confirm_email::ConfirmEmail;
use crate::pages::portal::Portal;
use ballot_shared::responses::VoterSessionCreated;

use crate::components::page_link::PageLink;
use crate::pages::sign_up::SignUp;
use crate::pages::undo::Undo;
use crate::pages::unsubscribe::Unsubscribe;
use crate::routes::Route;

/// Shown until the API says what this installation is called.
const DEFAULT_SITE_NAME: &str = "Ballot Tracker";

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Site {
    name: String,
}

/// A parameter of the page's address (`?token=…`).
fn query_param(query: &str, name: &str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(query).ok()?;
    params.get(name).filter(|v| !v.is_empty())
}

/// Marks the document with the language shown and the direction its script is written in.
fn set_document_language(tag: &str) {
    let direction = match tag.parse::<unic_langid::LanguageIdentifier>().map(|l| l.character_direction()) {
        Ok(unic_langid::CharacterDirection::RTL) => "rtl",
        _ => "ltr",
    };
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
        let _ = root.set_attribute("dir", direction);
    }
}

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <BrowserRouter>
            <Pages />
        </BrowserRouter>
    }
}

/// Every page, with what they share: the site's name, the language, the voter's session.
#[function_component(Pages)]
fn pages() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let query = use_location().map(|l| l.query_str().to_owned()).unwrap_or_default();
    let navigator = use_navigator();
    let site_name = use_state(|| DEFAULT_SITE_NAME.to_owned());
    let language = use_state(i18n::browser_language);
    // Set when the voter picked a language in the header before signing in.
    let picked_language = use_state(|| None::<String>);
    // The voter's session: kept by this tab across reloads (`session.rs`), never beyond it.
    let session = use_state(crate::session::load);
    // Said on the sign-up page after the voter signed out everywhere.
    let signed_out_everywhere = use_state(|| false);
    {
        let site_name = site_name.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                if let Ok(site) = api::get::<Site>("/site").await {
                    set_title(&site.name);
                    site_name.set(site.name);
                }
            });
        });
    }
    // The words of the language shown, once fetched (until then the page waits; a language that
    // cannot be fetched is replaced by English; a new choice shows once its words are here).
    let words = use_state(|| None::<I18n>);
    // The language asked for last: words that arrive for an earlier choice are dropped.
    let wanted = use_mut_ref(String::new);
    {
        let words = words.clone();
        use_effect_with((*language).clone(), move |tag| {
            wanted.replace(tag.clone());
            let tag = tag.clone();
            yew::platform::spawn_local(async move {
                let Ok(loaded) = i18n::load(&tag).await else {
                    // No words at all (the connection is gone): the page's one fixed sentence says so.
                    if words.is_none() {
                        show_load_failure();
                    }
                    return;
                };
                if *wanted.borrow() == tag {
                    // The page, the document and the API's answers all in the language shown.
                    set_document_language(&loaded.tag);
                    api::set_language(&loaded.tag);
                    words.set(Some(loaded));
                }
            });
        });
    }

    // Signed in from the sign-up page, the voter goes to the portal (the effect below); from a
    // link into the portal, they stay where the link pointed.
    let on_found = {
        let (session, signed_out_everywhere) = (session.clone(), signed_out_everywhere.clone());
        Callback::from(move |found: VoterSessionCreated| {
            signed_out_everywhere.set(false);
            crate::session::save(&found);
            session.set(Some(found));
        })
    };
    let on_sign_out = {
        let (session, signed_out_everywhere) = (session.clone(), signed_out_everywhere.clone());
        let navigator = navigator.clone();
        Callback::from(move |everywhere: bool| {
            signed_out_everywhere.set(everywhere);
            crate::session::forget();
            session.set(None);
            if let Some(navigator) = &navigator {
                navigator.push(&Route::SignUp);
            }
        })
    };
    let on_language = {
        let language = language.clone();
        Callback::from(move |tag: String| language.set(tag))
    };
    let on_pick_language = {
        let (language, picked_language) = (language.clone(), picked_language.clone());
        Callback::from(move |event: Event| {
            let tag = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            picked_language.set(Some(tag.clone()));
            language.set(tag);
        })
    };
    // Signed in, the start page is the portal: the address is replaced, so "back" does not return
    // to a page that would only send the voter forward again.
    {
        let navigator = navigator.clone();
        use_effect_with((route.clone(), session.is_some()), move |(route, signed_in)| {
            if let Some(navigator) = navigator.filter(|_| *signed_in && *route == Route::SignUp) {
                navigator.replace(&Route::Portal);
            }
        });
    }
    let Some(i18n) = (*words).clone() else {
        return html! { <main id="main" aria-busy="true"></main> };
    };
    let signed_in = session.is_some() && route.is_portal();

    let page = match (&route, &*session) {
        // Replaced by the portal at once (see the effect above).
        (Route::SignUp, Some(_)) => Html::default(),
        (Route::Portal | Route::PortalPart { .. }, Some(found)) => html! {
            <Portal
                found={found.clone()}
                part={match route { Route::PortalPart { part } => Some(part), _ => None }}
                picked_language={(*picked_language).clone()}
                {on_language}
                {on_sign_out}
            />
        },
        (Route::SignUp | Route::Portal | Route::PortalPart { .. }, None) => html! {
                <>
                    if *signed_out_everywhere {
                        <p class="notice" id="signed-out-everywhere" role="status">
                            { i18n.t("portal-signed-out-everywhere") }
                        </p>
                    }
                    <SignUp {on_found} />
                </>
        },
        (Route::ConfirmEmail, _) => html! { <ConfirmEmail token={query_param(&query, "token")} /> },
        (Route::Unsubscribe, _) => html! { <Unsubscribe token={query_param(&query, "token")} /> },
        (Route::Undo, _) => html! { <Undo token={query_param(&query, "token")} /> },
        (Route::NotFound, _) => html! {
            <section>
                <h1>{ i18n.t("not-found-heading") }</h1>
                <p>{ i18n.t("not-found") }</p>
                <p><PageLink to={Route::SignUp}>{ i18n.t("ui-start-over") }</PageLink></p>
            </section>
        },
    };

    html! {
        <ContextProvider<I18n> context={i18n.clone()}>
            <header>
                <p class="site-name"><PageLink to={Route::SignUp}>{ (*site_name).clone() }</PageLink></p>
                // Once signed in, the language is the voter's preference, set in the portal.
                if !signed_in {
                    <div class="language-switch">
                        <label for="ui-language">{ i18n.t("ui-language-label") }</label>
                        <select id="ui-language" onchange={on_pick_language}>
                            { for i18n::languages().into_iter().map(|l| html! {
                                <option value={l.tag.clone()} selected={l.tag == *language} lang={l.tag.clone()}>
                                    { l.name }
                                </option>
                            }) }
                        </select>
                    </div>
                }
            </header>
            <main id="main">{ page }</main>
        </ContextProvider<I18n>>
    }
}

fn show_load_failure() {
    let notice = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("load-failed"));
    if let Some(notice) = notice {
        let _ = notice.remove_attribute("hidden");
    }
}

fn set_title(name: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(name);
    }
}
