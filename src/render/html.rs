//! HTML -> visible text.
//!
//! HTML (extension html/htm, or any non-Markdown file whose content starts with
//! `<!doctype html` or `<html` after whitespace; see [`crate::decode`]) is parsed with html5ever via
//! scraper and walked with an explicit stack. Dropped subtrees: `head` (the
//! first HTML `<title>` goes to [`Rendered::title`]), script, style, noscript,
//! template, iframe, svg, math, object, embed, canvas, audio, video, select,
//! datalist, button, nav, aside; `header`/`footer` unless inside article, main
//! or section (HTML's landmark rule, so an article's own header with its
//! headline stays); elements with the `hidden` attribute or `display:none`; and
//! elements (other than html, body, main, article) whose id or class contains
//! nav, menu, footer, breadcrumb, sidebar, share or copyright, any case. If the
//! id/class rule leaves no text at all, it is not applied.
//!
//! Block elements start and end lines, `br` breaks a line, `td`/`th` are
//! separated by a space, inline elements concatenate. A `tr` that renders to one line is
//! recorded as a [`TableRow`] with the spans of its cells (nested tables: the inner rows;
//! a row broken over lines by `br` or a block is no row). Whitespace runs (Unicode
//! whitespace, including U+00A0 from `&nbsp;` and U+3000) become one space; a
//! run containing a line break between two East Asian wide characters vanishes
//! (CSS segment-break rule: "资源\n储量" -> "资源储量"). Lines are trimmed,
//! empty lines dropped, lines joined with a single `\n`. Inside `pre` line
//! breaks are kept. An HTML file without visible text is
//! [`crate::decode::DecodeError::Empty`].

use scraper::{ElementRef, Html, Node};

use super::{Pos, Rendered, RowBuilder, TableRow};

/// How an element is treated when extracting visible text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Not rendered or not content: the whole subtree is dropped.
    Drop,
    /// Starts and ends a line.
    Block,
    /// Forces a line break (`br`).
    Break,
    /// Table cell: separated from its neighbours by a space.
    Cell,
    /// Text flows through.
    Inline,
}

const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "iframe", "svg", "math", "object",
    "embed", "canvas", "audio", "video", "select", "datalist", "nav", "aside", "button",
];

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "textarea",
    "option",
];

/// Elements exempt from the id/class chrome test (a `<body class="has-sidebar">` must not
/// wipe out the page).
const NEVER_CHROME: &[&str] = &["html", "body", "main", "article"];

/// id/class fragments that mark navigation chrome.
const CHROME_WORDS: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "breadcrumb",
    "sidebar",
    "share",
    "copyright",
];

/// Elements that make a nested `header`/`footer` part of the content (HTML's landmark rule).
const SECTIONING: &[&str] = &["article", "main", "section"];

/// scraper does not re-export html5ever, so compare the namespace URL as a string.
fn is_html_ns(el: &scraper::node::Element) -> bool {
    &*el.name.ns == "http://www.w3.org/1999/xhtml"
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    h.len() >= n.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        contains_ci(&compact, "display:none")
    })
}

fn role(el: &scraper::node::Element, sectioning_depth: usize, use_classes: bool) -> Role {
    let name = el.name();
    if !is_html_ns(el) {
        // svg/math content never reaches here (dropped at the root); be safe anyway.
        return Role::Drop;
    }
    if DROPPED.contains(&name) || is_hidden(el) {
        return Role::Drop;
    }
    if (name == "header" || name == "footer") && sectioning_depth == 0 {
        return Role::Drop;
    }
    if use_classes && !NEVER_CHROME.contains(&name) {
        let chrome =
            |v: Option<&str>| v.is_some_and(|v| CHROME_WORDS.iter().any(|w| contains_ci(v, w)));
        if chrome(el.attr("id")) || chrome(el.attr("class")) {
            return Role::Drop;
        }
    }
    match name {
        "br" => Role::Break,
        "td" | "th" => Role::Cell,
        _ if BLOCKS.contains(&name) => Role::Block,
        _ => Role::Inline,
    }
}

/// Characters whose neighbours swallow a line break in the source (CSS Text's segment
/// break rule for East Asian wide characters, so "890\n亿吨" in HTML stays "890 亿吨" but
/// "资源\n储量" becomes "资源储量").
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    None,
    Space,
    /// A whitespace run containing a line break.
    Newline,
}

/// Accumulates visible text: one space per whitespace run, one `\n` between non-empty lines.
struct HtmlText {
    out: String,
    /// Chars in `out`.
    chars: usize,
    line_has_content: bool,
    need_newline: bool,
    pending: Pending,
    last: char,
}

impl HtmlText {
    fn new() -> Self {
        HtmlText {
            out: String::new(),
            chars: 0,
            line_has_content: false,
            need_newline: false,
            pending: Pending::None,
            last: ' ',
        }
    }

    fn push_char(&mut self, c: char) {
        if self.need_newline {
            self.push_raw('\n');
            self.need_newline = false;
        } else if self.line_has_content {
            match self.pending {
                Pending::None => {}
                Pending::Space => self.push_raw(' '),
                Pending::Newline => {
                    if !(is_wide(self.last) && is_wide(c)) {
                        self.push_raw(' ');
                    }
                }
            }
        }
        self.pending = Pending::None;
        self.push_raw(c);
        self.last = c;
        self.line_has_content = true;
    }

    fn push_raw(&mut self, c: char) {
        self.out.push(c);
        self.chars += 1;
    }

    /// Where the next char pushed (or the separator before it) goes.
    fn pos(&self) -> Pos {
        Pos {
            byte: self.out.len(),
            char: self.chars,
        }
    }

    fn push_text(&mut self, s: &str, in_pre: bool) {
        for c in s.chars() {
            if in_pre && c == '\n' {
                self.line_break();
            } else if c.is_whitespace() {
                if c == '\n' || c == '\r' {
                    self.pending = Pending::Newline;
                } else if self.pending == Pending::None {
                    self.pending = Pending::Space;
                }
            } else if !c.is_control() || c == '\u{fffd}' {
                self.push_char(c);
            }
        }
    }

    /// A plain space separator (between table cells).
    fn separate(&mut self) {
        self.pending = Pending::Space;
    }

    fn line_break(&mut self) {
        if self.line_has_content {
            self.need_newline = true;
            self.line_has_content = false;
        }
        self.pending = Pending::None;
    }
}

/// A step of the explicit-stack traversal. (scraper re-exports neither ego_tree nor
/// html5ever, so nodes are kept as `ElementRef`s and text slices.)
enum Step<'a> {
    Enter(ElementRef<'a>),
    Text(&'a str),
    Leave {
        role: Role,
        pre: bool,
        sectioning: bool,
        row: bool,
    },
}

/// Pushes the children of `el` so that the first child is popped first.
fn push_children<'a>(stack: &mut Vec<Step<'a>>, el: ElementRef<'a>) {
    for child in el.children().rev() {
        match child.value() {
            Node::Text(t) => stack.push(Step::Text(t)),
            Node::Element(_) => stack.extend(ElementRef::wrap(child).map(Step::Enter)),
            _ => {}
        }
    }
}

/// Visible text of a parsed document and its table rows, walking the tree with an
/// explicit stack (inputs may nest 100,000 levels deep).
fn visible_text(doc: &Html, use_classes: bool) -> (String, Vec<TableRow>) {
    let mut sink = HtmlText::new();
    // Rows being rendered, innermost last (tables nest); rows rendered on one line each.
    let mut open_rows: Vec<RowBuilder> = Vec::new();
    let mut rows: Vec<TableRow> = Vec::new();
    let mut stack = vec![Step::Enter(doc.root_element())];
    let mut pre_depth = 0usize;
    let mut sectioning_depth = 0usize;
    while let Some(step) = stack.pop() {
        match step {
            Step::Text(t) => sink.push_text(t, pre_depth > 0),
            Step::Enter(el_ref) => {
                let el = el_ref.value();
                let r = role(el, sectioning_depth, use_classes);
                match r {
                    Role::Drop => continue,
                    Role::Break => {
                        sink.line_break();
                        continue;
                    }
                    Role::Block => sink.line_break(),
                    Role::Cell => {
                        sink.separate();
                        if let Some(row) = open_rows.last_mut() {
                            row.open_cell(sink.pos());
                        }
                    }
                    Role::Inline => {}
                }
                let row = r == Role::Block && el.name() == "tr";
                if row {
                    open_rows.push(RowBuilder::new(sink.pos()));
                }
                let pre = matches!(el.name(), "pre" | "textarea" | "listing" | "plaintext");
                let sectioning = SECTIONING.contains(&el.name());
                pre_depth += usize::from(pre);
                sectioning_depth += usize::from(sectioning);
                stack.push(Step::Leave {
                    role: r,
                    pre,
                    sectioning,
                    row,
                });
                push_children(&mut stack, el_ref);
            }
            Step::Leave {
                role,
                pre,
                sectioning,
                row,
            } => {
                pre_depth -= usize::from(pre);
                sectioning_depth -= usize::from(sectioning);
                if row {
                    let done = open_rows
                        .pop()
                        .and_then(|r| r.finish(&sink.out, sink.pos()));
                    rows.extend(done);
                }
                match role {
                    Role::Block => sink.line_break(),
                    Role::Cell => {
                        if let Some(row) = open_rows.last_mut() {
                            row.close_cell(sink.pos());
                        }
                        sink.separate();
                    }
                    _ => {}
                }
            }
        }
    }
    (sink.out, rows)
}

/// The first HTML `<title>`, whitespace collapsed.
fn document_title(doc: &Html) -> Option<String> {
    let title = doc.tree.root().descendants().find(|n| {
        n.value()
            .as_element()
            .is_some_and(|el| el.name() == "title" && is_html_ns(el))
    })?;
    let mut sink = HtmlText::new();
    for d in title.descendants() {
        if let Node::Text(t) = d.value() {
            sink.push_text(t, false);
        }
    }
    Some(sink.out).filter(|t| !t.is_empty())
}

/// Container tags whose start tag makes html5ever's tree builder look for an open `p`
/// through the whole stack of open elements (O(depth) per tag), and which do not close
/// themselves (unlike p, li, dd, dt).
const NESTING_BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "section",
    "summary",
    "ul",
];

/// Nesting of [`NESTING_BLOCKS`] beyond which tags are flattened to `<br>`.
const MAX_BLOCK_DEPTH: usize = 512;

/// html5ever needs quadratic time for deeply nested block containers (100,000 nested
/// `<div>` take ~30 s). Real pages nest a few dozen levels; when a rough tag scan finds
/// more than [`MAX_BLOCK_DEPTH`], the container tags beyond that depth are replaced by
/// `<br>` (same line breaks, no nesting). Returns `None` when nothing needs changing.
fn flatten_deep_blocks(src: &str) -> Option<String> {
    if !scan_block_depth(src, None) {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    scan_block_depth(src, Some(&mut out));
    Some(out)
}

/// Scans the tags of `src` for [`NESTING_BLOCKS`] nesting. Without `out`, returns `true`
/// as soon as the depth exceeds [`MAX_BLOCK_DEPTH`]; with `out`, writes `src` there with
/// the too-deep container tags replaced by `<br>`. Linear; quotes in attributes are not
/// honoured (it only has to be right for sane markup).
fn scan_block_depth(src: &str, mut out: Option<&mut String>) -> bool {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut exceeded = false;
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        let lt = i + off;
        i = lt + 1;
        if bytes[i..].starts_with(b"!--") {
            // Commented-out markup does not count.
            i = src[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let name_start = i + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = &src[name_start..name_start + name_len];
        if name_len == 0 || !NESTING_BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            continue;
        }
        let Some(gt) = bytes[name_start..].iter().position(|&b| b == b'>') else {
            break;
        };
        let end = name_start + gt + 1;
        let too_deep = if closing {
            let deep = depth > MAX_BLOCK_DEPTH;
            depth = depth.saturating_sub(1);
            deep
        } else if bytes[end - 2] == b'/' {
            false
        } else {
            depth += 1;
            depth > MAX_BLOCK_DEPTH
        };
        if too_deep {
            exceeded = true;
            match out.as_deref_mut() {
                None => return true,
                Some(o) => {
                    o.push_str(&src[copied..lt]);
                    o.push_str("<br>");
                    copied = end;
                }
            }
        }
        i = end;
    }
    if let Some(o) = out {
        o.push_str(&src[copied..]);
    }
    exceeded
}

/// HTML source -> visible text and title. When dropping id/class chrome leaves nothing,
/// the id/class rule is not applied.
pub fn render(src: &str) -> Rendered {
    let doc = parse_html(src);
    let title = document_title(&doc);
    let (mut text, mut tables) = visible_text(&doc, true);
    if text.is_empty() {
        (text, tables) = visible_text(&doc, false);
    }
    Rendered {
        text,
        title,
        tables,
    }
}

/// An HTML block inside Markdown -> visible text and table rows (no title). The
/// id/class chrome rule applies without the whole-page fallback: the block is only a part
/// of the document.
pub fn render_block(src: &str) -> Rendered {
    let (text, tables) = visible_text(&parse_html(src), true);
    Rendered {
        text,
        title: None,
        tables,
    }
}

fn parse_html(src: &str) -> Html {
    let flattened = flatten_deep_blocks(src);
    Html::parse_document(flattened.as_deref().unwrap_or(src))
}
#[cfg(test)]
mod tests {
    use super::*;

    fn html(src: &str) -> Rendered {
        render(src)
    }

    #[test]
    fn html_news_page() {
        let src = r#"<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>左权县：石灰岩资源储量达890亿吨 &amp; 更多</title>
  <style>p { color: red; }</style>
  <script>var x = "<p>不要</p>";</script>
</head>
<body class="has-sidebar">
  <header><a href="/">首页</a> | <a href="/news">新闻</a></header>
  <nav><ul><li>导航一</li><li>导航二</li></ul></nav>
  <div id="breadcrumb">当前位置：首页 &gt; 新闻</div>
  <div class="main-Menu">菜单</div>
  <article>
    <header><h1>左权县石灰岩资源储量达890亿吨</h1></header>
    <p>&nbsp;&nbsp;&nbsp;&nbsp;左权县石灰岩资源储量达<b>890</b>亿吨，
       年产60万吨纳米级碳酸钙&amp;重钙。</p>
    <p>总投资12.5&#x4E07;元&#20803;　合计。<br>第二行<br/><br>第三行</p>
    <ul><li>产值：<span>3.2</span>亿元</li><li>税收：1.1亿元</li></ul>
    <table><tr><td>项目</td><td>金额</td></tr><tr><th>合计</th><td>100万元</td></tr></table>
    <noscript>请开启JavaScript</noscript>
    <template><p>模板</p></template>
    <div class="share-bar">分享到：微信</div>
    <iframe src="x">框架</iframe>
    <svg><title>图标</title><text>SVG文字</text></svg>
    <p style="display: none">隐藏</p>
    <p hidden>也隐藏</p>
    <!-- 注释 -->
  </article>
  <aside>相关新闻</aside>
  <div class="copyright">版权所有</div>
  <footer>联系我们</footer>
  <script>document.write("脚本")</script>
</body>
</html>"#;
        let d = html(src);
        assert_eq!(
            d.title.as_deref(),
            Some("左权县：石灰岩资源储量达890亿吨 & 更多")
        );
        assert_eq!(
            d.text,
            "左权县石灰岩资源储量达890亿吨\n\
             左权县石灰岩资源储量达890亿吨，年产60万吨纳米级碳酸钙&重钙。\n\
             总投资12.5万元元 合计。\n\
             第二行\n\
             第三行\n\
             产值：3.2亿元\n\
             税收：1.1亿元\n\
             项目 金额\n\
             合计 100万元"
        );
    }

    #[test]
    fn html_table_rows_know_their_cells() {
        let d = html("<p>说明 文字</p><table><caption>表1</caption>\n<tr><th>指标</th><th> 2025年 </th><th>增长(%)</th></tr>\n<tr><td>粮食 产量（万吨）</td><td>27.5</td><td></td></tr><tr><td>甲<br>乙</td><td>1</td></tr><tr><td>外</td><td><table><tr><td>内 1</td><td>内2</td></tr></table></td></tr><tr hidden><td>隐</td></tr><tr><td></td></tr></table>");
        assert_eq!(
            d.text,
            "说明 文字\n表1\n指标 2025年 增长(%)\n粮食 产量（万吨） 27.5\n甲\n乙 1\n外\n内 1 内2"
        );
        // A cell with a space stays one cell; an empty cell keeps its column; a row broken
        // over lines, or holding a table, is no row; the inner table's row is one.
        assert_eq!(
            crate::render::cell_texts(&d),
            [
                vec!["指标", "2025年", "增长(%)"],
                vec!["粮食 产量（万吨）", "27.5", ""],
                vec!["内 1", "内2"],
            ]
        );
        assert_eq!(d.tables[0].line, "说明 文字\n表1\n".chars().count());
        assert_eq!(d.tables[1].cells, [(0, 9), (10, 14), (14, 14)]);
    }

    #[test]
    fn html_inline_and_whitespace() {
        let d = html("<p>储量达 <b>890</b>\n 亿吨，<i>年产</i><em>60</em>万吨</p><div>  a \t b  </div><p>石灰岩\n资源</p>");
        assert_eq!(d.text, "储量达 890 亿吨，年产60万吨\na b\n石灰岩资源");
        assert_eq!(d.title, None);
    }

    #[test]
    fn html_pre_keeps_lines() {
        let d = html("<pre>第一行  有  空格\n第二行\n\n第三行</pre><p>后</p>");
        assert_eq!(d.text, "第一行 有 空格\n第二行\n第三行\n后");
    }

    #[test]
    fn html_chrome_class_fallback() {
        // Everything sits inside an element whose class says "nav": the id/class rule would
        // leave nothing, so it is not applied.
        let d = html("<div class=\"navbar-page\"><p>储量达890亿吨</p></div>");
        assert_eq!(d.text, "储量达890亿吨");
        let d = html("<div class=\"navbar\">首页</div><div id=\"Content\"><p>储量达890亿吨</p></div><div id=\"FOOTER\">版权</div>");
        assert_eq!(d.text, "储量达890亿吨");
    }

    #[test]
    fn html_malformed() {
        let d = html("<html><body><div><p>左权县储量达890亿吨<p>年产60万吨<b>纳米级 < 碳酸钙<div>尾部 &amp 3 &lt; 5 &unknown; </span></td>结束");
        assert_eq!(
            d.text,
            "左权县储量达890亿吨\n年产60万吨纳米级 < 碳酸钙\n尾部 & 3 < 5 &unknown; 结束"
        );
        let d = html("<p>未闭合 <script>丢弃");
        assert_eq!(d.text, "未闭合");
        let d = html("<<<>>> </p></p> 文本 <a href='x");
        assert_eq!(d.text, "<<<>>>\n文本"); // "</p>" without <p> makes an empty paragraph
        let d = html("<html><title>only title</title>text");
        assert_eq!(
            (d.title.as_deref(), d.text.as_str()),
            (Some("only title"), "text")
        );
        // No visible text at all (decoding calls that empty).
        assert_eq!(html("<html><title>only title").text, "");
    }

    #[test]
    fn html_deeply_nested() {
        let handle = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(|| {
                let n = 100_000;
                let mut src = "<div>".repeat(n);
                src.push_str("数据");
                src.push_str(&"</div>".repeat(n));
                // Without the flattening html5ever needs ~30 s here (timed in
                // examples/pathological.rs, not here).
                let d = render(&src);
                assert_eq!(d.text, "数据");
                let mut inline = "<span><b>".repeat(n / 2);
                inline.push_str("深层");
                let d = render(&inline);
                assert_eq!(d.text, "深层");
            })
            .unwrap();
        handle
            .join()
            .expect("deep nesting must not overflow a 2 MB stack");
    }

    #[test]
    fn deep_block_nesting_is_flattened() {
        assert_eq!(
            flatten_deep_blocks("<div><p>a</p></div><!-- <div> -->"),
            None
        );
        let n = 2000;
        let src = format!(
            "<html><body>{}<div>甲</div><DIV class=x>乙</DIV><span>丙</span>{}<p>丁</p>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let flat = flatten_deep_blocks(&src).unwrap();
        assert_eq!(flat.matches("<div>").count(), MAX_BLOCK_DEPTH);
        assert_eq!(html(&src).text, "甲\n乙\n丙\n丁");
        // Unclosed containers on a sloppy page still give all the text.
        let sloppy = format!("<html><body>{}", "<div>段落".repeat(1000));
        assert_eq!(html(&sloppy).text, vec!["段落"; 1000].join("\n"));
    }
}
