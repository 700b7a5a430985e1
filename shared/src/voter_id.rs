//! The state voter ID printed on registration cards and sample ballots.

use crate::error::{input_error_codes, text_newtype};

pub const MAX_VOTER_ID_LEN: usize = 20;

/// 1 to 20 ASCII letters and digits, held in upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VoterId(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoterIdError {
    Missing,
    Format,
}

input_error_codes!(VoterIdError {
    Missing => "required",
    Format => "format",
});

impl VoterId {
    pub fn parse(input: &str) -> Result<Self, VoterIdError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(VoterIdError::Missing);
        }
        if input.len() > MAX_VOTER_ID_LEN || !input.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(VoterIdError::Format);
        }
        Ok(Self(input.to_ascii_uppercase()))
    }
}

text_newtype!(VoterId);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InputError;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn upper_cases_and_trims() {
        assert_eq!(VoterId::parse(" ca12345abc ").unwrap().as_str(), "CA12345ABC");
        assert_eq!(VoterId::parse("A").unwrap().as_str(), "A");
        assert!(VoterId::parse(&"9".repeat(20)).is_ok());
    }

    #[test]
    fn rejects_anything_else() {
        for input in ["CA-1234", "CA 1234", "ÁB12", &"9".repeat(21)] {
            assert_eq!(VoterId::parse(input).unwrap_err().code(), "format", "{input}");
        }
        assert_eq!(VoterId::parse(" ").unwrap_err().code(), "required");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn valid_ids_are_stored_upper_case(input in "[A-Za-z0-9]{1,20}") {
            prop_assert_eq!(VoterId::parse(&input).unwrap().as_str().to_owned(), input.to_ascii_uppercase());
        }

        #[test]
        fn accepted_ids_are_short_and_alphanumeric(input in "\\PC{0,24}") {
            if let Ok(id) = VoterId::parse(&input) {
                prop_assert!(id.as_str().len() <= MAX_VOTER_ID_LEN);
                prop_assert!(id.as_str().bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
            }
        }
    }
}
