//! Short forms of organisations: a name given in full earlier in the document
//! (常州星荣新材料有限公司) and later shortened (常州星荣公司, 星荣公司) are one
//! organisation; the short form's `canonical` is the full name.

use crate::extract::Entity;
use crate::patterns::{EntityType, Patterns};

/// The organisations named so far in a document, for [`ShortForms::link`]: each distinct
/// (name, full name) once, the most recently named last.
#[derive(Debug, Default)]
pub struct ShortForms {
    orgs: Vec<(String, String)>,
}

impl ShortForms {
    /// Fills `canonical` of every entity of `ents` (the next entities of the document, in
    /// text order): the full name an organisation's short form refers to, else the
    /// entity's own text. A short form ends in an organisation suffix (公司, 局), and its
    /// chars before the suffix (two or more) appear in that order in an organisation named
    /// earlier in the document that ends in the same suffix and is longer; the nearest
    /// such name wins. A short form the document declared (`aliases`: short form, full
    /// name; （以下简称“某某股份”）) links to its full name. Called sentence by sentence, so a
    /// document's entities need not be held (issue 16).
    pub fn link(&mut self, ents: &mut [Entity], aliases: &[(String, String)], pats: &Patterns) {
        for e in ents.iter_mut() {
            let mut canonical = e.text.clone();
            if e.ty != EntityType::Org {
                e.canonical = canonical;
                continue;
            }
            let declared = (aliases.iter().rev()).find(|(a, _)| *a == e.text);
            if let Some((_, full)) = declared {
                canonical = full.clone();
            } else if let Some(core) = core(&e.text, pats) {
                let suffix = &e.text[core.len()..];
                canonical = self
                    .orgs
                    .iter()
                    .rev()
                    .filter(|(text, _)| text.ends_with(suffix))
                    .map(|(_, full)| full.as_str())
                    .find(|full| {
                        full.chars().count() > e.text.chars().count()
                            && subsequence(core, &full[..full.len() - suffix.len()])
                            && !parent_only(core, &full[..full.len() - suffix.len()], pats)
                    })
                    .map_or(canonical, str::to_string);
            }
            // A department named without a place is no full name of a later short form.
            if e.how == super::GENERIC_DEPARTMENT && canonical == e.text {
                e.canonical = canonical;
                continue;
            }
            let pair = (e.text.clone(), canonical.clone());
            if let Some(i) = self.orgs.iter().position(|p| *p == pair) {
                self.orgs.remove(i);
            }
            self.orgs.push(pair);
            e.canonical = canonical;
        }
    }
}

/// The name before its organisation suffix (星荣 of 星荣公司), when two chars or more.
fn core<'t>(text: &'t str, pats: &Patterns) -> Option<&'t str> {
    let suffix = pats
        .entity_suffixes
        .iter()
        .filter(|(s, ty)| *ty == EntityType::Org && !s.is_empty() && text.ends_with(s.as_str()))
        .map(|(s, _)| s.len())
        .max()?;
    let core = &text[..text.len() - suffix];
    (core.chars().count() >= 2).then_some(core)
}

/// Whether the chars of `core` all come from a body named inside `head` before its unit's
/// own words (交通 of 交通局 in 交通部/公路局): a short form of that body's other units, no
/// short form of this one.
fn parent_only(core: &str, head: &str, pats: &Patterns) -> bool {
    let suffixes = (pats.entity_suffixes.iter())
        .filter(|(s, ty)| *ty == EntityType::Org && !s.is_empty())
        .map(|(s, _)| s.as_str());
    suffixes
        .flat_map(|s| head.match_indices(s).map(move |(at, m)| at + m.len()))
        .any(|end| end < head.len() && subsequence(core, &head[..end]))
}

/// Whether the chars of `short` appear in `long` in the same order.
fn subsequence(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().all(|c| it.any(|d| d == c))
}

#[cfg(test)]
mod tests {
    use crate::extract::{Extractor, Options};
    use crate::patterns::Patterns;

    #[test]
    fn short_forms_link_to_the_full_name() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "常州星荣新材料有限公司投资5亿元建设新厂。常州星荣公司表示，星荣公司年产值将达8亿元。\
             青山县统计局数据显示，统计局预计增长5%。",
            Options::default(),
        );
        let pairs: Vec<(&str, &str)> = d
            .entities
            .iter()
            .filter(|e| e.ty.name() == "ORG")
            .map(|e| (e.text.as_str(), e.canonical.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("常州星荣新材料有限公司", "常州星荣新材料有限公司"),
                ("常州星荣公司", "常州星荣新材料有限公司"),
                ("星荣公司", "常州星荣新材料有限公司"),
                ("青山县统计局", "青山县统计局"),
                ("统计局", "青山县统计局"),
            ]
        );
    }

    #[test]
    fn places_inside_a_name_given_before_are_that_name() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "来源：中国青海网 2024年5月1日\n青海省粮食产量增长5%。\n中国青海网微信中国青海网微博\n",
            Options::default(),
        );
        let ents: Vec<(&str, &str)> = d
            .entities
            .iter()
            .map(|e| (e.text.as_str(), e.ty.name()))
            .collect();
        assert_eq!(
            ents,
            vec![
                ("中国青海网", "ORG"),
                ("青海省", "LOC"),
                ("中国青海网", "ORG"),
                ("中国青海网", "ORG"),
            ]
        );
    }

    #[test]
    fn facts_name_the_entities_of_their_clause_first() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "青山县与星荣集团签约，星荣集团投资8亿元，东能公司投资3亿元。",
            Options::default(),
        );
        let f = d.facts.iter().find(|f| f.text == "3亿元").unwrap();
        assert_eq!(f.entities[0], "东能公司", "{:?}", f.entities);
        let f = d.facts.iter().find(|f| f.text == "8亿元").unwrap();
        assert_eq!(f.entities[0], "星荣集团", "{:?}", f.entities);
    }

    #[test]
    fn a_unit_of_a_named_body_is_no_short_form_of_another_unit() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "水利部防汛局拨款3亿元。水利局表示将新建泵站10座。",
            Options::default(),
        );
        assert!(
            !d.entities
                .iter()
                .any(|e| e.canonical == "水利部防汛局" && e.text != e.canonical),
            "{:?}",
            d.entities
        );
    }
}
