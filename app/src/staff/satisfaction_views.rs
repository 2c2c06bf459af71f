//! What the team lead's satisfaction page shows: per channel of a week the
//! number of answers, the average and the share satisfied (4 or 5), from the
//! question asked online and from the answers agents and clerks registered
//! with a contact; the unhappy answers with "bel mij" still to follow up; and
//! the texts of the week.

/// The answers of one channel in a week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelFigures {
    /// The key of the channel's name (`staff-satisfaction-channel-...`).
    pub key: String,
    pub answers: i64,
    /// The average score times ten, rounded (37 is 3,7); `None` without answers.
    pub average_tenths: Option<i64>,
    /// Per cent of answers 4 or 5, rounded; `None` without answers.
    pub satisfied_percent: Option<i64>,
}

impl ChannelFigures {
    /// The figures of one channel from `(score, how many)` pairs.
    pub fn from_counts(key: &str, counts: &[(i64, i64)]) -> Self {
        let answers: i64 = counts.iter().map(|(_, n)| n).sum();
        let total: i64 = counts.iter().map(|(s, n)| s * n).sum();
        let satisfied: i64 = counts.iter().filter(|(s, _)| *s >= 4).map(|(_, n)| n).sum();
        let ratio = |part: i64, scale: i64| {
            (answers > 0).then(|| (part * scale * 2 + answers) / (answers * 2))
        };
        Self {
            key: key.to_string(),
            answers,
            average_tenths: ratio(total, 10),
            satisfied_percent: ratio(satisfied, 100),
        }
    }
}

/// An unhappy answer (1 or 2) whose resident may be called.
#[derive(Clone, Debug)]
pub struct FollowUp {
    pub id: i64,
    pub answered_at: jiff::Zoned,
    pub score: i64,
    /// `aanvraag`, `terugbelverzoek` or `afspraak`, and its reference.
    pub kind: String,
    pub reference: String,
    pub text: Option<String>,
}

/// One text of the week.
#[derive(Clone, Debug)]
pub struct Remark {
    pub answered_at: jiff::Zoned,
    pub score: i64,
    pub kind: String,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct SatisfactionReportView {
    /// The Monday of the week shown.
    pub week: jiff::civil::Date,
    pub channels: Vec<ChannelFigures>,
    /// Per product with answers this week: its slug and figures.
    pub products: Vec<(String, ChannelFigures)>,
    pub follow_ups: Vec<FollowUp>,
    pub remarks: Vec<Remark>,
    /// Just marked as followed up.
    pub followed: bool,
}

#[cfg(test)]
mod tests {
    use super::ChannelFigures;

    #[test]
    fn average_and_share_are_rounded_from_the_counts() {
        let f = ChannelFigures::from_counts("x", &[(5, 2), (4, 1), (1, 1)]);
        assert_eq!(f.answers, 4);
        assert_eq!(f.average_tenths, Some(38), "15/4 = 3,75");
        assert_eq!(f.satisfied_percent, Some(75));
        let none = ChannelFigures::from_counts("x", &[]);
        assert_eq!(
            (none.answers, none.average_tenths, none.satisfied_percent),
            (0, None, None)
        );
        let third = ChannelFigures::from_counts("x", &[(4, 1), (2, 2)]);
        assert_eq!(third.satisfied_percent, Some(33));
        assert_eq!(third.average_tenths, Some(27), "8/3 = 2,67");
    }
}
