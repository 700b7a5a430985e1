//! Where an email's unsubscribe link lands. Opening the page changes nothing (mail scanners open
//! links too); the voter presses the button.

use ballot_shared::ProblemType;
use yew::prelude::*;

use crate::components::page_link::PageLink;
use crate::routes::Route;

use crate::api;
use crate::i18n::use_i18n;

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Ready,
    Working,
    Done,
    Invalid,
    Unreachable,
}

#[derive(Properties, PartialEq)]
pub struct UnsubscribeProps {
    pub token: Option<String>,
}

#[function_component(Unsubscribe)]
pub fn unsubscribe(props: &UnsubscribeProps) -> Html {
    let i18n = use_i18n();
    let state = use_state(|| State::Ready);
    let on_click = {
        let (state, token) = (state.clone(), props.token.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(token) = token.clone() else { return };
            if *state == State::Working {
                return;
            }
            state.set(State::Working);
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let path = format!("/unsubscribe/{}", js_sys::encode_uri_component(&token));
                let answer = api::post_empty::<()>(&path, None).await;
                state.set(match answer {
                    Ok(()) => State::Done,
                    Err(error) if error.is(ProblemType::NotFound) => State::Invalid,
                    Err(_) => State::Unreachable,
                });
            });
        })
    };
    let body = match (props.token.is_some(), *state) {
        (false, _) | (true, State::Invalid) => html! {
            <>
                <p id="unsubscribe-invalid">{ i18n.t("unsubscribe-invalid") }</p>
                <p><PageLink to={Route::SignUp}>{ i18n.t("ui-start-over") }</PageLink></p>
            </>
        },
        (true, State::Done) => html! {
            <>
                <h2 id="unsubscribe-done">{ i18n.t("unsubscribe-done-heading") }</h2>
                <p>{ i18n.t("unsubscribe-done") }</p>
                <p><PageLink to={Route::SignUp}>{ i18n.t("ui-start-over") }</PageLink></p>
            </>
        },
        (true, state) => html! {
            <>
                <p>{ i18n.t("unsubscribe-intro") }</p>
                if state == State::Unreachable {
                    <p class="notice-error">{ i18n.t("ui-unreachable") }</p>
                }
                <button type="button" id="unsubscribe-button" onclick={on_click}
                    disabled={state == State::Working} aria-busy={(state == State::Working).to_string()}>
                    { if state == State::Working { i18n.t("unsubscribe-working") } else { i18n.t("unsubscribe-button") } }
                </button>
            </>
        },
    };
    html! {
        <section aria-labelledby="unsubscribe-heading" id="unsubscribe">
            <h1 id="unsubscribe-heading">{ i18n.t("unsubscribe-heading") }</h1>
            <div id="unsubscribe-result" role="status" aria-live="polite">{ body }</div>
        </section>
    }
}
