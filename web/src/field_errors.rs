//! What is wrong with a form, field by field: the page's own checks and the API's answer alike.

use std::collections::BTreeMap;

use ballot_shared::FieldError;

/// Each field's error, by field name (the words are chosen when shown, in the page's language).
pub type FieldErrors = BTreeMap<String, FieldError>;

/// The errors by field; a later error for the same field replaces an earlier one. (Inserted one
/// by one: collecting into the map would compile a sorting routine into the page for each caller.)
pub fn by_field(errors: Vec<FieldError>) -> FieldErrors {
    let mut by_field = FieldErrors::new();
    for error in errors {
        by_field.insert(error.field.clone(), error);
    }
    by_field
}
