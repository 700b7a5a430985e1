//! Test support, by concern: the app and its database ([`app`]), a voter's requests ([`voter`]), a
//! county's ([`county`]), what was sent ([`outbox`]), the SMS provider double ([`provider`]) and
//! forged tokens ([`jwt`]).
#![allow(dead_code)] // Shared by the `api` and `browser` test targets; each uses a part.

mod app;
mod county;
pub mod jwt;
mod outbox;
mod provider;
mod voter;

// Each test target uses a part of these.
#[allow(unused_imports)]
pub use {app::*, county::*, outbox::*, provider::*, voter::*};
