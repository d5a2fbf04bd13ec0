//! Loads the analyst-editable rule files in `patterns/` into compiled [`Patterns`].
//!
//! Every file is UTF-8, one record per line, TAB-separated, with a header line and `#`
//! comments (`dict.txt` uses jieba's `word freq [tag]` format instead). The defaults are
//! compiled into the binary, so zhfacts runs from any directory; `--patterns DIR` replaces
//! them file by file. Any malformed line is a fatal `file:line: reason` error.

use std::{collections::HashMap, fs, io::BufRead, path::Path, str::FromStr};

use aho_corasick::{AhoCorasick, MatchKind};
use rust_decimal::Decimal;

use crate::error::{Error, Result};

const DEFAULT_UNITS: &str = include_str!("../patterns/units.tsv");
const DEFAULT_INDICATORS: &str = include_str!("../patterns/indicators.tsv");
const DEFAULT_ENTITIES: &str = include_str!("../patterns/entities.tsv");
const DEFAULT_DICT: &str = include_str!("../patterns/dict.txt");
const DEFAULT_CUES: &str = include_str!("../patterns/cues.tsv");
const DEFAULT_DIVISIONS: &str = include_str!("../patterns/divisions.tsv");

/// The rule files, by name, in load order.
pub const FILES: [&str; 6] = [
    "units.tsv",
    "indicators.tsv",
    "entities.tsv",
    "dict.txt",
    "cues.tsv",
    "divisions.tsv",
];

/// The word lists of cues.tsv that the extractors read, by rule name (`module.list`).
/// A line naming any other rule is a broken rule file. Keep each module's rules together.
#[rustfmt::skip]
pub const CUE_RULES: &[&str] = &[
    // segment.rs
    "segment.retag",
    // extract/mod.rs
    "figure.time_frame",
    "figure.zone_word",
    "figure.duration_name",
    "figure.size_kind_after",
    "figure.rank_prefix",
    "figure.pager",
    "figure.site_notice",
    "figure.slogan_after",
    "figure.slogan_quality",
    "figure.repeat_link",
    "figure.condition_bound",
    "figure.proportion_per",
    "figure.proportion_link",
    "figure.time_frame_after",
    "figure.plan_after",
    "figure.campaign_before",
    "date.slogan_before",
    "date.slogan_after",
    "figure.caption",
    "figure.verb_numeral",
    "figure.numeral_adverb",
    "figure.fixed_multiple",
    "figure.not_time_frame",
    "figure.top_before",
    "figure.class_count_link",
    "figure.size_class_noun",
    "figure.list_end",
    // extract/mod.rs: page furniture and standings that are no figures (issue 12)
    "figure.award_after",
    "figure.rank_word",
    "figure.rank_unit",
    "figure.weekday",
    "figure.related_heading",
    "figure.related_heading_late",
    "figure.neighbour_link",
    "entity.age_possessive",
    "subject.age_measure",
    "subject.viewpoint_open",
    "subject.trade_noun",
    "subject.list_verb",
    "subject.state_word",
    "subject.per_need",
    "entity.project_works_verb",
    "figure.per_before",
    "figure.described_before",
    "figure.breadcrumb",
    "figure.comment_box",
    "figure.comment_after",
    "figure.counter_label",
    // extract/indicator.rs
    "indicator.level",
    "indicator.adjective",
    // extract/period.rs
    "period.relative",
    "period.comparison",
    "subject.product_verb",
    // extract/subject.rs
    "subject.lead",
    "subject.support_verb",
    "subject.having_verb",
    "subject.negation",
    "subject.stance",
    "subject.stance_report",
    "subject.stance_degree",
    "subject.stance_share_end",
    "subject.having_name",
    "subject.link",
    "subject.reach_complement",
    "subject.link_word",
    "subject.measure_qualifier",
    "subject.counted_frame_end",
    "subject.object_mark",
    "subject.record_word",
    "subject.attribute",
    "subject.plan_word",
    "subject.attribute_prefix",
    "subject.comparison",
    "subject.change",
    "subject.basis_default",
    "subject.schedule",
    "subject.area_word",
    "subject.area_place_end",
    "subject.change_measure",
    "subject.share",
    "subject.respective_share",
    "subject.name_joiner",
    "subject.item_classifier",
    "subject.denominator",
    "subject.unit_price",
    "subject.frame_measure",
    "subject.sized_works",
    "subject.size_measure",
    "subject.thing_measure",
    "subject.thing_measured",
    "subject.relative_measure",
    "subject.size_named",
    "subject.dimension",
    "subject.dimension_end",
    "subject.dimension_unit",
    "subject.list_lead_end",
    "subject.base_open",
    "subject.base_time",
    "subject.base_particle",
    "subject.base_time_unit",
    "subject.base_month_tail",
    "subject.partner_prep",
    "subject.partner_trade",
    "subject.reckon",
    "subject.base_verb",
    "subject.glued_measure",
    "subject.glued_link",
    "subject.attributive",
    "subject.respectively",
    "subject.member_link",
    "subject.np_inner",
    "subject.place_kind_tail",
    "subject.member_scope",
    "subject.item_joiner",
    "subject.group_count",
    "subject.group_classifier",
    "subject.event",
    "subject.event_body",
    "subject.date_particle",
    "subject.date_copula",
    "subject.date_tail",
    "subject.date_day",
    "subject.date_event_end",
    "subject.date_end",
    "subject.trend_close",
    "subject.date_span_mark",
    "subject.manner_word",
    "subject.method",
    "subject.share_verb",
    "subject.completion_verb",
    "subject.price_word",
    "subject.price_noun",
    "subject.price_per",
    "subject.per_quantity",
    "subject.per_link",
    "subject.pull",
    "subject.pull_to",
    "subject.whole_name",
    "subject.enumeration_end",
    "subject.group_members",
    "subject.rate",
    "subject.generic_item",
    "subject.state_verb",
    "subject.rank_next",
    "subject.rank_by",
    "subject.rank_close",
    "subject.bracket_share",
    "subject.class_unit",
    "subject.holding_verb",
    "subject.frame_compare_open",
    "subject.frame_compare_close",
    "subject.fall_rate_word",
    "subject.points_change",
    "subject.falling_change",
    "subject.criterion_item",
    "subject.criterion_verb",
    "subject.award_verb",
    "subject.criterion_join",
    "subject.criterion_copula",
    "subject.criterion_grade",
    "subject.hedge_word",
    "subject.achieve_verb",
    "subject.group_actor_end",
    "subject.progress_rate",
    "subject.frame_average",
    "subject.event_verb",
    "subject.modal",
    "place.excluded_open",
    "place.superior_before",
    "place.source_before",
    "date.reported_before",
    "date.cutoff_after",
    "entity.alias_lead",
    "entity.division_kind",
    "scan.recent_span",
    "subject.heading_measure",
    "subject.heading_change",
    "subject.body_end",
    "subject.date_year_word",
    "subject.not_item_verb",
    "subject.threshold",
    "subject.streak",
    "subject.compare_verb",
    "subject.rate_word",
    "subject.change_unit",
    "subject.comparison_start",
    "subject.kept_comparison",
    "subject.viewpoint",
    "subject.level_to",
    "subject.each",
    // extract/subject.rs: issue 12, subjects on held-out pages
    "subject.tail_adverb",
    "subject.inner_adverb",
    "subject.topic_open",
    "subject.time_suffix",
    "subject.speech_verb",
    "subject.speaker_end",
    "subject.task_verb",
    "subject.task_object",
    "subject.rank",
    "subject.rank_open",
    "subject.rank_lead",
    "subject.item_particle",
    "subject.viewpoint_by",
    "subject.part_attribute",
    "subject.purpose_attribute",
    "subject.inclusion",
    "subject.capacity_verb",
    "subject.head_count",
    "subject.head_count_traditional",
    "subject.release_verb",
    "subject.part_of",
    "subject.category_suffix",
    "subject.time_figure_end",
    // extract/subject.rs: issue 12, subjects on held-out E
    "subject.copula",
    "subject.remainder",
    "subject.report_verb",
    // extract/subject.rs: issue 12, subjects on held-out F
    "subject.progress_verb",
    "subject.year_end",
    "subject.publish_verb",
    "subject.source_verb",
    // extract/subject.rs: issue 12, subjects on held-out F, G, H (session 9)
    "subject.condition_open",
    "subject.condition_close",
    // extract/subject.rs: session 17, doers and sources inside subjects
    "subject.time_lead",
    "subject.agency_end",
    "subject.doer_adverb",
    "subject.compare_close",
    "subject.degree_adverb",
    // extract/subject.rs: session 19, manners of a change and starts of a span
    "subject.change_manner",
    "subject.category_determiner",
    "subject.from_mark",
    "subject.from_original",
    "subject.event_time_end",
    "subject.from_adverb",
    "subject.to_mark",
    "subject.allot_verb",
    "subject.purpose_open",
    "subject.span_locative",
    "subject.span_unit",
    // extract/entity.rs
    "entity.reference",
    "entity.anaphor",
    "entity.place_word",
    "entity.age_group",
    "entity.joiner",
    "entity.name_break",
    "entity.salutation_others",
    "entity.negation",
    "entity.clause_verb",
    "entity.project_phase",
    "entity.byline",
    "entity.surname",
    "entity.after_name",
    "entity.name_tail",
    "entity.generic_lead",
    "entity.place",
    "entity.compass_place",
    "entity.compass_area",
    "entity.feature_end",
    "entity.two_char_name_suffix",
    // extract/entity.rs: organisations, people and projects (issue 13)
    "entity.body_lead",
    "entity.government",
    "entity.registered_suffix",
    "entity.company_suffix",
    "entity.company_word",
    "entity.project_verb",
    "entity.project_generic",
    "entity.project_quoted",
    "entity.project_build_verb",
    "entity.project_build_noun",
    "entity.media_word",
    "entity.news_end",
    "entity.news_report",
    "entity.news_common",
    "entity.project_built_body",
    // extract/subject/group.rs: session 26, figures of groups and lists
    "subject.share_copula",
    "subject.ordered_group",
    "subject.bare_share",
    "subject.heading_verb",
    // extract/gazetteer.rs, extract/place.rs
    "place.former_kind",
    "place.short_suffix",
    "place.road_after",
    "subject.total_lead",
    "subject.list_open",
    "place.parent_support",
    "place.ethnic",
    "place.not_place",
    "place.hub_suffix",
    "place.common_noun",
    "place.ordinary_word",
    "place.village_anaphor",
    "place.anaphor",
    "place.honour_name",
    "place.fixed_phrase",
    "place.joining_char",
    "place.province_kind",
    "place.generic_head",
    "place.not_division_end",
    "place.venue_before",
    "place.venue_after",
    "place.not_subject_before",
    "place.not_subject_after",
    "place.origin_after",
    "place.destination_cue",
    "place.glued_word",
    "place.count_lead",
    "place.national",
    "place.region_whole",
    "place.national_scope",
    "place.national_rank",
    "place.national_branch",
    "place.edition_word",
    "place.edition_unit",
    "place.source_label",
    "place.list_end",
    "place.alias",
    "place.name_stop",
    "place.name_tail",
    "place.host_stop",
    "place.base_of",
    "place.whole_before",
    "place.compare_open",
    "place.compare_close",
    // extract/entity.rs, extract/place.rs: generic areas, visitors' origins (issue 13)
    "entity.suffix_term",
    "entity.area_head",
    "entity.area_generic_end",
    "entity.area_generic_lead",
    "entity.zone_kind",
    "entity.common_place",
    "entity.glued_suffix",
    "entity.company_form",
    "entity.trade_suffix",
    "entity.office_suffix",
    "entity.own_name_suffix",
    "entity.common_tail",
    "entity.place_noun",
    "entity.credit_label",
    "entity.place_preposition",
    "entity.generic_abbreviation",
    "entity.post_head",
    // extract/entity.rs: names on pages new to the rules (issue 13, session 6)
    "entity.name_verb",
    "entity.seat_verb",
    "entity.project_lead",
    "entity.project_list_lead",
    "entity.party_committee",
    "entity.session_body",
    "entity.task_group",
    // extract/entity.rs: the kind of company before its name (session 27)
    "entity.apposition_kind",
    "entity.project_capacity_suffix",
    "entity.ordinal_lead",
    "entity.estate_suffix",
    "entity.kind_word",
    "entity.generic_body",
    // extract/entity/venue.rs: venues, media, abbreviated bodies (issue 13, session 8)
    "entity.venue_suffix",
    "entity.venue_brand_suffix",
    "entity.project_plan",
    "entity.division_works",
    "entity.source_label",
    "entity.source_end",
    "entity.project_clause_suffix",
    // extract/entity/counted.rs: names listed before a count of their kind (session 26)
    "entity.list_kind",
    "entity.list_company_kind",
    "entity.list_lead",
    "entity.list_kind_not",
    "entity.project_subject_suffix",
    "entity.project_site_suffix",
    "entity.village_suffix",
    "entity.scope_word",
    "entity.township_end",
    "entity.cooperative_suffix",
    "entity.office_bureau",
    // extract/entity.rs: people before a title or a speech verb (issue 13, session 8b)
    "entity.speech_verb",
    "entity.person_role",
    // extract/entity.rs: occupations that mark a name only after them (session 12)
    "entity.lead_title",
    "entity.dispatch_end",
    "entity.dispatch_head",
    // extract/entity/org.rs: departments named by their lead (issue 13, session 9)
    "entity.department_suffix",
    "entity.department_lead",
    "entity.department_open",
    // extract/entity/org.rs: departments named without a place (issue 13, session 11)
    "entity.local_lead",
    "entity.generic_department",
    "entity.project_capacity",
    "entity.project_rate",
    // extract/entity/org.rs: bodies listed with bodies (issue 13, session 10)
    "entity.list_close",
    // extract/place.rs: the own place on pages new to the rules (issue 13, session 7)
    "place.unlisted_kind",
    "place.dispatch_site",
    "place.event_after",
    "place.area_body",
    "place.seat_word",
    "place.located_verb",
    // extract/place.rs: short names, sections, origins and labels (issue 13, session 8)
    "place.named_area",
    "place.origin_before",
    // extract/place.rs: a route's ends (issue 13, session 51)
    "place.route_join",
    "place.rank_after",
    "place.partner_open",
    "place.partner_trade",
    "place.label_before",
    "place.label_after",
    "place.body_suffix",
    "place.inner_body",
    "place.short_kind",
    "place.lower_kind",
    "place.label_year",
    "place.county_kind",
    "place.area_kind",
    // extract/subject/category.rs
    "subject.category_classifier",
    "subject.category_noun",
    "subject.category_change",
    "subject.category_skip",
    "subject.category_within",
    "subject.category_share",
    "subject.group_rank",
    "subject.group_rank_end",
    "subject.group_head",
    "subject.size_range_mark",
    "subject.breakdown_open",
    // extract/place.rs: visitors named in the first lines (session 22)
    "place.visit_verb",
    // extract/place.rs: a project's ceremony site (session 34)
    "place.site_ceremony",
    "place.site_collective",
    "place.zone_kind",
    // extract/subject.rs: the month a comparison names (session 34)
    "subject.compared_period",
    "subject.case_classifier",
    "subject.viewpoint_frame",
    "subject.viewpoint_frame_close",
    "figure.anniversary",
    "place.site_greeting",
    "place.site_furniture",
    "place.site_name_end",
    "place.address_label",
    "place.surname_word",
    "subject.category_copula",
    "subject.multiple_copula",
    "subject.multiple_base_end",
    "subject.multiple_word",
    "subject.multiple_base_time",
    "subject.multiple_base_level",
    "subject.category_frame",
    "subject.example_close",
    "entity.facility_suffix",
    "date.future_word",
    "date.past_word",
    "entity.lead_function_end",
    "entity.village_common",
    // extract/text.rs
    "text.traditional_hint",
    // extract/table.rs
    "table.year_suffix",
    "table.unit_caption",
    "table.money_column",
    "table.rate_column",
    // extract/date.rs
    "date.period",
    "date.part",
    "date.day",
    "date.range",
    "date.month_suffix",
    "date.first_months",
    "date.release_label",
    "date.release_label_lone",
    "date.release_event",
    "date.dispatch_mark",
    "date.before",
    "date.after",
    "date.around",
    "date.not_after",
    "date.byline_after",
    "subject.learn_verb",
    "date.target_prep",
    "date.target_word",
    // extract/scan.rs and extract/bound.rs
    "bound.before",
    "bound.after",
    "bound.compare",
    "bound.comparative",
    "bound.equal",
    "bound.negation",
    "bound.link",
    "bound.between_link",
    "bound.between_end",
    "bound.between_start",
    "scan.ordinal",
    "scan.measure_acronym",
    "scan.joinable",
    "scan.joiner",
    "scan.infix_stop",
    "scan.label",
    "scan.session",
    "scan.counts_two",
    "scan.half",
    "scan.share",
    "scan.share_next",
    "scan.share_digit_next",
    "scan.not_share",
    "scan.discount",
    "scan.not_discount",
    "scan.doubling",
    "scan.doubling_end",
    "scan.doubling_unit",
    "scan.tally_word",
    "scan.tally_unit",
    "scan.age",
    "scan.age_next",
    "scan.degree_unit",
    "scan.degree_scale",
    "scan.energy_cue",
    "scan.angle_cue",
    "scan.temperature_cue",
    "scan.below_zero",
    "scan.currency_name",
    "scan.minor_unit",
    "scan.minor_unit_stop",
    "scan.area_minor_unit",
    "scan.per_time",
    "scan.not_unit",
    "figure.age_group_noun",
    "figure.category_unit",
    "figure.category_noun",
    "figure.building_unit",
    "figure.building_site",
    "figure.list_marker_after",
    "figure.class_head",
    "figure.span_bound",
    "scan.not_bound_after",
    "scan.loose_bound",
    "scan.loose_bound_next",
    "scan.span_bound",
    "scan.list_place",
    "scan.ratio_sign",
    "scan.ratio_sign_cued",
    "scan.ratio_cue",
    "figure.numeral_name",
    "scan.index_word",
    "scan.index_link",
    "scan.index_joiner",
    "scan.index_point",
    "scan.vague",
    "scan.pair_date",
    "scan.deferred_scale",
    "scan.deferred_classifier",
    "scan.leading_classifier",
    "scan.leading_link",
    "scan.leading_close",
    "scan.sheet_total",
    "scan.bare_money",
    "scan.change_to_level",
    // extract/region.rs, the ROC calendar (extract/date.rs)
    "region.mark",
    "region.currency",
    "region.host_domain",
    "region.host_word",
    "region.dollar_prefix",
    "date.roc_era",
    "date.roc_duration_before",
    "date.roc_year_verb",
    "date.roc_duration_after",
    "period.not_relative",
    // values, dates and figures of real pages (issue 12, round E)
    "scan.unit_name",
    "scan.share_word",
    "scan.duration_carry",
    "scan.minute_mark",
    "scan.padded_after",
    "date.from_base_before",
    "figure.horizon_after",
    "place.compass_char",
    "place.compass_locality",
    "date.roc_lead_not_after",
    "date.roc_year_since",
    "scan.depth_word",
    "scan.slash_share",
    "scan.approx_scope",
    "scan.approx_scope_word",
    "scan.per_time_before",
    "scan.per_area_before",
    "scan.per_time_dose",
    "date.future_before",
    "date.plan_word",
    // values, units and dates of real pages (issue 12, round F)
    "scan.per_area",
    "scan.per_one",
    "scan.per_one_not",
    "scan.per_one_next",
    "scan.spoken_major",
    "figure.class_unit",
    "figure.place_after",
    "figure.village_count_unit",
    "scan.fraction_unit",
    "region.unit",
    "region.currency_word",
    "region.unit_only",
    "date.first_month",
    "date.year_kind",
    "date.day_joiner",
    "scan.not_half",
    "scan.session_body",
    "scan.session_meeting",
    "figure.days_named",
    "text.name_end",
    "date.today",
    "date.bracket_year",
    "figure.stamp_after",
    "figure.bullet",
    "figure.read_more",
    "date.day_event",
    "date.first_months_not_after",
    "figure.period_end",
    "figure.period_end_link",
    "date.target_after",
    "date.list_label",
    "date.list_scope",
    "date.list_join",
    "date.origin_before",
    "date.origin_after",
    "date.event_name_end",
    "date.year_name_end",
    "date.review_name",
    "date.since_before",
    "date.since_after",
    "date.record_after",
    "date.next_year_before",
    "date.same_year_before",
    "text.title_end",
    "region.name",
    // years and dates of real pages (session 22)
    "date.whole_year_after",
    // extract/subject.rs: session 24, subjects that name nothing
    "subject.unnamed",
    // extract/subject.rs: session 25, size classes a cut subject keeps
    "subject.size_scope",
    // extract/period.rs: session 25, the year of a comparison's base figure
    "period.base_between",
    // extract/subject.rs: session 25, counts listed after a count of additions
    "subject.added_verb",
    "subject.added_stop",
    // extract/mod.rs: session 25, a document title's issuer
    "text.title_issuer_end",
    // extract/place.rs: session 26, places inside a facility's name
    "place.facility_head",
    // extract/subject.rs: session 27, dates things stand at, fragments naming no measure
    "subject.as_of",
    "subject.fragment",
    "subject.point_unit",
    // extract/subject.rs: session 28, how a rate changed (增速收窄)
    "subject.rate_change",
    "subject.compared_time",
    // extract/subject.rs: session 29, a rate compared as 比 + base + 高
    "subject.compare_open",
    "subject.compare_adjective",
    // extract/place.rs: session 32, the government issuing a release by its title
    "place.issuer_after",
    "place.site_channel",
    "place.site_selector",
    // extract/place.rs: session 32, Hong Kong or Macau by a body or dateline
    "place.region_body_end",
];

/// What a unit measures; decides the `kind` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Classifier counts (个, 条, 人次 …).
    Count,
    /// Mass in t.
    Mass,
    /// Power in W.
    Power,
    /// Energy in kWh.
    Energy,
    /// Area in m2.
    Area,
    /// Length in m.
    Length,
    /// Volume in m3.
    Volume,
    /// Money, unit an ISO 4217 code.
    Money,
    /// Percent.
    Percent,
    /// Percentage points (个百分点), never `%`.
    PercentagePoint,
    /// Multiples (倍).
    Multiple,
    /// Durations (年, 个月, 天 …).
    Duration,
    /// Ages (岁).
    Age,
    /// Temperatures.
    Temperature,
    /// Concentrations, mass per volume (PM2.5 浓度 35微克/立方米), in mg/m3.
    Concentration,
    /// Ratios (三次产业结构 9.1:40.2:50.7, 2.31:1); value the terms joined by `:`.
    Ratio,
    /// Index values (景气指数124.89, 基尼系数0.465, 67.83点), unit `index`.
    Index,
    /// Dates; value is an ISO string.
    Date,
    /// A bare numeral (only with `--numbers`).
    Number,
    /// An ordinal (第三; only with `--numbers`).
    Ordinal,
}

impl Kind {
    /// The name written to the `kind` column.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Mass => "mass",
            Kind::Power => "power",
            Kind::Energy => "energy",
            Kind::Area => "area",
            Kind::Length => "length",
            Kind::Volume => "volume",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::PercentagePoint => "percentage_point",
            Kind::Multiple => "multiple",
            Kind::Duration => "duration",
            Kind::Age => "age",
            Kind::Temperature => "temperature",
            Kind::Concentration => "concentration",
            Kind::Ratio => "ratio",
            Kind::Index => "index",
            Kind::Date => "date",
            Kind::Number => "number",
            Kind::Ordinal => "ordinal",
        }
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Kind, String> {
        const ALL: [Kind; 20] = [
            Kind::Count,
            Kind::Mass,
            Kind::Power,
            Kind::Energy,
            Kind::Area,
            Kind::Length,
            Kind::Volume,
            Kind::Money,
            Kind::Percent,
            Kind::PercentagePoint,
            Kind::Multiple,
            Kind::Duration,
            Kind::Age,
            Kind::Temperature,
            Kind::Concentration,
            Kind::Ratio,
            Kind::Index,
            Kind::Date,
            Kind::Number,
            Kind::Ordinal,
        ];
        ALL.into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| format!("unknown kind {s:?}"))
    }
}

/// One line of units.tsv.
#[derive(Debug, Clone)]
pub struct Unit {
    /// The unit as written.
    pub surface: String,
    /// What it measures.
    pub kind: Kind,
    /// Canonical unit for the `unit` column.
    pub unit: String,
    /// Multiplier to the canonical unit.
    pub factor: Decimal,
}

/// Entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// Organisations.
    Org,
    /// Places.
    Loc,
    /// People.
    Per,
    /// Projects and works.
    Proj,
}

impl EntityType {
    /// The name written to the `type` column.
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Per => "PER",
            EntityType::Proj => "PROJ",
        }
    }
}

/// All compiled rules. Built once, shared by reference across workers.
pub struct Patterns {
    /// Unit surface → unit; FNV-hashed: looked up several times per figure.
    units: HashMap<String, Unit, crate::extract::entity::FnvBuild>,
    max_unit_chars: usize,
    /// Indicator cues with their labels, in file order.
    pub indicators: Vec<Indicator>,
    /// Automaton over the indicator cues (leftmost-longest).
    pub indicator_ac: AhoCorasick,
    /// Words that end a name of a type (公司 → ORG).
    pub entity_suffixes: Vec<(String, EntityType)>,
    /// Complete names.
    pub entity_names: Vec<(String, EntityType)>,
    /// Words that are never entities.
    pub entity_stop: Vec<String>,
    /// Titles that mark a person's name.
    pub entity_titles: Vec<String>,
    /// jieba user dictionary lines (comments stripped), entity names included.
    pub user_dict: String,
    /// The four entity lists above as hash lookups.
    entity_index: crate::extract::entity::EntityIndex,
    /// The word lists of cues.tsv.
    pub cues: Cues,
    /// The administrative divisions of divisions.tsv.
    gazetteer: crate::extract::gazetteer::Gazetteer,
}

impl Patterns {
    /// The entity lists as hash lookups (built with the lists; the lists are not changed
    /// after loading).
    pub fn entity_index(&self) -> &crate::extract::entity::EntityIndex {
        &self.entity_index
    }

    /// The gazetteer of administrative divisions (divisions.tsv).
    pub fn gazetteer(&self) -> &crate::extract::gazetteer::Gazetteer {
        &self.gazetteer
    }

    /// The rules compiled into the binary.
    pub fn builtin() -> Result<Patterns> {
        Patterns::from_sources(
            &FILES.map(|f| (format!("<builtin>/{f}"), builtin_text(f).to_string())),
        )
    }

    /// Loads `dir`, using the built-in file for any rule file the folder lacks.
    pub fn load(dir: &Path) -> Result<Patterns> {
        if !dir.is_dir() {
            return Err(Error::Config(format!(
                "{}: patterns folder not found",
                dir.display()
            )));
        }
        let mut sources = Vec::new();
        for f in FILES {
            let path = dir.join(f);
            let text = if path.exists() {
                let bytes = fs::read(&path).map_err(|e| Error::io(&path, e))?;
                String::from_utf8(bytes).map_err(|e| {
                    let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                    let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
                    pattern_err(
                        &path.display().to_string(),
                        line,
                        "not UTF-8 text (save the rule file as UTF-8)",
                    )
                })?
            } else {
                builtin_text(f).to_string()
            };
            sources.push((path.display().to_string(), text));
        }
        Patterns::from_sources(&sources)
    }

    /// Compiles the rule files given as (name for messages, text), in [`FILES`] order.
    fn from_sources(src: &[(String, String)]) -> Result<Patterns> {
        let units = load_units(src[0].1.as_bytes(), &src[0].0)?;
        let indicators = load_indicators(src[1].1.as_bytes(), &src[1].0)?;
        let EntityLists {
            suffixes: entity_suffixes,
            names: entity_names,
            stop: entity_stop,
            titles: entity_titles,
        } = load_entities(src[2].1.as_bytes(), &src[2].0)?;
        let mut user_dict = load_dict(src[3].1.as_bytes(), &src[3].0)?;
        let cues = load_cues(src[4].1.as_bytes(), &src[4].0)?;
        crate::extract::scan::check_cues(&cues)?;
        let gazetteer =
            crate::extract::gazetteer::Gazetteer::load(src[5].1.as_bytes(), &src[5].0, &cues)?;
        for (name, _) in &entity_names {
            user_dict.push_str(&format!("{name} 50000 nt\n"));
        }
        let indicator_ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(indicators.iter().map(|i| i.cue.as_str()))
            .map_err(|e| Error::Config(format!("indicators: {e}")))?;
        let max_unit_chars = units
            .iter()
            .map(|u| u.surface.chars().count())
            .max()
            .unwrap_or(0);
        // The rules read simplified characters (traditional text is converted first), so a
        // unit written in traditional characters (噸) is also known by its simplified form;
        // the first line wins, as written in the file.
        let mut map: HashMap<String, Unit, crate::extract::entity::FnvBuild> = HashMap::default();
        for u in &units {
            map.insert(u.surface.clone(), u.clone());
        }
        for u in &units {
            map.entry(simplet2s::convert(&u.surface))
                .or_insert_with(|| u.clone());
        }
        let units = map;
        let entity_index = crate::extract::entity::EntityIndex::new(
            &entity_suffixes,
            &entity_names,
            &entity_stop,
            &entity_titles,
        );
        Ok(Patterns {
            gazetteer,
            entity_index,
            units,
            max_unit_chars,
            indicators,
            indicator_ac,
            entity_suffixes,
            entity_names,
            entity_stop,
            entity_titles,
            user_dict,
            cues,
        })
    }

    /// The longest unit that `rest` starts with, and its length in chars.
    pub fn unit_at(&self, rest: &str) -> Option<(&Unit, usize)> {
        let ends: Vec<usize> = rest
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain(std::iter::once(rest.len()))
            .take(self.max_unit_chars)
            .collect();
        for (n, &end) in ends.iter().enumerate().rev() {
            if let Some(u) = self.units.get(&rest[..end]) {
                return Some((u, n + 1));
            }
        }
        None
    }
}

fn builtin_text(file: &str) -> &'static str {
    match file {
        "units.tsv" => DEFAULT_UNITS,
        "indicators.tsv" => DEFAULT_INDICATORS,
        "entities.tsv" => DEFAULT_ENTITIES,
        "cues.tsv" => DEFAULT_CUES,
        "divisions.tsv" => DEFAULT_DIVISIONS,
        _ => DEFAULT_DICT,
    }
}

/// Data lines of a TSV rule file: (1-based line number, fields), header and comments skipped.
pub(crate) fn records<R: BufRead>(rdr: R, path: &str) -> Result<Vec<(usize, Vec<String>)>> {
    let mut out = Vec::new();
    each_record(rdr, path, |line, f| {
        out.push((line, f.iter().map(|s| s.to_string()).collect()));
        Ok(())
    })?;
    Ok(out)
}

/// [`records`] one at a time: `f` gets each data line's number and trimmed fields, and
/// no line outlives its call (the gazetteer's 42,000 rows are never held as strings).
pub(crate) fn each_record<R: BufRead>(
    mut rdr: R,
    path: &str,
    mut f: impl FnMut(usize, &[&str]) -> Result<()>,
) -> Result<()> {
    let mut header_seen = false;
    let mut buf = String::new();
    for i in 0.. {
        buf.clear();
        match rdr.read_line(&mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return Err(pattern_err(path, i + 1, &format!("not UTF-8 text: {e}"))),
        }
        // Editors on Windows save a BOM and CRLF line ends.
        let line = buf.strip_suffix('\n').unwrap_or(&buf);
        let line = line.trim_start_matches('\u{feff}').trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        f(i + 1, &fields)?;
    }
    Ok(())
}

fn pattern_err(path: &str, line: usize, msg: &str) -> Error {
    Error::Pattern {
        path: path.to_string(),
        line,
        msg: msg.to_string(),
    }
}

/// Parses units.tsv: `surface kind unit factor`.
pub fn load_units<R: BufRead>(rdr: R, path: &str) -> Result<Vec<Unit>> {
    let mut out: Vec<Unit> = Vec::new();
    for (line, f) in records(rdr, path)? {
        if f.len() != 4 {
            return Err(pattern_err(
                path,
                line,
                &format!(
                    "expected 4 TAB-separated fields (surface, kind, unit, factor), found {}",
                    f.len()
                ),
            ));
        }
        if f[0].is_empty() || f[2].is_empty() {
            return Err(pattern_err(path, line, "empty surface or unit"));
        }
        let kind: Kind = f[1]
            .parse()
            .map_err(|e: String| pattern_err(path, line, &e))?;
        let factor = Decimal::from_str_exact(&f[3])
            .or_else(|_| Decimal::from_str(&f[3]))
            .map_err(|_| {
                pattern_err(
                    path,
                    line,
                    &format!("factor {:?} is not a decimal number", f[3]),
                )
            })?;
        if factor <= Decimal::ZERO {
            return Err(pattern_err(path, line, "factor must be positive"));
        }
        if out.iter().any(|u| u.surface == f[0]) {
            return Err(pattern_err(
                path,
                line,
                &format!("unit {:?} is listed twice", f[0]),
            ));
        }
        out.push(Unit {
            surface: f[0].clone(),
            kind,
            unit: f[2].clone(),
            factor,
        });
    }
    Ok(out)
}

/// One line of indicators.tsv.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    /// The cue word.
    pub cue: String,
    /// The label for the `indicator` column.
    pub label: String,
    /// Whether the cue names a change (增长, 下降): before a level word (提高到) it is
    /// not the figure's indicator.
    pub change: bool,
}

/// Parses indicators.tsv: `cue indicator [change]`; `change` is `yes` or empty (a
/// 2-column file has no change cues).
pub fn load_indicators<R: BufRead>(rdr: R, path: &str) -> Result<Vec<Indicator>> {
    let mut out = Vec::new();
    for (line, f) in records(rdr, path)? {
        if !(2..=3).contains(&f.len()) || f[0].is_empty() || f[1].is_empty() {
            return Err(pattern_err(
                path,
                line,
                "expected 2 or 3 TAB-separated fields (cue, indicator, change), the first two non-empty",
            ));
        }
        let change = match f.get(2).map_or("", String::as_str) {
            "yes" => true,
            "" => false,
            other => {
                return Err(pattern_err(
                    path,
                    line,
                    &format!("change is {other:?}: write `yes` or leave it empty"),
                ))
            }
        };
        out.push(Indicator {
            cue: f[0].clone(),
            label: f[1].clone(),
            change,
        });
    }
    Ok(out)
}

/// Suffix rules, complete names, and words that are never entities.
#[derive(Debug)]
pub struct EntityLists {
    /// Words that end a name of a type.
    pub suffixes: Vec<(String, EntityType)>,
    /// Complete names.
    pub names: Vec<(String, EntityType)>,
    /// Words never reported as entities (jieba tags some ordinary words `ns`).
    pub stop: Vec<String>,
    /// Titles that mark a person's name beside them (记者, 县长).
    pub titles: Vec<String>,
}

/// Parses entities.tsv: `rule type text` with rule `suffix`, `name` or `stop`.
pub fn load_entities<R: BufRead>(rdr: R, path: &str) -> Result<EntityLists> {
    let mut lists = EntityLists {
        suffixes: Vec::new(),
        names: Vec::new(),
        stop: Vec::new(),
        titles: Vec::new(),
    };
    for (line, f) in records(rdr, path)? {
        if f.len() != 3 || f[2].is_empty() {
            return Err(pattern_err(
                path,
                line,
                "expected 3 TAB-separated fields (rule, type, text)",
            ));
        }
        let ty = match f[1].as_str() {
            "ORG" => EntityType::Org,
            "LOC" => EntityType::Loc,
            "PER" => EntityType::Per,
            "PROJ" => EntityType::Proj,
            other => {
                return Err(pattern_err(
                    path,
                    line,
                    &format!("unknown entity type {other:?} (ORG, LOC, PER, PROJ)"),
                ))
            }
        };
        match f[0].as_str() {
            "suffix" => lists.suffixes.push((f[2].clone(), ty)),
            "name" => lists.names.push((f[2].clone(), ty)),
            "stop" => lists.stop.push(f[2].clone()),
            "title" => lists.titles.push(f[2].clone()),
            other => {
                return Err(pattern_err(
                    path,
                    line,
                    &format!("unknown rule {other:?} (suffix, name, stop, title)"),
                ))
            }
        }
    }
    // Longer suffixes first, so 研究院 wins over 院.
    lists
        .suffixes
        .sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
    Ok(lists)
}

/// One word list of cues.tsv: its words in file order, each with its optional value.
#[derive(Debug, Clone, Default)]
pub struct WordList {
    words: Vec<String>,
    values: Vec<String>,
    /// The line of each word in its file, for messages.
    lines: Vec<usize>,
    /// The one-char words as chars, sorted (for char lookups per char of a text).
    singles: Vec<char>,
    set: std::collections::HashSet<String, crate::extract::entity::FnvBuild>,
    /// (first char, position) of every non-empty word, sorted: [`WordList::prefix_of`]
    /// tries only the words starting with the text's first char.
    by_first: Vec<(char, u32)>,
    /// (last char, position) of every non-empty word, sorted, for
    /// [`WordList::suffix_of`].
    by_last: Vec<(char, u32)>,
    /// Position of the first empty word, if any (it starts and ends every text).
    empty: Option<u32>,
    /// Bit `c % 1024` set for every one-char word `c`: most chars of a text are no
    /// single of the list, and [`WordList::has_char`] tells them by one bit.
    single_bits: [u64; 16],
    /// Bit `c % 1024` set for the first char `c` of every non-empty word
    /// ([`WordList::occurs_in`]).
    first_bits: [u64; 16],
    /// Bit `c % 1024` set for the last char `c` of every non-empty word: most texts
    /// [`WordList::suffix_of`] is asked about end in a char no word ends with.
    last_bits: [u64; 16],
}

/// The entries of a (char, position) index under `c`, positions increasing.
fn run_of(index: &[(char, u32)], c: char) -> &[(char, u32)] {
    let from = index.partition_point(|&(k, _)| k < c);
    let len = index[from..].partition_point(|&(k, _)| k == c);
    &index[from..from + len]
}

impl WordList {
    fn push(&mut self, word: &str, value: &str, line: usize) {
        let mut cs = word.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            if let Err(at) = self.singles.binary_search(&c) {
                self.singles.insert(at, c);
            }
            let bit = c as usize % 1024;
            self.single_bits[bit / 64] |= 1 << (bit % 64);
        }
        let at = self.words.len() as u32;
        match (word.chars().next(), word.chars().next_back()) {
            (Some(first), Some(last)) => {
                let sorted_in = |index: &mut Vec<(char, u32)>, e: (char, u32)| {
                    let k = index.partition_point(|x| *x <= e);
                    index.insert(k, e);
                };
                sorted_in(&mut self.by_first, (first, at));
                let bit = first as usize % 1024;
                self.first_bits[bit / 64] |= 1 << (bit % 64);
                sorted_in(&mut self.by_last, (last, at));
                let bit = last as usize % 1024;
                self.last_bits[bit / 64] |= 1 << (bit % 64);
            }
            _ => {
                self.empty.get_or_insert(at);
            }
        }
        self.lines.push(line);
        self.words.push(word.to_string());
        self.values.push(value.to_string());
        self.set.insert(word.to_string());
    }

    /// The words, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    /// (word, value) pairs in file order; the value is empty when the line gives none.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.iter().zip(self.values.iter().map(String::as_str))
    }

    /// Whether `w` is one of the words.
    pub fn contains(&self, w: &str) -> bool {
        self.set.contains(w)
    }

    /// The first word (in file order) that `s` ends with.
    pub fn suffix_of(&self, s: &str) -> Option<&str> {
        let hit = (s.chars().next_back())
            .filter(|&c| self.may_end(c))
            .and_then(|c| self.first_with(&self.by_last, c, |w| s.ends_with(w)));
        self.earliest(hit)
    }

    /// The first word (in file order) that `s` starts with.
    pub fn prefix_of(&self, s: &str) -> Option<&str> {
        let hit = (s.chars().next())
            .filter(|&c| self.may_start(c))
            .and_then(|c| self.first_with(&self.by_first, c, |w| s.starts_with(w)));
        self.earliest(hit)
    }

    /// The smallest position among the words indexed under `c` in `index` whose word
    /// `matches` (the index holds each char's positions in increasing order).
    fn first_with(
        &self,
        index: &[(char, u32)],
        c: char,
        matches: impl Fn(&str) -> bool,
    ) -> Option<u32> {
        (run_of(index, c).iter())
            .map(|&(_, i)| i)
            .find(|&i| matches(&self.words[i as usize]))
    }

    /// The word at the smaller of the position `hit` and the empty word's, if any.
    fn earliest(&self, hit: Option<u32>) -> Option<&str> {
        let i = match (hit, self.empty) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        Some(&self.words[i as usize])
    }

    /// Whether `s` ends with one of the words.
    pub fn ends(&self, s: &str) -> bool {
        self.suffix_of(s).is_some()
    }

    /// Whether `s` starts with one of the words.
    pub fn starts(&self, s: &str) -> bool {
        self.prefix_of(s).is_some()
    }

    /// Whether one of the words occurs in `s`.
    pub fn occurs_in(&self, s: &str) -> bool {
        match (self.words.len(), self.empty) {
            (0, _) => false,
            (_, Some(_)) => true,
            // A long text and few words: one substring search per word (a searcher of
            // 100-300 instructions, then a fast scan; measured cheaper than the pass
            // below from about 24 bytes of text per word).
            (n, None) if s.len() >= 24 * n => self.iter().any(|w| s.contains(w)),
            // Else one pass over `s`: a word can only start at a char some word starts
            // with (one bit tells most chars apart), where only those words are tried.
            _ => s.char_indices().any(|(i, c)| {
                self.may_start(c)
                    && self
                        .first_with(&self.by_first, c, |w| s[i..].starts_with(w))
                        .is_some()
            }),
        }
    }

    /// The (word, value) pairs that `s` ends with, in file order (as
    /// `entries().filter(|(w, _)| s.ends_with(w))`, trying only the words ending with
    /// the last char of `s`).
    pub fn entries_ending<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        let run = (s.chars().next_back())
            .filter(|&c| self.may_end(c))
            .map_or(&[][..], |c| run_of(&self.by_last, c));
        self.with_empty(run, move |w| s.ends_with(w))
    }

    /// The (word, value) pairs that `s` starts with, in file order (as
    /// `entries().filter(|(w, _)| s.starts_with(w))`).
    pub fn entries_starting<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        let run = (s.chars().next())
            .filter(|&c| self.may_start(c))
            .map_or(&[][..], |c| run_of(&self.by_first, c));
        self.with_empty(run, move |w| s.starts_with(w))
    }

    /// The entries of the index `run` (positions increasing) whose word `matches`, with
    /// the empty word (which every text starts and ends with) in its place among them.
    fn with_empty<'a>(
        &'a self,
        run: &'a [(char, u32)],
        matches: impl Fn(&str) -> bool + 'a,
    ) -> impl Iterator<Item = (&'a str, &'a str)> {
        let hits = (run.iter())
            .map(|&(_, i)| i)
            .filter(move |&i| matches(&self.words[i as usize]));
        let mut hits = hits.peekable();
        let mut empty = self.empty;
        std::iter::from_fn(move || {
            let i = match (hits.peek(), empty) {
                (Some(&h), Some(e)) if e < h => empty.take()?,
                (Some(_), _) => hits.next()?,
                (None, Some(_)) => empty.take()?,
                (None, None) => return None,
            };
            Some((
                self.words[i as usize].as_str(),
                self.values[i as usize].as_str(),
            ))
        })
    }

    /// False when no word starts with `c` (one bit test; true may be a false alarm:
    /// [`WordList::has_first`] tells).
    pub fn may_start(&self, c: char) -> bool {
        let bit = c as usize % 1024;
        self.first_bits[bit / 64] & 1 << (bit % 64) != 0
    }

    /// False when no word ends with `c` (one bit test; true may be a false alarm).
    pub fn may_end(&self, c: char) -> bool {
        let bit = c as usize % 1024;
        self.last_bits[bit / 64] & 1 << (bit % 64) != 0
    }

    /// False when no word can occur in `s`: none starts with a char of `s` and the list
    /// has no empty word (bit tests only; true may be a false alarm).
    pub fn may_occur_in(&self, s: &str) -> bool {
        self.empty.is_some() || s.chars().any(|c| self.may_start(c))
    }

    /// Whether some word starts with `c`.
    pub fn has_first(&self, c: char) -> bool {
        let k = self.by_first.partition_point(|&(x, _)| x < c);
        self.by_first.get(k).is_some_and(|&(x, _)| x == c)
    }

    /// The value given to `w`, if `w` is listed.
    pub fn value(&self, w: &str) -> Option<&str> {
        let i = self.words.iter().position(|x| x == w)?;
        Some(&self.values[i])
    }

    /// Whether `c` is one of the list's one-char words.
    pub fn has_char(&self, c: char) -> bool {
        let bit = c as usize % 1024;
        self.single_bits[bit / 64] & 1 << (bit % 64) != 0 && self.singles.binary_search(&c).is_ok()
    }

    /// Whether the list has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The chars of the list's one-char words, sorted (for lists of particles, such as 比 较).
    pub fn chars(&self) -> &[char] {
        &self.singles
    }
}

/// The word lists of cues.tsv by rule name; every rule of [`CUE_RULES`] is present
/// (empty when the file lists no word for it).
#[derive(Debug, Clone)]
pub struct Cues {
    /// One list per rule, in [`CUE_RULES`] order.
    lists: Vec<WordList>,
    /// The file the lists came from, for messages.
    path: String,
}

impl Cues {
    /// A broken-rule error about `word` of `rule`, naming the file and the word's line
    /// (checks of values that only the extractors understand use it).
    pub fn error(&self, rule: &str, word: &str, msg: &str) -> Error {
        let list = self.get(rule);
        let line = list
            .words
            .iter()
            .position(|w| w == word)
            .map_or(0, |i| list.lines[i]);
        pattern_err(&self.path, line, &format!("{rule} {word:?}: {msg}"))
    }

    /// The list of rule `rule`, by name (one of [`CUE_RULES`]; an empty list for any
    /// other name). For names known when the code is written use [`Cues::at`] with
    /// [`cue!`](crate::cue), which checks the name at compile time and costs no lookup.
    pub fn get(&self, rule: &str) -> &WordList {
        static EMPTY: std::sync::OnceLock<WordList> = std::sync::OnceLock::new();
        debug_assert!(CUE_RULES.contains(&rule), "undeclared cue rule {rule}");
        match CUE_RULES.iter().position(|&r| r == rule) {
            Some(i) => &self.lists[i],
            None => EMPTY.get_or_init(WordList::default),
        }
    }

    /// The list of a rule named with [`cue!`](crate::cue).
    pub fn at(&self, rule: Rule) -> &WordList {
        &self.lists[rule.0]
    }
}

/// A rule of [`CUE_RULES`], by its position: made at compile time by [`cue!`](crate::cue)
/// (an undeclared name does not compile), so reading its list costs no lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule(usize);

/// The rule named `name`; panics (a compile error in a const, as [`cue!`](crate::cue)
/// uses it) when `name` is not in [`CUE_RULES`].
pub const fn rule(name: &str) -> Rule {
    let name = name.as_bytes();
    let mut i = 0;
    while i < CUE_RULES.len() {
        let r = CUE_RULES[i].as_bytes();
        if r.len() == name.len() {
            let mut j = 0;
            while j < r.len() && r[j] == name[j] {
                j += 1;
            }
            if j == r.len() {
                return Rule(i);
            }
        }
        i += 1;
    }
    panic!("not a rule of CUE_RULES (src/patterns.rs)")
}

/// A cue rule by name, checked at compile time: `cues.at(cue!("subject.link"))`.
#[macro_export]
macro_rules! cue {
    ($name:literal) => {{
        const RULE: $crate::patterns::Rule = $crate::patterns::rule($name);
        RULE
    }};
}

/// Parses cues.tsv: `rule word [value]`, rule one of [`CUE_RULES`].
pub fn load_cues<R: BufRead>(rdr: R, path: &str) -> Result<Cues> {
    let mut lists = vec![WordList::default(); CUE_RULES.len()];
    for (line, f) in records(rdr, path)? {
        if !(2..=3).contains(&f.len()) || f[1].is_empty() {
            return Err(pattern_err(
                path,
                line,
                "expected 2 or 3 TAB-separated fields (rule, word, value), the word non-empty",
            ));
        }
        let Some(i) = CUE_RULES.iter().position(|&r| r == f[0]) else {
            return Err(pattern_err(
                path,
                line,
                &format!(
                    "unknown rule {:?} (the rules are listed in the file's comments)",
                    f[0]
                ),
            ));
        };
        let (rule, list) = (CUE_RULES[i], &mut lists[i]);
        if list.contains(&f[1]) {
            return Err(pattern_err(
                path,
                line,
                &format!("{:?} is listed twice for {rule}", f[1]),
            ));
        }
        list.push(&f[1], f.get(2).map_or("", String::as_str), line);
    }
    Ok(Cues {
        lists,
        path: path.to_string(),
    })
}

/// Checks dict.txt (`word freq [tag]`) and returns it without comments, for `Jieba::load_dict`.
pub fn load_dict<R: BufRead>(rdr: R, path: &str) -> Result<String> {
    let mut out = String::new();
    for (i, line) in rdr.lines().enumerate() {
        let line = line.map_err(|e| pattern_err(path, i + 1, &format!("not UTF-8 text: {e}")))?;
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        // jieba gives a word without frequency the frequency 0, so it is never chosen.
        if parts.len() < 2 || parts.len() > 3 || parts[1].parse::<u64>().is_err() {
            return Err(pattern_err(
                path,
                i + 1,
                "expected `word frequency [tag]` with a whole-number frequency",
            ));
        }
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_suffixes_are_found_in_file_order() {
        let mut l = WordList::default();
        for (i, w) in ["欧阳", "张", "欧", "县长", "长", "副县长"]
            .iter()
            .enumerate()
        {
            l.push(w, "", i + 1);
        }
        // As a scan of the words in file order would answer.
        for s in [
            "欧阳明",
            "欧明",
            "张三",
            "李四",
            "",
            "副县长",
            "县长",
            "队长",
            "阳",
        ] {
            let scan_p = l.iter().find(|w| s.starts_with(w));
            let scan_s = l.iter().find(|w| s.ends_with(w));
            assert_eq!(l.prefix_of(s), scan_p, "{s:?}");
            assert_eq!(l.suffix_of(s), scan_s, "{s:?}");
        }
        assert_eq!(l.prefix_of("欧阳明"), Some("欧阳"));
        assert_eq!(l.suffix_of("副县长"), Some("县长"));
        assert!(l.has_first('欧') && l.has_first('副') && !l.has_first('阳'));
        assert!(l.has_char('张') && l.has_char('长') && !l.has_char('阳'));
        // A char sharing the bit of a single (same code point modulo 1024) is no single.
        let twin = char::from_u32('张' as u32 + 1024).unwrap();
        assert!(!l.has_char(twin));
        // The occurrence prefilter: no false "no" where a word occurs.
        for s in ["欧阳明", "副县长", "队长", "李四", "阳明", ""] {
            let occurs = l.iter().any(|w| s.contains(w));
            assert!(!occurs || l.may_occur_in(s), "{s:?}");
        }
        assert!(!l.may_occur_in("李四") && !l.may_occur_in(""));
        l.push("", "", 7);
        assert!(l.may_occur_in("李四") && l.may_occur_in(""));
        assert_eq!(l.prefix_of("欧明"), Some("欧"));
        assert_eq!(l.prefix_of("李四"), Some(""));
        assert_eq!(l.suffix_of(""), Some(""));
    }

    #[test]
    fn builtin_rules_load() {
        let p = Patterns::builtin().unwrap();
        let (u, n) = p
            .unit_at("万吨纳米级")
            .map(|(u, n)| (u.unit.clone(), n))
            .unwrap_or_default();
        assert_eq!(
            (u.as_str(), n),
            ("", 0),
            "万 is a scale of the numeral, not a unit"
        );
        let (u, n) = p.unit_at("个百分点，").unwrap();
        assert_eq!((u.kind, n), (Kind::PercentagePoint, 4));
        let (u, n) = p.unit_at("千瓦时").unwrap();
        assert_eq!((u.unit.as_str(), n), ("kWh", 3));
    }

    #[test]
    fn unit_line_errors_name_line() {
        let src = "surface\tkind\tunit\tfactor\n吨\tmass\tt\t1\n斤\tmass\tt\tabc\n";
        let err = load_units(src.as_bytes(), "units.tsv")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("units.tsv:3:"), "{err}");
        let src = "surface\tkind\tunit\tfactor\n吨\tweight\tt\t1\n";
        let err = load_units(src.as_bytes(), "u").unwrap_err().to_string();
        assert!(err.contains("u:2:") && err.contains("weight"), "{err}");
        let src = "h\n吨\tmass\tt\n";
        assert!(load_units(src.as_bytes(), "u").is_err());
    }

    #[test]
    fn duplicate_unit_rejected() {
        let src = "h\n吨\tmass\tt\t1\n吨\tmass\tt\t1\n";
        let err = load_units(src.as_bytes(), "u").unwrap_err().to_string();
        assert!(err.contains("u:3:"), "{err}");
    }

    #[test]
    fn dict_needs_frequency() {
        let err = load_dict("# c\n丁腈手套\n".as_bytes(), "d")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("d:2:"), "{err}");
        assert_eq!(
            load_dict("# c\n充电桩 100 n\n".as_bytes(), "d").unwrap(),
            "充电桩 100 n\n"
        );
    }

    #[test]
    fn bom_and_crlf_rule_files_load() {
        let src = "\u{feff}# units\r\nsurface\tkind\tunit\tfactor\r\n噸\tmass\tt\t1\r\n";
        let u = load_units(src.as_bytes(), "u").unwrap();
        assert_eq!((u.len(), u[0].surface.as_str()), (1, "噸"));
        let d = load_dict("\u{feff}充电桩 100 n\r\n".as_bytes(), "d").unwrap();
        assert_eq!(d, "充电桩 100 n\n");
    }

    #[test]
    fn more_broken_rule_lines() {
        let cases: &[(&str, &str)] = &[
            ("h\n吨\tmass\tt\t0\n", "positive"),
            ("h\n吨\tmass\tt\t-1\n", "positive"),
            ("h\n\tmass\tt\t1\n", "empty surface"),
            ("h\n吨\tmass\tt\t1\textra\n", "found 5"),
        ];
        for (src, why) in cases {
            let err = load_units(src.as_bytes(), "u").unwrap_err().to_string();
            assert!(
                err.starts_with("u:2:") && err.contains(why),
                "{src:?}: {err}"
            );
        }
        let err = load_indicators("h\n累计建成\n".as_bytes(), "i")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("i:2:"), "{err}");
        let err = load_entities("h\nname\tCITY\t北京\n".as_bytes(), "e")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("e:2:") && err.contains("CITY"), "{err}");
        let err = load_dict("充电桩 many\n".as_bytes(), "d")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("d:1:"), "{err}");
    }

    #[test]
    fn rule_file_not_utf8_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = "surface\tkind\tunit\tfactor\n吨\tmass\tt\t1\n"
            .as_bytes()
            .to_vec();
        bytes.extend(b"\xB6\xD6\tmass\tt\t1\n"); // 兩 in GBK
        fs::write(dir.path().join("units.tsv"), bytes).unwrap();
        let err = Patterns::load(dir.path()).err().unwrap().to_string();
        assert!(err.contains("units.tsv:3: not UTF-8"), "{err}");
    }

    #[test]
    fn cue_lines() {
        let src = "rule\tword\tvalue\n# c\nfigure.time_frame\t过去\nfigure.time_frame\t未来\t1\n";
        let cues = load_cues(src.as_bytes(), "c").unwrap();
        let l = cues.get("figure.time_frame");
        assert_eq!(l.iter().collect::<Vec<_>>(), ["过去", "未来"]);
        assert_eq!(
            (l.value("未来"), l.value("过去"), l.value("将来")),
            (Some("1"), Some(""), None)
        );
        assert!(l.ends("在过去") && !l.ends("过去了") && l.starts("未来五年"));
        // The compile-time name reads the same list as the run-time one.
        let by_rule = cues.at(crate::cue!("figure.time_frame"));
        assert_eq!(by_rule.iter().collect::<Vec<_>>(), ["过去", "未来"]);
        assert!(l.has_char('过') == by_rule.has_char('过') && !l.has_char('过'));
        assert!(
            cues.get("subject.product_verb").is_empty(),
            "a rule with no line is empty"
        );
        let cases: &[(&str, &str)] = &[
            ("h\nfigure.timeframe\t过去\n", "unknown rule"),
            ("h\nfigure.time_frame\n", "2 or 3"),
            ("h\nfigure.time_frame\t\n", "2 or 3"),
            (
                "h\nfigure.time_frame\t过去\nfigure.time_frame\t过去\n",
                "twice",
            ),
        ];
        for (src, why) in cases {
            let err = load_cues(src.as_bytes(), "c").unwrap_err().to_string();
            assert!(err.starts_with("c:") && err.contains(why), "{src:?}: {err}");
        }
    }

    #[test]
    fn indicator_lines_take_an_optional_change_column() {
        let src = "cue\tindicator\tchange\n产量\t产量\n增加\t增长\tyes\n投资\t投资\t\n";
        let got = load_indicators(src.as_bytes(), "i").unwrap();
        let flags: Vec<(&str, bool)> = got.iter().map(|i| (i.label.as_str(), i.change)).collect();
        assert_eq!(flags, [("产量", false), ("增长", true), ("投资", false)]);
        let err = load_indicators("h\n增加\t增长\tmaybe\n".as_bytes(), "i")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("i:2:") && err.contains("maybe"), "{err}");
        let err = load_indicators("h\n增加\t增长\tyes\tx\n".as_bytes(), "i")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("i:2:"), "{err}");
        // The built-in file marks the change cues.
        let p = Patterns::builtin().unwrap();
        assert!(p.indicators.iter().any(|i| i.cue == "回落" && i.change));
        assert!(p.indicators.iter().any(|i| i.cue == "产量" && !i.change));
    }

    #[test]
    fn entity_rules() {
        let src = "rule\ttype\ttext\nsuffix\tORG\t公司\nname\tLOC\t东盟\nfoo\tORG\tx\n";
        let err = load_entities(src.as_bytes(), "e").unwrap_err().to_string();
        assert!(err.starts_with("e:4:"), "{err}");
    }
}
