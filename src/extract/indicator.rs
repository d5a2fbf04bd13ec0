//! What a figure measures, as a label (the `indicator` column): the nearest cue of
//! patterns/indicators.tsv before the figure in its clause.
//!
//! Two rules of patterns/cues.tsv refine the cues: `indicator.level` (a change cue
//! followed by 到, 至 or 为 names the level reached, not the figure's measure) and
//! `indicator.adjective` (a cue followed by 以上 is an adjective: 规模以上工业企业).

use crate::patterns::{Indicator, Patterns};

use super::subject::{self, Sentence};

/// The indicator label of the figure at chars `[s, e)` of `sent`, or empty when no cue
/// stands before it in its clause.
pub fn indicator(pats: &Patterns, sent: &Sentence, s: usize, e: usize) -> String {
    let (cs, _) = subject::clause(sent, s, e);
    let before = sent.f.slice(cs, s);
    let (level, adjective) = (
        pats.cues.at(crate::cue!("indicator.level")),
        pats.cues.at(crate::cue!("indicator.adjective")),
    );
    let cue = |m: &aho_corasick::Match| -> &Indicator { &pats.indicators[m.pattern().as_usize()] };
    pats.indicator_ac
        .find_iter(before)
        // A change followed by 到, 至 or 为 (提高到32.5%, 下降至) names the level reached,
        // not what the figure measures: the change is not the figure. (A measure before
        // 为 is: 产量为, 增长率为.)
        .filter(|m| !(cue(m).change && level.starts(&before[m.end()..])))
        // 规模以上工业企业: an adjective, not the figure's measure.
        .filter(|m| !adjective.starts(&before[m.end()..]))
        .last()
        .map(|m| cue(&m).label.clone())
        .unwrap_or_default()
}
