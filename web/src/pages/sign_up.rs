//! Sign-up, step one: the voter finds themselves on the voter roll.

use std::collections::BTreeMap;

use ballot_shared::FieldError;
use ballot_shared::dob::format_as_typed;
use ballot_shared::forms::{VoterLookupForm, field};
use chrono::NaiveDate;
use serde::Deserialize;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::text_field::TextField;

/// One input of the form, in the order shown.
struct FieldSpec {
    name: &'static str,
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
        label: "First name",
        hint: Some("As it appears on your voter registration."),
        autocomplete: "given-name",
        inputmode: None,
        maxlength: Some("64"),
        narrow: false,
    },
    FieldSpec {
        name: field::LAST_NAME,
        label: "Last name",
        hint: None,
        autocomplete: "family-name",
        inputmode: None,
        maxlength: Some("64"),
        narrow: false,
    },
    FieldSpec {
        name: field::DATE_OF_BIRTH,
        label: "Date of birth",
        hint: Some("Month, day and year, for example 01-23-1980."),
        autocomplete: "bday",
        inputmode: Some("numeric"),
        maxlength: Some("10"),
        narrow: true,
    },
    FieldSpec {
        name: field::ZIP,
        label: "ZIP code of your California home address",
        hint: Some("The residential address you registered to vote with, even if your mail goes elsewhere."),
        autocomplete: "postal-code",
        inputmode: Some("numeric"),
        maxlength: Some("10"),
        narrow: true,
    },
    FieldSpec {
        name: field::VOTER_ID,
        label: "Voter ID",
        hint: Some("Letters and digits, without spaces or dashes."),
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
fn error_for(form: &VoterLookupForm, name: &str) -> Option<String> {
    form.validate(today()).err()?.into_iter().find(|e| e.field == name).map(|e| e.message)
}

/// `errors` with the entry for `name` brought up to date with the form.
fn with_error_for(errors: &BTreeMap<String, String>, form: &VoterLookupForm, name: &str) -> BTreeMap<String, String> {
    let mut next = errors.clone();
    match error_for(form, name) {
        Some(message) => next.insert(name.to_owned(), message),
        None => next.remove(name),
    };
    next
}

fn errors_by_field(errors: Vec<FieldError>) -> BTreeMap<String, String> {
    errors.into_iter().map(|e| (e.field, e.message)).collect()
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn first_invalid(errors: &BTreeMap<String, String>) -> Option<&'static str> {
    FIELDS.iter().map(|f| f.name).find(|name| errors.contains_key(*name))
}

/// The voter the API found, with their session token (kept in memory only).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FoundVoter {
    pub token: String,
    pub voter: VoterSummary,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct VoterSummary {
    pub name: String,
    pub county: CountySummary,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CountySummary {
    pub number: i16,
    pub name: String,
}

/// What the last submission came to, when it was not a field error.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Message(String),
    /// Not on the roll: what to check, and where to check the registration.
    NotFound {
        detail: String,
        help_url: Option<String>,
    },
}

#[derive(Properties, PartialEq)]
pub struct SignUpProps {
    pub on_found: Callback<FoundVoter>,
}

#[function_component(SignUp)]
pub fn sign_up(props: &SignUpProps) -> Html {
    let form = use_state(VoterLookupForm::default);
    let errors = use_state(BTreeMap::<String, String>::new);
    let show_summary = use_state(|| false);
    let submitting = use_state(|| false);
    let outcome = use_state(|| None::<Outcome>);
    // Shown once the API says several voters share these details.
    let voter_id_reason = use_state(|| None::<String>);

    let on_input = |name: &'static str| {
        let (form, errors) = (form.clone(), errors.clone());
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            set_value(&mut next, name, value);
            // Once an error is showing, keep it current so it disappears as soon as the field is right.
            if errors.contains_key(name) {
                errors.set(with_error_for(&errors, &next, name));
            }
            form.set(next);
        })
    };

    let on_blur = |name: &'static str| {
        let (form, errors) = (form.clone(), errors.clone());
        Callback::from(move |()| {
            // Tabbing through an empty field is not a mistake yet; submitting it is.
            if value_of(&form, name).trim().is_empty() && !errors.contains_key(name) {
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
                let found = errors_by_field(found);
                if let Some(name) = first_invalid(&found) {
                    focus(name);
                }
                errors.set(found);
                show_summary.set(true);
                return;
            }
            errors.set(BTreeMap::new());
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
                let answer = api::post::<_, FoundVoter>("/voter/session", &body).await;
                submitting.set(false);
                match answer {
                    Ok(found) => on_found.emit(found),
                    Err(ApiError::Problem(problem)) if !problem.errors.is_empty() => {
                        let found = errors_by_field(problem.errors);
                        if let Some(name) = first_invalid(&found) {
                            focus(name);
                        }
                        errors.set(found);
                        show_summary.set(true);
                    }
                    Err(ApiError::Problem(problem)) if problem.status == 409 => {
                        voter_id_reason.set(Some(problem.detail.unwrap_or(problem.title)));
                        focus(field::VOTER_ID);
                    }
                    Err(ApiError::Problem(problem)) if problem.status == 404 => outcome.set(Some(Outcome::NotFound {
                        detail: problem.detail.unwrap_or(problem.title),
                        help_url: problem.help_url,
                    })),
                    Err(ApiError::Problem(problem)) => {
                        outcome.set(Some(Outcome::Message(problem.detail.unwrap_or(problem.title))));
                    }
                    Err(ApiError::Unreachable) => outcome.set(Some(Outcome::Message(
                        "We could not reach the tracker just now. Check your internet connection and try again."
                            .to_owned(),
                    ))),
                }
            });
        })
    };

    let shown_fields: Vec<&FieldSpec> =
        FIELDS.iter().filter(|f| f.name != field::VOTER_ID || voter_id_reason.is_some()).collect();

    let summary = (*show_summary && !errors.is_empty()).then(|| {
        html! {
            <div class="error-summary" role="alert" id="error-summary">
                <h2>{ "Please check these details" }</h2>
                <ul>
                    { for shown_fields.iter().filter_map(|f| errors.get(f.name).map(|message| html! {
                        <li><a href={format!("#{}", f.name)}>{ message.clone() }</a></li>
                    })) }
                </ul>
            </div>
        }
    });

    let outcome_html = match &*outcome {
        None => Html::default(),
        Some(Outcome::Message(message)) => html! { <p>{ message.clone() }</p> },
        Some(Outcome::NotFound { detail, help_url }) => html! {
            <>
                <h2>{ "We could not find you on the voter roll" }</h2>
                <p>{ detail.clone() }</p>
                if let Some(url) = help_url {
                    <p><a href={url.clone()} rel="noopener noreferrer">{ "Check your voter registration" }</a></p>
                }
            </>
        },
    };

    html! {
        <>
            <h1>{ "Track your mail ballot" }</h1>
            <p>{ "First, let's find you on the voter roll. Enter your details exactly as you registered to vote." }</p>
            { for summary }
            <form novalidate=true onsubmit={on_submit} id="sign-up">
                { for shown_fields.iter().map(|f| html! {
                    <>
                        if f.name == field::VOTER_ID {
                            <p class="voter-id-reason" id="voter-id-reason" role="status">
                                { (*voter_id_reason).clone().unwrap_or_default() }
                            </p>
                        }
                        <TextField
                            id={f.name}
                            label={f.label}
                            hint={f.hint.map(AttrValue::from)}
                            value={value_of(&form, f.name).to_owned()}
                            error={errors.get(f.name).cloned()}
                            autocomplete={AttrValue::from(f.autocomplete)}
                            inputmode={f.inputmode.map(AttrValue::from)}
                            maxlength={f.maxlength.map(AttrValue::from)}
                            narrow={f.narrow}
                            oninput={on_input(f.name)}
                            onblur={on_blur(f.name)}
                        />
                    </>
                }) }
                <button type="submit" id="find-me" disabled={*submitting}>
                    { if *submitting { "Looking you up…" } else { "Find me" } }
                </button>
            </form>
            <div class="outcome" id="outcome" role="status" aria-live="polite">{ outcome_html }</div>
        </>
    }
}
