//! The one satisfaction question, the same in every channel: "Hoe tevreden
//! bent u over hoe wij u vandaag hebben geholpen?" on a 5-point scale (each
//! answer a labelled radio, never only a smiley or a colour), an optional
//! "Wat kunnen wij beter doen?" (at most [`MAX_IMPROVE_CHARS`] characters)
//! and an optional "Mogen wij u hierover bellen?". What a resident typed is
//! checked here, at the boundary, into an [`Answer`].

use serde::{Deserialize, Serialize};

use crate::journey::{FieldError, MessageArg};

/// Where the question is answered: `/tevredenheid/<token>`.
pub const BASE: &str = "/tevredenheid";
pub const MAX_IMPROVE_CHARS: usize = 1000;
/// An invitation runs this many days.
pub const VALID_DAYS: i64 = 14;

/// A resident is asked by mail at most once in this many days, across channels.
pub const ASK_AGAIN_DAYS: u32 = 30;
/// The scores, 1 (zeer ontevreden) to 5 (zeer tevreden).
pub const SCORES: [u8; 5] = [1, 2, 3, 4, 5];

/// The address of the question for an invitation's token.
pub fn path(token: &str) -> String {
    format!("{BASE}/{token}")
}

/// The form as typed, kept on the server through an error round trip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SatisfactionDraft {
    pub score: String,
    pub improve: String,
    pub call_me: String,
    pub errors: Vec<FieldError>,
}

/// Where an invitation stands, as its page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SurveyState {
    /// Open: the question.
    Open,
    /// Just answered: thanks.
    Thanks,
    /// Answered before.
    Answered,
    /// Run out (14 days); an unknown token is answered 404.
    Gone,
}

/// What `/tevredenheid/<token>` renders from.
#[derive(Clone, Debug)]
pub struct SurveyView {
    /// The invitation's token, or (on a counter tablet) the location's slug.
    pub token: String,
    /// On the counter tablet (`/tevredenheid/<location>`): the location's
    /// name. No contact, no "bel mij": nothing to call back.
    pub kiosk: Option<String>,
    pub state: SurveyState,
    pub draft: SatisfactionDraft,
}

/// A valid answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub score: u8,
    /// What could be better, trimmed; `None` when left empty.
    pub improve: Option<String>,
    pub call_me: bool,
}

fn field(form: &[(String, String)], name: &str) -> String {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.chars().take(MAX_IMPROVE_CHARS + 100).collect())
        .unwrap_or_default()
}

impl SatisfactionDraft {
    /// Keeps what was posted and checks it; the answer when it is complete.
    pub fn apply(&mut self, form: &[(String, String)]) -> Option<Answer> {
        self.score = field(form, "tevredenheid");
        self.improve = field(form, "beter");
        self.call_me = field(form, "bellen");
        let mut errors = Vec::new();
        let score = self.score.parse::<u8>().ok().filter(|s| SCORES.contains(s));
        if score.is_none() {
            errors.push(FieldError::single("tevredenheid", "survey-error-score"));
        }
        let improve = self.improve.trim();
        if improve.chars().count() > MAX_IMPROVE_CHARS {
            errors.push(
                FieldError::single("beter", "survey-error-long")
                    .with("max", MessageArg::Number(MAX_IMPROVE_CHARS as i64)),
            );
        }
        let call_me = match self.call_me.as_str() {
            "ja" => Some(true),
            "nee" | "" => Some(false),
            _ => None,
        };
        if call_me.is_none() {
            errors.push(FieldError::single("bellen", "survey-error-call"));
        }
        self.errors = errors;
        match (score, call_me) {
            (Some(score), Some(call_me)) if self.errors.is_empty() => Some(Answer {
                score,
                improve: (!improve.is_empty()).then(|| improve.to_string()),
                call_me,
            }),
            _ => None,
        }
    }
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

    #[test]
    fn a_score_is_needed_and_the_rest_is_optional() {
        let mut draft = SatisfactionDraft::default();
        assert_eq!(
            draft.apply(&form(&[("tevredenheid", "4")])),
            Some(Answer {
                score: 4,
                improve: None,
                call_me: false
            })
        );
        let answer = draft.apply(&form(&[
            ("tevredenheid", "1"),
            ("beter", "  Sneller terugbellen  "),
            ("bellen", "ja"),
        ]));
        assert_eq!(
            answer.and_then(|a| a.improve),
            Some("Sneller terugbellen".into())
        );
    }

    #[test]
    fn bad_input_is_named_and_kept() {
        let long = "x".repeat(MAX_IMPROVE_CHARS + 1);
        for (pairs, field) in [
            (vec![], "tevredenheid"),
            (vec![("tevredenheid", "6")], "tevredenheid"),
            (vec![("tevredenheid", "0")], "tevredenheid"),
            (
                vec![("tevredenheid", "3"), ("beter", long.as_str())],
                "beter",
            ),
            (
                vec![("tevredenheid", "3"), ("bellen", "misschien")],
                "bellen",
            ),
        ] {
            let mut draft = SatisfactionDraft::default();
            assert_eq!(draft.apply(&form(&pairs)), None, "{pairs:?}");
            assert!(draft.errors.iter().any(|e| e.field == field), "{pairs:?}");
        }
        let mut draft = SatisfactionDraft::default();
        draft.apply(&form(&[("beter", "Het formulier was lang")]));
        assert_eq!(draft.improve, "Het formulier was lang", "kept as typed");
    }
}
