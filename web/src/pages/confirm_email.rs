//! Where the emailed confirmation link lands: confirms the address when the voter presses the
//! button (never on load: mail scanners open links nobody clicked) and says plainly what happened.

use ballot_shared::ProblemType;
use ballot_shared::forms::ConfirmationForm;
use yew::prelude::*;

use crate::components::page_link::PageLink;
use crate::routes::Route;

use crate::api;
use crate::i18n::use_i18n;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    /// Waiting for the voter to press the button.
    Ready,
    Working,
    Confirmed,
    Expired,
    Invalid,
    Unreachable,
}

impl Outcome {
    fn name(self) -> &'static str {
        match self {
            Self::Ready => "ready",
            Self::Working => "working",
            Self::Confirmed => "confirmed",
            Self::Expired => "expired",
            Self::Invalid => "invalid",
            Self::Unreachable => "unreachable",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ConfirmEmailProps {
    pub token: Option<String>,
}

#[function_component(ConfirmEmail)]
pub fn confirm_email(props: &ConfirmEmailProps) -> Html {
    let i18n = use_i18n();
    let outcome = use_state(|| Outcome::Ready);
    // Bumped by the button (and by "try again") to post the token; 0 until the voter presses it.
    let attempt = use_state(|| 0u32);
    {
        let outcome = outcome.clone();
        use_effect_with((props.token.clone(), *attempt), move |(token, attempt)| {
            if let Some(token) = token.clone().filter(|_| *attempt > 0) {
                outcome.set(Outcome::Working);
                yew::platform::spawn_local(async move {
                    let answer =
                        api::post_empty("/contact-confirmations", Some(&ConfirmationForm { token: token.clone() }))
                            .await;
                    outcome.set(match answer {
                        Ok(()) => Outcome::Confirmed,
                        Err(error) => match error.kind() {
                            Some(ProblemType::Gone) => Outcome::Expired,
                            Some(ProblemType::NotFound | ProblemType::MalformedBody | ProblemType::InvalidFields) => {
                                Outcome::Invalid
                            }
                            _ => Outcome::Unreachable,
                        },
                    });
                });
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    let open_tracker =
        html! { <p><PageLink to={Route::SignUp} id="open-tracker">{ i18n.t("confirm-open-tracker") }</PageLink></p> };
    let (heading, body) = match (&props.token, *outcome) {
        (None, _) => (i18n.t("confirm-heading"), html! { <><p>{ i18n.t("confirm-missing") }</p>{ open_tracker }</> }),
        (Some(_), Outcome::Ready) => (
            i18n.t("confirm-heading"),
            html! {
                <>
                    <p>{ i18n.t("confirm-intro") }</p>
                    <button type="button" id="confirm-button" onclick={retry.clone()}>{ i18n.t("confirm-button") }</button>
                </>
            },
        ),
        (Some(_), Outcome::Working) => (
            i18n.t("confirm-heading"),
            html! { <p class="progress" aria-busy="true">{ i18n.t("confirm-working") }</p> },
        ),
        (Some(_), Outcome::Confirmed) => (
            i18n.t("confirm-done-heading"),
            html! { <><p>{ i18n.t("confirm-done") }</p><p>{ i18n.t("confirm-back") }</p>{ open_tracker }</> },
        ),
        (Some(_), Outcome::Expired) => {
            (i18n.t("confirm-expired-heading"), html! { <><p>{ i18n.t("confirm-expired") }</p>{ open_tracker }</> })
        }
        (Some(_), Outcome::Invalid) => {
            (i18n.t("confirm-invalid-heading"), html! { <><p>{ i18n.t("confirm-invalid") }</p>{ open_tracker }</> })
        }
        (Some(_), Outcome::Unreachable) => (
            i18n.t("confirm-heading"),
            html! {
                <>
                    <p>{ i18n.t("ui-unreachable") }</p>
                    <button type="button" id="confirm-retry" onclick={retry}>{ i18n.t("ui-try-again") }</button>
                </>
            },
        ),
    };
    html! {
        <section aria-labelledby="confirm-heading" id="confirm-email" data-outcome={outcome.name()}>
            <h1 id="confirm-heading">{ heading }</h1>
            <div id="confirm-result" role="status" aria-live="polite">{ body }</div>
        </section>
    }
}
