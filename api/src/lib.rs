//! The ballot tracker's API server. See ARCHITECTURE.md for the layers and where a feature goes.

pub mod cli;
pub mod clock;
pub mod config;
pub mod county;
pub mod db;
pub mod error;
pub mod feeds;
pub mod http;
pub mod limits;
pub mod messaging;
pub mod notify;
pub mod office;
pub mod secrets;
pub mod services;
pub mod staff;
pub mod telemetry;
pub mod tokens;
pub mod voter;
