//! "First, let's check that it's you": a one-time code to one of the voter's confirmed methods,
//! before a change that could stop their notifications. Name, birth date and ZIP are public.

use ballot_shared::FieldError;
use ballot_shared::ProblemType;
use ballot_shared::Vocabulary;
use ballot_shared::contact::ContactKind;
use ballot_shared::forms::{CodeRequestForm, VerificationForm};
use gloo_net::http::Method;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::text_field::TextField;
use crate::i18n::use_i18n;
use ballot_shared::responses::{CodeSent, MethodView, VerifiedSession};

#[derive(Properties, PartialEq)]
pub struct VerifyProps {
    /// The voter's confirmed methods: where a code can go.
    pub methods: Vec<MethodView>,
    pub token: String,
    /// With the new session token, which may make the change.
    pub on_verified: Callback<String>,
    pub on_cancel: Callback<()>,
    pub on_session_ended: Callback<()>,
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[function_component(Verify)]
pub fn verify(props: &VerifyProps) -> Html {
    let i18n = use_i18n();
    let chosen = use_state(|| props.methods.first().map(|m| m.kind));
    let sent = use_state(|| None::<CodeSent>);
    let code = use_state(String::new);
    let code_error = use_state(|| None::<FieldError>);
    let sending = use_state(|| false);
    let checking = use_state(|| false);
    let problem = use_state(|| None::<ApiError>);

    use_effect_with((), |_| focus("verify-heading"));

    let on_send = {
        let (chosen, sent, sending, problem, code_error) =
            (chosen.clone(), sent.clone(), sending.clone(), problem.clone(), code_error.clone());
        let (token, on_session_ended) = (props.token.clone(), props.on_session_ended.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(method) = *chosen else { return };
            if *sending {
                return;
            }
            sending.set(true);
            problem.set(None);
            code_error.set(None);
            let (sent, sending, problem, token, on_session_ended) =
                (sent.clone(), sending.clone(), problem.clone(), token.clone(), on_session_ended.clone());
            yew::platform::spawn_local(async move {
                let body = CodeRequestForm { method };
                let answer =
                    api::voter::<_, CodeSent>(Method::POST, "/voter/verification-codes", &token, Some(&body)).await;
                sending.set(false);
                match answer {
                    Ok(answer) => {
                        sent.set(Some(answer));
                        focus("code");
                    }
                    Err(error) if error.session_ended() => on_session_ended.emit(()),
                    Err(error) => problem.set(Some(error)),
                }
            });
        })
    };
    let on_code = {
        let (code, code_error) = (code.clone(), code_error.clone());
        Callback::from(move |value: String| {
            code_error.set(None);
            code.set(value);
        })
    };
    let on_check = {
        let (code, code_error, checking, problem) =
            (code.clone(), code_error.clone(), checking.clone(), problem.clone());
        let (token, on_verified, on_session_ended) =
            (props.token.clone(), props.on_verified.clone(), props.on_session_ended.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *checking {
                return;
            }
            let form = VerificationForm { code: (*code).clone() };
            if let Err(errors) = form.validate() {
                code_error.set(errors.into_iter().next());
                focus("code");
                return;
            }
            checking.set(true);
            problem.set(None);
            let (code_error, checking, problem, token, on_verified, on_session_ended) = (
                code_error.clone(),
                checking.clone(),
                problem.clone(),
                token.clone(),
                on_verified.clone(),
                on_session_ended.clone(),
            );
            yew::platform::spawn_local(async move {
                let answer =
                    api::voter::<_, VerifiedSession>(Method::POST, "/voter/verification", &token, Some(&form)).await;
                checking.set(false);
                match answer {
                    Ok(session) => on_verified.emit(session.token),
                    Err(ApiError::Problem(p, _)) if p.is(ProblemType::InvalidFields) && !p.errors.is_empty() => {
                        code_error.set(p.errors.into_iter().next());
                        focus("code");
                    }
                    Err(error) if error.session_ended() => on_session_ended.emit(()),
                    Err(error) => problem.set(Some(error)),
                }
            });
        })
    };
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let choose = |kind: ContactKind| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| chosen.set(Some(kind)))
    };

    let send_label = match (*sending, sent.is_some()) {
        (true, _) => i18n.t("verify-sending"),
        (false, true) => i18n.t("verify-new-code"),
        (false, false) => i18n.t("verify-send"),
    };
    html! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="verify-heading" id="verify">
                <h2 id="verify-heading" tabindex="-1">{ i18n.t("verify-heading") }</h2>
                <p id="verify-why">{ i18n.t("verify-why") }</p>
                if props.methods.is_empty() {
                    <p>{ i18n.t("verify-no-method") }</p>
                } else {
                    <fieldset class="choices">
                        <legend>{ i18n.t("verify-choose") }</legend>
                        { for props.methods.iter().map(|m| {
                            let id = format!("verify-method-{}", m.kind.as_str());
                            html! {
                                <div class="choice">
                                    <input type="radio" name="verify-method" id={id.clone()} value={m.kind.as_str()}
                                        checked={*chosen == Some(m.kind)} onchange={choose(m.kind)} />
                                    <label for={id}>
                                        { i18n.t_args(&format!("verify-to-{}", m.kind.as_str()), &[("address", &m.address)]) }
                                    </label>
                                </div>
                            }
                        }) }
                    </fieldset>
                    <button type="button" class={classes!(sent.is_some().then_some("secondary"))} id="send-code"
                        onclick={on_send} disabled={*sending} aria-busy={sending.to_string()}>
                        { send_label }
                    </button>
                }
                if let Some(answer) = &*sent {
                    <p class="notice" id="code-sent" role="status">
                        { i18n.t_with("verify-sent", &[
                            ("address", answer.sent_to.clone().into()),
                            ("minutes", answer.expires_in_minutes.into()),
                        ]) }
                    </p>
                    <form id="code-form" novalidate=true onsubmit={on_check}>
                        <TextField
                            id="code"
                            label={i18n.t("verify-code")}
                            hint={Some(AttrValue::from(i18n.t("verify-code-hint")))}
                            value={(*code).clone()}
                            error={code_error.as_ref().map(|e| i18n.field_error(e, None))}
                            autocomplete={Some(AttrValue::from("one-time-code"))}
                            inputmode={Some(AttrValue::from("numeric"))}
                            maxlength={Some(AttrValue::from("9"))}
                            narrow=true
                            oninput={on_code}
                            onblur={Callback::noop()}
                        />
                        <button type="submit" id="check-code" disabled={*checking} aria-busy={checking.to_string()}>
                            { if *checking { i18n.t("verify-checking") } else { i18n.t("verify-check") } }
                        </button>
                    </form>
                }
                <p class="notice-error" id="verify-problem" role="status" aria-live="polite">
                    if let Some(error) = &*problem { { i18n.problem_text(error) } }
                </p>
                <button type="button" class="link-button" id="verify-cancel" onclick={on_cancel}>
                    { i18n.t("verify-cancel") }
                </button>
            </div>
        </div>
    }
}
