//! The inwonerpanel: residents who agree to be asked now and then, at most
//! [`TIMES_A_YEAR`] times a year, what they think of the municipality's
//! service. The letter asks that residents with few digital skills are well
//! represented, so every member keeps how they signed up ([`Via`]): online
//! after the satisfaction question, helped at the library, or by a staff
//! member on the phone or at the counter. Consent is its own tick, separate
//! from anything else; leaving is a link (kept by the resident, mailed to
//! them) or a call, and removes the member's data. What was typed is
//! checked here, at the boundary, into a [`SignUp`].

use serde::{Deserialize, Serialize};

use crate::domain::{Email, PersonName, PhoneNumber};
use crate::journey::{FieldError, field};

/// The panel's page: what it is, and the form.
pub const BASE: &str = "/inwonerpanel";
/// Where a member leaves: `/inwonerpanel/afmelden/<token>`.
pub const LEAVE_BASE: &str = "/inwonerpanel/afmelden";
/// How often a member is asked at most.
pub const TIMES_A_YEAR: i64 = 4;

pub fn leave_path(token: &str) -> String {
    format!("{LEAVE_BASE}/{token}")
}

/// How a member signed up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Via {
    /// Alone, online, after the satisfaction question.
    Online,
    /// Online with a volunteer at the library (the assisted mode).
    Library,
    /// Through a staff member on the phone.
    Phone,
    /// Through a clerk at the counter.
    Counter,
}

impl Via {
    pub const ALL: [Via; 4] = [Via::Online, Via::Library, Via::Phone, Via::Counter];

    /// As the store and the forms name it.
    pub fn slug(self) -> &'static str {
        match self {
            Via::Online => "online",
            Via::Library => "bibliotheek",
            Via::Phone => "telefoon",
            Via::Counter => "balie",
        }
    }

    pub fn parse(slug: &str) -> Option<Via> {
        Via::ALL.into_iter().find(|v| v.slug() == slug)
    }

    /// The key of its name.
    pub fn key(self) -> String {
        format!("panel-via-{}", self.slug())
    }
}

/// How a member wants to be reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    Email(Email),
    Phone(PhoneNumber),
}

/// A valid sign-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignUp {
    pub name: PersonName,
    pub reach: Reach,
}

/// The form as typed, kept on the server through an error round trip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PanelDraft {
    pub name: String,
    /// `e-mail` or `telefoon`.
    pub reach: String,
    pub email: String,
    pub phone: String,
    pub consent: bool,
    pub errors: Vec<FieldError>,
    /// Joined from this browser: the leave link's token, shown on the page
    /// after joining (kept on the server with the draft, never in the address).
    pub joined: Option<String>,
    /// The leave link was mailed too.
    pub mailed: bool,
}

impl PanelDraft {
    /// Keeps what was posted and checks it; the sign-up when it is complete.
    /// Only the address of the way chosen is kept: the other is not needed.
    pub fn apply(&mut self, form: &[(String, String)]) -> Option<SignUp> {
        self.name = field(form, "naam");
        self.reach = field(form, "bereikbaar");
        self.email = field(form, "email");
        self.phone = field(form, "telefoon");
        self.consent = field(form, "meedoen") == "ja";
        let mut errors = Vec::new();
        let name = match PersonName::parse(&self.name) {
            Ok(name) => Some(name),
            Err(e) => {
                let key = if self.name.trim().is_empty() {
                    "panel-error-name".to_string()
                } else {
                    e.0.to_string()
                };
                errors.push(FieldError::single("naam", key));
                None
            }
        };
        let reach = match self.reach.as_str() {
            "e-mail" => match Email::parse(&self.email) {
                Ok(email) => Some(Reach::Email(email)),
                Err(_) if self.email.trim().is_empty() => {
                    errors.push(FieldError::single("email", "panel-error-email"));
                    None
                }
                Err(e) => {
                    errors.push(FieldError::single("email", e.0));
                    None
                }
            },
            "telefoon" => match PhoneNumber::parse(&self.phone) {
                Ok(phone) => Some(Reach::Phone(phone)),
                Err(_) if self.phone.trim().is_empty() => {
                    errors.push(FieldError::single("telefoon", "panel-error-phone"));
                    None
                }
                Err(e) => {
                    errors.push(FieldError::single("telefoon", e.0));
                    None
                }
            },
            _ => {
                errors.push(FieldError::single("bereikbaar", "panel-error-reach"));
                None
            }
        };
        match reach {
            Some(Reach::Email(_)) => self.phone.clear(),
            Some(Reach::Phone(_)) => self.email.clear(),
            None => {}
        }
        if !self.consent {
            errors.push(FieldError::single("meedoen", "panel-error-consent"));
        }
        self.errors = errors;
        match (name, reach) {
            (Some(name), Some(reach)) if self.errors.is_empty() => Some(SignUp { name, reach }),
            _ => None,
        }
    }
}

/// Where the resident's panel page stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelState {
    /// What the panel is, and the form.
    Form,
    /// Just joined: how to leave (the link, also mailed when they chose mail).
    Joined { leave: String, mailed: bool },
    /// A member's leave page: the button.
    Leave { token: String },
    /// Just left.
    Left,
}

/// What the resident's panel pages render from.
#[derive(Clone, Debug)]
pub struct PanelView {
    pub state: PanelState,
    pub draft: PanelDraft,
    /// The form's one-time value: a resent form signs up once.
    pub nonce: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn fields(draft: &PanelDraft) -> Vec<(&str, &str)> {
        draft
            .errors
            .iter()
            .map(|e| (e.field.as_str(), e.key.as_str()))
            .collect()
    }

    #[test]
    fn a_sign_up_needs_a_name_a_way_to_reach_and_consent() {
        let mut draft = PanelDraft::default();
        assert_eq!(draft.apply(&form(&[])), None);
        assert_eq!(
            fields(&draft),
            [
                ("naam", "panel-error-name"),
                ("bereikbaar", "panel-error-reach"),
                ("meedoen", "panel-error-consent")
            ]
        );
        let chose_mail = form(&[
            ("naam", "Henk Jansen"),
            ("bereikbaar", "e-mail"),
            ("meedoen", "ja"),
        ]);
        assert_eq!(draft.apply(&chose_mail), None);
        assert_eq!(fields(&draft), [("email", "panel-error-email")]);
        let sign_up = draft
            .apply(&form(&[
                ("naam", "Henk Jansen"),
                ("bereikbaar", "telefoon"),
                ("email", "henk@voorbeeld.nl"),
                ("telefoon", "06 12345678"),
                ("meedoen", "ja"),
            ]))
            .expect("complete");
        assert!(matches!(sign_up.reach, Reach::Phone(_)));
        assert_eq!(
            draft.email, "",
            "the address of the way not chosen is not kept"
        );
    }

    #[test]
    fn every_way_of_signing_up_reads_back() {
        for via in Via::ALL {
            assert_eq!(Via::parse(via.slug()), Some(via));
        }
        assert_eq!(Via::parse("fax"), None);
    }
}
