pub mod found;
pub mod sign_up;
