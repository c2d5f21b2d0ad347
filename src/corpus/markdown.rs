//! Turns one guide's Markdown into a typed [`Guide`], or the list of its problems with lines.
//!
//! The format: a front matter (`---` lines around `title:`, `source:`, `url:`, `date:`), then
//! `##` top sections and `###`/`####` subsections. Under a heading, HTML comments annotate the
//! section: `<!-- topic: salary -->` and `<!-- aliases: pay | how much they earn -->`.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{CorpusProblem, Guide, Passage, PassageKind, Section, Topic};

type Problems = Vec<(usize, CorpusProblem)>;

struct FrontMatter {
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    date: Option<String>,
    /// Byte offset where the Markdown body starts.
    body_start: usize,
}

fn parse_front_matter(text: &str, problems: &mut Problems) -> FrontMatter {
    let mut fm = FrontMatter {
        title: None,
        source: None,
        url: None,
        date: None,
        body_start: 0,
    };
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        problems.push((1, CorpusProblem::MissingTitle));
        return fm;
    }
    let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
    for (i, raw) in lines.enumerate() {
        let line_no = i + 2;
        offset += raw.len();
        let line = raw.trim();
        if line == "---" {
            fm.body_start = offset;
            if fm.title.is_none() {
                problems.push((1, CorpusProblem::MissingTitle));
            }
            return fm;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            problems.push((line_no, CorpusProblem::MalformedFrontMatter));
            continue;
        };
        let value = Some(value.trim().to_string()).filter(|v| !v.is_empty());
        match key.trim() {
            "title" => fm.title = value,
            "source" => fm.source = value,
            "url" => fm.url = value,
            "date" => fm.date = value,
            _ => {}
        }
    }
    problems.push((1, CorpusProblem::UnclosedFrontMatter));
    fm.body_start = text.len();
    fm
}

/// Maps byte offsets to 1-based line numbers.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines(starts)
    }

    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

#[derive(Default)]
struct Table {
    header: Vec<String>,
    row: Vec<String>,
    row_line: usize,
}

enum Block {
    None,
    Heading {
        level: usize,
        text: String,
        line: usize,
    },
    Paragraph {
        text: String,
        line: usize,
    },
}

struct Builder {
    sections: Vec<Section>,
    /// (level, heading text) from the top section down to the current one.
    stack: Vec<(usize, String)>,
    /// Topics set by each open heading level, for inheritance.
    topic_stack: Vec<(usize, Vec<Topic>)>,
    problems: Problems,
}

impl Builder {
    fn push_passage(&mut self, kind: PassageKind, text: &str, line: usize) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return;
        }
        match self.sections.last_mut() {
            Some(section) => {
                let kind = if kind == PassageKind::Prose && section.question().is_some() {
                    PassageKind::FaqAnswer
                } else {
                    kind
                };
                section.passages.push(Passage { kind, text, line });
            }
            None => self
                .problems
                .push((line, CorpusProblem::TextBeforeFirstHeading)),
        }
    }

    fn open_section(&mut self, level: usize, heading: String, line: usize) {
        if heading.trim().is_empty() {
            self.problems.push((line, CorpusProblem::EmptyHeading));
        }
        while self.stack.last().is_some_and(|(l, _)| *l >= level) {
            self.stack.pop();
        }
        while self.topic_stack.last().is_some_and(|(l, _)| *l >= level) {
            self.topic_stack.pop();
        }
        self.stack.push((level, heading.trim().to_string()));
        let heading_path: Vec<String> = self.stack.iter().map(|(_, h)| h.clone()).collect();
        let folded = crate::text::fold(&heading_path.join("\u{1f}"));
        if let Some(first) = self
            .sections
            .iter()
            .find(|s| crate::text::fold(&s.heading_path.join("\u{1f}")) == folded)
        {
            self.problems.push((
                line,
                CorpusProblem::DuplicateHeading {
                    heading: heading.clone(),
                    first_line: first.line,
                },
            ));
        }
        let inherited = self
            .topic_stack
            .last()
            .map(|(_, t)| t.clone())
            .unwrap_or_default();
        self.sections.push(Section {
            heading_path,
            line,
            topics: inherited,
            aliases: Vec::new(),
            passages: Vec::new(),
        });
    }

    fn annotate(&mut self, html: &str, line: usize) {
        let mut rest = html;
        while let Some(start) = rest.find("<!--") {
            let after = &rest[start + 4..];
            let Some(end) = after.find("-->") else { break };
            let comment = after[..end].trim();
            rest = &after[end + 3..];
            let Some((key, value)) = comment.split_once(':') else {
                continue;
            };
            let key = key.trim();
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let values = value
                .split(['|', ','])
                .map(str::trim)
                .filter(|v| !v.is_empty());
            let Some(section) = self.sections.last_mut() else {
                self.problems
                    .push((line, CorpusProblem::TextBeforeFirstHeading));
                continue;
            };
            match key {
                "topic" | "topics" => {
                    let own: Vec<Topic> = values.filter_map(Topic::new).collect();
                    section.topics = own.clone();
                    let level = self.stack.last().map_or(0, |(l, _)| *l);
                    self.topic_stack.push((level, own));
                }
                "aliases" | "alias" => section.aliases.extend(values.map(str::to_string)),
                other => self
                    .problems
                    .push((line, CorpusProblem::UnknownAnnotation(other.into()))),
            }
        }
    }
}

/// Counts the cells of a raw Markdown table line (`| a | b |` or `a | b`), ignoring escaped `\|`.
fn raw_cell_count(line: &str) -> usize {
    let trimmed = line.trim();
    let inner = trimmed.strip_prefix('|').unwrap_or(trimmed);
    let inner = inner
        .strip_suffix('|')
        .filter(|_| !inner.ends_with("\\|"))
        .unwrap_or(inner);
    let mut count = 1;
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '\\' => escaped = !escaped,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count
}

fn check_table_shape(table_source: &str, first_line: usize, problems: &mut Problems) {
    let mut expected = None;
    for (i, raw) in table_source.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let found = raw_cell_count(raw);
        match expected {
            None => expected = Some(found),
            Some(expected) if found != expected => problems.push((
                first_line + i,
                CorpusProblem::RaggedTable { expected, found },
            )),
            Some(_) => {}
        }
    }
}

/// A table row as a passage that reads on its own: `Senior: US Median $55k USD, US Average $58k USD`.
fn row_passage(header: &[String], row: &[String]) -> String {
    let mut parts = row.iter().zip(
        header
            .iter()
            .map(String::as_str)
            .chain(std::iter::repeat("")),
    );
    let Some((first, _)) = parts.next() else {
        return String::new();
    };
    let rest: Vec<String> = parts
        .filter(|(cell, _)| !cell.trim().is_empty())
        .map(|(cell, head)| format!("{head} {cell}").trim().to_string())
        .collect();
    if rest.is_empty() {
        first.clone()
    } else {
        format!("{first}: {}", rest.join(", "))
    }
}

pub(super) fn parse_guide(id: &str, text: &str) -> Result<Guide, Problems> {
    let mut problems = Problems::new();
    let fm = parse_front_matter(text, &mut problems);
    let lines = Lines::new(text);
    let body = &text[fm.body_start..];
    let mut b = Builder {
        sections: Vec::new(),
        stack: Vec::new(),
        topic_stack: Vec::new(),
        problems,
    };

    let mut block = Block::None;
    let mut item: Option<(String, usize)> = None;
    let mut item_depth = 0usize;
    let mut table: Option<Table> = None;
    let mut cell = String::new();
    let mut in_cell = false;

    let parser = Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter();
    for (event, range) in parser {
        let line = lines.line_of(fm.body_start + range.start);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                block = Block::Heading {
                    level: level as usize,
                    text: String::new(),
                    line,
                };
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Block::Heading { level, text, line } =
                    std::mem::replace(&mut block, Block::None)
                {
                    b.open_section(level, text, line);
                }
            }
            Event::Start(Tag::Paragraph) if item.is_none() => {
                block = Block::Paragraph {
                    text: String::new(),
                    line,
                };
            }
            Event::End(TagEnd::Paragraph) if item.is_none() => {
                if let Block::Paragraph { text, line } = std::mem::replace(&mut block, Block::None)
                {
                    b.push_passage(PassageKind::Prose, &text, line);
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some((t, _)) = item.as_mut() {
                    t.push(' ');
                }
            }
            Event::Start(Tag::Item) => {
                item_depth += 1;
                if item.is_none() {
                    item = Some((String::new(), line));
                } else if let Some((t, _)) = item.as_mut() {
                    t.push(' ');
                }
            }
            Event::End(TagEnd::Item) => {
                item_depth -= 1;
                if item_depth == 0 {
                    if let Some((t, l)) = item.take() {
                        b.push_passage(PassageKind::ListItem, &t, l);
                    }
                }
            }
            Event::Start(Tag::Table(_)) => {
                check_table_shape(&body[range.clone()], line, &mut b.problems);
                table = Some(Table::default());
            }
            Event::End(TagEnd::Table) => table = None,
            Event::Start(Tag::TableRow) => {
                if let Some(t) = table.as_mut() {
                    t.row.clear();
                    t.row_line = line;
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_ref() {
                    let text = row_passage(&t.header, &t.row);
                    let row_line = t.row_line;
                    b.push_passage(PassageKind::TableRow, &text, row_line);
                }
            }
            Event::Start(Tag::TableCell) => {
                cell.clear();
                in_cell = true;
            }
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                if let Some(t) = table.as_mut() {
                    let value = cell.trim().to_string();
                    if t.row_line == 0 {
                        t.header.push(value);
                    } else {
                        t.row.push(value);
                    }
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => b.annotate(&html, line),
            Event::Text(t) | Event::Code(t) => {
                let target = if in_cell {
                    Some(&mut cell)
                } else if let Some((text, _)) = item.as_mut() {
                    Some(text)
                } else {
                    match &mut block {
                        Block::Heading { text, .. } | Block::Paragraph { text, .. } => Some(text),
                        Block::None => None,
                    }
                };
                if let Some(target) = target {
                    target.push_str(&t);
                } else if !t.trim().is_empty() {
                    b.push_passage(PassageKind::Prose, &t, line);
                }
            }
            Event::SoftBreak | Event::HardBreak => match (&mut item, &mut block) {
                (Some((text, _)), _) => text.push(' '),
                (None, Block::Heading { text, .. } | Block::Paragraph { text, .. }) => {
                    text.push(' ')
                }
                _ => {}
            },
            _ => {}
        }
    }

    for (i, section) in b.sections.iter().enumerate() {
        let has_children = b.sections.get(i + 1).is_some_and(|next| {
            next.heading_path.len() > section.heading_path.len()
                && next.heading_path.starts_with(&section.heading_path)
        });
        if section.passages.is_empty() && !has_children {
            let heading = section.heading_path.last().cloned().unwrap_or_default();
            b.problems
                .push((section.line, CorpusProblem::EmptySection(heading)));
        }
    }
    if b.sections.is_empty() && b.problems.is_empty() {
        b.problems
            .push((lines.line_of(fm.body_start), CorpusProblem::NoSections));
    }
    if !b.problems.is_empty() {
        b.problems.sort_by_key(|(line, _)| *line);
        return Err(b.problems);
    }
    Ok(Guide {
        id: id.to_string(),
        title: fm.title.unwrap_or_default(),
        source: fm.source.unwrap_or_default(),
        url: fm.url,
        date: fm.date,
        sections: b.sections,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRONT: &str = "---\ntitle: Test Guide\nsource: Example\n---\n";

    fn parse(body: &str) -> Result<Guide, Problems> {
        parse_guide("test", &format!("{FRONT}{body}"))
    }

    #[test]
    fn headings_form_paths_and_passages_keep_their_lines() {
        let guide =
            parse("## Pay\n\nIntro text.\n\n### By Level\n\nSenior pay is high.\n").unwrap();
        assert_eq!(guide.sections[1].heading_path, ["Pay", "By Level"]);
        assert_eq!(guide.sections[1].passages[0].line, 11);
        assert_eq!(guide.title, "Test Guide");
    }

    #[test]
    fn table_rows_read_on_their_own() {
        let guide = parse("## Pay\n\n| Level | Median |\n|---|---|\n| Senior | $55k |\n").unwrap();
        let row = &guide.sections[0].passages[0];
        assert_eq!(row.kind, PassageKind::TableRow);
        assert_eq!(row.text, "Senior: Median $55k");
        assert_eq!(row.line, 9);
    }

    #[test]
    fn question_headings_hold_faq_answers() {
        let guide = parse("## FAQ\n\nAbout.\n\n### Can I work remotely?\n\nSometimes.\n").unwrap();
        assert_eq!(guide.sections[1].question(), Some("Can I work remotely?"));
        assert_eq!(guide.sections[1].passages[0].kind, PassageKind::FaqAnswer);
    }

    #[test]
    fn annotations_set_topics_and_aliases_and_subsections_inherit_topics() {
        let body = "## Pay\n\n<!-- topic: salary -->\n<!-- aliases: wages | earnings -->\n\nText.\n\n### Sub\n\nMore.\n";
        let guide = parse(body).unwrap();
        assert_eq!(guide.sections[0].aliases, ["wages", "earnings"]);
        assert_eq!(guide.sections[1].topics, [Topic::new("salary").unwrap()]);
    }

    #[test]
    fn a_missing_title_is_reported_on_line_one() {
        let problems = parse_guide("t", "---\nsource: x\n---\n## A\n\nText.\n").unwrap_err();
        assert_eq!(problems, [(1, CorpusProblem::MissingTitle)]);
    }

    #[test]
    fn an_empty_section_is_reported_at_its_heading() {
        let problems = parse("## Empty\n\n## Full\n\nText.\n").unwrap_err();
        assert_eq!(problems, [(5, CorpusProblem::EmptySection("Empty".into()))]);
    }

    #[test]
    fn a_duplicated_heading_path_names_the_first() {
        let problems = parse("## A\n\nText.\n\n## A\n\nMore.\n").unwrap_err();
        assert_eq!(
            problems,
            [(
                9,
                CorpusProblem::DuplicateHeading {
                    heading: "A".into(),
                    first_line: 5
                }
            )]
        );
    }

    #[test]
    fn a_ragged_table_row_is_reported_on_its_line() {
        let problems =
            parse("## Pay\n\n| Level | Median |\n|---|---|\n| Senior | $55k | extra |\n")
                .unwrap_err();
        assert_eq!(
            problems,
            [(
                9,
                CorpusProblem::RaggedTable {
                    expected: 2,
                    found: 3
                }
            )]
        );
    }

    #[test]
    fn an_unknown_annotation_is_reported() {
        let problems = parse("## A\n\n<!-- topcs: salary -->\n\nText.\n").unwrap_err();
        assert_eq!(
            problems,
            [(7, CorpusProblem::UnknownAnnotation("topcs".into()))]
        );
    }

    #[test]
    fn text_before_the_first_heading_is_reported() {
        let problems = parse("Stray text.\n\n## A\n\nText.\n").unwrap_err();
        assert_eq!(problems, [(5, CorpusProblem::TextBeforeFirstHeading)]);
    }
}
