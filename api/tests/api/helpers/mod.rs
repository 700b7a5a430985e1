//! Test support, by concern: the app and its database ([`app`]), a voter's requests ([`voter`]), a
//! county's ([`county`]), what was sent ([`outbox`]), the SMS provider double ([`provider`]),
//! forged tokens ([`jwt`]) and English where none should be ([`english`]).
#![allow(dead_code)] // Shared by the `api` and `browser` test targets; each uses a part.

mod app;
mod county;
mod english;
pub mod jwt;
mod outbox;
mod provider;
mod staff;
mod voter;

// Each test target uses a part of these.
#[allow(unused_imports)]
pub use {app::*, county::*, english::*, outbox::*, provider::*, staff::*, voter::*};
