//! `--trace-loop=FILE.svg`: the trace of one run drawn as a timeline, so a reader
//! can *see* why a promise callback runs before `setTimeout(0)`.
//!
//! The picture is made from the same lines `--trace-loop` prints (see `trace.rs`),
//! after the run: one lane per place where JavaScript runs (the main script, the
//! nextTick queue, the microtask queue, then the loop's phases), time flowing to
//! the right in steps, each callback a box labelled with its kind and the source
//! location that scheduled it, each loop iteration a dashed line. Steps, not
//! milliseconds: most callbacks take no measurable time, and the order is the point.

use std::fmt::Write;

/// The lanes, top to bottom, with the trace's name for each.
const LANES: &[(&str, &str)] = &[
    ("main", "main script"),
    ("nextTick", "nextTick"),
    ("microtasks", "microtasks"),
    ("timers", "timers"),
    ("pending", "pending"),
    ("poll", "poll (I/O)"),
    ("check", "check"),
    ("close", "close"),
];

const LABEL_WIDTH: usize = 120;
const LANE_HEIGHT: usize = 46;
const TOP: usize = 40;
const GAP: usize = 8;

/// One box of the timeline.
struct Step {
    lane: usize,
    title: String,
    detail: Option<String>,
    /// A wait rather than a callback: drawn without a fill.
    wait: bool,
}

/// What the timeline shows, in order: boxes and iteration separators.
enum Item {
    Step(Step),
    Iteration(String),
    End(String),
}

fn lane_of(name: &str) -> Option<usize> {
    LANES.iter().position(|(key, _)| *key == name)
}

/// Reads trace lines (with or without their `[loop] ` prefix) into items.
fn items(lines: &[String]) -> Vec<Item> {
    let mut out = Vec::new();
    let mut phase = lane_of("timers").unwrap_or(0);
    for raw in lines {
        let line = raw.strip_prefix("[loop] ").unwrap_or(raw);
        if line == "main script done" {
            out.push(Item::Step(Step {
                lane: 0,
                title: "main script".into(),
                detail: None,
                wait: false,
            }));
        } else if let Some(counts) = line.strip_prefix("drain ") {
            for part in counts.split_whitespace() {
                let Some((queue, count)) = part.split_once('=') else {
                    continue;
                };
                let (Some(lane), Ok(count)) = (lane_of(queue), count.parse::<u64>()) else {
                    continue;
                };
                if count == 0 {
                    continue;
                }
                let noun = if queue == "nextTick" { "tick" } else { "job" };
                let plural = if count == 1 { "" } else { "s" };
                out.push(Item::Step(Step {
                    lane,
                    title: format!("{count} {noun}{plural}"),
                    detail: None,
                    wait: false,
                }));
            }
        } else if let Some(rest) = line.strip_prefix("iteration ") {
            out.push(Item::Iteration(format!("iteration {rest}")));
        } else if let Some(name) = line.strip_prefix("phase ") {
            if let Some(lane) = lane_of(name) {
                phase = lane;
            }
        } else if let Some(rest) = line.strip_prefix("run ") {
            let (kind, site) = match rest.split_once(" scheduled at ") {
                Some((kind, site)) => (kind, Some(site.to_owned())),
                None => (rest, None),
            };
            out.push(Item::Step(Step {
                lane: phase,
                title: kind.to_owned(),
                detail: site,
                wait: false,
            }));
        } else if let Some(rest) = line.strip_prefix("poll: ") {
            let title = rest
                .strip_prefix("virtual clock advances to ")
                .map(|t| format!("wait until {t}"))
                .unwrap_or_else(|| rest.to_owned());
            out.push(Item::Step(Step {
                lane: lane_of("poll").unwrap_or(0),
                title,
                detail: None,
                wait: true,
            }));
        } else if let Some(rest) = line.strip_prefix("exit: ") {
            out.push(Item::End(format!("exit: {rest}")));
        }
    }
    out
}

/// The width of a box for its labels (about 7 px per character at 12 px).
fn box_width(step: &Step) -> usize {
    let chars = step
        .title
        .chars()
        .count()
        .max(step.detail.as_ref().map_or(0, |d| d.chars().count()));
    (chars * 7 + 16).max(70)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Draws the trace `lines` as an SVG document titled `title`.
pub fn render_svg(lines: &[String], title: &str) -> String {
    let items = items(lines);
    let height = TOP + LANES.len() * LANE_HEIGHT + 40;
    // First pass: x positions.
    let mut x = LABEL_WIDTH + GAP;
    let mut placed = Vec::new();
    for item in &items {
        match item {
            Item::Step(step) => {
                let w = box_width(step);
                placed.push((x, w));
                x += w + GAP;
            }
            Item::Iteration(_) | Item::End(_) => {
                placed.push((x, 0));
                x += GAP * 2;
            }
        }
    }
    let width = x + 200;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(svg, "  <title>{}</title>", escape(title));
    let _ = writeln!(
        svg,
        r##"  <rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        svg,
        r##"  <text x="8" y="22" font-size="14" font-weight="bold">{}</text>"##,
        escape(title)
    );
    for (index, (_, label)) in LANES.iter().enumerate() {
        let y = TOP + index * LANE_HEIGHT;
        let fill = if index % 2 == 0 { "#f6f6f6" } else { "#ffffff" };
        let _ = writeln!(
            svg,
            r#"  <rect x="0" y="{y}" width="{width}" height="{LANE_HEIGHT}" fill="{fill}"/>"#
        );
        let _ = writeln!(
            svg,
            r#"  <text x="8" y="{}" font-weight="bold">{label}</text>"#,
            y + LANE_HEIGHT / 2 + 4
        );
    }
    let bottom = TOP + LANES.len() * LANE_HEIGHT;
    for (item, (x, w)) in items.iter().zip(&placed) {
        match item {
            Item::Step(step) => {
                let y = TOP + step.lane * LANE_HEIGHT + 6;
                let h = LANE_HEIGHT - 12;
                let (fill, stroke, dash) = if step.wait {
                    ("none", "#999", r#" stroke-dasharray="3 3""#)
                } else {
                    (lane_colour(step.lane), "#333", "")
                };
                let _ = writeln!(
                    svg,
                    r#"  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="4" fill="{fill}" stroke="{stroke}"{dash}/>"#
                );
                let cx = x + w / 2;
                match &step.detail {
                    Some(detail) => {
                        let _ = writeln!(
                            svg,
                            r#"  <text x="{cx}" y="{}" text-anchor="middle">{}</text>"#,
                            y + 14,
                            escape(&step.title)
                        );
                        let _ = writeln!(
                            svg,
                            r##"  <text x="{cx}" y="{}" text-anchor="middle" font-size="10" fill="#444">{}</text>"##,
                            y + 28,
                            escape(detail)
                        );
                    }
                    None => {
                        let _ = writeln!(
                            svg,
                            r#"  <text x="{cx}" y="{}" text-anchor="middle">{}</text>"#,
                            y + h / 2 + 4,
                            escape(&step.title)
                        );
                    }
                }
            }
            Item::Iteration(label) | Item::End(label) => {
                let lx = x + GAP;
                let _ = writeln!(
                    svg,
                    r##"  <line x1="{lx}" y1="{}" x2="{lx}" y2="{bottom}" stroke="#777" stroke-dasharray="6 4"/>"##,
                    TOP - 6
                );
                let _ = writeln!(
                    svg,
                    r##"  <text x="{lx}" y="{}" font-size="11" fill="#555">{}</text>"##,
                    bottom + 16,
                    escape(label)
                );
            }
        }
    }
    svg.push_str("</svg>\n");
    svg
}

fn lane_colour(lane: usize) -> &'static str {
    match lane {
        0 => "#e8e8e8",
        1 => "#f4d6e6",
        2 => "#f7e9c8",
        5 => "#dff2dc",
        _ => "#dbe9f7",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timer_and_a_promise() {
        let trace: Vec<String> = [
            "[loop] main script done",
            "[loop] drain nextTick=1 microtasks=2",
            "[loop] iteration 1 (t=0ms)",
            "[loop] phase timers",
            "[loop] phase pending",
            "[loop] phase poll",
            "[loop] poll: virtual clock advances to t=1ms",
            "[loop] phase check",
            "[loop] run immediate scheduled at demo.js:2:1",
            "[loop] phase close",
            "[loop] iteration 2 (t=1ms)",
            "[loop] phase timers",
            "[loop] run timeout scheduled at demo.js:1:1",
            "[loop] exit: no referenced handles",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        insta::assert_snapshot!(render_svg(&trace, "demo.js"));
    }
}
