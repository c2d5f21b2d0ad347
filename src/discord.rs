//! The Discord surface (issue 3): renders engine answers in Discord.

use std::path::PathBuf;

/// Starts the bot from the environment.
pub fn serve_from_env(_corpus_dir: PathBuf, _index_dir: PathBuf) -> anyhow::Result<()> {
    anyhow::bail!("the Discord bot is not built yet")
}
