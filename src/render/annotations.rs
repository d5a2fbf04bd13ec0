//! Inserted pinyin readings, removed from the text before anything reads it.
//!
//! Some sites print a reading after a character: 產(chǎn)業(yè)增加值, 行(háng)業,
//! 萬(wàn)元, 2个(gè)月. Left in, they break words (业 and 增加值 are no longer
//! neighbours) and end up inside subjects. [`crate::decode`] removes them from every
//! format (plain text, and HTML and Markdown after rendering), and
//! [`crate::document::process`] from text handed over as a string (`--stdin-jsonl`,
//! `explain`), so the offsets of all rows are chars of the text without them.
//!
//! An annotation is, directly after a CJK ideograph: an opening paren `(` or `（`, one to
//! six latin letters among which at least one tone-marked pinyin vowel (ā á ǎ à, ē é ě è,
//! ī í ǐ ì, ō ó ǒ ò, ū ú ǔ ù, ǖ ǘ ǚ ǜ, or ü), and a closing paren `)` or `）`. Nothing
//! else is touched: 增加值(GDP), 第(a)项 and 单位（万元） stay, as does a reading after a
//! latin letter or digit. Readings in the neutral tone (的(de)) carry no mark and stay too.

use super::{Rendered, TableRow};

/// The longest reading, in letters (zhuàng, shuǎng).
const MAX_LETTERS: usize = 6;

/// A text with its annotations removed, and where they were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripped {
    /// The text without annotations.
    pub text: String,
    /// The removed annotations: (char offset in the original text, length in chars), in
    /// text order.
    removed: Vec<(usize, usize)>,
    /// For each entry of `removed`, the chars removed before it.
    before: Vec<usize>,
}

impl Stripped {
    /// The offset in the stripped text of char offset `at` of the original text; an
    /// offset inside an annotation maps to where the annotation was.
    pub fn map(&self, at: usize) -> usize {
        let i = self.removed.partition_point(|&(start, _)| start < at);
        if i == 0 {
            return at;
        }
        let (start, len) = self.removed[i - 1];
        at - self.before[i - 1] - len.min(at - start)
    }
}

/// Removes the pinyin annotations of `text`, and the spaces of a page spaced letter by
/// letter ([`letter_spaced`]); None when it has neither (the usual case, found without
/// building anything: a text without a tone-marked vowel is not scanned for readings).
pub fn strip(text: &str) -> Option<Stripped> {
    let mut spans = readings(text);
    let spaced = letter_spaced(text);
    if !spaced.is_empty() {
        spans.extend(letter_spaces(text, &spaced));
    }
    spans.extend(wrapped_breaks(text, '\n'));
    // A PDF copy whose line breaks became spaces (某某公司 关于…阿瓦提县 电化学…).
    if text.contains(' ') {
        spans.extend(wrapped_breaks(text, ' '));
    }
    spans.sort_unstable();
    if spans.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let (mut removed, mut before) = (Vec::new(), Vec::new());
    let (mut copied, mut total) = (0, 0);
    for (byte, bytes, at, len) in spans {
        out.push_str(&text[copied..byte]);
        copied = byte + bytes;
        removed.push((at, len));
        before.push(total);
        total += len;
    }
    out.push_str(&text[copied..]);
    Some(Stripped {
        text: out,
        removed,
        before,
    })
}

/// The pinyin readings of `text` as (byte, length in bytes, char, length in chars).
fn readings(text: &str) -> Vec<(usize, usize, usize, usize)> {
    // Every tone-marked vowel and ü lies in U+00E0..=U+01DC, whose UTF-8 lead bytes are
    // 0xC3..=0xC7; CJK text has none of these bytes.
    let mut spans = Vec::new();
    if !text.bytes().any(|b| (0xC3..=0xC7).contains(&b)) || !text.contains(is_tone_vowel) {
        return spans;
    }
    let (mut prev, mut chars) = (None, 0);
    let mut it = text.char_indices();
    while let Some((i, c)) = it.next() {
        let after_han = prev.is_some_and(is_han);
        prev = Some(c);
        chars += 1;
        if !(after_han && is_open(c)) {
            continue;
        }
        let Some((len_chars, len_bytes)) = annotation_at(&text[i..]) else {
            continue;
        };
        spans.push((i, len_bytes, chars - 1, len_chars));
        for _ in 1..len_chars {
            it.next();
        }
        chars += len_chars - 1;
    }
    spans
}

/// The fewest ideographs of a page's lines spaced letter by letter.
const SPACED_MIN_HAN: usize = 20;

/// The fewest ideographs of one line spaced letter by letter.
const SPACED_LINE_HAN: usize = 4;

/// The lines of `text` spaced letter by letter (新 聞 公 佈, some Hong Kong pages; a
/// page's menu may stand unspaced above them), as byte ranges: lines of at least
/// [`SPACED_LINE_HAN`] ideographs, four in five of them followed by one space and a char
/// that is no space; none unless such lines hold [`SPACED_MIN_HAN`] ideographs in all.
/// Read as written, such a line gives no words and no figures.
fn letter_spaced(text: &str) -> Vec<(usize, usize)> {
    // Each spaced char has a space of its own: with fewer spaces than that, the page
    // cannot be spaced (most pages stop here).
    let spaces = text.bytes().filter(|&b| b == b' ').count();
    if spaces * 5 < SPACED_MIN_HAN * 4 {
        return Vec::new();
    }
    let (mut lines, mut total) = (Vec::new(), 0);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let (mut han, mut spaced) = (0, 0);
        let mut it = line.chars().peekable();
        while let Some(c) = it.next() {
            if !is_han(c) {
                continue;
            }
            han += 1;
            if it.peek() == Some(&' ') {
                let mut ahead = it.clone();
                ahead.next();
                if ahead.next().is_some_and(|n| !n.is_whitespace()) {
                    spaced += 1;
                }
            }
        }
        if han >= SPACED_LINE_HAN && spaced * 5 >= han * 4 {
            lines.push((start, start + line.len()));
            total += han;
        }
        start += line.len();
    }
    if total < SPACED_MIN_HAN {
        lines.clear();
    }
    lines
}

/// The spaces of the letter-spaced `lines` of `text` between two chars that are no
/// space, as in [`readings`]; a space between two latin letters parts words (Hong Kong)
/// and stays.
fn letter_spaces(text: &str, lines: &[(usize, usize)]) -> Vec<(usize, usize, usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let in_lines = |byte: usize| {
        let k = lines.partition_point(|l| l.1 <= byte);
        lines.get(k).is_some_and(|l| l.0 <= byte)
    };
    (1..chars.len().saturating_sub(1))
        .filter(|&k| chars[k].1 == ' ' && in_lines(chars[k].0))
        .filter(|&k| {
            let (a, b) = (chars[k - 1].1, chars[k + 1].1);
            let words = a.is_ascii_alphabetic() && b.is_ascii_alphabetic();
            !(a.is_whitespace() || b.is_whitespace() || words)
        })
        .map(|k| (chars[k].0, 1, k, 1))
        .collect()
}

/// The fewest display columns of a line set at a fixed width.
const WRAP_MIN_WIDTH: usize = 40;
/// The fewest lines, wrapped inside a sentence, that show a text set at a fixed width.
const WRAP_MIN_LINES: usize = 3;
/// How far short of the text's usual full width a wrapped line may end, in columns.
const WRAP_SLACK: usize = 10;
/// The fewest display columns of a line of a copy joined into one line, whose runs are
/// measured against their neighbours (a narrow column is still set at a fixed width).
const WRAP_MIN_JOINED_WIDTH: usize = 24;
/// How many runs on each side of a joined copy's run give the width it is measured by.
const WRAP_WINDOW: usize = 3;

/// The display columns of `line` (an ideograph or full-width char takes two).
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| if c >= '\u{2E80}' { 2 } else { 1 })
        .sum()
}

/// The line breaks of a text set at a fixed width (a yearbook or PDF copy: 工资总 /
/// 额6.5亿元) that fall inside a sentence, as spans like [`readings`]: a break after a
/// line of prose as wide as the text's usual full lines (the median of those of
/// [`WRAP_MIN_WIDTH`] columns or more, at most [`WRAP_SLACK`] short of it and half that
/// wider) that ends with an ideograph, a digit or a comma, not with a
/// sentence's or clause's end, before a line that opens with neither a space nor a list
/// mark. Only when such lines make most of the full lines, [`WRAP_MIN_LINES`] or more:
/// paragraphs of a web page vary in length; a line holding a run of spaces or a tab is
/// a table's and breaks nothing. With `sep` a space, the same for the spaces that stand
/// for the breaks of a copy joined into one line (lines are then the runs between
/// spaces or line breaks): each run of [`WRAP_MIN_JOINED_WIDTH`] columns or more is
/// measured against the median of the runs [`WRAP_WINDOW`] on either side, when as many
/// full runs as [`WRAP_MIN_LINES`] are there (a narrow box before the full width).
fn wrapped_breaks(text: &str, sep: char) -> Vec<(usize, usize, usize, usize)> {
    let mut lines: Vec<(usize, &str, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive(['\n', sep]) {
        lines.push((at, line, columns(line.trim_end())));
        at += line.len();
    }
    // A copy joined into one line may keep columns of two widths (a narrow box beside a
    // picture, then the full width): each run between spaces is measured against the
    // runs around it, from a lower width on.
    let joined = sep != '\n';
    let min = if joined {
        WRAP_MIN_JOINED_WIDTH
    } else {
        WRAP_MIN_WIDTH
    };
    let widths: Vec<usize> = lines.iter().map(|l| l.2).collect();
    let median = |ws: &[usize]| {
        let mut full: Vec<usize> = ws.iter().copied().filter(|&w| w >= min).collect();
        full.sort_unstable();
        full.get(full.len() / 2).copied()
    };
    let full = widths.iter().filter(|&&w| w >= min).count();
    let Some(whole) = median(&widths).filter(|_| full >= WRAP_MIN_LINES) else {
        return Vec::new();
    };
    let at_width = |k: usize| {
        let around = k.saturating_sub(WRAP_WINDOW)..(k + WRAP_WINDOW + 1).min(widths.len());
        // Around a joined copy's run, as many full runs as a wrapped text shows.
        let local = || {
            let ws = &widths[around];
            let full = ws.iter().filter(|&&w| w >= min).count();
            median(ws).filter(|_| full >= WRAP_MIN_LINES)
        };
        let Some(m) = (if joined { local() } else { Some(whole) }) else {
            return false;
        };
        // A joined copy's run narrower than a line is a figure set off by spaces.
        let w = widths[k];
        (!joined || w >= min) && w + WRAP_SLACK >= m && w <= m + WRAP_SLACK / 2
    };
    let prose = |l: &str| !l.contains('\t') && !l.trim().contains("  ");
    // A list mark opens an item of its own (•, （二）, 三、, 4.).
    let open = |next: &str| {
        let mut cs = next.chars();
        let first = cs
            .next()
            .is_some_and(|c| !c.is_whitespace() && !"•·*-—（(【[".contains(c));
        let rest = next.trim_start_matches(|c: char| {
            c.is_ascii_digit() || crate::extract::number::digit_value(c).is_some()
        });
        let mut after = rest.chars();
        let numbered = rest.len() < next.len()
            && match after.next() {
                Some('、') => true,
                Some('.' | '．') => !after.next().is_some_and(|c| c.is_ascii_digit()),
                _ => false,
            };
        first && !numbered
    };
    let wrapped: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| {
            let (_, line, _) = lines[k];
            let body = line.trim_end();
            let last = body.chars().next_back();
            line.ends_with(sep)
                && at_width(k)
                && prose(body)
                && last.is_some_and(|c| {
                    c >= '\u{2E80}' && !"。！？；：）」』”".contains(c)
                        || c.is_ascii_digit()
                        || matches!(c, ',' | '，')
                })
                && open(lines[k + 1].1)
        })
        .collect();
    // Most full runs are as wide as the text's usual full width: the test of the text
    // as a whole, against one median, whatever the runs around each.
    let near = (widths.iter())
        .filter(|&&w| w >= min && w + WRAP_SLACK >= whole && w <= whole + WRAP_SLACK / 2)
        .count();
    if wrapped.len() < WRAP_MIN_LINES || near * 2 < full {
        return Vec::new();
    }
    let mut chars_before = 0;
    let mut byte_seen = 0;
    let mut out = Vec::new();
    for k in wrapped {
        let (start, line, _) = lines[k];
        let body = line.trim_end();
        let brk = start + body.len();
        chars_before += text[byte_seen..brk].chars().count();
        byte_seen = brk;
        let len = line.len() - body.len();
        out.push((brk, len, chars_before, text[brk..brk + len].chars().count()));
    }
    out
}

/// [`strip`] for plain text: the text without its annotations.
pub fn strip_text(text: String) -> String {
    match strip(&text) {
        Some(s) => s.text,
        None => text,
    }
}

/// [`strip`] for rendered markup: the text and the title without annotations, and the
/// table rows' spans moved to the stripped text.
pub fn strip_rendered(mut r: Rendered) -> Rendered {
    r.title = r.title.map(strip_text);
    let Some(s) = strip(&r.text) else {
        return r;
    };
    for row in &mut r.tables {
        let line = s.map(row.line);
        let moved = |at: usize| s.map(row.line + at) - line;
        for cell in &mut row.cells {
            *cell = (moved(cell.0), moved(cell.1));
        }
        *row = TableRow {
            line,
            len: moved(row.len),
            cells: std::mem::take(&mut row.cells),
        };
    }
    r.text = s.text;
    r
}

/// The length in chars and bytes of the annotation `s` starts with, if it starts with one
/// (`s` starts with an opening paren).
fn annotation_at(s: &str) -> Option<(usize, usize)> {
    let mut chars = s.char_indices().skip(1);
    let (mut letters, mut toned) = (0, false);
    for (i, c) in chars.by_ref() {
        if is_close(c) {
            return (letters > 0 && toned).then(|| (letters + 2, i + c.len_utf8()));
        }
        if letters == MAX_LETTERS || !(c.is_ascii_alphabetic() || is_tone_vowel(c)) {
            return None;
        }
        letters += 1;
        toned |= is_tone_vowel(c);
    }
    None
}

fn is_open(c: char) -> bool {
    c == '(' || c == '（'
}

fn is_close(c: char) -> bool {
    c == ')' || c == '）'
}

/// A pinyin vowel with a tone mark, or ü.
fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// A CJK ideograph (unified, extension A and beyond, compatibility), or 〇.
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3ffff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(text: &str) -> String {
        strip_text(text.to_string())
    }

    #[test]
    fn readings_after_ideographs_are_removed() {
        for (text, want) in [
            ("產(chǎn)業增加值", "產業增加值"),
            ("行(háng)業", "行業"),
            ("萬(wàn)元", "萬元"),
            ("用了2个(gè)月", "用了2个月"),
            ("绿(lǜ)色", "绿色"),
            ("旅(lü)游", "旅游"),
            ("〇(líng)", "〇"),
            // Several in a row, and full-width parens.
            ("產(chǎn)業(yè)發(fā)展", "產業發展"),
            ("農（nóng）業（yè）", "農業"),
            ("壮(zhuàng)大", "壮大"),
            ("粮食总产(chǎn)量(liàng)达(dá)5万吨", "粮食总产量达5万吨"),
        ] {
            assert_eq!(stripped(text), want, "{text}");
        }
    }

    #[test]
    fn other_parens_stay() {
        for text in [
            "地区生产总值(GDP)增长5%",
            "第(a)项",
            "单位（万元）",
            "单位(万元)",
            // No tone mark, too long, not after an ideograph, unclosed, empty.
            "我的(de)家",
            "產(chǎnchǎn)业",
            "A(chǎn)业",
            "2(gè)月",
            " (chǎn)",
            "產(chǎn业",
            "產()业",
            "(chǎn)业",
            "產(chǎn 业)",
            "Café (crème)",
        ] {
            assert_eq!(stripped(text), text);
            assert!(strip(text).is_none(), "{text}");
        }
    }

    #[test]
    fn offsets_map_to_the_stripped_text() {
        let s = strip("產(chǎn)業(yè)值").unwrap();
        assert_eq!(s.text, "產業值");
        // 產 0, ( 1 … ) 6, 業 7, ( 8 … ) 11, 值 12, end 13.
        let mapped: Vec<usize> = [0, 1, 3, 7, 8, 12, 13].iter().map(|&a| s.map(a)).collect();
        assert_eq!(mapped, vec![0, 1, 1, 1, 2, 2, 3]);
    }

    #[test]
    fn table_rows_follow_the_text() {
        // Line 0: a heading; line 1: a row 產(chǎn)值 | 5萬(wàn)元.
        let text = "標題(tí)\n產(chǎn)值 5萬(wàn)元";
        let line = "標題(tí)\n".chars().count();
        let r = Rendered {
            text: text.to_string(),
            title: Some("標題(tí)".to_string()),
            tables: vec![TableRow {
                line,
                len: "產(chǎn)值 5萬(wàn)元".chars().count(),
                cells: vec![(0, 8), (9, 17)],
            }],
        };
        let r = strip_rendered(r);
        assert_eq!(r.text, "標題\n產值 5萬元");
        assert_eq!(r.title.as_deref(), Some("標題"));
        assert_eq!(super::super::cell_texts(&r), vec![vec!["產值", "5萬元"]]);
    }

    #[test]
    fn a_page_spaced_letter_by_letter_is_read_without_its_spaces() {
        let text = "漁 護 署 發 言 人 表 示 , 今 年 約 有 九 百 艘 本 港 漁 船 受 影 響 , \
                    最 高 貸 款 額 為 十 二 萬 元 , 由 Hong Kong 2 0 2 4 年 起 實 施 。";
        let s = strip(text).unwrap();
        assert_eq!(
            s.text,
            "漁護署發言人表示,今年約有九百艘本港漁船受影響,最高貸款額為十二萬元,由Hong Kong2024年起實施。"
        );
        // Offsets map onto the text without the spaces: 示 (char 10) is char 5.
        assert_eq!(s.map(10), 5);
        // A page with a few spaced words keeps its spaces.
        let text =
            "全年地区生产总值增长5.2%,其中 第一产业 增长3.1%,第二产业增长6.0%,第三产业增长4.8%。";
        assert!(strip(text).is_none());
    }

    #[test]
    fn breaks_of_a_text_set_at_a_fixed_width_inside_sentences_are_removed() {
        let text = "矿业综述\n\
                    本年全省黄金行业统计内企业57家，职工6万余人，工资总\n\
                    额6.5亿元，拥有固定资产140余亿元，产品销售率达到100%。\n\
                    全年累计完成矿产金产量44.90吨，同比增长4.97%；精炼\n\
                    金产量82.34吨，增长18.92%，占全国产量的25.18%以上。\n\
                    实现利润总额16.14亿元，增长23.07%，税金7.2亿元，比\n\
                    上年增加一成多，企业效益继续保持在全国同行业前列。\n";
        let s = strip(text).unwrap();
        assert!(s.text.contains("工资总额6.5亿元"), "{}", s.text);
        assert!(s.text.contains("；精炼金产量"), "{}", s.text);
        assert!(s.text.contains("比上年增加"), "{}", s.text);
        // A sentence ending at the line's end keeps its break; so does the title.
        assert!(s.text.contains("100%。\n全年"), "{}", s.text);
        assert!(s.text.starts_with("矿业综述\n"), "{}", s.text);
        // Offsets map onto the joined text: 额 (after the first removed break) moves by one.
        let e = text.chars().position(|c| c == '额').unwrap();
        assert_eq!(s.text.chars().nth(s.map(e)), Some('额'));
        // Paragraphs of a web page vary in length: nothing is joined.
        let text = "全年地区生产总值增长5.2%，其中第一产业增长3.1%，第二产业\n\
                    增长6.0%。\n第三产业增长4.8%，其中\n金融业增长8.1%，房地产业下降2.1%，交通运输业增长5.3%，批发和零售业增长6.6%，住宿和餐饮业增长9.2%\n";
        assert!(strip(text).is_none());
    }

    #[test]
    fn spaces_standing_for_the_breaks_of_a_fixed_width_copy_are_removed() {
        // A PDF copy joined into one line: each former line break is a space.
        let text = "某某公司关于投资建设储能电站项目的公告 为进一步扩大清洁能源业务规模，形成区域竞争优势和规模 \
                    优势，提高利润水平，公司下属青山县能源有限公司拟投资建 \
                    设青山县储能电站项目，项目动态总投资约八亿元，其中首期 \
                    动态投资约五亿元，二期动态投资约三亿元，由公司根据进展 \
                    情况对子公司进行增资。\n";
        let s = strip(text).unwrap();
        assert!(s.text.contains("竞争优势和规模优势"), "{}", s.text);
        assert!(
            s.text.contains("拟投资建设青山县储能电站项目"),
            "{}",
            s.text
        );
        // A space after a sentence's end stays, as does one before a short title.
        assert!(s.text.contains("的公告 为进一步"), "{}", s.text);
        // Web prose with a few spaces of its own is left as it is.
        assert!(strip("记者 张三 报道：全县完成投资5亿元，同比增长8%。\n").is_none());
    }

    #[test]
    fn a_joined_copy_set_in_two_column_widths_loses_the_breaks_of_both() {
        // A narrow box (about 16 chars a line) before the full width (about 32): each
        // run is measured against the runs around it.
        let text = "某某花海节闭幕，据县政府统计游客近12万人 \
                    次，旅游产值达到3.6亿元，比去年多出 \
                    15.2%左右，住宿人数高达8000人次，自 \
                    由行人数高达900人，同时创下不少新纪 \
                    录，花海节的主场地依然设在东湖公园，从五月一日起展开为期二十天的 \
                    活动，共吸引周边县市游客前来观赏，本地的住宿和餐饮业营业额都明显 \
                    增长，县里的民宿入住率在节日期间也一直保持在较高的水平之上，并 \
                    带动了周边乡镇的农产品销售，县里计划明年继续在东湖公园举办花海 \
                    节，并增加夜间灯光秀和音乐会等新的活动内容，进一步延长游客的停 \
                    留时间。\n";
        let s = strip(text).unwrap();
        for joined in ["12万人次", "自由行人数", "新纪录", "为期二十天的活动"] {
            assert!(s.text.contains(joined), "{joined}: {}", s.text);
        }
        // Prose whose figures are set off by spaces (已吸引 60 余家企业) breaks nothing.
        let text = "如今，企业年产值逾 6000 万元，安置了 80 余名村民就业，人均月薪达 6000 元。\
                    全乡三大产业集群已吸引 60 余家企业入驻，带动 1500 余人就地就业，成为乡域经济的动力引擎。\
                    走进分水岭村香菇种植基地，合作社负责人介绍，基地每年产出香菇 500 万袋，带动 \
                    120 户群众增收，户均增收 8000 元以上。\n";
        assert!(strip(text).is_none(), "{:?}", strip(text).map(|s| s.text));
    }

    #[test]
    fn spaced_lines_under_an_unspaced_menu_are_read_without_their_spaces() {
        let text = "首页 新闻中心 政务公开 办事服务 互动交流 专题专栏 数据开放 网站地图\n\
                    渔业概况\n\
                    二 零 零 六 年 的 捕 捞 量 约 为 154 540 公 吨 , 总 值 17 亿 元 。\n\
                    本 港 约 有 3 940 艘 渔 船 。\n";
        let s = strip(text).unwrap();
        assert_eq!(
            s.text,
            "首页 新闻中心 政务公开 办事服务 互动交流 专题专栏 数据开放 网站地图\n渔业概况\n\
             二零零六年的捕捞量约为154540公吨,总值17亿元。\n本港约有3940艘渔船。\n"
        );
        // One spaced line alone is too little to read a page as spaced.
        let text = "首页 新闻中心 政务公开\n本 港 约 有 3 940 艘 渔 船 。\n其余各行照常书写。\n";
        assert!(strip(text).is_none());
    }
}
