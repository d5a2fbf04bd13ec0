//! No input makes the decode + extract path panic: property tests over arbitrary bytes and
//! over text mixing numerals, units, punctuation and layout, calling the extractor
//! directly (so a panic surfaces instead of being caught), plus one binary run checking
//! that no document ends as `error: internal`.

use std::sync::OnceLock;

use proptest::prelude::*;
use zhfacts::{decode::decode, patterns::Patterns, Extractor, Options};

use crate::util::{stderr, zhfacts};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(Patterns::builtin().unwrap()).unwrap())
}

/// Extracts `text` both ways and checks the offset invariant: every fact's and entity's
/// `[start, end)` are chars of `text` and spell its `text`.
fn check(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for numbers in [false, true] {
        let x = extractor().extract(
            text,
            Options {
                numbers,
                ..Options::default()
            },
        );
        for f in &x.facts {
            assert!(f.start < f.end && f.end <= chars.len(), "{f:?} in {text:?}");
            let span: String = chars[f.start..f.end].iter().collect();
            assert_eq!(span, f.text, "offsets of {f:?} in {text:?}");
            assert!(f.context.chars().count() <= zhfacts::split::MAX_SENTENCE_CHARS);
        }
        for e in &x.entities {
            assert!(e.start < e.end && e.end <= chars.len(), "{e:?} in {text:?}");
            let span: String = chars[e.start..e.end].iter().collect();
            assert_eq!(span, e.text, "offsets of {e:?} in {text:?}");
        }
        assert!(x.facts.len() <= chars.len());
    }
}

/// Pieces releases are made of, simplified and traditional, full- and half-width.
const PIECES: &[&str] = &[
    "一",
    "二",
    "两",
    "兩",
    "三",
    "十",
    "百",
    "千",
    "万",
    "萬",
    "亿",
    "億",
    "零",
    "〇",
    "点",
    "點",
    "壹",
    "贰",
    "拾",
    "佰",
    "廿",
    "0",
    "1",
    "5",
    "9",
    "３",
    "０",
    ".",
    "．",
    ",",
    "，",
    "%",
    "％",
    "分之",
    "万吨",
    "噸",
    "吨",
    "千瓦",
    "瓩",
    "千瓦时",
    "亩",
    "畝",
    "公顷",
    "公頃",
    "元",
    "亿元",
    "美元",
    "个",
    "個",
    "臺",
    "台",
    "个百分点",
    "倍",
    "年",
    "月",
    "日",
    "号",
    "季度",
    "上半年",
    "第",
    "约",
    "約",
    "近",
    "超过",
    "超過",
    "逾",
    "余",
    "餘",
    "多",
    "以上",
    "左右",
    "不足",
    "至",
    "到",
    "-",
    "~",
    "—",
    "/年",
    "成",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "。",
    "！",
    "？",
    "；",
    "、",
    "：",
    "\n",
    "\r\n",
    " ",
    "\u{3000}",
    "全县",
    "公司",
    "县委",
    "累计建成",
    "充电桩",
    "投资",
    "同比增长",
    "发布时间：",
    "2026",
    "-03-",
    "26",
    "G",
    "PM",
    "kW",
    "MW",
    "m²",
    "℃",
    "\u{feff}",
    "\u{fffd}",
    "\u{0}",
    "é",
    "😀",
    "\u{301}",
];

fn release_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

/// Markdown markup, well-formed and not: container markers, emphasis runs, links, tables,
/// fences, HTML, front matter delimiters.
const MD_PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "# ",
    "## ",
    "=\n",
    "---\n",
    "+++\n",
    "...\n",
    "> ",
    ">",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "    ",
    "\t",
    "  \n",
    "\\",
    "*",
    "**",
    "_",
    "__",
    "~",
    "~~",
    "`",
    "```\n",
    "~~~",
    "[",
    "]",
    "(",
    ")",
    "](http://x.cn/1)",
    "![",
    "<http://x.cn>",
    "[r]: /u\n",
    "[r]",
    "|",
    "| a |",
    "|---|",
    ":-:",
    "<div>",
    "</div>",
    "<p>",
    "<br>",
    "<!--",
    "-->",
    "<script>",
    "&amp;",
    "&#",
    "&nbsp;",
    "<table><tr><td>",
    "{#id}",
];

fn markdown_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(PIECES),
        prop::sample::select(MD_PIECES)
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// Cells of rendered tables: header words with bracketed units, years, labels, numbers.
const CELLS: &[&str] = &[
    "类别",
    "指标",
    "项目数（个）",
    "完成投资（亿元）",
    "增速(%)",
    "产量（万吨）",
    "2025年",
    "2024年度",
    "粮食产量（万吨）",
    "玉米",
    "58",
    "98.2",
    "-3.5",
    "1,234",
    "三千",
    "五十",
    "（",
    "）",
    "(",
    "亿元",
    "%",
    "万亩",
    "12个",
    "约5万吨",
    "",
];

/// Lines of cells separated by spaces, tabs or ideographic spaces: headers and rows.
fn table_text() -> impl Strategy<Value = String> {
    let line = prop::collection::vec(
        (
            prop::sample::select(CELLS),
            prop::sample::select(&[" ", " ", "\t", "\u{3000}", "  "][..]),
        ),
        0..7,
    )
    .prop_map(|cells| {
        cells
            .into_iter()
            .map(|(c, sep)| format!("{c}{sep}"))
            .collect::<String>()
    });
    prop::collection::vec(line, 0..8).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn prop_extract_never_panics_on_release_like_text(text in release_text()) {
        check(&text);
    }

    #[test]
    fn prop_extract_never_panics_on_tables(text in table_text()) {
        check(&text);
    }

    #[test]
    fn prop_extract_never_panics_on_any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn prop_decode_then_extract_never_panics_on_any_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        ext in prop::sample::select(&["txt", "html", "md", "bin"][..]),
    ) {
        if let Ok(d) = decode(&bytes, Some(ext), None) {
            check(&d.text);
        }
    }

    #[test]
    fn prop_markdown_decode_then_extract_never_panics(text in markdown_text()) {
        if let Ok(d) = decode(text.as_bytes(), Some("md"), None) {
            prop_assert_eq!(d.format, zhfacts::decode::Format::Markdown);
            check(&d.text);
        }
    }

    #[test]
    fn prop_decode_then_extract_never_panics_on_encoded_text(
        text in release_text(),
        enc in prop::sample::select(&["gb18030", "big5", "utf-16le", "utf-16be"][..]),
        html in any::<bool>(),
    ) {
        let src = if html { format!("<html><body><p>{text}</p><div>{text}</div>") } else { text };
        let enc = zhfacts::decode::encoding_by_label(enc).unwrap();
        let (bytes, _, _) = enc.encode(&src);
        let bytes = if enc.name().starts_with("UTF-16") {
            // encoding_rs encodes UTF-16 as UTF-8; do it by hand.
            let be = enc.name() == "UTF-16BE";
            src.encode_utf16()
                .flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() })
                .collect()
        } else {
            bytes.into_owned()
        };
        for forced in [None, Some(enc)] {
            if let Ok(d) = decode(&bytes, Some(if html { "html" } else { "txt" }), forced) {
                check(&d.text);
            }
        }
    }
}

/// Generated documents through the binary: every one is ok or skipped, none internal.
#[test]
fn generated_documents_never_fail_internally() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    std::fs::create_dir(&d).unwrap();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..60 {
        let n = (next() % 400) as usize;
        let text: String = (0..n)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let ext = ["txt", "html", "md"][i % 3];
        std::fs::write(d.join(format!("g{i:02}.{ext}")), text).unwrap();
    }
    let o = zhfacts(tmp.path(), &["in", "--out", "out", "--numbers"]);
    let err = stderr(&o);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("error: internal"),
        "{err}"
    );
    let docs = std::fs::read_to_string(tmp.path().join("out/documents.csv")).unwrap();
    assert!(!docs.contains("error: internal"), "{docs}");
    assert_eq!(docs.lines().count(), 61);
}
