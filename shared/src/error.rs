use serde::{Deserialize, Serialize};

/// An error from one of this crate's parsers: a sentence for people (its `Display`) and a stable
/// code for programs, which never changes once published.
pub trait InputError: std::error::Error {
    /// Machine-readable reason, e.g. `"format"` or `"too_early"`.
    fn code(&self) -> &'static str;

    /// This error, attached to the named input field.
    fn for_field(&self, field: &str) -> FieldError {
        FieldError { field: field.to_owned(), code: self.code().to_owned(), message: self.to_string(), variant: None }
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
    /// Plain-language explanation, fit to show next to the field.
    pub message: String,
    /// What kind of value the field held, where its codes mean different things by kind (`email`
    /// or `phone` for a contact address): picks the translation. Not sent.
    #[serde(skip)]
    pub variant: Option<&'static str>,
}

impl FieldError {
    /// The id of this error's message in the Fluent files: `field-error-<field>[-<variant>]-<code>`.
    pub fn message_id(&self, variant: Option<&str>) -> String {
        let field = self.field.replace('.', "-");
        match variant.or(self.variant) {
            Some(variant) => format!("field-error-{field}-{variant}-{}", self.code),
            None => format!("field-error-{field}-{}", self.code),
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

/// Implements [`InputError`] for an error enum from a list of `Variant => "code"` pairs.
macro_rules! input_error_codes {
    ($error:ty { $($variant:ident $(($($_field:tt)*))? => $code:literal),+ $(,)? }) => {
        impl $crate::error::InputError for $error {
            fn code(&self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $code,)+
                }
            }
        }
    };
}
pub(crate) use input_error_codes;
