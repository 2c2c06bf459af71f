//! Property tests of the domain parsers: whatever a resident (or an attacker)
//! types, a parser never panics; and what parses prints back to text that
//! parses to the same value, so a stored answer reads back as itself.

use proptest::prelude::*;

use super::*;

/// Any text, with extra weight on what the parsers look at: digits, letters,
/// spaces, dashes, separators, control characters and very long input.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9a-zA-Z \\-.,+@€/()]{0,40}",
        "[\\x00-\\x1f\\x7f<>&\"'%]{0,20}",
        "[0-9]{0,400}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn postcode(raw in typed()) {
        if let Ok(code) = Postcode::parse(&raw) {
            prop_assert_eq!(Postcode::parse(code.as_str()), Ok(code));
        }
    }

    #[test]
    fn house_number_and_addition(raw in typed()) {
        if let Ok(number) = HouseNumber::parse(&raw) {
            prop_assert_eq!(HouseNumber::parse(&number.get().to_string()), Ok(number));
        }
        if let Ok(Some(addition)) = Addition::parse(&raw) {
            prop_assert_eq!(Addition::parse(addition.as_str()), Ok(Some(addition)));
        }
    }

    #[test]
    fn phone(raw in typed()) {
        if let Ok(phone) = PhoneNumber::parse(&raw) {
            let again = PhoneNumber::parse(phone.e164()).expect("e164 parses");
            prop_assert_eq!(again.e164(), phone.e164());
            let national = PhoneNumber::parse(&phone.national()).expect("national parses");
            prop_assert_eq!(national.e164(), phone.e164());
        }
    }

    #[test]
    fn licence_plate(raw in typed()) {
        if let Ok(plate) = LicencePlate::parse(&raw) {
            prop_assert_eq!(LicencePlate::parse(plate.as_str()), Ok(plate));
        }
    }

    #[test]
    fn person_name_and_email(raw in typed()) {
        if let Ok(name) = PersonName::parse(&raw) {
            prop_assert_eq!(PersonName::parse(name.as_str()), Ok(name));
        }
        if let Ok(email) = Email::parse(&raw) {
            prop_assert_eq!(Email::parse(email.as_str()), Ok(email));
        }
    }

    #[test]
    fn amount(raw in typed(), cents in 0i64..1_000_000_000) {
        let _ = crate::form::parse_cents(&raw);
        // Amounts as the page prints them read back as the same cents.
        for lang in [crate::i18n::Lang::Nl, crate::i18n::Lang::En] {
            let printed = crate::i18n::euros(lang, cents);
            prop_assert_eq!(crate::form::parse_cents(&printed), Some(cents), "{}", printed);
        }
    }

    #[test]
    fn dates(day in typed(), month in typed(), year in typed(), d in 1u8..=31, m in 1u8..=12, y in 1900i16..2100) {
        let _ = CalendarDate::parse(&day, &month, &year);
        if let Ok(date) = CalendarDate::parse(&d.to_string(), &m.to_string(), &y.to_string()) {
            prop_assert_eq!(CalendarDate::from_iso(&date.to_iso()), Some(date));
            let date_of = date.date();
            let again = CalendarDate::parse(
                &date_of.day().to_string(),
                &date_of.month().to_string(),
                &date_of.year().to_string(),
            );
            prop_assert_eq!(again, Ok(date));
        }
    }

    #[test]
    fn return_path(raw in typed()) {
        if let Some(path) = LocalPath::parse(&raw) {
            prop_assert!(path.as_str().starts_with('/') && !path.as_str().starts_with("//"));
            prop_assert!(path.as_str().bytes().all(|b| (0x21..=0x7e).contains(&b)));
            prop_assert_eq!(LocalPath::parse(path.as_str()), Some(path));
        }
    }
}
