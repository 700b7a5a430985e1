//! Types and validation shared by the ballot tracker's API and its web front end.
//!
//! Every input a voter types is parsed here once, into a type that can only hold a valid value
//! ("parse, don't validate"). The API rejects bad requests with these errors and the SPA shows the
//! very same words next to the field, because both call the same functions.
//!
//! Nothing in this crate reads a clock: functions that depend on the date take `today` as an argument.

pub mod ballot;
pub mod contact;
pub mod dob;
pub mod error;
pub mod forms;
pub mod imb;
pub mod iso_date;
pub mod language;
pub mod name;
pub mod office;
pub mod problem;
pub mod responses;
pub mod staff;
pub mod vocabulary;
pub mod voter_id;
pub mod words;
pub mod zip;

pub use error::{FieldError, InputError};
pub use problem::{PROBLEM_JSON, Problem, ProblemType};
pub use vocabulary::Vocabulary;
pub use words::Words;
