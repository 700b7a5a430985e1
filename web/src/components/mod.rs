pub mod page_link;
pub mod text_field;
