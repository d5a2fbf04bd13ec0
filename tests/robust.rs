//! Real-world input: every encoding and format, and bad input that costs only itself.
//! Big and binary files are generated here, in temp dirs, not committed.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use encoding_rs::{BIG5, GB18030};

use crate::util::{root, stderr, zhfacts};

/// A short simplified release with figures and a release date.
const SIMPLIFIED: &str = "县能源局召开新闻发布会\n3月26日，全县已累计建成326个充电桩，新增光伏装机150MW。\n全年完成投资约86亿元，同比增长12.5%。\n";
/// The same kind of release in traditional characters, with CRLF, full-width digits and
/// traditional numerals and units.
const TRADITIONAL: &str = "縣能源局召開新聞發佈會\r\n全縣已累計建成３２６個充電樁，年產兩萬噸。\r\n全年完成投資約８６億元，新增耕地三萬畝、林地500公頃。\r\n";

fn encode(text: &str, enc: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, bad) = enc.encode(text);
    assert!(!bad, "{} cannot encode the sample", enc.name());
    bytes.into_owned()
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend(if big_endian {
            [0xFE, 0xFF]
        } else {
            [0xFF, 0xFE]
        });
    }
    for u in text.encode_utf16() {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

/// Reads a CSV table (BOM or not) into header-keyed rows.
fn table(path: &Path) -> Vec<BTreeMap<String, String>> {
    let text = fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// documents.csv as doc -> row.
fn documents(out: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    table(&out.join("documents.csv"))
        .into_iter()
        .map(|r| (r["doc"].clone(), r))
        .collect()
}

/// The fact rows of one document, without the doc column, as CSV lines.
fn fact_lines(rows: &[BTreeMap<String, String>], doc: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r["doc"] == doc)
        .map(|r| {
            r.iter()
                .filter(|(k, _)| *k != "doc")
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

/// A single line of `mb` MB without a sentence end, then one figure at its very end.
fn huge_line(mb: usize) -> String {
    let filler = "这段文字很长没有句号只有逗号，";
    let mut s = filler.repeat(mb * 1024 * 1024 / filler.len());
    s.push_str("最后累计建成326个充电桩。");
    s
}

/// Writes the bad-input folder; returns the names of the files it could not make here
/// (a FIFO needs mkfifo).
fn build_inputs(dir: &Path) -> Vec<&'static str> {
    let mut missing = Vec::new();
    let w = |name: &str, bytes: &[u8]| fs::write(dir.join(name), bytes).unwrap();
    w("utf8.txt", SIMPLIFIED.as_bytes());
    w(
        "utf8_bom.txt",
        &[b"\xEF\xBB\xBF", SIMPLIFIED.as_bytes()].concat(),
    );
    w("gb18030.txt", &encode(SIMPLIFIED, GB18030));
    w("big5.txt", &encode(TRADITIONAL, BIG5));
    w("traditional.txt", TRADITIONAL.as_bytes());
    w("utf16le_bom.txt", &utf16(SIMPLIFIED, false, true));
    w("utf16be.txt", &utf16(SIMPLIFIED, true, false));
    w(
        "page.html",
        "<!DOCTYPE html><html><head><title>县能源局新闻发布会</title>\
         <script>var x = '999个';</script></head><body>\
         <div class=\"nav\">首页 | 新闻 | 1000个链接</div>\
         <article><h1>县能源局新闻发布会</h1><div class=\"info\">发布时间：2026-04-01 09:30</div>\
         <p>全县已累计建成326个充电桩，新增光伏装机150MW。</p>\
         <p style=\"display:none\">隐藏的77个数字</p></article></body></html>"
            .as_bytes(),
    );
    let n = 100_000;
    w(
        "deep.html",
        format!(
            "{}全县已累计建成326个充电桩。{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
        .as_bytes(),
    );
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    w("binary.txt", &png);
    w("empty.txt", b"");
    w("blank.md", " \r\n\u{3000}\n".as_bytes());
    // UTF-16 by its BOM, but half the code units are lone surrogates.
    w(
        "undecodable.txt",
        &[b"\xFF\xFE".as_slice(), &b"\x00\xD8A\x00".repeat(100)].concat(),
    );
    w("huge.txt", huge_line(50).as_bytes());
    // Unreadable, honestly, although we run as root: a dangling symlink, a symlink to a
    // file whose read fails with EIO (/proc/self/mem at offset 0), a FIFO (reading it
    // would block), and a symlink loop.
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(dir.join("gone.txt"), dir.join("dangling.txt")).unwrap();
        // Fixtures this system cannot make are reported by name, never skipped silently.
        if Path::new("/proc/self/mem").exists() {
            symlink("/proc/self/mem", dir.join("eio.txt")).unwrap();
        } else {
            eprintln!("SKIPPED fixture eio.txt: this system has no /proc/self/mem");
            missing.push("eio.txt");
        }
        let fifo = std::process::Command::new("mkfifo")
            .arg(dir.join("pipe.txt"))
            .status();
        assert!(
            fifo.is_ok_and(|s| s.success()),
            "cannot make the FIFO fixture pipe.txt (mkfifo)"
        );
        fs::create_dir(dir.join("sub")).unwrap();
        symlink(dir, dir.join("sub/loop")).unwrap();
    }
    missing
}

#[test]
fn bad_input_costs_only_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    let missing = build_inputs(&input);
    let o = zhfacts(tmp.path(), &["in", "--out", "out", "-j", "4"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let docs = documents(&tmp.path().join("out"));
    let status = |doc: &str| {
        docs.get(doc)
            .map(|r| r["status"].as_str())
            .unwrap_or("<no row>")
    };
    let field = |doc: &str, col: &str| docs.get(doc).map(|r| r[col].clone()).unwrap_or_default();
    for (doc, encoding) in [
        ("utf8.txt", "UTF-8"),
        ("utf8_bom.txt", "UTF-8"),
        ("gb18030.txt", "GB18030"),
        ("big5.txt", "Big5"),
        ("traditional.txt", "UTF-8"),
        ("utf16le_bom.txt", "UTF-16LE"),
        ("utf16be.txt", "UTF-16BE"),
        ("page.html", "UTF-8"),
        ("deep.html", "UTF-8"),
        ("huge.txt", "UTF-8"),
    ] {
        assert_eq!(status(doc), "ok", "{doc}: {:?}", docs.get(doc));
        assert_eq!(field(doc, "encoding"), encoding, "{doc}");
    }
    let bad = [
        ("binary.txt", "skipped: binary", ""),
        ("empty.txt", "skipped: empty", ""),
        ("blank.md", "skipped: empty", ""),
        (
            "undecodable.txt",
            "error: undecodable",
            "invalid UTF-16LE byte sequences at byte 2",
        ),
        ("dangling.txt", "error: unreadable", "No such file"),
        ("eio.txt", "error: unreadable", "Input/output error"),
        ("pipe.txt", "error: unreadable", "not a regular file"),
        ("sub/loop", "error: unreadable", "symlink loop"),
    ];
    for (doc, want, why) in bad {
        if missing.contains(&doc) {
            continue;
        }
        assert_eq!(status(doc), want, "{doc}: {:?}", docs.get(doc));
        assert!(
            field(doc, "error").contains(why),
            "{doc}: {:?}",
            docs.get(doc)
        );
        // One line on stderr naming the file and the reason.
        let line = err
            .lines()
            .find(|l| l.starts_with(&format!("zhfacts: {doc}: ")))
            .unwrap_or_else(|| panic!("no stderr line for {doc}:\n{err}"));
        assert!(line.contains(want) && line.contains(why), "{line}");
    }
    assert!(
        !docs.values().any(|r| r["status"] == "error: internal"),
        "{docs:?}"
    );
    let skipped = bad.iter().filter(|b| b.1.starts_with("skipped")).count();
    let errors = bad.len() - skipped - missing.len();
    assert!(
        err.contains(&format!("{skipped} skipped, {errors} errors")),
        "{err}"
    );

    // Facts from the good files.
    let facts = table(&tmp.path().join("out/facts.csv"));
    let has = |doc: &str, text: &str, value: &str, unit: &str| {
        facts.iter().any(|r| {
            r["doc"] == doc && r["text"] == text && r["value"] == value && r["unit"] == unit
        })
    };
    for doc in [
        "utf8.txt",
        "utf8_bom.txt",
        "gb18030.txt",
        "utf16le_bom.txt",
        "utf16be.txt",
    ] {
        assert!(has(doc, "326个", "326", "个"), "{doc}");
        assert!(has(doc, "约86亿元", "8600000000", "CNY"), "{doc}");
        assert_eq!(field(doc, "release_date"), "", "{doc}: 3月26日 has no year");
    }
    let utf8 = fact_lines(&facts, "utf8.txt");
    for doc in [
        "utf8_bom.txt",
        "gb18030.txt",
        "utf16le_bom.txt",
        "utf16be.txt",
    ] {
        assert_eq!(fact_lines(&facts, doc), utf8, "{doc}");
    }
    for doc in ["traditional.txt", "big5.txt"] {
        assert!(has(doc, "３２６個", "326", "个"), "{doc}");
        assert!(has(doc, "兩萬噸", "20000", "t"), "{doc}");
        assert!(has(doc, "約８６億元", "8600000000", "CNY"), "{doc}");
        assert!(has(doc, "三萬畝", "20000000", "m2"), "{doc}");
        assert!(has(doc, "500公頃", "5000000", "m2"), "{doc}");
    }
    assert_eq!(
        fact_lines(&facts, "big5.txt"),
        fact_lines(&facts, "traditional.txt")
    );
    // Offsets are chars of the decoded text as written (CRLF and full-width kept).
    let trad: Vec<char> = TRADITIONAL.chars().collect();
    for r in facts.iter().filter(|r| r["doc"] == "traditional.txt") {
        let (a, b): (usize, usize) = (r["start"].parse().unwrap(), r["end"].parse().unwrap());
        assert_eq!(trad[a..b].iter().collect::<String>(), r["text"], "{r:?}");
    }
    // HTML: visible text only, title and 发布时间 in documents.csv.
    assert_eq!(field("page.html", "format"), "html");
    assert_eq!(field("page.html", "title"), "县能源局新闻发布会");
    assert_eq!(field("page.html", "release_date"), "2026-04-01");
    assert!(has("page.html", "326个", "326", "个"));
    for hidden in ["999个", "1000个", "77个"] {
        assert!(
            !facts
                .iter()
                .any(|r| r["doc"] == "page.html" && r["text"] == hidden),
            "{hidden}"
        );
    }
    assert!(has("deep.html", "326个", "326", "个"));
    // The huge line: processed to its end, in bounded sentences.
    let huge = huge_line(50);
    let end = huge.chars().count();
    let last = facts
        .iter()
        .find(|r| r["doc"] == "huge.txt")
        .expect("the figure at the end of huge.txt");
    assert_eq!(last["text"], "326个");
    assert_eq!(
        last["end"],
        (end - "个充电桩。".chars().count() + 1).to_string()
    );
    assert!(last["context"].chars().count() <= zhfacts::split::MAX_SENTENCE_CHARS);
    let sentences: usize = field("huge.txt", "sentences").parse().unwrap();
    assert!(
        sentences >= end / zhfacts::split::MAX_SENTENCE_CHARS,
        "{sentences}"
    );
}

#[test]
fn same_release_gives_same_facts_in_any_encoding_and_as_html() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    let text = fs::read_to_string(root().join("corpus/zuoquan_2026q1.txt")).unwrap();
    fs::write(input.join("utf8.txt"), &text).unwrap();
    fs::write(input.join("gb18030.txt"), encode(&text, GB18030)).unwrap();
    fs::write(input.join("utf16be.txt"), utf16(&text, true, true)).unwrap();
    // The page shows each non-blank line as a paragraph; its visible text is those lines,
    // trimmed, whitespace runs as one space, joined by single line breaks.
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    fs::write(input.join("visible.txt"), lines.join("\n")).unwrap();
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut html = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>p {{ margin: 0 }}</style></head>\n<body>\n",
        escape(&lines[0])
    );
    for l in &lines {
        html.push_str(&format!("<p>{}</p>\n", escape(l)));
    }
    html.push_str("<footer>版权所有 © 2026 1个网站</footer></body></html>\n");
    fs::write(input.join("page.html"), html).unwrap();

    let o = zhfacts(tmp.path(), &["in", "--out", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let facts = table(&tmp.path().join("out/facts.csv"));
    let utf8 = fact_lines(&facts, "utf8.txt");
    assert!(utf8.len() > 10, "{}", utf8.len());
    assert_eq!(fact_lines(&facts, "gb18030.txt"), utf8, "GB18030 vs UTF-8");
    assert_eq!(fact_lines(&facts, "utf16be.txt"), utf8, "UTF-16BE vs UTF-8");
    let visible = fact_lines(&facts, "visible.txt");
    assert!(visible.len() > 10);
    assert_eq!(fact_lines(&facts, "page.html"), visible, "HTML vs its text");
    let docs = documents(&tmp.path().join("out"));
    assert_eq!(docs["gb18030.txt"]["encoding"], "GB18030");
    assert_eq!(docs["page.html"]["title"], lines[0]);
    for d in ["utf8.txt", "gb18030.txt", "page.html", "visible.txt"] {
        assert_eq!(docs[d]["release_date"], "2026-03-26", "{d}");
    }
    assert_eq!(docs["page.html"]["chars"], docs["visible.txt"]["chars"]);
}

/// Markdown markup on every line of a release: heading, quotes, list items, bold and
/// emphasised figures, links, a table, an image, code, HTML and front matter.
/// Returns (Markdown source, its text as a plain-text release).
fn markdown_release(text: &str) -> (String, String) {
    // The 左权县 release as published already has a few `**` (pasted from Markdown);
    // the plain release is without them.
    let text = text.replace("**", "");
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let digits = regex::Regex::new(r"[0-9]+").unwrap();
    let mut md = String::from("---\ntitle: 不是正文 99个\nsource: http://example.com/1\n---\n");
    let mut plain = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let marked = match i % 6 {
            0 if i == 0 => format!("# {line}"),
            1 => format!("> {line}"),
            2 => format!("- {line}"),
            3 => digits.replace_all(line, "**$0**").into_owned(),
            4 => format!("[{line}](http://example.com/{i}.html \"链接{i}个\")"),
            5 => digits.replace_all(line, "*$0*").into_owned(),
            _ => line.to_string(),
        };
        md.push_str(&marked);
        md.push_str("\n\n");
        plain.push(line.to_string());
    }
    md.push_str(
        "| 类别 | 数量 | 投资 |\n|:---|---:|---:|\n| 产业项目 | 58个 | 98.2亿元 |\n\
         | **民生**项目 | 12个 | 3.5亿元 |\n\n\
         ![全县新建换电站12座](img/326.png)\n\n\
         ```text\n全年完成投资约86亿元。\n```\n\n\
         累计建成`150`座光伏电站<br>新增耕地~~两~~三万亩。\n\n\
         <div class=\"share\">分享到 1000个</div>\n\n\
         <!-- 注释 77个 -->\n",
    );
    plain.extend(
        [
            "类别 数量 投资",
            "产业项目 58个 98.2亿元",
            "民生项目 12个 3.5亿元",
            "全县新建换电站12座",
            "全年完成投资约86亿元。",
            "累计建成150座光伏电站",
            "新增耕地两三万亩。",
        ]
        .map(String::from),
    );
    (md, plain.join("\n"))
}

#[test]
fn markdown_release_gives_the_facts_of_its_text() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    let text = fs::read_to_string(root().join("corpus/zuoquan_2026q1.txt")).unwrap();
    let (md, plain) = markdown_release(&text);
    // The decoded Markdown is exactly its plain text, so offsets agree too.
    let decoded = zhfacts::decode::decode(md.as_bytes(), Some("md"), None).unwrap();
    for (got, want) in decoded.text.lines().zip(plain.lines()) {
        assert_eq!(got, want);
    }
    assert_eq!(decoded.text, plain);
    fs::write(input.join("release.md"), &md).unwrap();
    fs::write(input.join("release.txt"), &plain).unwrap();
    // The same Markdown read as plain text, to show what the markup would do.
    fs::write(input.join("raw.txt"), &md).unwrap();

    let o = zhfacts(tmp.path(), &["in", "--out", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let facts = table(&tmp.path().join("out/facts.csv"));
    let txt = fact_lines(&facts, "release.txt");
    assert!(txt.len() > 10, "{}", txt.len());
    assert_eq!(
        fact_lines(&facts, "release.md"),
        txt,
        "Markdown vs its text"
    );
    assert_ne!(
        fact_lines(&facts, "raw.txt"),
        txt,
        "markup changes nothing?"
    );
    let entities = table(&tmp.path().join("out/entities.csv"));
    assert_eq!(
        fact_lines(&entities, "release.md"),
        fact_lines(&entities, "release.txt")
    );
    let md_facts: Vec<_> = facts.iter().filter(|r| r["doc"] == "release.md").collect();
    for r in &md_facts {
        for markup in ["**", "](", "|", "http", "<", "```", "> ", "- "] {
            assert!(!r["context"].contains(markup), "{markup} in {r:?}");
        }
        for hidden in ["99个", "1000个", "77个"] {
            assert_ne!(r["text"], hidden, "{r:?}");
        }
    }
    let has = |text: &str, value: &str, context: &str| {
        md_facts
            .iter()
            .any(|r| r["text"] == text && r["value"] == value && r["context"] == context)
    };
    assert!(has("58个", "58", "产业项目 58个 98.2亿元"));
    assert!(has("98.2亿元", "9820000000", "产业项目 58个 98.2亿元"));
    // (An alt text repeating a figure of the prose would be a copy: copies::Headlines.)
    assert!(has("12座", "12", "全县新建换电站12座"));
    let docs = documents(&tmp.path().join("out"));
    assert_eq!(docs["release.md"]["format"], "markdown");
    assert_eq!(docs["release.md"]["title"], plain.lines().next().unwrap());
    assert_eq!(docs["release.txt"]["title"], "");
    assert_eq!(docs["release.md"]["chars"], docs["release.txt"]["chars"]);
    assert_eq!(docs["release.md"]["release_date"], "2026-03-26");
}

#[test]
fn forced_encoding_end_to_end() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(d.join("gb.txt"), encode(SIMPLIFIED, GB18030)).unwrap();
    fs::write(d.join("utf8.txt"), SIMPLIFIED).unwrap();
    let o = zhfacts(d, &["gb.txt", "--encoding", "GBK", "--out", "gbk"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = zhfacts(d, &["utf8.txt", "--out", "utf8"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let docs = documents(&d.join("gbk"));
    assert_eq!(docs["gb.txt"]["encoding"], "GB18030");
    let strip = |dir: &str, doc: &str| fact_lines(&table(&d.join(dir).join("facts.csv")), doc);
    assert_eq!(strip("gbk", "gb.txt"), strip("utf8", "utf8.txt"));
    // Forcing the wrong encoding costs that document, with the reason.
    let o = zhfacts(d, &["gb.txt", "--encoding", "utf-8", "--out", "wrong"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("zhfacts: gb.txt: error: undecodable: invalid UTF-8 byte sequences at byte"),
        "{err}"
    );
    assert_eq!(
        documents(&d.join("wrong"))["gb.txt"]["status"],
        "error: undecodable"
    );
    // An unknown encoding is a fatal setup error, before any work.
    let o = zhfacts(d, &["gb.txt", "--encoding", "klingon", "--out", "never"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown encoding"), "{}", stderr(&o));
    assert!(!d.join("never").exists());
}

#[test]
fn broken_rule_files_of_every_kind_stop_before_any_work() {
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "units.tsv",
            b"surface\tkind\tunit\tfactor\n\xB6\xD6\tmass\tt\t1\n",
            "units.tsv:2: not UTF-8",
        ),
        (
            "units.tsv",
            "h\n吨\tmass\tt\n".as_bytes(),
            "units.tsv:2: expected 4",
        ),
        (
            "units.tsv",
            "h\n吨\tmass\tt\t0\n".as_bytes(),
            "units.tsv:2: factor must be positive",
        ),
        (
            "units.tsv",
            "h\n吨\tmass\tt\t1\n吨\tmass\tt\t1\n".as_bytes(),
            "units.tsv:3: unit \"吨\" is listed twice",
        ),
        (
            "indicators.tsv",
            "cue\tindicator\n# c\n累计建成\n".as_bytes(),
            "indicators.tsv:3:",
        ),
        (
            "entities.tsv",
            "rule\ttype\ttext\nname\tCITY\t北京\n".as_bytes(),
            "entities.tsv:2: unknown entity type",
        ),
        (
            "entities.tsv",
            "rule\ttype\ttext\nprefix\tORG\t北京\n".as_bytes(),
            "entities.tsv:2: unknown rule",
        ),
        (
            "dict.txt",
            "充电桩 100 n\n光伏板\n".as_bytes(),
            "dict.txt:2: expected `word frequency",
        ),
    ];
    for (file, bytes, want) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        fs::write(d.join("a.txt"), SIMPLIFIED).unwrap();
        fs::create_dir(d.join("rules")).unwrap();
        fs::write(d.join("rules").join(file), bytes).unwrap();
        let o = zhfacts(d, &["a.txt", "--patterns", "rules", "--out", "out"]);
        assert_eq!(o.status.code(), Some(2), "{file}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(want),
            "{file}: want {want:?}: {}",
            stderr(&o)
        );
        assert!(!d.join("out").exists(), "{file}: nothing written");
    }
    // A rule file saved by a Windows editor (BOM, CRLF) is fine.
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(d.join("a.txt"), TRADITIONAL).unwrap();
    fs::create_dir(d.join("rules")).unwrap();
    fs::write(
        d.join("rules/units.tsv"),
        "\u{feff}# units\r\nsurface\tkind\tunit\tfactor\r\n噸\tmass\tt\t1\r\n",
    )
    .unwrap();
    let o = zhfacts(d, &["a.txt", "--patterns", "rules", "--out", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(fs::read_to_string(d.join("out/facts.csv"))
        .unwrap()
        .contains("兩萬噸"));
}

/// A run killed with SIGKILL midway leaves the previous tables byte for byte, and its
/// temp files do not trouble the next run.
#[cfg(unix)]
#[test]
fn killed_run_leaves_previous_tables_intact() {
    use std::os::unix::process::ExitStatusExt;
    use std::time::{Duration, Instant};

    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::create_dir(d.join("small")).unwrap();
    fs::write(d.join("small/a.txt"), SIMPLIFIED).unwrap();
    let o = zhfacts(d, &["small", "--out", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tables = ["facts.csv", "entities.csv", "documents.csv"];
    let before: Vec<Vec<u8>> = tables
        .iter()
        .map(|t| fs::read(d.join("out").join(t)).unwrap())
        .collect();

    // A corpus large enough to take seconds: copies of the corpus/ releases.
    fs::create_dir(d.join("big")).unwrap();
    let corpus: Vec<_> = fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for i in 0..1500 {
        let src = &corpus[i % corpus.len()];
        fs::copy(src, d.join("big").join(format!("r{i:04}.txt"))).unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_zhfacts"))
        .args(["big", "--out", "out", "-q"])
        .current_dir(d)
        .spawn()
        .unwrap();
    let tmp_facts = d.join("out").join(format!(".facts.csv.tmp-{}", child.id()));
    // Kill once the new facts table has rows on disk (the first chunk is written).
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if fs::metadata(&tmp_facts).is_ok_and(|m| m.len() > 20_000) {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be killed"
        );
        assert!(Instant::now() < deadline, "no rows written within 60 s");
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(9), "{status:?}");
    assert!(tmp_facts.exists(), "the killed run left its temp file");
    for (t, old) in tables.iter().zip(&before) {
        assert!(
            fs::read(d.join("out").join(t)).unwrap() == *old,
            "{t} changed by the killed run"
        );
    }
    // The next run works, replaces the tables, and removes the dead run's temp files.
    fs::write(d.join("small/b.txt"), TRADITIONAL).unwrap();
    let o = zhfacts(d, &["small", "--out", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!tmp_facts.exists(), "stale temp file removed");
    let leftovers: Vec<_> = fs::read_dir(d.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(fs::read_to_string(d.join("out/documents.csv"))
        .unwrap()
        .contains("b.txt"));
}
