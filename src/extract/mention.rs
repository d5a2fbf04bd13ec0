//! What the scanners report: figures ([`Mention`]) and numerals ([`Numeral`]), and how
//! they are qualified ([`Approx`]). Shared by [`super::scan`] and [`super::bound`].

use rust_decimal::Decimal;

use crate::patterns::Kind;

/// How a figure is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approx {
    /// 约, 近, 左右, 余, 多 …
    Approx,
    /// 超过, 逾, 以上, 突破, 不低于 …
    Gt,
    /// 不足, 不到, 以下, 以内 …
    Lt,
    /// value … value_max.
    Range,
}

impl Approx {
    /// The name written to the `approx` column.
    pub fn name(self) -> &'static str {
        match self {
            Approx::Approx => "approx",
            Approx::Gt => "gt",
            Approx::Lt => "lt",
            Approx::Range => "range",
        }
    }

    /// The direction named in a cue's value: `approx`, `gt` or `lt`.
    pub fn direction(name: &str) -> Option<Approx> {
        match name {
            "approx" => Some(Approx::Approx),
            "gt" => Some(Approx::Gt),
            "lt" => Some(Approx::Lt),
            _ => None,
        }
    }
}

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// First char of the mention, approximation words included.
    pub start: usize,
    /// Char after the mention.
    pub end: usize,
    /// What it measures.
    pub kind: Kind,
    /// Canonical unit ("" for bare numbers).
    pub unit: String,
    /// Value in the canonical unit.
    pub value: Decimal,
    /// Upper end of a range.
    pub value_max: Option<Decimal>,
    /// Approximation or bound.
    pub approx: Option<Approx>,
    /// The numeral is written in Chinese characters only; such numerals can be parts of
    /// words (四川, 统一), so the caller checks them against the segmentation.
    pub chinese: bool,
    /// Char range of the (first) numeral.
    pub numeral: (usize, usize),
    /// Why the mention is not a fact (ordinal, label …); `None` for facts.
    pub rejected: Option<&'static str>,
}

impl Mention {
    /// A share at chars `[a, b)` as a percent figure of `value` (三分之一, 六成), no
    /// approximation yet.
    pub fn percent(a: usize, b: usize, value: Decimal, chinese: bool) -> Mention {
        Mention {
            start: a,
            end: b,
            kind: Kind::Percent,
            unit: "%".into(),
            value,
            value_max: None,
            approx: None,
            chinese,
            numeral: (a, b),
            rejected: None,
        }
    }
}

/// One numeral found by the scanner, for `--numbers`; also the bound phrases around
/// numerals (大于10, 20和30之间), which carry `approx` and `value_max`.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// First char.
    pub start: usize,
    /// Char after the numeral.
    pub end: usize,
    /// Its value.
    pub value: Decimal,
    /// Upper end of a bound phrase.
    pub value_max: Option<Decimal>,
    /// 十余万 is approximate; bound phrases are gt, lt or range.
    pub approx: Option<Approx>,
    /// Char range of the numeral itself (for word checks).
    pub core: (usize, usize),
}

impl Numeral {
    /// A plain numeral at `[start, end)`: its core is the whole span.
    pub fn at(start: usize, end: usize, value: Decimal, approx: Option<Approx>) -> Numeral {
        Numeral {
            start,
            end,
            value,
            value_max: None,
            approx,
            core: (start, end),
        }
    }
}

/// A qualifying word of the cue lists `bound.before` and `bound.after` (read by both
/// scanners), its value parsed: `gt,figure,text,phrase,lead` (see patterns/cues.tsv).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Qualifier {
    /// The direction (approx, gt, lt); none for a word that is only a lead.
    pub approx: Option<Approx>,
    /// It qualifies a figure.
    pub figure: bool,
    /// It is part of the figure's text.
    pub text: bool,
    /// It makes a bound phrase (`--numbers`).
    pub phrase: bool,
    /// It makes 百 or 千 without a digit an amount (逾百亿元).
    pub lead: bool,
}

impl Qualifier {
    /// Parses a value of `bound.before` / `bound.after`.
    pub fn parse(value: &str) -> Result<Qualifier, String> {
        let mut q = Qualifier::default();
        for (i, t) in value.split(',').map(str::trim).enumerate() {
            match t {
                "figure" => q.figure = true,
                "text" => q.text = true,
                "phrase" => q.phrase = true,
                "lead" => q.lead = true,
                _ => match Approx::direction(t) {
                    Some(ap) if i == 0 => q.approx = Some(ap),
                    _ => {
                        return Err(format!(
                            "unknown flag {t:?} (a direction approx, gt or lt first, then \
                             figure, text, phrase or lead)"
                        ))
                    }
                },
            }
        }
        if (q.figure || q.phrase) && q.approx.is_none() {
            return Err("figure and phrase words need a direction (approx, gt or lt)".into());
        }
        if q.text && !q.figure {
            return Err("text needs figure".into());
        }
        Ok(q)
    }

    /// The qualifier of a word checked at load (see [`super::scan::check_cues`]).
    fn of(value: &str) -> Qualifier {
        Qualifier::parse(value).expect("qualifier values are checked when the rules load")
    }

    /// The first of the `matching` (word, value) entries of a qualifier list (in file
    /// order: `WordList::entries_ending`, `entries_starting`) whose qualifier `wanted`,
    /// with that qualifier. Words that match but are not wanted are skipped.
    pub fn first<'a>(
        matching: impl Iterator<Item = (&'a str, &'a str)>,
        wanted: impl Fn(&Qualifier) -> bool,
    ) -> Option<(&'a str, Qualifier)> {
        matching
            .map(|(w, v)| (w, Qualifier::of(v)))
            .find(|(_, q)| wanted(q))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifier_values() {
        let q = Qualifier::parse("gt,figure,text,phrase,lead").unwrap();
        assert_eq!(
            (q.approx, q.figure, q.text, q.phrase, q.lead),
            (Some(Approx::Gt), true, true, true, true)
        );
        assert_eq!(Qualifier::parse("lead").unwrap().approx, None);
        assert_eq!(
            Qualifier::parse("lt, phrase").unwrap().approx,
            Some(Approx::Lt)
        );
        for bad in [
            "figure,gt",
            "gt,figure,up",
            "text",
            "phrase",
            "range,figure",
        ] {
            assert!(Qualifier::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn first_skips_unwanted_matches() {
        let src = "rule\tword\tvalue\nbound.before\t不大于\tlt,phrase\nbound.before\t大于\tgt,figure,phrase\n";
        let cues = crate::patterns::load_cues(src.as_bytes(), "c").unwrap();
        let l = cues.get("bound.before");
        let ends = || l.entries_ending("x不大于");
        assert_eq!(Qualifier::first(ends(), |q| q.phrase).unwrap().0, "不大于");
        assert_eq!(Qualifier::first(ends(), |q| q.figure).unwrap().0, "大于");
        assert!(Qualifier::first(ends(), |q| q.lead).is_none());
        let starts = || l.entries_starting("大于5");
        assert_eq!(Qualifier::first(starts(), |q| q.figure).unwrap().0, "大于");
        assert!(Qualifier::first(starts(), |q| q.phrase && !q.figure).is_none());
    }
}
