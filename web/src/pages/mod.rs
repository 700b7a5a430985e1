pub mod sign_up;
