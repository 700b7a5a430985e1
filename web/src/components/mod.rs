pub mod text_field;
