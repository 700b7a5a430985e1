//! The voter-facing web front end: a Yew single-page app that talks to the API with gloo-net.

mod api;
mod app;
mod components;
mod i18n;
mod pages;
mod routes;
mod session;

// Smaller than the default allocator: the page's weight is in what is compiled in.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    yew::Renderer::<app::App>::new().render();
}
