//! Sign-up, step one: the voter finds themselves on the voter roll.

use ballot_shared::ProblemType;
use ballot_shared::responses::VoterSessionCreated;

use ballot_shared::FieldError;
use ballot_shared::dob::format_as_typed;
use ballot_shared::forms::{VoterLookupForm, field};
use chrono::NaiveDate;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::text_field::TextField;
use crate::field_errors::FieldErrors;
use crate::i18n::use_i18n;

/// One input of the form, in the order shown.
struct FieldSpec {
    name: &'static str,
    /// Message ids of the label and the hint.
    label: &'static str,
    hint: Option<&'static str>,
    autocomplete: &'static str,
    inputmode: Option<&'static str>,
    maxlength: Option<&'static str>,
    narrow: bool,
}

const FIELDS: [FieldSpec; 5] = [
    FieldSpec {
        name: field::FIRST_NAME,
        label: "signup-first-name",
        hint: Some("signup-first-name-hint"),
        autocomplete: "given-name",
        inputmode: None,
        maxlength: Some("64"),
        narrow: false,
    },
    FieldSpec {
        name: field::LAST_NAME,
        label: "signup-last-name",
        hint: None,
        autocomplete: "family-name",
        inputmode: None,
        maxlength: Some("64"),
        narrow: false,
    },
    FieldSpec {
        name: field::DATE_OF_BIRTH,
        label: "signup-date-of-birth",
        hint: Some("signup-date-of-birth-hint"),
        autocomplete: "bday",
        inputmode: Some("numeric"),
        maxlength: Some("10"),
        narrow: true,
    },
    FieldSpec {
        name: field::ZIP,
        label: "signup-zip",
        hint: Some("signup-zip-hint"),
        autocomplete: "postal-code",
        inputmode: Some("numeric"),
        maxlength: Some("10"),
        narrow: true,
    },
    FieldSpec {
        name: field::VOTER_ID,
        label: "signup-voter-id",
        hint: Some("signup-voter-id-hint"),
        autocomplete: "off",
        inputmode: None,
        maxlength: Some("20"),
        narrow: true,
    },
];

fn value_of<'a>(form: &'a VoterLookupForm, name: &str) -> &'a str {
    match name {
        field::FIRST_NAME => &form.first_name,
        field::LAST_NAME => &form.last_name,
        field::DATE_OF_BIRTH => form.date_of_birth.as_deref().unwrap_or_default(),
        field::ZIP => &form.zip,
        field::VOTER_ID => form.voter_id.as_deref().unwrap_or_default(),
        _ => "",
    }
}

fn set_value(form: &mut VoterLookupForm, name: &str, value: String) {
    match name {
        field::FIRST_NAME => form.first_name = value,
        field::LAST_NAME => form.last_name = value,
        field::DATE_OF_BIRTH => form.date_of_birth = Some(format_as_typed(&value)),
        field::ZIP => form.zip = value,
        field::VOTER_ID => form.voter_id = Some(value),
        _ => {}
    }
}

/// Today in the voter's own calendar, which decides how old they are.
fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .expect("the browser's date is a date")
}

/// The error the API would give for `name`, from the same shared validation.
fn error_for(form: &VoterLookupForm, name: &str) -> Option<FieldError> {
    form.validate(today()).err()?.into_iter().find(|e| e.field == name)
}

/// `errors` with the entry for `name` brought up to date with the form.
fn with_error_for(errors: &FieldErrors, form: &VoterLookupForm, name: &str) -> FieldErrors {
    let mut next = errors.clone();
    match error_for(form, name) {
        Some(error) => next.set(error),
        None => next.clear(name),
    }
    next
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn first_invalid(errors: &FieldErrors) -> Option<&'static str> {
    FIELDS.iter().map(|f| f.name).find(|name| errors.has(name))
}

/// What the last submission came to, when it was not a field error.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Another problem: the API's words in English, a general message otherwise.
    Problem(Option<String>),
    /// Too many lookups lately.
    TooMany {
        detail: Option<String>,
        minutes: u64,
    },
    Unreachable,
    /// Not on the roll: what to check, and where to check the registration.
    NotFound {
        detail: Option<String>,
        help_url: Option<String>,
    },
}

#[derive(Properties, PartialEq)]
pub struct SignUpProps {
    pub on_found: Callback<VoterSessionCreated>,
}

#[function_component(SignUp)]
pub fn sign_up(props: &SignUpProps) -> Html {
    let form = use_state(VoterLookupForm::default);
    let i18n = use_i18n();
    let errors = use_state(FieldErrors::new);
    let show_summary = use_state(|| false);
    let submitting = use_state(|| false);
    let outcome = use_state(|| None::<Outcome>);
    // Shown once the API says several voters share these details.
    let voter_id_reason = use_state(|| None::<Option<String>>);

    let on_input = |name: &'static str| {
        let (form, errors) = (form.clone(), errors.clone());
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            set_value(&mut next, name, value);
            // Once an error is showing, keep it current so it disappears as soon as the field is right.
            if errors.has(name) {
                errors.set(with_error_for(&errors, &next, name));
            }
            form.set(next);
        })
    };

    let on_blur = |name: &'static str| {
        let (form, errors) = (form.clone(), errors.clone());
        Callback::from(move |()| {
            // Tabbing through an empty field is not a mistake yet; submitting it is.
            if value_of(&form, name).trim().is_empty() && !errors.has(name) {
                return;
            }
            errors.set(with_error_for(&errors, &form, name));
        })
    };

    let on_submit = {
        let (form, errors, show_summary, submitting, outcome, voter_id_reason) = (
            form.clone(),
            errors.clone(),
            show_summary.clone(),
            submitting.clone(),
            outcome.clone(),
            voter_id_reason.clone(),
        );
        let on_found = props.on_found.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *submitting {
                return;
            }
            outcome.set(None);
            if let Err(found) = form.validate(today()) {
                let found = FieldErrors::by_field(found);
                if let Some(name) = first_invalid(&found) {
                    focus(name);
                }
                errors.set(found);
                show_summary.set(true);
                return;
            }
            errors.set(FieldErrors::new());
            show_summary.set(false);
            submitting.set(true);
            let body = (*form).clone();
            let (errors, show_summary, submitting, outcome, voter_id_reason, on_found) = (
                errors.clone(),
                show_summary.clone(),
                submitting.clone(),
                outcome.clone(),
                voter_id_reason.clone(),
                on_found.clone(),
            );
            yew::platform::spawn_local(async move {
                let answer = api::post::<_, VoterSessionCreated>("/voter/session", &body).await;
                submitting.set(false);
                match answer {
                    Ok(found) => on_found.emit(found),
                    Err(ApiError::Problem(problem, _)) if !problem.errors.is_empty() => {
                        let found = FieldErrors::by_field(problem.errors);
                        if let Some(name) = first_invalid(&found) {
                            focus(name);
                        }
                        errors.set(found);
                        show_summary.set(true);
                    }
                    Err(ApiError::Problem(problem, _)) if problem.is(ProblemType::VoterIdNeeded) => {
                        voter_id_reason.set(Some(problem.detail));
                        focus(field::VOTER_ID);
                    }
                    Err(ApiError::Problem(problem, _)) if problem.is(ProblemType::VoterNotFound) => {
                        outcome.set(Some(Outcome::NotFound { detail: problem.detail, help_url: problem.help_url }))
                    }
                    Err(ApiError::Problem(problem, retry_after)) if problem.is(ProblemType::TooManyRequests) => {
                        let minutes = retry_after.unwrap_or(60).div_ceil(60).max(1);
                        outcome.set(Some(Outcome::TooMany { detail: problem.detail, minutes }));
                    }
                    Err(ApiError::Problem(problem, _)) => outcome.set(Some(Outcome::Problem(problem.detail))),
                    Err(ApiError::Unreachable) => outcome.set(Some(Outcome::Unreachable)),
                }
            });
        })
    };

    let shown_fields: Vec<&FieldSpec> =
        FIELDS.iter().filter(|f| f.name != field::VOTER_ID || voter_id_reason.is_some()).collect();

    let summary = (*show_summary && !errors.is_empty()).then(|| {
        html! {
            <div class="error-summary" role="alert" id="error-summary">
                <h2>{ i18n.t("signup-check-details") }</h2>
                <ul>
                    { for shown_fields.iter().filter_map(|f| errors.get(f.name).map(|error| html! {
                        <li><a href={format!("#{}", f.name)}>{ i18n.field_error(error, None) }</a></li>
                    })) }
                </ul>
            </div>
        }
    });

    let outcome_html = match &*outcome {
        None => Html::default(),
        Some(Outcome::Problem(detail)) => html! { <p>{ i18n.server_or(detail.as_deref(), "ui-something-wrong") }</p> },
        Some(Outcome::Unreachable) => html! { <p>{ i18n.t("ui-unreachable") }</p> },
        Some(Outcome::TooMany { detail, minutes }) => {
            let own = i18n.t_with("ui-wait-minutes", &[("minutes", (*minutes).into())]);
            html! { <p>{ detail.clone().unwrap_or(own) }</p> }
        }
        Some(Outcome::NotFound { detail, help_url }) => html! {
            <>
                <h2>{ i18n.t("signup-not-found-heading") }</h2>
                <p>{ i18n.server_or(detail.as_deref(), "ui-something-wrong") }</p>
                if let Some(url) = help_url {
                    <p><a href={url.clone()} rel="noopener noreferrer">{ i18n.t("signup-check-registration") }</a></p>
                }
            </>
        },
    };
    let voter_id_reason_text = match &*voter_id_reason {
        Some(detail) => i18n.server_or(detail.as_deref(), "ui-something-wrong"),
        None => String::new(),
    };

    html! {
        <>
            <h1>{ i18n.t("signup-heading") }</h1>
            <p>{ i18n.t("signup-intro") }</p>
            { for summary }
            <form novalidate=true onsubmit={on_submit} id="sign-up">
                { for shown_fields.iter().map(|f| html! {
                    <>
                        if f.name == field::VOTER_ID {
                            <p class="voter-id-reason" id="voter-id-reason" role="status">
                                { voter_id_reason_text.clone() }
                            </p>
                        }
                        <TextField
                            id={f.name}
                            label={i18n.t(f.label)}
                            hint={f.hint.map(|id| AttrValue::from(i18n.t(id)))}
                            value={value_of(&form, f.name).to_owned()}
                            error={errors.get(f.name).map(|e| i18n.field_error(e, None))}
                            autocomplete={AttrValue::from(f.autocomplete)}
                            inputmode={f.inputmode.map(AttrValue::from)}
                            maxlength={f.maxlength.map(AttrValue::from)}
                            narrow={f.narrow}
                            oninput={on_input(f.name)}
                            onblur={on_blur(f.name)}
                        />
                    </>
                }) }
                <button type="submit" id="find-me" disabled={*submitting} aria-busy={submitting.to_string()}>
                    { if *submitting { i18n.t("signup-submitting") } else { i18n.t("signup-submit") } }
                </button>
            </form>
            <div class="outcome" id="outcome" role="status" aria-live="polite">{ outcome_html }</div>
        </>
    }
}
