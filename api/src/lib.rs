//! The ballot tracker's API server: routes (HTTP in and out) → domain rules → storage (Diesel).

pub mod cli;
pub mod clock;
pub mod config;
pub mod county;
pub mod db;
pub mod feeds;
pub mod limits;
pub mod messaging;
pub mod notify;
pub mod openapi;
pub mod problem;
pub mod routes;
pub mod secrets;
pub mod startup;
pub mod telemetry;
pub mod voter;
