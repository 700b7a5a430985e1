//! Where each ballot is: four steps a voter knows (mailed, delivered, received, counted), what
//! happened so far in plain words, and what to do when a signature problem can still be fixed.

use ballot_shared::ballot::{BallotStatus, StatusReason};
use chrono::{NaiveDate, NaiveDateTime};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::Load;
use crate::i18n::{I18n, use_i18n};
use ballot_shared::responses::{BallotView, BallotsView, CureView};

#[derive(Debug, Clone, Copy, PartialEq)]
enum StepState {
    Done,
    Current,
    /// Something went wrong at this step, or the voter must act.
    Problem,
    Upcoming,
}

impl StepState {
    fn class(self) -> &'static str {
        match self {
            Self::Done => "step done",
            Self::Current => "step current",
            Self::Problem => "step problem",
            Self::Upcoming => "step upcoming",
        }
    }
}

struct Step {
    label: &'static str,
    state: StepState,
    note: Option<String>,
}

/// The four steps, and the lowest status rank that reaches each.
const STEPS: [(&str, i16); 4] =
    [("ballot-step-mailed", 2), ("ballot-step-delivered", 4), ("ballot-step-received", 6), ("ballot-step-counted", 8)];

/// The step a status is at, with how it stands there and a note.
fn position(i18n: &I18n, ballot: &BallotView, status: BallotStatus) -> (usize, StepState, Option<String>) {
    use BallotStatus::*;
    let expected = ballot.expected_delivery.map(|d| i18n.t_args("ballot-step-expected", &[("date", &i18n.date(d))]));
    let curable = ballot.current.reason.is_some_and(StatusReason::is_curable) && ballot.cure.is_some();
    match status {
        Issued => (0, StepState::Current, Some(i18n.t("ballot-step-preparing"))),
        Mailed | InTransit | ExpectedDelivery => (1, StepState::Upcoming, expected),
        Delivered => (1, StepState::Current, None),
        Undeliverable => (1, StepState::Problem, Some(i18n.t("ballot-step-undeliverable"))),
        ReturnedByVoter => (2, StepState::Current, Some(i18n.t("ballot-step-returning"))),
        Received => (2, StepState::Current, None),
        InReview if curable => (3, StepState::Problem, Some(i18n.t("ballot-step-needs-you"))),
        InReview => (3, StepState::Current, Some(i18n.t("ballot-step-in-review"))),
        Accepted => (3, StepState::Current, None),
        NotAccepted => (3, StepState::Problem, Some(i18n.t("ballot-step-not-counted"))),
        VotedInPerson => (3, StepState::Current, Some(i18n.t("ballot-step-in-person"))),
        Superseded => (0, StepState::Upcoming, None),
    }
}

fn steps(i18n: &I18n, ballot: &BallotView) -> Vec<Step> {
    // A replaced ballot shows how far it got before it was replaced.
    let shown = if ballot.current.status == BallotStatus::Superseded {
        ballot
            .timeline
            .iter()
            .map(|e| e.status)
            .filter(|s| *s != BallotStatus::Superseded)
            .max_by_key(|s| s.rank())
            .unwrap_or(BallotStatus::Issued)
    } else {
        ballot.current.status
    };
    // Steps before the current one count as done only when something shows they happened (a voter
    // who voted in person never returned the mail ballot).
    let reached = ballot
        .timeline
        .iter()
        .chain(std::iter::once(&ballot.current))
        .map(|e| e.status)
        .filter(|s| !matches!(s, BallotStatus::VotedInPerson | BallotStatus::Superseded))
        .map(BallotStatus::rank)
        .max()
        .unwrap_or(0);
    let (at, state, note) = position(i18n, ballot, shown);
    // Mailed, in transit: the "mailed" step is where the ballot is; the note (the expected delivery) sits on the next.
    let mailed_but_not_delivered = at == 1 && state == StepState::Upcoming;
    STEPS
        .iter()
        .enumerate()
        .map(|(i, (label, rank))| {
            let (state, note) = if mailed_but_not_delivered {
                match i {
                    0 => (StepState::Current, None),
                    1 => (StepState::Upcoming, note.clone()),
                    _ => (StepState::Upcoming, None),
                }
            } else if i < at {
                (if reached >= *rank { StepState::Done } else { StepState::Upcoming }, None)
            } else if i == at {
                (state, note.clone())
            } else {
                (StepState::Upcoming, None)
            };
            Step { label, state, note }
        })
        .collect()
}

/// The day a moment (UTC) fell on where the voter is.
fn local_date(at: NaiveDateTime) -> Option<NaiveDate> {
    let date = js_sys::Date::new(&JsValue::from_f64(at.and_utc().timestamp_millis() as f64));
    NaiveDate::from_ymd_opt(date.get_full_year() as i32, date.get_month() + 1, date.get_date())
}

fn cure_box(i18n: &I18n, index: usize, cure: &CureView) -> Html {
    let deadline = match cure.deadline {
        Some(date) => i18n.t_args("cure-deadline", &[("date", &i18n.date(date))]),
        None => i18n.t("cure-no-deadline"),
    };
    html! {
        <div class="cure" role="region" id={format!("cure-{index}")} aria-labelledby={format!("cure-heading-{index}")}>
            <h4 id={format!("cure-heading-{index}")}>{ i18n.t("cure-heading") }</h4>
            <p class="cure-deadline" id={format!("cure-deadline-{index}")}><strong>{ deadline }</strong></p>
            <p class="cure-steps-heading">{ i18n.t("cure-steps") }</p>
            <ol class="cure-steps" id={format!("cure-steps-{index}")}>
                { for cure.steps.iter().map(|step| html! { <li>{ step.clone() }</li> }) }
            </ol>
            if let Some(url) = &cure.form_url {
                <p>
                    <a href={url.clone()} id={format!("cure-form-{index}")} rel="noopener noreferrer" target="_blank">
                        { i18n.t("cure-form-link") }
                    </a>
                </p>
            }
            if let Some(contact) = &cure.county_contact {
                <p class="cure-contact" id={format!("cure-contact-{index}")}>
                    { i18n.t_args("cure-contact", &[("contact", contact)]) }
                </p>
            }
        </div>
    }
}

fn ballot_card(i18n: &I18n, index: usize, ballot: &BallotView) -> Html {
    let steps = steps(i18n, ballot);
    let awaiting_return = !ballot.replaced && ballot.current.status == BallotStatus::Delivered;
    html! {
        <article class={classes!("ballot", ballot.replaced.then_some("replaced"))} id={format!("ballot-{index}")}
            aria-labelledby={format!("ballot-{index}-heading")}>
            <h3 id={format!("ballot-{index}-heading")}>{ ballot.election.name.clone() }</h3>
            <p class="ballot-meta">
                { i18n.t_args("ballot-election-day", &[("date", &i18n.date(ballot.election.election_day))]) }
                { " · " }
                { i18n.t_args("ballot-county", &[("county", &ballot.county)]) }
            </p>
            if ballot.replaced {
                <p class="replaced-note" id={format!("ballot-{index}-replaced")}>{ i18n.t("ballot-replaced") }</p>
            }
            <p class="ballot-now" id={format!("ballot-{index}-now")}>
                <strong>{ i18n.t("ballot-now") }{ ": " }</strong>{ ballot.current.explanation.clone() }
            </p>
            if let Some(cure) = &ballot.cure {
                { cure_box(i18n, index, cure) }
            }
            <ol class="steps" id={format!("ballot-{index}-steps")} aria-label={i18n.t("ballot-steps")}>
                { for steps.iter().map(|step| {
                    let marker = match step.state {
                        StepState::Done => i18n.t("ballot-step-done"),
                        StepState::Current | StepState::Problem => i18n.t("ballot-step-current"),
                        StepState::Upcoming => i18n.t("ballot-step-upcoming"),
                    };
                    let current = matches!(step.state, StepState::Current | StepState::Problem);
                    html! {
                        <li class={step.state.class()} aria-current={current.then_some("step")}>
                            <span class="step-dot" aria-hidden="true"></span>
                            <span class="step-label">{ i18n.t(step.label) }</span>
                            <span class="visually-hidden">{ format!(" ({marker})") }</span>
                            if let Some(note) = &step.note {
                                <span class="step-note">{ note.clone() }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
            if let Some(date) = ballot.expected_delivery.filter(|_| !ballot.replaced) {
                <p class="expected" id={format!("ballot-{index}-expected")}>
                    { i18n.t_args("ballot-expected-delivery", &[("date", &i18n.date(date))]) }
                </p>
            }
            if awaiting_return {
                <p class="return-by">
                    { i18n.t_args("ballot-return-by", &[
                        ("election_day", &i18n.date(ballot.election.election_day)),
                        ("deadline", &i18n.date(ballot.election.return_deadline)),
                    ]) }
                </p>
            }
            <details class="history" open={!ballot.replaced}>
                <summary>{ i18n.t("ballot-history") }</summary>
                if ballot.timeline.is_empty() {
                    <p>{ i18n.t("ballot-history-empty") }</p>
                } else {
                    <ol id={format!("ballot-{index}-history")}>
                        { for ballot.timeline.iter().map(|event| html! {
                            <li>
                                if let Some(date) = event.at.and_then(local_date) {
                                    <span class="history-date">{ i18n.date(date) }{ ": " }</span>
                                }
                                { event.explanation.clone() }
                            </li>
                        }) }
                    </ol>
                }
            </details>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct BallotsProps {
    pub ballots: Load<BallotsView>,
}

#[function_component(Ballots)]
pub fn ballots(props: &BallotsProps) -> Html {
    let i18n = use_i18n();
    let body = match &props.ballots {
        Load::Loading => {
            html! { <p class="progress" id="ballots-loading" aria-busy="true">{ i18n.t("ballots-loading") }</p> }
        }
        Load::Failed => html! { <p class="notice-error" id="ballots-failed">{ i18n.t("ui-unreachable") }</p> },
        Load::Ready(view) if view.ballots.is_empty() => html! { <p id="no-ballots">{ i18n.t("ballots-none") }</p> },
        Load::Ready(view) => html! {
            <>{ for view.ballots.iter().enumerate().map(|(i, ballot)| ballot_card(&i18n, i, ballot)) }</>
        },
    };
    html! {
        <section class="ballots" id="ballots" aria-labelledby="ballots-heading">
            <h2 id="ballots-heading" tabindex="-1">{ i18n.t("ballots-heading") }</h2>
            { body }
        </section>
    }
}
