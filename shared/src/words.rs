//! Words for a person to read, before they are put into a language.

/// The id of a message in the Fluent files (`shared/locales`) and its arguments. Words become a
/// sentence only when an answer is written, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Words {
    pub fn new(id: &'static str) -> Self {
        Self { id, args: Vec::new() }
    }

    /// The same words with argument `name` set to `value`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}
