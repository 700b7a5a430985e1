//! How we reach the voter: email, text and voice, each a switch with where it stands, who our
//! messages come from, and what the voter still has to do.

use ballot_shared::FieldError;
use ballot_shared::ProblemType;
use ballot_shared::Vocabulary;
use ballot_shared::contact::{ContactKind, MethodState};
use ballot_shared::forms::{ContactMethodForm, VerificationForm};
use yew::prelude::*;

use super::{Action, Failure, Run};
use crate::api::ApiError;
use crate::components::text_field::TextField;
use crate::i18n::use_i18n;
use ballot_shared::responses::{MethodView, PreferencesView, SendersView};

#[derive(Properties, PartialEq)]
pub struct ReachProps {
    pub preferences: PreferencesView,
    pub run: Run,
}

#[function_component(Reach)]
pub fn reach(props: &ReachProps) -> Html {
    let i18n = use_i18n();
    html! {
        <section class="reach" id="reach" aria-labelledby="reach-heading">
            <h2 id="reach-heading" tabindex="-1">{ i18n.t("reach-heading") }</h2>
            <p>{ i18n.t("reach-intro") }</p>
            { for ContactKind::all().iter().copied().map(|kind| html! {
                <MethodRow
                    {kind}
                    method={props.preferences.method(kind).cloned()}
                    senders={props.preferences.senders.clone()}
                    run={props.run.clone()}
                />
            }) }
        </section>
    }
}

/// What the row is doing right now.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Busy {
    Saving,
    Removing,
    Resending,
    Checking,
    /// Checking the code a confirmation call read out.
    Confirming,
}

/// A message under the row, chosen when shown so it follows the page's language.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Resent,
    CheckedAgain,
    Problem(ApiError),
}

#[derive(Properties, PartialEq)]
struct MethodRowProps {
    kind: ContactKind,
    method: Option<MethodView>,
    senders: SendersView,
    run: Run,
}

fn kind_name(kind: ContactKind) -> &'static str {
    kind.as_str()
}

fn sender(senders: &SendersView, kind: ContactKind) -> String {
    match kind {
        ContactKind::Email => senders.email.clone(),
        ContactKind::Sms => senders.sms.clone(),
        ContactKind::Voice => senders.voice.clone(),
    }
}

/// Where the method stands: `none` when the voter has none of this kind.
fn state_name(method: Option<&MethodView>) -> &'static str {
    method.map_or("none", |m| m.state.as_str())
}

/// The words for an API error under a method row.
fn address_variant(kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::Email => "email",
        ContactKind::Sms | ContactKind::Voice => "phone",
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[function_component(MethodRow)]
fn method_row(props: &MethodRowProps) -> Html {
    let i18n = use_i18n();
    let kind = props.kind;
    let name = kind_name(kind);
    let editing = use_state(|| false);
    let address = use_state(String::new);
    let error = use_state(|| None::<FieldError>);
    let busy = use_state(|| None::<Busy>);
    let notice = use_state(|| None::<Notice>);
    let address_id = format!("method-{name}-address");

    let method = props.method.as_ref();
    let state = method.map(|m| m.state);
    let switched_on = matches!(state, Some(MethodState::On | MethodState::Pending));

    // Every action's answer: clear the progress, show what went wrong where it belongs.
    let finish = |on_ok: Callback<()>| {
        let (busy, notice, error) = (busy.clone(), notice.clone(), error.clone());
        Callback::from(move |result: Result<(), Failure>| {
            busy.set(None);
            match result {
                Ok(()) => on_ok.emit(()),
                Err(Failure::Cancelled) => {}
                Err(Failure::Api(ApiError::Problem(problem, _))) if problem.is(ProblemType::InvalidFields) => {
                    error.set(problem.errors.into_iter().next());
                }
                Err(Failure::Api(api_error)) => notice.set(Some(Notice::Problem(api_error))),
            }
        })
    };

    let on_switch = {
        let (editing, busy, notice, error, run) =
            (editing.clone(), busy.clone(), notice.clone(), error.clone(), props.run.clone());
        let address_id = address_id.clone();
        let done = finish(Callback::noop());
        Callback::from(move |_: MouseEvent| {
            if busy.is_some() {
                return;
            }
            notice.set(None);
            error.set(None);
            if switched_on {
                busy.set(Some(Busy::Removing));
                editing.set(false);
                run.emit((Action::RemoveMethod(kind), done.clone()));
            } else {
                let opening = !*editing;
                editing.set(opening);
                if opening {
                    let address_id = address_id.clone();
                    // After the field is on the page.
                    yew::platform::spawn_local(async move { focus(&address_id) });
                }
            }
        })
    };
    let on_change = {
        let (editing, address_id) = (editing.clone(), address_id.clone());
        Callback::from(move |_: MouseEvent| {
            editing.set(true);
            let address_id = address_id.clone();
            yew::platform::spawn_local(async move { focus(&address_id) });
        })
    };
    let on_cancel = {
        let (editing, error, address) = (editing.clone(), error.clone(), address.clone());
        Callback::from(move |_: MouseEvent| {
            editing.set(false);
            error.set(None);
            address.set(String::new());
        })
    };
    let on_input = {
        let (address, error) = (address.clone(), error.clone());
        Callback::from(move |value: String| {
            // Once an error shows, it follows the typing and goes as soon as the address is right.
            if error.is_some() {
                error.set(
                    ContactMethodForm { address: value.clone() }
                        .validate(kind)
                        .err()
                        .and_then(|e| e.into_iter().next()),
                );
            }
            address.set(value);
        })
    };
    let on_blur = {
        let (address, error) = (address.clone(), error.clone());
        Callback::from(move |()| {
            if !address.trim().is_empty() {
                error.set(
                    ContactMethodForm { address: (*address).clone() }
                        .validate(kind)
                        .err()
                        .and_then(|e| e.into_iter().next()),
                );
            }
        })
    };
    let on_save = {
        let (address, error, busy, notice, run, editing) =
            (address.clone(), error.clone(), busy.clone(), notice.clone(), props.run.clone(), editing.clone());
        let address_id = address_id.clone();
        let done = finish({
            let (editing, address) = (editing.clone(), address.clone());
            Callback::from(move |()| {
                editing.set(false);
                address.set(String::new());
            })
        });
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if busy.is_some() {
                return;
            }
            notice.set(None);
            if let Err(errors) = (ContactMethodForm { address: (*address).clone() }).validate(kind) {
                error.set(errors.into_iter().next());
                focus(&address_id);
                return;
            }
            error.set(None);
            busy.set(Some(Busy::Saving));
            run.emit((Action::PutMethod(kind, address.trim().to_owned()), done.clone()));
        })
    };
    let on_resend = {
        let (busy, notice, run) = (busy.clone(), notice.clone(), props.run.clone());
        let done = finish({
            let notice = notice.clone();
            Callback::from(move |()| notice.set(Some(Notice::Resent)))
        });
        Callback::from(move |_: MouseEvent| {
            if busy.is_some() {
                return;
            }
            notice.set(None);
            busy.set(Some(Busy::Resending));
            run.emit((Action::ResendConfirmation(kind), done.clone()));
        })
    };
    // A voice number: the code its confirmation call read out.
    let call_code = use_state(String::new);
    let call_code_error = use_state(|| None::<FieldError>);
    let on_call_code = {
        let (call_code, call_code_error) = (call_code.clone(), call_code_error.clone());
        Callback::from(move |value: String| {
            call_code_error.set(None);
            call_code.set(value);
        })
    };
    let on_confirm_call = {
        let (busy, notice, run) = (busy.clone(), notice.clone(), props.run.clone());
        let (call_code, call_code_error) = (call_code.clone(), call_code_error.clone());
        let done = {
            let (busy, notice, call_code_error) = (busy.clone(), notice.clone(), call_code_error.clone());
            Callback::from(move |result: Result<(), Failure>| {
                busy.set(None);
                match result {
                    Ok(()) | Err(Failure::Cancelled) => {}
                    Err(Failure::Api(ApiError::Problem(problem, _))) if problem.is(ProblemType::InvalidFields) => {
                        call_code_error.set(problem.errors.into_iter().next());
                        focus("method-voice-code");
                    }
                    Err(Failure::Api(api_error)) => notice.set(Some(Notice::Problem(api_error))),
                }
            })
        };
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if busy.is_some() {
                return;
            }
            let form = VerificationForm { code: (*call_code).clone() };
            if let Err(errors) = form.validate() {
                call_code_error.set(errors.into_iter().next());
                focus("method-voice-code");
                return;
            }
            notice.set(None);
            busy.set(Some(Busy::Confirming));
            run.emit((Action::ConfirmByCode(kind, form.code), done.clone()));
        })
    };
    let on_check = {
        let (busy, notice, run) = (busy.clone(), notice.clone(), props.run.clone());
        let done = finish({
            let notice = notice.clone();
            Callback::from(move |()| notice.set(Some(Notice::CheckedAgain)))
        });
        Callback::from(move |_: MouseEvent| {
            if busy.is_some() {
                return;
            }
            notice.set(None);
            busy.set(Some(Busy::Checking));
            run.emit((Action::Reload, done.clone()));
        })
    };

    let state_text = match state {
        None => i18n.t("state-none"),
        Some(MethodState::Off) => i18n.t("state-off"),
        Some(MethodState::Pending) => i18n.t("state-pending"),
        Some(MethodState::On) => i18n.t("state-on"),
        Some(MethodState::Failed) => i18n.t("state-failed"),
    };
    let from = sender(&props.senders, kind);
    let detail = match method {
        None => Html::default(),
        Some(m) => {
            let address = m.address.as_str();
            let text =
                match m.state {
                    MethodState::On => i18n.t_args("method-sends-to", &[("address", address)]),
                    MethodState::Pending => i18n.t_args(&format!("method-pending-{name}"), &[("address", address)]),
                    MethodState::Off => i18n.t_args("method-off", &[("address", address)]),
                    MethodState::Failed => match m.failure.as_deref() {
                        Some("rejected") => i18n.t_args("method-failed-rejected", &[("address", address)]),
                        Some("invalid_number") => i18n.t_args("method-failed-invalid-number", &[("address", address)]),
                        Some("opted_out") => i18n
                            .t_args("method-failed-opted-out", &[("address", address), ("sender", &props.senders.sms)]),
                        Some("stopped") => i18n
                            .t_args("method-failed-stopped", &[("address", address), ("sender", &props.senders.sms)]),
                        _ => i18n.t_args("method-failed-other", &[("address", address)]),
                    },
                };
            html! { <p class="method-detail" id={format!("method-{name}-detail")}>{ text }</p> }
        }
    };
    let notice_text = match &*notice {
        None => String::new(),
        Some(Notice::Resent) => i18n.t("method-resent"),
        Some(Notice::CheckedAgain) if state == Some(MethodState::Pending) => i18n.t("method-still-pending"),
        Some(Notice::CheckedAgain) => String::new(),
        Some(Notice::Problem(error)) => i18n.problem_text(error),
    };
    let busy_now = *busy;
    let working = |what: Busy, idle: &str, doing: &str| {
        if busy_now == Some(what) { i18n.t(doing) } else { i18n.t(idle) }
    };
    let field_error = error.as_ref().map(|e| i18n.field_error(e, Some(address_variant(kind))));
    let (input_type, autocomplete, inputmode) = match kind {
        ContactKind::Email => ("email", "email", "email"),
        _ => ("tel", "tel", "tel"),
    };

    html! {
        <div class={classes!("method", format!("state-{}", state_name(method)))} id={format!("method-{name}")}
            aria-busy={busy.is_some().to_string()}>
            <div class="method-head">
                <h3 id={format!("method-{name}-heading")}>{ i18n.t(&format!("kind-{name}")) }</h3>
                <button type="button" role="switch" class="switch" id={format!("method-{name}-switch")}
                    aria-checked={switched_on.to_string()}
                    aria-label={i18n.t(&format!("kind-{name}-switch"))}
                    aria-describedby={format!("method-{name}-state")}
                    disabled={busy.is_some()}
                    onclick={on_switch}>
                    <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                </button>
                <span class="method-state" id={format!("method-{name}-state")} data-state={state_name(method)}>
                    { if busy_now == Some(Busy::Removing) { i18n.t("method-working") } else { state_text } }
                </span>
            </div>
            { detail }
            if state == Some(MethodState::Pending) && kind == ContactKind::Voice && !*editing {
                <form class="method-form" id="method-voice-code-form" novalidate=true onsubmit={on_confirm_call}>
                    <TextField
                        id="method-voice-code"
                        label={i18n.t("method-voice-code")}
                        hint={Some(AttrValue::from(i18n.t("method-voice-code-hint")))}
                        value={(*call_code).clone()}
                        error={call_code_error.as_ref().map(|e| i18n.field_error(e, None))}
                        autocomplete={Some(AttrValue::from("one-time-code"))}
                        inputmode={Some(AttrValue::from("numeric"))}
                        maxlength={Some(AttrValue::from("9"))}
                        narrow=true
                        oninput={on_call_code}
                        onblur={Callback::noop()}
                    />
                    <button type="submit" id="method-voice-confirm" disabled={busy.is_some()}
                        aria-busy={(busy_now == Some(Busy::Confirming)).to_string()}>
                        { working(Busy::Confirming, "method-voice-confirm", "method-saving") }
                    </button>
                </form>
            }
            if state == Some(MethodState::Pending) && !*editing {
                <div class="method-actions">
                    <button type="button" class="secondary" id={format!("method-{name}-resend")}
                        disabled={busy.is_some()} onclick={on_resend}>
                        { working(Busy::Resending, "method-resend", "method-saving") }
                    </button>
                    <button type="button" class="secondary" id={format!("method-{name}-check")}
                        disabled={busy.is_some()} onclick={on_check}>
                        { working(Busy::Checking, "method-check-again", "portal-loading") }
                    </button>
                </div>
            }
            if matches!(state, Some(MethodState::On | MethodState::Failed | MethodState::Off)) && !*editing {
                <div class="method-actions">
                    <button type="button" class="secondary" id={format!("method-{name}-change")}
                        disabled={busy.is_some()} onclick={on_change}>
                        { i18n.t("method-change") }
                    </button>
                </div>
            }
            if *editing {
                <form class="method-form" id={format!("method-{name}-form")} novalidate=true onsubmit={on_save}>
                    <TextField
                        id={address_id.clone()}
                        label={i18n.t(&format!("address-{name}"))}
                        hint={Some(AttrValue::from(i18n.t(&format!("address-{name}-hint"))))}
                        value={(*address).clone()}
                        error={field_error}
                        input_type={Some(AttrValue::from(input_type))}
                        autocomplete={Some(AttrValue::from(autocomplete))}
                        inputmode={Some(AttrValue::from(inputmode))}
                        maxlength={Some(AttrValue::from("254"))}
                        oninput={on_input}
                        onblur={on_blur}
                    />
                    <div class="method-actions">
                        <button type="submit" id={format!("method-{name}-save")} disabled={busy.is_some()}
                            aria-busy={(busy_now == Some(Busy::Saving)).to_string()}>
                            { working(Busy::Saving, if kind == ContactKind::Voice { "method-save-voice" } else { "method-save" }, "method-saving") }
                        </button>
                        <button type="button" class="secondary" id={format!("method-{name}-cancel")} onclick={on_cancel}>
                            { i18n.t("method-cancel") }
                        </button>
                    </div>
                </form>
            }
            <p class="method-notice" id={format!("method-{name}-notice")} role="status" aria-live="polite">{ notice_text }</p>
            <p class="sender">{ i18n.t_args(&format!("method-from-{name}"), &[("sender", &from)]) }</p>
            if kind == ContactKind::Voice && props.senders.calls_in_english {
                <p class="note" id="voice-in-english">
                    { i18n.t_args("voice-in-english", &[("language", &crate::i18n::language_name(&i18n.tag))]) }
                </p>
            }
        </div>
    }
}
