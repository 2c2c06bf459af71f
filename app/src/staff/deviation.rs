//! Which weeks of a KPI's trend deviate, by a stated, standard method: the
//! individuals (XmR) control chart. The limits come from the baseline weeks
//! (the 0-meting; without one, from the weeks shown): the mean of the weekly
//! values plus and minus 2.66 times the mean moving range (the average
//! difference between one week and the next). A week deviates when
//! 1. its value lies outside the limits, or
//! 2. it is the seventh (or later) week in a row on one side of the mean
//!    (a shift too small to cross the limits that lasts).
//!
//! Weeks without a value are skipped: they neither break nor extend a run.

/// The centre line and the natural process limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub mean: f64,
    pub lower: f64,
    pub upper: f64,
}

/// The constant of the individuals chart: 3 / d2 with d2 = 1.128 for ranges of two.
pub const SCALE: f64 = 2.66;

/// The run that signals a lasting shift.
pub const RUN: usize = 7;

/// Why a week deviates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Above,
    Below,
    /// Part of a run of [`RUN`] or more weeks above the mean.
    RunAbove,
    RunBelow,
}

impl Signal {
    pub fn is_high(self) -> bool {
        matches!(self, Signal::Above | Signal::RunAbove)
    }
}

/// The limits from the baseline's weekly values; `None` with fewer than two values.
pub fn limits(values: &[f64]) -> Option<Limits> {
    if values.len() < 2 {
        return None;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let ranges: Vec<f64> = values.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    let moving = ranges.iter().sum::<f64>() / ranges.len() as f64;
    Some(Limits {
        mean,
        lower: mean - SCALE * moving,
        upper: mean + SCALE * moving,
    })
}

/// For each week, whether and why it deviates from `limits`.
pub fn signals(series: &[Option<f64>], limits: &Limits) -> Vec<Option<Signal>> {
    let mut out = vec![None; series.len()];
    // The run so far: its side (true above) and how many weeks.
    let mut run: Option<(bool, usize)> = None;
    for (i, value) in series.iter().enumerate() {
        let Some(v) = *value else { continue };
        if v > limits.upper {
            out[i] = Some(Signal::Above);
        } else if v < limits.lower {
            out[i] = Some(Signal::Below);
        }
        let side = if v > limits.mean {
            Some(true)
        } else if v < limits.mean {
            Some(false)
        } else {
            None
        };
        run = match (side, run) {
            (Some(s), Some((r, n))) if s == r => Some((s, n + 1)),
            (Some(s), _) => Some((s, 1)),
            (None, _) => None,
        };
        if let Some((above, n)) = run
            && n >= RUN
            && out[i].is_none()
        {
            out[i] = Some(if above {
                Signal::RunAbove
            } else {
                Signal::RunBelow
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_the_mean_plus_and_minus_2_66_moving_ranges() {
        // Mean 84.8; ranges 2, 2, 2, 2: mean range 2; limits 84.8 -/+ 5.32.
        let l = limits(&[84.0, 86.0, 84.0, 86.0, 84.0]).unwrap();
        assert!((l.mean - 84.8).abs() < 1e-9);
        assert!((l.upper - (84.8 + 5.32)).abs() < 1e-9);
        assert!((l.lower - (84.8 - 5.32)).abs() < 1e-9);
        assert_eq!(limits(&[80.0]), None);
        assert_eq!(limits(&[]), None);
    }

    #[test]
    fn a_known_shift_is_caught_by_the_limits_and_by_the_run() {
        // Baseline: steady around 85 (limits 79.68 to 90.32 by the test above's rule).
        let baseline = [84.0, 86.0, 84.0, 86.0, 84.0, 86.0, 84.0, 86.0];
        let l = limits(&baseline).unwrap();
        assert!((l.mean - 85.0).abs() < 1e-9);
        // Then: in control, one week far below, then a small lasting drop to 83
        // (inside the limits, below the mean), then back.
        let series: Vec<Option<f64>> = [
            85.0, 86.0, 61.0, 85.0, 83.0, 83.0, 83.0, 83.0, 83.0, 83.0, 83.0, 83.0, 86.0,
        ]
        .into_iter()
        .map(Some)
        .collect();
        let s = signals(&series, &l);
        assert_eq!(s[2], Some(Signal::Below), "61 % is below the lower limit");
        assert_eq!(s[..2], [None, None]);
        assert_eq!(s[3], None);
        // Weeks 4 to 10 are the first seven below the mean: the seventh is flagged.
        assert_eq!(s[4..10], [None; 6]);
        assert_eq!(s[10], Some(Signal::RunBelow));
        assert_eq!(s[11], Some(Signal::RunBelow));
        assert_eq!(s[12], None, "back above the mean ends the run");
    }

    #[test]
    fn weeks_without_a_value_neither_break_nor_extend_a_run() {
        let l = Limits {
            mean: 50.0,
            lower: 0.0,
            upper: 100.0,
        };
        let mut series = vec![Some(60.0); 6];
        series.insert(3, None);
        series.push(Some(60.0));
        let s = signals(&series, &l);
        assert_eq!(s[3], None);
        assert_eq!(s[7], Some(Signal::RunAbove));
        assert_eq!(s.iter().filter(|x| x.is_some()).count(), 1);
        // A value on the mean ends a run.
        let s = signals(
            &[
                Some(60.0),
                Some(60.0),
                Some(60.0),
                Some(50.0),
                Some(60.0),
                Some(60.0),
                Some(60.0),
                Some(60.0),
            ],
            &l,
        );
        assert!(s.iter().all(Option::is_none));
    }
}
