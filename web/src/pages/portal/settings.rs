//! When we may contact the voter, in which language, and turning every notification off.

use ballot_shared::forms::{ContactHoursForm, PreferencesForm};
use yew::prelude::*;

use super::{Action, Failure, Run};
use crate::api::ApiError;
use crate::components::text_field::TextField;
use crate::field_errors::FieldErrors;
use crate::i18n::{I18n, use_i18n};
use ballot_shared::responses::PreferencesView;

/// Time zones offered, California's first; a voter abroad picks theirs.
const TIME_ZONES: [&str; 13] = [
    "America/Los_Angeles",
    "America/Phoenix",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Mexico_City",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Manila",
    "Asia/Tokyo",
    "Australia/Sydney",
];

const FROM: &str = "contact_hours.from";
const UNTIL: &str = "contact_hours.until";
const TIME_ZONE: &str = "contact_hours.time_zone";

/// The element id of a contact-hours field, by its API name.
fn element_id(field: &str) -> &'static str {
    match field {
        FROM => "hours-from",
        UNTIL => "hours-until",
        _ => "time-zone",
    }
}

fn zone_name(i18n: &I18n, zone: &str) -> String {
    // A zone without a name of ours shows its own.
    i18n.try_t(&format!("tz-{}", zone.replace('/', "-"))).unwrap_or_else(|| zone.to_owned())
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub preferences: PreferencesView,
    pub run: Run,
}

#[function_component(Settings)]
pub fn settings(props: &SettingsProps) -> Html {
    let i18n = use_i18n();
    let stored = &props.preferences.contact_hours;
    let hours = use_state(|| ContactHoursForm {
        from: stored.from.clone(),
        until: stored.until.clone(),
        time_zone: stored.time_zone.clone(),
    });
    let errors = use_state(FieldErrors::new);
    let saving_hours = use_state(|| false);
    let hours_saved = use_state(|| false);
    let hours_problem = use_state(|| None::<ApiError>);
    let saving_language = use_state(|| false);
    let language_saved = use_state(|| false);
    let language_problem = use_state(|| None::<ApiError>);
    let switching = use_state(|| false);
    let switch_problem = use_state(|| None::<ApiError>);
    let offered: Vec<String> = props.preferences.languages.iter().map(|l| l.tag.clone()).collect();

    let set_hours = |field: &'static str| {
        let (hours, hours_saved, errors) = (hours.clone(), hours_saved.clone(), errors.clone());
        let offered = offered.clone();
        Callback::from(move |value: String| {
            let mut next = (*hours).clone();
            match field {
                FROM => next.from = value,
                UNTIL => next.until = value,
                _ => next.time_zone = value,
            }
            hours_saved.set(false);
            // Errors showing follow the typing.
            if !errors.is_empty() {
                let offered: Vec<&str> = offered.iter().map(String::as_str).collect();
                let form = PreferencesForm { contact_hours: Some(next.clone()), ..Default::default() };
                errors.set(FieldErrors::by_field(form.validate(&offered).err().unwrap_or_default()));
            }
            hours.set(next);
        })
    };
    let on_zone = {
        let set = set_hours(TIME_ZONE);
        Callback::from(move |event: Event| {
            set.emit(event.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
        })
    };
    let on_save_hours = {
        let (hours, errors, saving, saved, problem, run) = (
            hours.clone(),
            errors.clone(),
            saving_hours.clone(),
            hours_saved.clone(),
            hours_problem.clone(),
            props.run.clone(),
        );
        let offered = offered.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *saving {
                return;
            }
            saved.set(false);
            problem.set(None);
            let offered: Vec<&str> = offered.iter().map(String::as_str).collect();
            let form = PreferencesForm { contact_hours: Some((*hours).clone()), ..Default::default() };
            if let Err(found) = form.validate(&offered) {
                errors.set(FieldErrors::by_field(found));
                return;
            }
            errors.set(FieldErrors::new());
            saving.set(true);
            let (errors, saving, saved, problem) = (errors.clone(), saving.clone(), saved.clone(), problem.clone());
            let done = Callback::from(move |result: Result<(), Failure>| {
                saving.set(false);
                match result {
                    Ok(()) => saved.set(true),
                    Err(Failure::Api(ApiError::Problem(p, _))) if !p.errors.is_empty() => {
                        errors.set(FieldErrors::by_field(p.errors))
                    }
                    Err(Failure::Api(error)) => problem.set(Some(error)),
                    Err(Failure::Cancelled) => {}
                }
            });
            run.emit((Action::Preferences(form), done));
        })
    };
    let on_language = {
        let (saving, saved, problem, run) =
            (saving_language.clone(), language_saved.clone(), language_problem.clone(), props.run.clone());
        Callback::from(move |event: Event| {
            let tag = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            saving.set(true);
            saved.set(false);
            problem.set(None);
            let (saving, saved, problem) = (saving.clone(), saved.clone(), problem.clone());
            let done = Callback::from(move |result: Result<(), Failure>| {
                saving.set(false);
                match result {
                    Ok(()) => saved.set(true),
                    Err(Failure::Api(error)) => problem.set(Some(error)),
                    Err(Failure::Cancelled) => {}
                }
            });
            let form = PreferencesForm { language: Some(tag), ..Default::default() };
            run.emit((Action::Preferences(form), done));
        })
    };
    let notifications_on = props.preferences.notifications_on;
    let on_switch_all = {
        let (switching, problem, run) = (switching.clone(), switch_problem.clone(), props.run.clone());
        Callback::from(move |_: MouseEvent| {
            if *switching {
                return;
            }
            switching.set(true);
            problem.set(None);
            let (switching, problem) = (switching.clone(), problem.clone());
            let done = Callback::from(move |result: Result<(), Failure>| {
                switching.set(false);
                if let Err(Failure::Api(error)) = result {
                    problem.set(Some(error));
                }
            });
            let form = PreferencesForm { notifications_on: Some(!notifications_on), ..Default::default() };
            run.emit((Action::Preferences(form), done));
        })
    };

    let error_of = |field: &str| errors.get(field).map(|e| i18n.field_error(e, None));
    let mut zones: Vec<String> = TIME_ZONES.iter().map(|z| (*z).to_owned()).collect();
    if !zones.contains(&hours.time_zone) {
        zones.insert(0, hours.time_zone.clone());
    }
    let zone_error = error_of(TIME_ZONE);

    html! {
        <>
            <section class="hours" id="contact-hours" aria-labelledby="hours-heading">
                <h2 id="hours-heading" tabindex="-1">{ i18n.t("hours-heading") }</h2>
                <p>{ i18n.t("hours-intro") }</p>
                <form id="hours-form" novalidate=true onsubmit={on_save_hours} aria-busy={saving_hours.to_string()}>
                    <div class="time-pair">
                        <TextField id={element_id(FROM)} label={i18n.t("hours-from")} value={hours.from.clone()}
                            error={error_of(FROM)} input_type={Some(AttrValue::from("time"))} narrow=true
                            oninput={set_hours(FROM)} onblur={Callback::noop()} />
                        <TextField id={element_id(UNTIL)} label={i18n.t("hours-until")} value={hours.until.clone()}
                            error={error_of(UNTIL)} input_type={Some(AttrValue::from("time"))} narrow=true
                            oninput={set_hours(UNTIL)} onblur={Callback::noop()} />
                    </div>
                    <div class={classes!("field", zone_error.is_some().then_some("has-error"))}>
                        <label for="time-zone">{ i18n.t("hours-time-zone") }</label>
                        <p class="field-error" id="time-zone-error" aria-live="polite">{ zone_error.clone().unwrap_or_default() }</p>
                        <select id="time-zone" onchange={on_zone} aria-describedby="time-zone-error"
                            aria-invalid={zone_error.is_some().to_string()}>
                            { for zones.iter().map(|zone| html! {
                                <option value={zone.clone()} selected={*zone == hours.time_zone}>{ zone_name(&i18n, zone) }</option>
                            }) }
                        </select>
                    </div>
                    <button type="submit" id="save-hours" disabled={*saving_hours}>
                        { if *saving_hours { i18n.t("hours-saving") } else { i18n.t("hours-save") } }
                    </button>
                    <p class="saved" id="hours-status" role="status" aria-live="polite">
                        if *hours_saved {
                            { i18n.t_args("hours-saved", &[("from", &stored.from), ("until", &stored.until)]) }
                        }
                        if let Some(error) = &*hours_problem {
                            { i18n.problem_text(error) }
                        }
                    </p>
                </form>
            </section>
            <section class="language" id="language-section" aria-labelledby="language-heading">
                <h2 id="language-heading">{ i18n.t("language-heading") }</h2>
                <div class="field">
                    <label for="language">{ i18n.t("language-intro") }</label>
                    <select id="language" onchange={on_language} disabled={*saving_language}>
                        { for props.preferences.languages.iter().map(|l| html! {
                            <option value={l.tag.clone()} lang={l.tag.clone()} selected={l.tag == props.preferences.language}>
                                { l.name.clone() }
                            </option>
                        }) }
                    </select>
                </div>
                <p class="saved" id="language-status" role="status" aria-live="polite">
                    if *saving_language { { i18n.t("language-saving") } }
                    if *language_saved { { i18n.t("language-saved") } }
                    if let Some(error) = &*language_problem { { i18n.problem_text(error) } }
                </p>
            </section>
            <section class="notifications" id="notifications" aria-labelledby="notifications-heading"
                data-notifications={if notifications_on { "on" } else { "off" }}>
                <h2 id="notifications-heading">{ i18n.t("notifications-heading") }</h2>
                if notifications_on {
                    <p>{ i18n.t("notifications-off-explained") }</p>
                    <button type="button" class="warning" id="notifications-off" onclick={on_switch_all}
                        disabled={*switching} aria-busy={switching.to_string()}>
                        { if *switching { i18n.t("notifications-turning-off") } else { i18n.t("notifications-turn-off") } }
                    </button>
                } else {
                    <p id="notifications-are-off" class="notice">{ i18n.t("notifications-are-off") }</p>
                    <button type="button" id="notifications-on" onclick={on_switch_all}
                        disabled={*switching} aria-busy={switching.to_string()}>
                        { if *switching { i18n.t("notifications-turning-on") } else { i18n.t("notifications-turn-on") } }
                    </button>
                }
                <p class="notice-error" id="notifications-status" role="status" aria-live="polite">
                    if let Some(error) = &*switch_problem { { i18n.problem_text(error) } }
                </p>
            </section>
        </>
    }
}
