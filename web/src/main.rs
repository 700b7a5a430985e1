//! The voter-facing web front end: a Yew single-page app that talks to the API with gloo-net.

mod api;
mod app;
mod components;
mod i18n;
mod pages;
mod routes;
mod session;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
