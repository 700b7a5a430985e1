//! Where the undo link in the notice of a change lands. Opening the page changes nothing (mail
//! scanners open links too); the voter presses the button, and the page says what was undone.

use ballot_shared::ProblemType;
use ballot_shared::responses::UndoneChange;
use yew::prelude::*;

use crate::components::page_link::PageLink;
use crate::routes::Route;

use crate::api;
use crate::i18n::use_i18n;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Ready,
    Working,
    Done(UndoneChange),
    Invalid,
    /// Used already, or expired: the API's words say which.
    Gone(String),
    Unreachable,
}

#[derive(Properties, PartialEq)]
pub struct UndoProps {
    pub token: Option<String>,
}

#[function_component(Undo)]
pub fn undo(props: &UndoProps) -> Html {
    let i18n = use_i18n();
    let state = use_state(|| State::Ready);
    let on_click = {
        let (state, token, i18n) = (state.clone(), props.token.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(token) = token.clone() else { return };
            if *state == State::Working {
                return;
            }
            state.set(State::Working);
            let (state, i18n) = (state.clone(), i18n.clone());
            yew::platform::spawn_local(async move {
                let path = format!("/account-changes/undo/{}", js_sys::encode_uri_component(&token));
                let answer = api::post::<(), UndoneChange>(&path, &()).await;
                state.set(match answer {
                    Ok(undone) => State::Done(undone),
                    Err(error) if error.is(ProblemType::NotFound) => State::Invalid,
                    Err(error) if error.is(ProblemType::Gone) => State::Gone(i18n.problem_text(&error)),
                    Err(_) => State::Unreachable,
                });
            });
        })
    };
    let start_over = html! { <p><PageLink to={Route::SignUp}>{ i18n.t("ui-start-over") }</PageLink></p> };
    let body = match (props.token.is_some(), &*state) {
        (false, _) | (true, State::Invalid) => html! {
            <>
                <p id="undo-invalid">{ i18n.t("undo-invalid") }</p>
                { start_over }
            </>
        },
        (true, State::Gone(why)) => html! {
            <>
                <p id="undo-gone">{ why.clone() }</p>
                { start_over }
            </>
        },
        (true, State::Done(undone)) => html! {
            <>
                <h2 id="undo-done">{ i18n.t("undo-done-heading") }</h2>
                <p id="undo-summary">{ undone.summary.clone() }</p>
                <p>{ i18n.t("undo-next") }</p>
                { start_over }
            </>
        },
        (true, state) => html! {
            <>
                <p>{ i18n.t("undo-intro") }</p>
                if *state == State::Unreachable {
                    <p class="notice-error">{ i18n.t("ui-unreachable") }</p>
                }
                <button type="button" id="undo-button" onclick={on_click}
                    disabled={*state == State::Working} aria-busy={(*state == State::Working).to_string()}>
                    { if *state == State::Working { i18n.t("undo-working") } else { i18n.t("undo-button") } }
                </button>
            </>
        },
    };
    html! {
        <section aria-labelledby="undo-heading" id="undo">
            <h1 id="undo-heading">{ i18n.t("undo-heading") }</h1>
            <div id="undo-result" role="status" aria-live="polite">{ body }</div>
        </section>
    }
}
