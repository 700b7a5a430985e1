//! What is wrong with a form, field by field: the page's own checks and the API's answer alike.

use ballot_shared::FieldError;

/// At most one error per field (the words are chosen when shown, in the page's language). A form
/// has a handful of fields: a list is all it takes, and weighs less in the page than a map.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// The errors by field; a later error for the same field replaces an earlier one.
    pub fn by_field(errors: Vec<FieldError>) -> Self {
        let mut by_field = Self::new();
        for error in errors {
            by_field.set(error);
        }
        by_field
    }

    pub fn get(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|error| error.field == field)
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sets the error of its field, replacing the one it had.
    pub fn set(&mut self, error: FieldError) {
        self.clear(&error.field.clone());
        self.0.push(error);
    }

    pub fn clear(&mut self, field: &str) {
        self.0.retain(|error| error.field != field);
    }
}
