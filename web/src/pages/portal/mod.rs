//! The signed-in voter's page: where their ballot is, how and when we reach them, and the
//! one-time code that protects changes which would stop their notifications.

mod ballots;
mod reach;
mod settings;
mod verify;

use ballot_shared::Vocabulary;
use std::cell::RefCell;
use std::rc::Rc;

use ballot_shared::contact::ContactKind;
use ballot_shared::forms::{ContactMethodForm, PreferencesForm, VerificationForm};
use gloo_net::http::Method;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::page_link::PageLink;
use crate::i18n::{I18n, use_i18n};
use crate::routes::{PortalPart, Route};
use ballot_shared::responses::{BallotsView, MethodView, PreferencesView, VoterSessionCreated};

/// Something loaded from the API.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed,
}

/// A change the voter asks for. Every one answers with the preferences as they now are.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Preferences(PreferencesForm),
    PutMethod(ContactKind, String),
    RemoveMethod(ContactKind),
    ResendConfirmation(ContactKind),
    /// The code a confirmation call read out.
    ConfirmByCode(ContactKind, String),
    Reload,
}

/// Why an action did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    Api(ApiError),
    /// The voter closed the one-time code step, or the session ended.
    Cancelled,
}

/// Tells the section that asked how its action went.
pub type Done = Callback<Result<(), Failure>>;
/// How a section asks for an action.
pub type Run = Callback<(Action, Done)>;

fn method_path(kind: ContactKind) -> String {
    format!("/voter/contact-methods/{}", kind.as_str())
}

async fn load_preferences(token: &str) -> Result<PreferencesView, ApiError> {
    api::voter::<(), _>(Method::GET, "/voter/preferences", token, None).await
}

async fn perform(token: &str, action: &Action) -> Result<PreferencesView, ApiError> {
    match action {
        Action::Preferences(form) => return api::voter(Method::PATCH, "/voter/preferences", token, Some(form)).await,
        Action::PutMethod(kind, address) => {
            let form = ContactMethodForm { address: address.clone() };
            api::voter::<_, MethodView>(Method::PUT, &method_path(*kind), token, Some(&form)).await?;
        }
        Action::RemoveMethod(kind) => api::voter_empty(Method::DELETE, &method_path(*kind), token).await?,
        Action::ResendConfirmation(kind) => {
            let path = format!("{}/confirmation", method_path(*kind));
            api::voter::<(), MethodView>(Method::POST, &path, token, None).await?;
        }
        Action::ConfirmByCode(kind, code) => {
            let path = format!("{}/confirmation-code", method_path(*kind));
            let form = VerificationForm { code: code.clone() };
            api::voter::<_, MethodView>(Method::POST, &path, token, Some(&form)).await?;
        }
        Action::Reload => {}
    }
    load_preferences(token).await
}

/// An action waiting for the voter to enter a one-time code.
#[derive(Clone, PartialEq)]
struct Pending {
    action: Action,
    done: Done,
}

/// Runs actions with the session token, asking for a one-time code when the API wants one.
#[derive(Clone)]
struct Runner {
    /// The newest session token: the one a one-time code gave replaces the first.
    token: Rc<RefCell<String>>,
    preferences: UseStateHandle<Load<PreferencesView>>,
    pending: UseStateHandle<Option<Pending>>,
    expired: UseStateHandle<bool>,
}

impl Runner {
    fn run(&self, action: Action, done: Done) {
        let runner = self.clone();
        yew::platform::spawn_local(async move {
            let token = runner.token.borrow().clone();
            match perform(&token, &action).await {
                Ok(view) => {
                    runner.preferences.set(Load::Ready(view));
                    done.emit(Ok(()));
                }
                Err(error) if error.needs_verification() => runner.pending.set(Some(Pending { action, done })),
                Err(error) if error.session_ended() => {
                    runner.expired.set(true);
                    done.emit(Err(Failure::Cancelled));
                }
                Err(error) => {
                    // A method change that failed may still have changed the method (say, to
                    // waiting for confirmation): show where it stands.
                    if matches!(action, Action::PutMethod(..) | Action::ResendConfirmation(..))
                        && let Ok(view) = load_preferences(&token).await
                    {
                        runner.preferences.set(Load::Ready(view));
                    }
                    done.emit(Err(Failure::Api(error)));
                }
            }
        });
    }
}

#[derive(Properties, PartialEq)]
pub struct PortalProps {
    pub found: VoterSessionCreated,
    /// The part of the portal the address points to, brought into view once it is shown.
    pub part: Option<PortalPart>,
    /// A language the voter chose in the header before signing in: it becomes their preference.
    pub picked_language: Option<String>,
    /// The page follows the voter's language preference.
    pub on_language: Callback<String>,
    /// Signed out: `true` when every session of the voter ended (signed out everywhere).
    pub on_sign_out: Callback<bool>,
}

#[function_component(Portal)]
pub fn portal(props: &PortalProps) -> Html {
    let i18n = use_i18n();
    let token = use_mut_ref(|| props.found.token.clone());
    let preferences = use_state(|| Load::<PreferencesView>::Loading);
    let ballots = use_state(|| Load::<BallotsView>::Loading);
    let pending = use_state(|| None::<Pending>);
    let expired = use_state(|| false);
    let runner = Runner {
        token: token.clone(),
        preferences: preferences.clone(),
        pending: pending.clone(),
        expired: expired.clone(),
    };

    // The ballots, their explanations and steps written by the API in the page's language: read
    // again when the language changes.
    {
        let (token, expired, ballots) = (token.clone(), expired.clone(), ballots.clone());
        use_effect_with(i18n.tag.clone(), move |_| {
            let token = token.borrow().clone();
            yew::platform::spawn_local(async move {
                match api::voter::<(), BallotsView>(Method::GET, "/voter/ballots", &token, None).await {
                    Ok(view) => ballots.set(Load::Ready(view)),
                    Err(error) if error.session_ended() => expired.set(true),
                    Err(_) => ballots.set(Load::Failed),
                }
            });
        });
    }
    {
        let (runner, picked) = (runner.clone(), props.picked_language.clone());
        use_effect_with((), move |_| {
            let token = runner.token.borrow().clone();
            yew::platform::spawn_local(async move {
                match load_preferences(&token).await {
                    // A language chosen before signing in becomes the voter's preference (unless that
                    // would need a code: a sign-in must not open the code step by itself).
                    Ok(view) => {
                        match picked.filter(|tag| *tag != view.language && (!view.protected || view.verified)) {
                            Some(tag) => {
                                let preferences = runner.preferences.clone();
                                let done = Callback::from(move |result: Result<(), Failure>| {
                                    if result.is_err() {
                                        preferences.set(Load::Ready(view.clone()));
                                    }
                                });
                                let form = PreferencesForm { language: Some(tag), ..Default::default() };
                                runner.run(Action::Preferences(form), done);
                            }
                            None => runner.preferences.set(Load::Ready(view)),
                        }
                    }
                    Err(error) if error.session_ended() => runner.expired.set(true),
                    Err(_) => runner.preferences.set(Load::Failed),
                }
            });
        });
    }
    // The page speaks the voter's language once it is known.
    {
        let on_language = props.on_language.clone();
        let language = match &*preferences {
            Load::Ready(view) => Some(view.language.clone()),
            _ => None,
        };
        use_effect_with(language, move |language| {
            if let Some(language) = language {
                on_language.emit(language.clone());
            }
        });
    }

    let run: Run = {
        let runner = runner.clone();
        Callback::from(move |(action, done): (Action, Done)| runner.run(action, done))
    };
    let on_verified = {
        let runner = runner.clone();
        Callback::from(move |new_token: String| {
            *runner.token.borrow_mut() = new_token;
            if let Some(Pending { action, done }) = (*runner.pending).clone() {
                runner.pending.set(None);
                runner.run(action, done);
            }
        })
    };
    let on_cancel_verification = {
        let pending = pending.clone();
        Callback::from(move |()| {
            if let Some(waiting) = &*pending {
                waiting.done.emit(Err(Failure::Cancelled));
            }
            pending.set(None);
        })
    };
    let on_session_ended = {
        let expired = expired.clone();
        Callback::from(move |()| expired.set(true))
    };
    // Signing out ends the session on the server too; everywhere ends every session of the voter.
    let sign_out_with = |everywhere: bool| {
        let (token, on_sign_out) = (token.clone(), props.on_sign_out.clone());
        Callback::from(move |_: MouseEvent| {
            let (token, on_sign_out) = (token.borrow().clone(), on_sign_out.clone());
            yew::platform::spawn_local(async move {
                let path = if everywhere { "/voter/sessions" } else { "/voter/session" };
                let answer = api::voter_empty(Method::DELETE, path, &token).await;
                on_sign_out.emit(everywhere && answer.is_ok());
            });
        })
    };
    // A link into the portal (`/portal/reach`) brings its part into view and moves the keyboard
    // there, once: as soon as that part is on the page, and not again while the rest loads.
    {
        let shown = use_mut_ref(|| None::<Option<PortalPart>>);
        let loaded = matches!(*preferences, Load::Ready(_));
        use_effect_with((props.part, loaded), move |(part, _)| {
            if *shown.borrow() != Some(*part) && bring_into_view(*part) {
                shown.replace(Some(*part));
            }
        });
    }
    let sign_out = sign_out_with(false);
    let sign_out_everywhere = sign_out_with(true);

    let voter = &props.found.voter;
    if *expired {
        return html! {
            <section aria-labelledby="session-ended-heading">
                <p id="session-ended-heading" class="notice" role="alert">{ i18n.t("ui-session-ended") }</p>
                <button type="button" id="sign-in-again" onclick={props.on_sign_out.reform(|_: MouseEvent| false)}>
                    { i18n.t("ui-start-over") }
                </button>
            </section>
        };
    }
    let settings = match &*preferences {
        Load::Loading => {
            html! { <p class="progress" id="preferences-loading" aria-busy="true">{ i18n.t("reach-loading") }</p> }
        }
        Load::Failed => html! { <p class="notice-error" id="preferences-failed">{ i18n.t("ui-unreachable") }</p> },
        Load::Ready(view) => html! {
            <>
                <reach::Reach preferences={view.clone()} run={run.clone()} />
                <settings::Settings preferences={view.clone()} run={run.clone()} />
            </>
        },
    };
    let verification = match (&*pending, &*preferences) {
        (Some(_), Load::Ready(view)) => html! {
            <verify::Verify
                methods={view.may_receive_codes()}
                token={runner.token.borrow().clone()}
                {on_verified}
                on_cancel={on_cancel_verification}
                {on_session_ended}
            />
        },
        _ => Html::default(),
    };
    html! {
        <>
            <div class="portal-top">
                <p class="found-voter" id="found-voter" tabindex="-1">
                    <strong>{ i18n.t_args("portal-hello", &[("name", &voter.name)]) }</strong>
                    { ", " }
                    { i18n.t_args("portal-registered-in", &[("county", &voter.county.name)]) }
                </p>
                <button type="button" class="link-button" id="sign-out" onclick={sign_out}>
                    { i18n.t("portal-sign-out") }
                </button>
                <button type="button" class="link-button" id="sign-out-everywhere" onclick={sign_out_everywhere}>
                    { i18n.t("portal-sign-out-everywhere") }
                </button>
            </div>
            { parts_menu(&i18n, props.part) }
            <ballots::Ballots ballots={(*ballots).clone()} />
            { settings }
            { verification }
        </>
    }
}

/// Scrolls to the start of `part` (the greeting at the top for the portal itself) and moves the
/// keyboard focus there, so a screen reader reads on from it. Returns whether it was on the page.
fn bring_into_view(part: Option<PortalPart>) -> bool {
    let id = part.map_or("found-voter", PortalPart::heading_id);
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    let Some(element) = element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) else {
        return false;
    };
    element.scroll_into_view();
    let _ = element.focus();
    true
}

/// Links to each part of the portal: addresses of their own, so back and forward move between them.
fn parts_menu(i18n: &I18n, current: Option<PortalPart>) -> Html {
    let link = |part: PortalPart| {
        html! {
            <li>
                <PageLink to={Route::PortalPart { part }} id={format!("go-{part}")}
                    current={current == Some(part)}
                    on_again={Callback::from(move |()| { bring_into_view(Some(part)); })}>
                    { i18n.t(part.link_text()) }
                </PageLink>
            </li>
        }
    };
    html! {
        <nav class="portal-parts" aria-label={i18n.t("portal-sections")}>
            <ul>{ for PortalPart::ALL.into_iter().map(link) }</ul>
        </nav>
    }
}
