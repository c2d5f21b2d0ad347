//! `careerbot bench`: measures what the bot spends, as figures (never as pass/fail limits).
//!
//! Warm answer latency (p50, p99, max) over a question set repeated, throughput with 1 and 2
//! threads, index build time and size on disk, cold start of a whole `careerbot ask` process,
//! the time `serve` needs before it connects, and peak resident memory.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::Serialize;

use crate::answer::Engine;

pub mod synthetic;

#[derive(Debug, Clone, Serialize)]
pub struct Latency {
    pub samples: usize,
    pub p50_us: f64,
    pub p99_us: f64,
    pub max_us: f64,
}

impl Latency {
    fn from(mut samples: Vec<Duration>) -> Latency {
        samples.sort();
        let at = |q: f64| {
            let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
            samples[i].as_secs_f64() * 1e6
        };
        Latency {
            samples: samples.len(),
            p50_us: at(0.50),
            p99_us: at(0.99),
            max_us: at(1.0),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    pub corpus: String,
    pub guides: usize,
    pub passages: usize,
    pub build_ms: f64,
    pub index_bytes: u64,
    pub warm: Latency,
    pub questions_per_sec_1_thread: f64,
    pub questions_per_sec_2_threads: f64,
    pub cold_ask_ms: Option<Latency>,
    /// What `serve` does before it connects: open the existing index and build the engine.
    pub ready_to_answer_ms: f64,
    pub peak_rss_kib: Option<u64>,
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "corpus:          {} ({} guide(s), {} passages)",
            self.corpus, self.guides, self.passages
        )?;
        writeln!(
            f,
            "index build:     {:.1} ms, {:.1} KiB on disk",
            self.build_ms,
            self.index_bytes as f64 / 1024.0
        )?;
        writeln!(
            f,
            "warm answer:     p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs ({} answers)",
            self.warm.p50_us, self.warm.p99_us, self.warm.max_us, self.warm.samples
        )?;
        writeln!(
            f,
            "throughput:      {:.0} q/s with 1 thread, {:.0} q/s with 2 threads",
            self.questions_per_sec_1_thread, self.questions_per_sec_2_threads
        )?;
        if let Some(cold) = &self.cold_ask_ms {
            writeln!(
                f,
                "cold ask:        p50 {:.1} ms, p99 {:.1} ms ({} whole processes, existing index)",
                cold.p50_us / 1000.0,
                cold.p99_us / 1000.0,
                cold.samples
            )?;
        }
        writeln!(
            f,
            "ready to answer: {:.1} ms (open the existing index and build the engine, as serve does before connecting)",
            self.ready_to_answer_ms
        )?;
        if let Some(kib) = self.peak_rss_kib {
            writeln!(
                f,
                "peak memory:     {:.1} MiB resident (this process)",
                kib as f64 / 1024.0
            )?;
        }
        Ok(())
    }
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Peak resident set size of this process, from `/proc` where there is one.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn throughput(engine: &Engine, questions: &[String], threads: usize, rounds: usize) -> f64 {
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..threads {
            scope.spawn(move || {
                for round in 0..rounds {
                    for (i, q) in questions.iter().enumerate() {
                        if (i + round) % threads == t {
                            std::hint::black_box(engine.answer(q));
                        }
                    }
                }
            });
        }
    });
    (questions.len() * rounds) as f64 / started.elapsed().as_secs_f64()
}

/// What to measure and how much.
pub struct BenchOptions {
    pub corpus_dir: PathBuf,
    pub questions: Vec<String>,
    pub rounds: usize,
    /// Spawn this many whole `careerbot ask` processes to time a cold start (0 skips it).
    pub cold_runs: usize,
}

pub fn run(options: &BenchOptions) -> Result<BenchReport> {
    let corpus = crate::corpus::load(&options.corpus_dir)?;
    let index_dir = std::env::temp_dir().join(format!("careerbot-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&index_dir);
    let build = crate::index::build(&corpus, &index_dir)?;
    let version_dir = index_dir.join(&build.version);
    let engine = Engine::new(crate::index::open_version(&version_dir)?);

    // Warm up caches, then time each answer.
    for q in &options.questions {
        std::hint::black_box(engine.answer(q));
    }
    let mut samples = Vec::with_capacity(options.questions.len() * options.rounds);
    for _ in 0..options.rounds {
        for q in &options.questions {
            let started = Instant::now();
            std::hint::black_box(engine.answer(q));
            samples.push(started.elapsed());
        }
    }
    let one = throughput(&engine, &options.questions, 1, options.rounds);
    let two = throughput(&engine, &options.questions, 2, options.rounds);

    let cold_ask_ms = if options.cold_runs > 0 {
        let exe = std::env::current_exe().context("cannot find the careerbot binary")?;
        let mut runs = Vec::with_capacity(options.cold_runs);
        for _ in 0..options.cold_runs {
            let started = Instant::now();
            let status = std::process::Command::new(&exe)
                .arg("--corpus")
                .arg(&options.corpus_dir)
                .arg("--index")
                .arg(&index_dir)
                .args(["ask", "How much do they make in Canada?"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()?;
            runs.push(started.elapsed());
            anyhow::ensure!(
                status.success(),
                "careerbot ask failed during the cold-start runs"
            );
        }
        Some(Latency::from(runs))
    } else {
        None
    };

    let started = Instant::now();
    let ready = crate::cli::open_engine(&options.corpus_dir, &index_dir)?;
    let ready_to_answer_ms = started.elapsed().as_secs_f64() * 1000.0;
    drop(ready);

    let report = BenchReport {
        corpus: options.corpus_dir.display().to_string(),
        guides: build.guides,
        passages: build.passages,
        build_ms: build.took.as_secs_f64() * 1000.0,
        index_bytes: dir_size(&version_dir),
        warm: Latency::from(samples),
        questions_per_sec_1_thread: one,
        questions_per_sec_2_threads: two,
        cold_ask_ms,
        ready_to_answer_ms,
        peak_rss_kib: peak_rss_kib(),
    };
    let _ = std::fs::remove_dir_all(&index_dir);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_come_from_the_sorted_samples() {
        let samples = (1..=100).map(Duration::from_micros).collect();
        let l = Latency::from(samples);
        assert_eq!(
            (l.p50_us.round(), l.p99_us.round(), l.max_us.round()),
            (51.0, 99.0, 100.0)
        );
    }
}
