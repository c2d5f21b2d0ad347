//! careerbot: a grounded FAQ bot that answers career questions from indexed career guides.
//!
//! A question travels `corpus` (read and validate guides) → `index` (tantivy schema, build,
//! open, reload) → `answer` (understand, retrieve, choose the snippet, cite) → a surface: the
//! `cli` or the `discord` bot, which only render what the engine returns.

pub mod answer;
pub mod bench;
pub mod cli;
pub mod corpus;
pub mod discord;
pub mod eval;
pub mod feedback;
pub mod history;
pub mod index;
pub mod live;
pub mod text;
