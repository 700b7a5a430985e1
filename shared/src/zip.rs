//! Residential ZIP code in California.

use std::ops::RangeInclusive;

use crate::error::{input_error_codes, text_newtype};

/// Every ZIP code of a California address falls in this range.
pub const CALIFORNIA_ZIPS: RangeInclusive<u32> = 90001..=96162;

/// A five-digit California ZIP code. ZIP+4 input is accepted and reduced to its five digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Zip(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    Missing,
    Format,
    NotCalifornia,
}

input_error_codes!(ZipError {
    Missing => "required",
    Format => "format",
    NotCalifornia => "not_california",
});

impl Zip {
    pub fn parse(input: &str) -> Result<Self, ZipError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(ZipError::Missing);
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        let five = match input.split_once('-') {
            Some((five, four)) if five.len() == 5 && four.len() == 4 && all_digits(five) && all_digits(four) => five,
            None if input.len() == 5 && all_digits(input) => input,
            // Letters mean a postal code from another country: say which ZIP we need rather than "wrong format".
            _ if input.chars().any(char::is_alphabetic) => return Err(ZipError::NotCalifornia),
            _ => return Err(ZipError::Format),
        };
        let number: u32 = five.parse().expect("checked digits");
        if !CALIFORNIA_ZIPS.contains(&number) {
            return Err(ZipError::NotCalifornia);
        }
        Ok(Self(five.to_owned()))
    }
}

text_newtype!(Zip);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InputError;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn accepts_five_digits_and_zip_plus_four() {
        assert_eq!(Zip::parse("95814").unwrap().as_str(), "95814");
        assert_eq!(Zip::parse(" 95814-1234 ").unwrap().as_str(), "95814");
        assert_eq!(Zip::parse("90001").unwrap().as_str(), "90001");
        assert_eq!(Zip::parse("96162").unwrap().as_str(), "96162");
    }

    #[test]
    fn explains_which_zip_to_use_for_other_places() {
        for input in ["10001", "96163", "89999", "SW1A 1AA", "K1A 0B1", "75008", "D-10115"] {
            let err = Zip::parse(input).unwrap_err();
            assert_eq!(err.code(), "not_california", "{input}");
        }
    }

    #[test]
    fn rejects_malformed_numbers() {
        for input in ["9581", "958141", "95814-12", "95814 1234", "95-814"] {
            assert_eq!(Zip::parse(input).unwrap_err().code(), "format", "{input}");
        }
        assert_eq!(Zip::parse("").unwrap_err().code(), "required");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_california_zip_is_accepted_with_or_without_plus_four(zip in CALIFORNIA_ZIPS, plus in 0u32..10_000) {
            let five = format!("{zip:05}");
            prop_assert_eq!(Zip::parse(&five).unwrap().as_str().to_owned(), five.clone());
            prop_assert_eq!(Zip::parse(&format!("{five}-{plus:04}")).unwrap().as_str().to_owned(), five);
        }

        #[test]
        fn accepted_zips_are_always_california(input in "\\PC{0,12}") {
            if let Ok(zip) = Zip::parse(&input) {
                prop_assert!(CALIFORNIA_ZIPS.contains(&zip.as_str().parse::<u32>().unwrap()));
            }
        }
    }
}
