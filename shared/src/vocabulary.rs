//! Closed sets of values that travel and are stored as words (`email`, `in_review`,
//! `ballots:write`): the words are derived with strum on each type, and this trait gives every
//! such type the same three ways to use them.

use std::str::FromStr;

use strum::VariantArray;

/// A type whose values each have one word (and perhaps other spellings it accepts).
pub trait Vocabulary: Copy + VariantArray + FromStr + Into<&'static str> + 'static {
    /// The value's word, as stored and sent.
    fn as_str(self) -> &'static str {
        self.into()
    }

    /// The value a word names; spaces around it are ignored.
    fn parse(input: &str) -> Option<Self> {
        input.trim().parse().ok()
    }

    /// Every value, in the order the type declares them.
    fn all() -> &'static [Self] {
        Self::VARIANTS
    }
}

impl<T: Copy + VariantArray + FromStr + Into<&'static str> + 'static> Vocabulary for T {}
