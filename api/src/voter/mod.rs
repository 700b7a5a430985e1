//! The voter roll and voters finding themselves on it.

pub mod import;
pub mod lookup;
pub mod roll;
pub mod session;
