//! A link to one of the page's own addresses: followed without reloading the page, except when
//! the voter asks for a new tab or window (a click with Ctrl, ⌘, Shift or Alt), as on any link.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct PageLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Marks the link to where the voter is (`aria-current="location"`); following it again only
    /// brings that place back into view.
    #[prop_or_default]
    pub current: bool,
    /// Called instead of navigating when the link points to where the voter already is.
    #[prop_or_default]
    pub on_again: Option<Callback<()>>,
    pub children: Html,
}

#[function_component(PageLink)]
pub fn page_link(props: &PageLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let (to, current, on_again) = (props.to.clone(), props.current, props.on_again.clone());
        Callback::from(move |event: MouseEvent| {
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
                return;
            }
            let Some(navigator) = &navigator else { return };
            event.prevent_default();
            match (&on_again, current) {
                (Some(again), true) => again.emit(()),
                _ => navigator.push(&to),
            }
        })
    };
    html! {
        <a href={props.to.to_path()} id={props.id.clone()} {onclick}
            aria-current={props.current.then_some("location")}>
            { props.children.clone() }
        </a>
    }
}
