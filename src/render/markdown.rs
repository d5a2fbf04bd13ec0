//! Markdown -> plain text.
//!
//! Markdown (extension md/markdown, any case; content is never sniffed as
//! Markdown) is parsed with pulldown-cmark (CommonMark plus tables and
//! strikethrough) and rendered to plain text, so rules and the `context` column
//! see `共126个`, not `共**126个**`:
//!
//! - Text and inline code as written (entities and backslash escapes resolved);
//!   emphasis, strong and strikethrough markers disappear; links keep their text
//!   and images their alt text (URLs dropped); list markers and `>` disappear.
//! - Headings, paragraphs, list items, block quotes, code blocks, table rows and
//!   rules start and end lines; soft and hard breaks and `<br>` break lines; table
//!   cells are separated by one space (as `td`/`th` in HTML), and each row (header
//!   row included) is recorded as a [`TableRow`] with the spans of its cells, empty
//!   cells as empty spans (a row broken by `<br>` is no row; rows of HTML tables in
//!   the Markdown too). Code blocks keep
//!   their lines. Lines keep their leading whitespace (an ideographic-space indent
//!   is text), trailing whitespace is trimmed, blank lines are dropped, lines are
//!   joined with a single `\n`. No CSS segment-break rule: a soft break between two
//!   Chinese characters stays a line break, as in a plain-text file.
//! - HTML blocks go through the HTML path ([`super::html`]) (consecutive blocks separated only
//!   by blank lines as one fragment; chrome dropped by id/class with no fallback,
//!   since the fragment is only part of the document), so an embedded `<table>`
//!   keeps its figures and a `<script>` is dropped. Inline HTML tags are dropped and
//!   the text between them kept (an inline `<span hidden>` is not honoured).
//! - Front matter at the very top (`---` YAML or `+++` TOML, closed by the same line
//!   or, for YAML, `...`; its first line not blank) is not text. pulldown-cmark's own
//!   metadata-block option is not used: it also takes a `---` … `---` pair in the
//!   middle of a document, where they are a rule and a heading underline.
//! - The first level-1 heading (`#` or `===` underline), whitespace collapsed, is
//!   [`Rendered::title`]; it stays in the text, like an HTML page's `h1`.
//! - Footnotes, task lists, math, smart punctuation are not enabled: `[^1]`, `[x]`
//!   and `$` stay text. A single `~` inside a word is not strikethrough, so ranges
//!   such as `10~20万元` survive.
//!
//! A Markdown file that renders to no text is
//! [`crate::decode::DecodeError::Empty`]. Nesting is
//! bounded before parsing (`limit_md_nesting`): list and quote markers beyond
//! column 64 of a line's prefix are cut (their text stays), since pulldown-cmark's
//! cost is nesting depth times line count.

use pulldown_cmark::{Event, HeadingLevel, Options as MdOptions, Parser, Tag, TagEnd};

use super::{is_blank, Pos, Rendered, RowBuilder, TableRow};

/// Accumulates rendered Markdown: lines as written (trailing whitespace trimmed), blank
/// lines dropped, lines joined with a single `\n`; the title and the table rows on the way.
#[derive(Default)]
struct MdText {
    out: String,
    /// Chars in `out`.
    out_chars: usize,
    line: String,
    /// Chars in `line`.
    line_chars: usize,
    /// Table cell boundary: the next character on this line is preceded by one space.
    cell_gap: bool,
    /// The table row being rendered on `line` (positions within `line`).
    row: Option<RowBuilder>,
    /// The table rows rendered so far (char offsets in `out`).
    tables: Vec<TableRow>,
    /// The first level-1 heading.
    title: Option<String>,
    /// Inside the heading that will be the title.
    in_title: bool,
}

impl MdText {
    fn push_char(&mut self, c: char) {
        if self.cell_gap && !self.line.is_empty() {
            self.line.push(' ');
            self.line_chars += 1;
        }
        self.cell_gap = false;
        self.line.push(c);
        self.line_chars += 1;
    }

    /// Text as written; `\n` and `\r` end the line.
    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if c == '\n' || c == '\r' {
                self.line_break();
            } else {
                self.push_char(c);
            }
        }
    }

    /// Char offset in `out` where the next non-empty line will start.
    fn next_line_start(&self) -> usize {
        self.out_chars + usize::from(!self.out.is_empty())
    }

    fn line_break(&mut self) {
        if !self.line.is_empty() {
            // A row broken over lines (a `<br>` in a cell) is no table row; and the
            // positions it holds are in this line.
            self.row = None;
        }
        let kept = self.line.trim_end_matches(is_blank);
        if !kept.is_empty() {
            if !self.out.is_empty() {
                self.out.push('\n');
                self.out_chars += 1;
            }
            self.out.push_str(kept);
            self.out_chars += self.line_chars - self.line[kept.len()..].chars().count();
        }
        self.line.clear();
        self.line_chars = 0;
        self.cell_gap = false;
    }

    fn cell_boundary(&mut self) {
        self.cell_gap = true;
    }

    /// Where the next char of `line` goes.
    fn pos(&self) -> Pos {
        Pos {
            byte: self.line.len(),
            char: self.line_chars,
        }
    }

    fn start_row(&mut self) {
        self.line_break();
        self.row = Some(RowBuilder::new(self.pos()));
    }

    fn end_row(&mut self) {
        let start = self.next_line_start();
        let done = self
            .row
            .take()
            .and_then(|r| r.finish(&self.line, self.pos()));
        self.tables.extend(done.map(|r| TableRow {
            line: start + r.line,
            ..r
        }));
        self.line_break();
    }

    fn start_cell(&mut self) {
        self.cell_boundary();
        let at = self.pos();
        if let Some(row) = self.row.as_mut() {
            row.open_cell(at);
        }
    }

    fn end_cell(&mut self) {
        let at = self.pos();
        if let Some(row) = self.row.as_mut() {
            row.close_cell(at);
        }
        self.cell_boundary();
    }

    /// Rendered HTML (its lines and table rows) on lines of its own.
    fn push_rendered(&mut self, r: Rendered) {
        self.line_break();
        let start = self.next_line_start();
        self.push_str(&r.text);
        self.tables.extend(r.tables.into_iter().map(|t| TableRow {
            line: start + t.line,
            ..t
        }));
        self.line_break();
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.line_break();
                self.in_title = level == HeadingLevel::H1 && self.title.is_none();
            }
            Tag::TableCell => self.start_cell(),
            Tag::TableHead | Tag::TableRow => self.start_row(),
            Tag::Paragraph
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Table(_)
            | Tag::MetadataBlock(_) => self.line_break(),
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                if self.in_title {
                    self.in_title = false;
                    let words: Vec<&str> = self.line.split_whitespace().collect();
                    if !words.is_empty() {
                        self.title = Some(words.join(" "));
                    }
                }
                self.line_break();
            }
            TagEnd::TableCell => self.end_cell(),
            TagEnd::TableHead | TagEnd::TableRow => self.end_row(),
            TagEnd::Paragraph
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::Table
            | TagEnd::MetadataBlock(_) => self.line_break(),
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image => {}
        }
    }

    fn finish(mut self) -> Rendered {
        self.line_break();
        Rendered {
            text: self.out,
            title: self.title,
            tables: self.tables,
        }
    }
}

/// Bytes of the front matter at the very top of a Markdown file, 0 when there is none:
/// a line `---` (YAML) or `+++` (TOML), at least one non-blank line, and a closing line of
/// the same three characters (YAML also `...`); spaces and tabs may end the delimiter
/// lines. As pulldown-cmark's metadata blocks, except that those are also recognised in
/// the middle of a document (where `---` is a rule or a heading underline).
fn front_matter_len(src: &str) -> usize {
    let delim = match src.get(..3) {
        Some(d @ ("---" | "+++")) => d,
        _ => return 0,
    };
    let bare = |line: &str| line.trim_end_matches([' ', '\t', '\r', '\n']).len();
    let mut len = 0;
    for (i, line) in src.split_inclusive('\n').enumerate() {
        len += line.len();
        let content = &line[..bare(line)];
        let closes = content == delim || (delim == "---" && content == "...");
        match i {
            0 if content != delim => return 0,
            0 => {}
            1 if closes || content.trim_matches(is_blank).is_empty() => return 0,
            _ if closes => return len,
            _ => {}
        }
    }
    0
}

/// `<br>`, `<br/>`, `<BR />`: inline HTML that breaks the line.
fn is_br_tag(tag: &str) -> bool {
    let b = tag.as_bytes();
    b.len() >= 4
        && b[..3].eq_ignore_ascii_case(b"<br")
        && !b[3].is_ascii_alphanumeric()
        && b[3] != b'-'
}

/// Columns of a line's leading container prefix (spaces, tabs, `>`, list markers) within
/// which Markdown may open block quotes and list items; see [`limit_md_nesting`].
const MAX_MD_PREFIX: usize = 64;

/// pulldown-cmark checks every open container on every line, so nesting depth times line
/// count is its cost: 100,000 nested `- ` on one line and 100,000 lines after it take
/// ~45 s. Real releases nest a few levels. The depth can only grow by container markers
/// (`>`, `-`/`+`/`*` or `1.`/`1)` before a blank) in a line's leading prefix, and each
/// container a line continues takes at least one column of that prefix; so markers that
/// start at column [`MAX_MD_PREFIX`] or later are cut out (their content stays, less
/// deeply nested), like `flatten_deep_blocks` for HTML. Returns `None` when nothing
/// needs changing.
fn limit_md_nesting(src: &str) -> Option<String> {
    let bytes = src.as_bytes();
    // Byte ranges of markers to cut.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    while line_start < bytes.len() {
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| line_start + p);
        let line = &bytes[line_start..line_end];
        let blank_at = |i: usize| matches!(line.get(i), None | Some(b' ' | b'\t' | b'\r'));
        let (mut i, mut col) = (0, 0);
        let mut cut_from = None;
        while i < line.len() {
            let marker_len = match line[i] {
                b' ' => {
                    (i, col) = (i + 1, col + 1);
                    continue;
                }
                b'\t' => {
                    (i, col) = (i + 1, (col / 4 + 1) * 4);
                    continue;
                }
                b'>' => 1,
                b'-' | b'+' | b'*' if blank_at(i + 1) => 1,
                b'0'..=b'9' => {
                    let digits = line[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                    let delim = line
                        .get(i + digits)
                        .is_some_and(|&b| b == b'.' || b == b')');
                    if digits <= 9 && delim && blank_at(i + digits + 1) {
                        digits + 1
                    } else {
                        break;
                    }
                }
                _ => break,
            };
            if col >= MAX_MD_PREFIX && cut_from.is_none() {
                cut_from = Some(i);
            }
            (i, col) = (i + marker_len, col + marker_len);
        }
        if let Some(from) = cut_from {
            cuts.push((line_start + from, line_start + i));
        }
        line_start = line_end + 1;
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    for (from, to) in cuts {
        out.push_str(&src[copied..from]);
        copied = to;
    }
    out.push_str(&src[copied..]);
    Some(out)
}

/// An HTML block that is only tags (`<div>`, `</p>`, `<!---->`) and whitespace renders to
/// nothing; spares html5ever a parse. Conservative: anything else (text, entities,
/// comments with `>` inside) is parsed.
fn html_is_only_tags(src: &str) -> bool {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, b'/' | b'!' | b'?'))
        {
            match bytes[i..].iter().position(|&c| c == b'>') {
                Some(p) => i += p + 1,
                None => return true,
            }
        } else if b.is_ascii_whitespace() {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// Renders a run of HTML blocks (consecutive ones parsed together) onto its own lines.
fn flush_html(pending: &mut Option<String>, sink: &mut MdText) {
    if let Some(src) = pending.take() {
        if !html_is_only_tags(&src) {
            sink.push_rendered(super::html::render_block(&src));
        }
        sink.line_break();
    }
}

/// Markdown source -> plain text and first level-1 heading. See the module docs.
pub fn render(src: &str) -> Rendered {
    let body = &src[front_matter_len(src)..];
    let limited = limit_md_nesting(body);
    let body = limited.as_deref().unwrap_or(body);
    let mut sink = MdText::default();
    // Source of the current run of HTML blocks, rendered by the HTML path when the run ends.
    let mut html: Option<String> = None;
    let options = MdOptions::ENABLE_TABLES | MdOptions::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(body, options) {
        match &event {
            Event::Start(Tag::HtmlBlock) => {
                match html.as_mut() {
                    // Blocks separated by blank lines only: one HTML fragment.
                    Some(run) => run.push('\n'),
                    None => {
                        sink.line_break();
                        html = Some(String::new());
                    }
                }
                continue;
            }
            Event::Html(h) => {
                // Only emitted inside an HTML block; outside one it starts its own run.
                if html.is_none() {
                    sink.line_break();
                }
                html.get_or_insert_with(String::new).push_str(h);
                continue;
            }
            Event::End(TagEnd::HtmlBlock) => continue,
            _ => flush_html(&mut html, &mut sink),
        }
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                sink.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak | Event::Rule => sink.line_break(),
            Event::Html(_) => {}
            Event::InlineHtml(h) => {
                if is_br_tag(&h) {
                    sink.line_break();
                }
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
            Event::Start(tag) => sink.start(tag),
            Event::End(tag) => sink.end(tag),
        }
    }
    flush_html(&mut html, &mut sink);
    sink.finish()
}
#[cfg(test)]
mod tests {
    use super::*;

    const NEWS: &str = "左权县石灰岩资源储量达890亿吨，年产60万吨纳米级碳酸钙。";
    const NEWS_TRAD: &str = "左權縣石灰岩資源儲量達890億噸，年產60萬噸納米級碳酸鈣。";

    fn md(src: &str) -> Rendered {
        render(src)
    }

    #[test]
    fn markdown_emphasis_markers_disappear() {
        let d = md(
            "全县共**126个**项目，*重点*推进：__3个__，_两条_。~~旧数据~~新数据，***10亿元***。",
        );
        assert_eq!(
            d.text,
            "全县共126个项目，重点推进：3个，两条。旧数据新数据，10亿元。"
        );
        assert_eq!(d.title, None);
        // Intraword single tildes and underscores are not markup: ranges and names survive.
        let d = md("投资10~20万元至30~40万元，文件a_b_c，转义\\*号\\*，A&amp;B。");
        assert_eq!(
            d.text,
            "投资10~20万元至30~40万元，文件a_b_c，转义*号*，A&B。"
        );
    }

    #[test]
    fn markdown_headings_are_lines_and_the_first_h1_is_the_title() {
        let d = md("## 会议概况\n# 左权县  新闻发布会\n正文第一段。\n\n# 第二个一级标题\n###### 小节 ######\n结尾");
        assert_eq!(
            d.text,
            "会议概况\n左权县  新闻发布会\n正文第一段。\n第二个一级标题\n小节\n结尾"
        );
        assert_eq!(d.title.as_deref(), Some("左权县 新闻发布会"));
        // Setext headings too; a level-2 heading is not a title.
        let d = md("县能源局发布会\n==========\n\n内容\n---\n末尾");
        assert_eq!(d.text, "县能源局发布会\n内容\n末尾");
        assert_eq!(d.title.as_deref(), Some("县能源局发布会"));
        let d = md("## 只有二级\n内容");
        assert_eq!((d.text.as_str(), d.title), ("只有二级\n内容", None));
        // An empty level-1 heading gives no title; the next one does.
        assert_eq!(md("#\n\n# 标题\n文").title.as_deref(), Some("标题"));
    }

    #[test]
    fn markdown_tables_are_rows_of_cells_separated_by_a_space() {
        let d = md("表1：\n\n| 类别 | 数量 | 金额 |\n|:---|---:|:-:|\n| 产业项目 | 58个 | 98.2亿元 |\n| **民生**项目 |  | 3亿元 |\n|合计|\\||101.2亿元|\n\n说明");
        assert_eq!(
            d.text,
            "表1：\n类别 数量 金额\n产业项目 58个 98.2亿元\n民生项目 3亿元\n合计 | 101.2亿元\n说明"
        );
        // Pipes without a delimiter row are text.
        assert_eq!(md("甲 | 乙\n丙").text, "甲 | 乙\n丙");
    }

    #[test]
    fn markdown_table_rows_know_their_cells() {
        let d = md("# 标题\n\n| 类别 | 完成投资（亿元） | 增速(%) |\n|---|---:|---|\n| 产业 项目 | `98.2` | |\n| 甲<br>乙 | 1 | 2 |\n| 合计 | 150.5 | 10.9 | 多余 |\n\n<table><tr><td>嵌入 表</td><td>3个</td></tr></table>\n\n后");
        assert_eq!(
            d.text,
            "标题\n类别 完成投资（亿元） 增速(%)\n产业 项目 98.2\n甲\n乙 1 2\n合计 150.5 10.9\n嵌入 表 3个\n后"
        );
        // A cell with a space stays one cell; an empty cell keeps its column; a row broken
        // by `<br>` is no row; an HTML table in Markdown has its rows too.
        assert_eq!(
            crate::render::cell_texts(&d),
            [
                vec!["类别", "完成投资（亿元）", "增速(%)"],
                vec!["产业 项目", "98.2", ""],
                vec!["合计", "150.5", "10.9"],
                vec!["嵌入 表", "3个"],
            ]
        );
        assert_eq!(d.tables[0].line, 3);
        assert_eq!(d.tables[1].cells, [(0, 5), (6, 10), (10, 10)]);
        // A break after blank cells: the row is dropped (its positions were on that line).
        let d = md("| 甲 | 乙 | 丙 |\n|---|---|---|\n| `  ` | `  `<br>乙 | 丙 |");
        assert_eq!(d.text, "甲 乙 丙\n乙 丙");
        assert_eq!(crate::render::cell_texts(&d), [["甲", "乙", "丙"]]);
    }

    #[test]
    fn markdown_links_keep_their_text_and_images_their_alt_text() {
        let d = md("详见[《通知》](http://example.com/a?b=1 \"标题\")，![示意图 2026年](img/a.png \"t\")，<http://x.cn/1>。\n\n见[文件][ref]和[ref]。\n\n[ref]: http://example.com/ref\n");
        assert_eq!(
            d.text,
            "详见《通知》，示意图 2026年，http://x.cn/1。\n见文件和ref。"
        );
        assert!(!d.text.contains("example.com"), "{}", d.text);
        // A link around an image keeps the alt text.
        assert_eq!(md("[![图 3个](a.png)](b.html)").text, "图 3个");
    }

    #[test]
    fn markdown_block_quotes_and_lists_are_lines() {
        let d = md("> 引用一，12个\n> 引用二\n>> 嵌套引用\n\n> 另一段\n");
        assert_eq!(d.text, "引用一，12个\n引用二\n嵌套引用\n另一段");
        let d = md("- 甲：1个\n- 乙：2个\n  1. 子项3个\n  2. 子项4个\n* 丙\n\n+ 丁\n\n  丁的第二段\n\n10. 第十项\n11) 第十一项");
        assert_eq!(
            d.text,
            "甲：1个\n乙：2个\n子项3个\n子项4个\n丙\n丁\n丁的第二段\n第十项\n第十一项"
        );
    }

    #[test]
    fn markdown_code_is_kept_as_lines() {
        let d = md("行内`代码 1`与``两个`反引号``。\n\n```text\n第一行  12个\n\n    缩进行\n```\n\n    缩进代码 5个\n    第二行\n\n~~~\n波浪线围栏\n~~~\n");
        assert_eq!(
            d.text,
            "行内代码 1与两个`反引号。\n第一行  12个\n    缩进行\n缩进代码 5个\n第二行\n波浪线围栏"
        );
        // An unclosed fence runs to the end.
        assert_eq!(md("前\n```\n未闭合 3个").text, "前\n未闭合 3个");
    }

    #[test]
    fn markdown_breaks_are_line_breaks() {
        assert_eq!(md("资源\n储量").text, "资源\n储量");
        assert_eq!(
            md("硬换行  \n第二行\\\n第三行").text,
            "硬换行\n第二行\n第三行"
        );
        assert_eq!(md("段一\r\n\r\n段二\r\n续").text, "段一\n段二\n续");
        assert_eq!(md("上\n\n***\n\n下").text, "上\n下");
        // Leading ideographic spaces are text, not indentation.
        assert_eq!(
            md("\u{3000}\u{3000}全县126个。\n\n\u{3000}\u{3000}第二段。").text,
            "\u{3000}\u{3000}全县126个。\n\u{3000}\u{3000}第二段。"
        );
    }

    #[test]
    fn markdown_html_goes_through_the_html_path() {
        let d = md("前言\n\n<table><tr><td>合计</td><td>100万元</td></tr>\n<tr><td>其中</td><td>20万元</td></tr></table>\n\n<!-- 注释 5个 -->\n\n<script>var a = '9个';</script>\n\n<div class=\"share\">分享 7个</div>\n\n正文<span style=\"color:red\">12</span>个<br>下一行<BR/>再下一行<!-- 行内注释 -->。");
        assert_eq!(
            d.text,
            "前言\n合计 100万元\n其中 20万元\n正文12个\n下一行\n再下一行。"
        );
        assert!(!d.text.contains('<'), "{}", d.text);
        // HTML blocks separated only by blank lines are one fragment.
        let d = md("<table>\n<tr><td>甲</td>\n\n<td>3个</td></tr>\n\n</table>\n\n后");
        assert_eq!(d.text, "甲 3个\n后");
        // Only HTML that renders to nothing: no text (decoding calls that empty).
        assert_eq!(md("<!-- x -->\n\n<script>a</script>\n").text, "");
    }

    #[test]
    fn markdown_front_matter_is_not_text() {
        let d = md("---\ntitle: 左权县新闻发布会\ndate: 2026-03-26\ncount: 99个\n---\n\n# 正文标题\n内容126个。\n");
        assert_eq!(d.text, "正文标题\n内容126个。");
        assert_eq!(d.title.as_deref(), Some("正文标题"));
        let d = md("+++\ntitle = \"标题\"\n+++\n内容");
        assert_eq!(d.text, "内容");
        // Only at the very top: later `---` lines are rules or setext underlines.
        let d = md("甲\n\n---\nkey: 值\n---\n乙");
        assert_eq!(d.text, "甲\nkey: 值\n乙");
        assert_eq!(md("---\ntitle: x\n---\n").text, "");
    }

    #[test]
    fn markdown_plain_release_is_unchanged() {
        // A release without markup renders to its lines, blank lines dropped.
        let src = format!("{NEWS}\n\n\n{NEWS}\n{NEWS_TRAD}\n");
        assert_eq!(md(&src).text, format!("{NEWS}\n{NEWS}\n{NEWS_TRAD}"));
    }

    #[test]
    fn markdown_deeply_nested_and_huge() {
        let handle = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(|| {
                let n = 100_000;
                let quotes = format!("{}数据126个", "> ".repeat(n));
                assert_eq!(md(&quotes).text, "数据126个");
                let quotes = format!("{}数据", ">".repeat(n));
                assert_eq!(md(&quotes).text, "数据");
                let bullets = format!("{}数据", "- ".repeat(n));
                assert_eq!(md(&bullets).text, "数据");
                let ordered = format!("{}数据", "1. ".repeat(n));
                assert_eq!(md(&ordered).text, "数据");
                // Nesting by indentation grows the input quadratically.
                let indented: String = (0..2000)
                    .map(|i| format!("{}- 第{i}层\n", " ".repeat(2 * i)))
                    .collect();
                let want: Vec<String> = (0..2000).map(|i| format!("第{i}层")).collect();
                let got = md(&indented).text;
                // Deep items become code blocks once indented 4+ past their parent; either
                // way every level's text is there.
                for w in &want {
                    assert!(got.contains(w.as_str()), "{w}");
                }
                let stars = format!("{}强调{}", "*".repeat(n), "*".repeat(n));
                assert_eq!(md(&stars).text, "强调");
                let brackets = format!("{}链接{}", "[".repeat(n), "](x)".repeat(n));
                assert!(md(&brackets).text.contains("链接"));
                let tags = format!("{}深层", "<div>".repeat(n));
                assert_eq!(md(&tags).text, "深层");
                // Deep nesting followed by many lines: without the nesting bound each line
                // costs pulldown-cmark the whole depth (~45 s here; timed in
                // examples/pathological.rs).
                for opener in ["- ", "> ", "> - ", ">"] {
                    let lazy = format!("{}甲\n{}", opener.repeat(n), "乙\n".repeat(n));
                    assert_eq!(
                        md(&lazy).text,
                        format!("甲{}", "\n乙".repeat(n)),
                        "{opener}"
                    );
                }
                let quoted = format!("{}甲\n{}", ">".repeat(n), "> 乙\n".repeat(n));
                assert_eq!(md(&quoted).text, format!("甲{}", "\n乙".repeat(n)));
            })
            .unwrap();
        handle
            .join()
            .expect("deep nesting must not overflow a 2 MB stack");
    }

    #[test]
    fn markdown_nesting_is_bounded() {
        assert_eq!(limit_md_nesting("- a\n  > b\n1. c\n"), None);
        let deep = format!("{}x", "> ".repeat(40));
        assert_eq!(
            limit_md_nesting(&deep),
            Some(format!("{}x", "> ".repeat(32)))
        );
        // Tabs count to the next multiple of 4 columns.
        let tabs = format!("{}- x\n", "\t".repeat(16));
        assert_eq!(
            limit_md_nesting(&tabs),
            Some(format!("{}x\n", "\t".repeat(16)))
        );
        // Only markers are cut: text that starts like one stays.
        let d = md(&format!("{}-5%与2026年，10.5亿元", "> ".repeat(40)));
        assert_eq!(d.text, "-5%与2026年，10.5亿元");
        let d = md(&format!(
            "{}12. 第十二项\n{}3) 第三项",
            "- ".repeat(40),
            "1. ".repeat(30)
        ));
        assert_eq!(d.text, "第十二项\n第三项");
        // A long rule is still a rule.
        let rule = format!("上\n\n{}\n\n下\n{}", "- ".repeat(40), "*".repeat(200));
        assert_eq!(md(&rule).text, "上\n下");
    }

    #[test]
    fn markdown_html_only_tags_shortcut() {
        for (src, only_tags) in [
            ("<div>\n</div>  <br/>", true),
            ("<!----> <?xml?> </p>", true),
            ("<div class=\"a\"", true),
            ("<p>x", false),
            ("&nbsp;", false),
            ("< b>", false),
            ("<!-- a > b -->", false),
            ("<script>a</script>", false),
        ] {
            assert_eq!(html_is_only_tags(src), only_tags, "{src}");
        }
    }

    #[test]
    fn large_markdown_renders_whole() {
        // Its speed is measured by examples/pathological.rs.
        let para = "左权县石灰岩资源储量达**890亿吨**，年产60万吨纳米级碳酸钙。\n\n| 项目 | 金额 |\n|---|---|\n| 甲 | 3亿元 |\n\n";
        let n = 2 * 1024 * 1024 / para.len();
        let d = md(&para.repeat(n));
        assert!(d.text.starts_with("左权县石灰岩资源储量达890亿吨，年产"));
        assert!(!d.text.contains("**") && !d.text.contains('|'));
        assert_eq!(d.text.matches("890亿吨").count(), n);
    }
}
