//! The voter-facing web front end: a Yew single-page app that talks to the API with gloo-net.

mod api;
mod app;
mod components;
mod field_errors;
mod i18n;
mod pages;
mod routes;
mod session;

// Smaller than the default allocator: the page's weight is in what is compiled in.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // The page lives in `#app`; beside it, `index.html` keeps the sentence shown when not even the
    // page's words can be fetched.
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
