//! After the voter is found: who they are, and what comes next.

use yew::prelude::*;

use crate::pages::sign_up::FoundVoter;

#[derive(Properties, PartialEq)]
pub struct FoundProps {
    pub found: FoundVoter,
}

#[function_component(Found)]
pub fn found(props: &FoundProps) -> Html {
    let voter = &props.found.voter;
    html! {
        <section aria-labelledby="found-heading">
            <h1 id="found-heading" tabindex="-1">{ "We found you" }</h1>
            <p class="found-voter" id="found-voter">
                <strong>{ voter.name.clone() }</strong>{ ", registered in " }
                <strong>{ format!("{} County", voter.county.name) }</strong>
            </p>
            <h2>{ "Next: how to hear about your ballot" }</h2>
            <p id="next-step">
                { "Choosing email, text or voice updates is not available yet. When it is, you will pick how and when \
                   we contact you here, and you will be able to see where your ballot is at any time." }
            </p>
        </section>
    }
}
