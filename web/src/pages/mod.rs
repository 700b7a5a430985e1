pub mod confirm_email;
pub mod portal;
pub mod sign_up;
pub mod undo;
pub mod unsubscribe;
