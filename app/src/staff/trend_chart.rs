//! One KPI's trend as an SVG drawn on the server (no script): the weekly
//! figures as a line with a dot per week, the normal band between the
//! limits, the mean as a dashed line, and each deviating week as a larger
//! square (a shape, not only a colour). The chart is an image named by its
//! heading and described by the sentence under it; the table below holds
//! the same numbers. Colours come from the display mode's variables, and
//! forced colours (Windows high contrast) draw in the system's colours.

use leptos::prelude::*;

use super::kpi_page::measure;
use super::trend_views::Trend;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 8.0;
const RIGHT: f64 = 632.0;
const TOP: f64 = 4.0;
const BOTTOM: f64 = 196.0;

/// The vertical scale: the range of the values and the limits, with a margin.
fn scale(trend: &Trend) -> (f64, f64) {
    let mut values: Vec<f64> = trend
        .weeks
        .iter()
        .filter_map(|w| w.value.map(|v| v as f64))
        .collect();
    if let Some(l) = trend.limits {
        values.extend([l.lower, l.upper, l.mean]);
    }
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !low.is_finite() {
        return (0.0, 1.0);
    }
    let margin = ((high - low) * 0.1).max(1.0);
    ((low - margin).max(0.0), high + margin)
}

/// The chart; `label` is the id of its heading, `described` of its sentence.
#[component]
pub fn TrendChart(trend: Trend, label: String, described: String) -> impl IntoView {
    let (low, high) = scale(&trend);
    let y = move |v: f64| BOTTOM - (v - low) / (high - low) * (BOTTOM - TOP);
    let count = trend.weeks.len().max(2) as f64;
    let x = move |i: usize| LEFT + i as f64 * (RIGHT - LEFT) / (count - 1.0);
    let band = trend.limits.map(|l| {
        let (top, bottom) = (y(l.upper), y(l.lower));
        view! {
            <rect class="lk-chart__band" x=LEFT y=format!("{top:.1}") width=RIGHT - LEFT height=format!("{:.1}", (bottom - top).max(0.0))/>
            <line class="lk-chart__mean" x1=LEFT x2=RIGHT y1=format!("{:.1}", y(l.mean)) y2=format!("{:.1}", y(l.mean))/>
        }
    });
    // The line, broken where a week has nothing to measure.
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, w) in trend.weeks.iter().enumerate() {
        match w.value {
            Some(v) => current.push_str(&format!("{:.1},{:.1} ", x(i), y(v as f64))),
            None if !current.is_empty() => lines.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let lines = lines
        .into_iter()
        .map(|points| view! { <polyline class="lk-chart__line" points=points/> })
        .collect_view();
    let points = trend
        .weeks
        .iter()
        .zip(&trend.signals)
        .enumerate()
        .filter_map(|(i, (w, s))| {
            let v = w.value? as f64;
            let (cx, cy) = (x(i), y(v));
            Some(if s.is_some() {
                view! { <rect class="lk-chart__alarm" x=format!("{:.1}", cx - 6.0) y=format!("{:.1}", cy - 6.0) width="12" height="12"/> }.into_any()
            } else {
                view! { <circle class="lk-chart__point" cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="3.5"/> }.into_any()
            })
        })
        .collect_view();
    let top_label = measure(trend.unit.measure(high.round() as i64));
    let bottom_label = measure(trend.unit.measure(low.round() as i64));
    view! {
        <figure class="lk-chart">
            <svg class="lk-chart__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=label aria-describedby=described focusable="false">
                {band}
                {lines}
                {points}
                <text class="lk-chart__scale" x=LEFT + 4.0 y=TOP + 14.0>{top_label}</text>
                <text class="lk-chart__scale" x=LEFT + 4.0 y=BOTTOM - 6.0>{bottom_label}</text>
            </svg>
        </figure>
    }
}
