//! A deterministic generator of realistic synthetic corpora, for measuring how costs grow.
//!
//! Each guide takes the bundled guide's structure and gives it a career of its own: the title
//! replaced, every figure redrawn, countries rotated, words reworded from a small table and
//! some passages dropped, all from a seeded generator, so term statistics vary like real
//! text and the same seed always writes the same corpus.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

use crate::corpus::{Guide, PassageKind};

/// A small, fast, seeded generator (xorshift64*): enough for test data, and reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIELDS: &[&str] = &[
    "Billing",
    "Clinical",
    "Dental",
    "Pharmacy",
    "Surgical",
    "Radiology",
    "Laboratory",
    "Pediatric",
    "Oncology",
    "Cardiology",
    "Hospice",
    "Rehabilitation",
    "Behavioral Health",
    "Telehealth",
    "Emergency",
    "Orthopedic",
    "Maternity",
    "Dialysis",
    "Home Health",
    "Vision",
    "Hearing",
    "Veterinary",
    "Research",
    "Community Health",
    "Insurance",
    "Records",
    "Scheduling",
    "Intake",
];
const ROLES: &[&str] = &[
    "Coordinator",
    "Specialist",
    "Assistant",
    "Technician",
    "Navigator",
    "Administrator",
    "Liaison",
    "Advocate",
    "Supervisor",
    "Analyst",
    "Scheduler",
    "Representative",
];
const COUNTRIES: &[&str] = &[
    "Canada",
    "the UK",
    "Germany",
    "Australia",
    "Singapore",
    "Brazil",
    "Ireland",
    "New Zealand",
    "the Netherlands",
    "Spain",
    "Japan",
    "Mexico",
    "India",
    "South Africa",
    "Sweden",
    "Norway",
];
/// Words and the words a rewording may use instead.
const REWORDINGS: &[(&str, &[&str])] = &[
    ("crucial", &["vital", "essential", "key"]),
    ("patients", &["clients", "patients", "people in care"]),
    (
        "significantly",
        &["substantially", "markedly", "considerably"],
    ),
    ("often", &["frequently", "commonly", "usually"]),
    ("strong", &["solid", "robust", "strong"]),
    ("manage", &["handle", "oversee", "run"]),
    ("healthcare", &["health care", "medical", "healthcare"]),
    ("skills", &["abilities", "skills", "competencies"]),
    ("typically", &["usually", "generally", "normally"]),
    ("important", &["valuable", "important", "useful"]),
    (
        "hospitals",
        &["hospitals", "health systems", "medical centers"],
    ),
    ("clinics", &["clinics", "practices", "offices"]),
    ("growing", &["expanding", "growing", "rising"]),
    ("demand", &["need", "demand", "call"]),
];

/// A career title no other guide of the corpus has: a field and a role, then a number.
pub fn title(index: usize) -> String {
    let field = FIELDS[index % FIELDS.len()];
    let role = ROLES[(index / FIELDS.len()) % ROLES.len()];
    let round = index / (FIELDS.len() * ROLES.len());
    if round == 0 {
        format!("{field} {role}")
    } else {
        format!("{field} {role} {}", round + 1)
    }
}

/// Redraws every number in `text` (keeping its digit count), rotates countries and rewords.
fn vary(text: &str, template_title: &str, new_title: &str, rng: &mut Rng) -> String {
    let text = text.replace(template_title, new_title);
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = core.to_ascii_lowercase();
        if let Some((_, options)) = REWORDINGS.iter().find(|(w, _)| *w == lower) {
            if rng.chance(60) {
                out.push_str(&word.replacen(core, rng.pick(options), 1));
                continue;
            }
        }
        if COUNTRIES
            .iter()
            .any(|c| c.trim_start_matches("the ") == core)
            && rng.chance(70)
        {
            let country = rng.pick(COUNTRIES).trim_start_matches("the ");
            out.push_str(&word.replacen(core, country, 1));
            continue;
        }
        let mut previous_was_digit = false;
        for c in word.chars() {
            if c.is_ascii_digit() {
                // A number never starts with 0 in the guide's text; keep it that way.
                let digit = if previous_was_digit {
                    rng.below(10)
                } else {
                    1 + rng.below(9)
                };
                out.push(char::from(b'0' + digit as u8));
                previous_was_digit = true;
            } else {
                out.push(c);
                previous_was_digit = c == ',' && previous_was_digit;
            }
        }
    }
    out
}

/// One synthetic guide as Markdown.
pub fn guide_markdown(template: &Guide, index: usize, rng: &mut Rng) -> String {
    let career = title(index);
    let template_title = template.title.as_str();
    let mut md = format!(
        "---\ntitle: {career}\nsource: careerbot synthetic guide {index}\ndate: 2026\n---\n\n"
    );
    for section in &template.sections {
        let depth = section.heading_path.len() + 1;
        let heading = section
            .heading_path
            .last()
            .map_or("", String::as_str)
            .replace(template_title, &career);
        let _ = writeln!(md, "{} {heading}\n", "#".repeat(depth.min(6)));
        if let Some(topic) = section.topics.first() {
            let _ = writeln!(md, "<!-- topic: {topic} -->\n");
        }
        let mut wrote = false;
        for (i, passage) in section.passages.iter().enumerate() {
            // Keep the first passage, so no heading is left empty; drop some of the rest.
            if i > 0 && rng.chance(20) {
                continue;
            }
            let text = vary(&passage.text, template_title, &career, rng);
            match passage.kind {
                PassageKind::ListItem | PassageKind::TableRow => {
                    let _ = writeln!(md, "- {text}");
                }
                PassageKind::Prose | PassageKind::FaqAnswer => {
                    let _ = writeln!(md, "{text}\n");
                }
            }
            wrote = true;
        }
        if wrote {
            md.push('\n');
        }
    }
    md
}

/// Writes `guides` synthetic guides (and the template corpus' thesaurus) into `dir`.
pub fn write_corpus(template_dir: &Path, dir: &Path, guides: usize, seed: u64) -> Result<()> {
    let template = crate::corpus::load(template_dir)?;
    let first = template
        .guides
        .first()
        .context("the template corpus has no guide")?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let thesaurus = template_dir.join(crate::corpus::THESAURUS_FILE);
    if thesaurus.is_file() {
        std::fs::copy(&thesaurus, dir.join(crate::corpus::THESAURUS_FILE))?;
    }
    let mut rng = Rng::new(seed);
    for index in 0..guides {
        let path = dir.join(format!("synthetic-{index:05}.md"));
        std::fs::write(&path, guide_markdown(first, index, &mut rng))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("faq-corpus")
    }

    #[test]
    fn titles_are_unique() {
        let titles: std::collections::HashSet<String> = (0..2000).map(title).collect();
        assert_eq!(titles.len(), 2000);
    }

    #[test]
    fn the_same_seed_writes_the_same_guide_and_another_seed_does_not() {
        let template = crate::corpus::load(&bundled()).unwrap();
        let guide = &template.guides[0];
        let a = guide_markdown(guide, 3, &mut Rng::new(7));
        assert_eq!(a, guide_markdown(guide, 3, &mut Rng::new(7)));
        assert_ne!(a, guide_markdown(guide, 3, &mut Rng::new(8)));
    }

    #[test]
    fn a_synthetic_corpus_is_valid() {
        let dir = std::env::temp_dir().join(format!("careerbot-synthetic-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        write_corpus(&bundled(), &dir, 3, 1).unwrap();
        let corpus = crate::corpus::load(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(corpus.guides.len(), 3);
        assert_ne!(corpus.guides[0].title, corpus.guides[1].title);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
