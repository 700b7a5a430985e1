use serde::{Deserialize, Serialize};

use crate::Words;

/// An error from one of this crate's parsers: a stable code for programs, which never changes once
/// published. Its words for people are in the Fluent files ([`FieldError::words`]); its `Display`
/// is the code, for logs.
pub trait InputError: std::error::Error {
    /// Machine-readable reason, e.g. `"format"` or `"too_early"`.
    fn code(&self) -> &'static str;

    /// This error, attached to the named input field.
    fn for_field(&self, field: &str) -> FieldError {
        FieldError::new(field, self.code())
    }
}

/// What is wrong with one field of a submitted form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The request field, as named in the JSON body (e.g. `date_of_birth`).
    pub field: String,
    /// Stable machine-readable reason (e.g. `too_early`).
    pub code: String,
    /// Plain-language explanation, fit to show next to the field, in the language the request
    /// asked for (`Accept-Language`).
    // Empty until the answer is written: the server puts `words()` into the reader's language then.
    pub message: String,
    /// What kind of value the field held, where its codes mean different things by kind (`email`
    /// or `phone` for a contact address): picks the message. Not sent.
    #[serde(skip)]
    pub variant: Option<&'static str>,
    /// Words other than the field's and code's own message, where one code has several
    /// explanations or the explanation needs values. Not sent.
    #[serde(skip)]
    pub explanation: Option<Box<Words>>,
}

impl FieldError {
    /// An error with the field's own message for `code` (`field-error-<field>-<code>`).
    pub fn new(field: &str, code: &str) -> Self {
        Self {
            field: field.to_owned(),
            code: code.to_owned(),
            message: String::new(),
            variant: None,
            explanation: None,
        }
    }

    /// The same error explained by `words` instead of the field's own message.
    #[must_use]
    pub fn explained(mut self, words: Words) -> Self {
        self.explanation = Some(Box::new(words));
        self
    }

    /// The same error for a field holding a value of kind `variant`.
    #[must_use]
    pub fn of_kind(mut self, variant: &'static str) -> Self {
        self.variant = Some(variant);
        self
    }

    /// The id of this error's message in the Fluent files: `field-error-<field>[-<variant>]-<code>`.
    pub fn message_id(&self, variant: Option<&str>) -> String {
        let field = self.field.replace('.', "-");
        match variant.or(self.variant) {
            Some(variant) => format!("field-error-{field}-{variant}-{}", self.code),
            None => format!("field-error-{field}-{}", self.code),
        }
    }

    /// The message id and arguments that explain this error (`variant` as in [`Self::message_id`]).
    pub fn words(&self, variant: Option<&str>) -> (String, Vec<(&'static str, String)>) {
        match &self.explanation {
            Some(words) => (words.id.to_owned(), words.args.clone()),
            None => (self.message_id(variant), Vec::new()),
        }
    }
}

/// Keeps a parser's value, or records its error against `field`: for validating a whole form
/// while collecting every field's error.
pub fn check<T, E: InputError>(errors: &mut Vec<FieldError>, field: &str, parsed: Result<T, E>) -> Option<T> {
    parsed.map_err(|e| errors.push(e.for_field(field))).ok()
}

/// `as_str` and `Display` for a newtype around a `String` that holds its canonical text.
macro_rules! text_newtype {
    ($type:ty) => {
        impl $type {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}
pub(crate) use text_newtype;

/// Implements [`InputError`] for an error enum from a list of `Variant => "code"` pairs, with
/// the code as its `Display`.
macro_rules! input_error_codes {
    ($error:ty { $($variant:ident $(($($_field:tt)*))? => $code:literal),+ $(,)? }) => {
        impl $crate::error::InputError for $error {
            fn code(&self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $code,)+
                }
            }
        }

        impl std::fmt::Display for $error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::error::InputError::code(self))
            }
        }

        impl std::error::Error for $error {}
    };
}
pub(crate) use input_error_codes;
