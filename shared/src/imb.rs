//! USPS Intelligent Mail barcodes (IMb) in their numeric form, as print vendors and USPS scan
//! data give them: the 20-digit tracking code (barcode identifier, service type, mailer id,
//! serial number) followed by an optional routing code (the delivery ZIP, ZIP+4 or ZIP+4+2).

use crate::error::input_error_codes;

/// A valid IMb, split into its fields. Ballots are matched to scans by [`tracking_code`](Self::tracking_code);
/// the routing code is the addressee's ZIP and is not kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Imb {
    digits: String,
    mailer_id_len: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImbError {
    Format,
    BarcodeIdentifier,
}

input_error_codes!(ImbError {
    Format => "format",
    BarcodeIdentifier => "barcode_identifier",
});

const TRACKING_LEN: usize = 20;

impl Imb {
    /// Parses the numeric form; spaces and dashes between digit groups are ignored.
    pub fn parse(input: &str) -> Result<Self, ImbError> {
        let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        if !digits.bytes().all(|b| b.is_ascii_digit()) || ![20, 25, 29, 31].contains(&digits.len()) {
            return Err(ImbError::Format);
        }
        if digits.as_bytes()[1] > b'4' {
            return Err(ImbError::BarcodeIdentifier);
        }
        // A mailer id that starts with 9 has nine digits; any other has six.
        let mailer_id_len = if digits.as_bytes()[5] == b'9' { 9 } else { 6 };
        Ok(Self { digits, mailer_id_len })
    }

    /// Barcode identifier (2 digits; the second is 0–4).
    pub fn barcode_identifier(&self) -> &str {
        &self.digits[0..2]
    }

    /// Service type identifier (3 digits): the class of mail and services, ballot mail has its own.
    pub fn service_type(&self) -> &str {
        &self.digits[2..5]
    }

    /// Mailer identifier (6 or 9 digits).
    pub fn mailer_id(&self) -> &str {
        &self.digits[5..5 + self.mailer_id_len]
    }

    /// Serial number (9 or 6 digits: mailer id and serial together are always 15).
    pub fn serial(&self) -> &str {
        &self.digits[5 + self.mailer_id_len..TRACKING_LEN]
    }

    /// The 20 digits that identify the mail piece.
    pub fn tracking_code(&self) -> &str {
        &self.digits[..TRACKING_LEN]
    }

    /// The delivery ZIP (0, 5, 9 or 11 digits).
    pub fn routing_code(&self) -> &str {
        &self.digits[TRACKING_LEN..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InputError;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn splits_the_fields_for_six_and_nine_digit_mailer_ids() {
        let six = Imb::parse("00 700 123456 123456789 95814123401").unwrap();
        assert_eq!(
            (six.barcode_identifier(), six.service_type(), six.mailer_id(), six.serial()),
            ("00", "700", "123456", "123456789")
        );
        assert_eq!(six.tracking_code(), "00700123456123456789");
        assert_eq!(six.routing_code(), "95814123401");

        let nine = Imb::parse("01-702-912345678-123456").unwrap();
        assert_eq!((nine.mailer_id(), nine.serial(), nine.routing_code()), ("912345678", "123456", ""));
    }

    #[test]
    fn routing_codes_of_every_allowed_length() {
        for routing in ["", "95814", "958141234", "95814123401"] {
            let imb = Imb::parse(&format!("00700123456123456789{routing}")).unwrap();
            assert_eq!(imb.routing_code(), routing);
        }
    }

    #[test]
    fn rejects_other_lengths_letters_and_bad_identifiers() {
        for input in [
            "",
            "0070012345612345678",
            "00700123456123456789958",
            "0070012345612345678X",
            "00700123456123456789958141234012",
        ] {
            assert_eq!(Imb::parse(input).unwrap_err().code(), "format", "{input}");
        }
        assert_eq!(Imb::parse("05700123456123456789").unwrap_err().code(), "barcode_identifier");
    }
}
