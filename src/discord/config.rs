//! The bot's configuration, from the environment (and `.env`, loaded by the binary).

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use poise::serenity_prelude as serenity;

/// Default pause between two questions from the same person.
pub const DEFAULT_COOLDOWN: Duration = Duration::from_secs(5);

/// Default number of questions one channel may ask per minute, so a crowd (or a few accounts
/// taking turns) cannot flood a channel with answers.
pub const DEFAULT_CHANNEL_BUDGET: usize = 20;

#[derive(Clone)]
pub struct Config {
    token: String,
    /// Register commands in this guild (instant) instead of globally.
    pub guild_id: Option<serenity::GuildId>,
    /// Send REST calls through this base URL (an HTTP proxy, or the tests' fake Discord).
    pub api_url: Option<String>,
    pub moderator_roles: Vec<serenity::RoleId>,
    /// Channels where any message is taken as a question, without a mention.
    pub answer_channels: Vec<serenity::ChannelId>,
    pub cooldown: Duration,
    /// Questions one channel may ask per minute; 0 means no limit.
    pub channel_budget: usize,
    pub corpus_dir: PathBuf,
    pub index_dir: PathBuf,
    /// Where questions and votes are recorded (SQLite).
    pub feedback_db: PathBuf,
    /// The key people's ids are hashed with; when unset, a key file beside the database.
    feedback_key: Option<String>,
    pub retention_days: u32,
    /// Where served corpus versions are kept, and how many.
    pub history_dir: PathBuf,
    pub history_keep: usize,
    /// The largest guide `/corpus upload` takes.
    pub upload_max_bytes: u64,
}

/// Default size limit of an uploaded guide: ten times the bundled one.
pub const DEFAULT_UPLOAD_MAX_KIB: u64 = 256;

/// What is wrong with the configuration, as one line saying what to set.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("DISCORD_TOKEN is not set: put your bot's token (Discord developer portal › Bot › Reset Token) in .env or the environment")]
    MissingToken,
    #[error("DISCORD_TOKEN does not look like a bot token (three dot-separated parts): copy it again from the Discord developer portal › Bot")]
    MalformedToken,
    #[error("{name} must be {what}, not `{value}`")]
    Invalid {
        name: &'static str,
        what: &'static str,
        value: String,
    },
}

// The token never reaches a log, not even through `{:?}`.
impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<redacted>")
            .field("guild_id", &self.guild_id)
            .field("api_url", &self.api_url)
            .field("moderator_roles", &self.moderator_roles)
            .field("answer_channels", &self.answer_channels)
            .field("cooldown", &self.cooldown)
            .field("channel_budget", &self.channel_budget)
            .field("corpus_dir", &self.corpus_dir)
            .field("index_dir", &self.index_dir)
            .field("feedback_db", &self.feedback_db)
            .field(
                "feedback_key",
                &self.feedback_key.as_ref().map(|_| "<redacted>"),
            )
            .field("retention_days", &self.retention_days)
            .field("history_dir", &self.history_dir)
            .field("history_keep", &self.history_keep)
            .field("upload_max_bytes", &self.upload_max_bytes)
            .finish()
    }
}

fn ids<T: From<u64>>(name: &'static str, value: Option<String>) -> Result<Vec<T>, ConfigError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<u64>() {
            Ok(id) if id > 0 => Ok(T::from(id)),
            _ => Err(ConfigError::Invalid {
                name,
                what: "a comma-separated list of Discord ids",
                value: s.to_string(),
            }),
        })
        .collect()
}

impl Config {
    /// Reads the configuration through `var` (the process environment in production).
    pub fn from_vars(
        var: impl Fn(&str) -> Option<String>,
        corpus_dir: PathBuf,
        index_dir: PathBuf,
    ) -> Result<Config, ConfigError> {
        let token = var("DISCORD_TOKEN")
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty());
        let token = token.ok_or(ConfigError::MissingToken)?;
        if serenity::utils::validate_token(&token).is_err() {
            return Err(ConfigError::MalformedToken);
        }
        let guild_id = match var("DISCORD_GUILD_ID").filter(|s| !s.trim().is_empty()) {
            None => None,
            Some(v) => Some(
                ids::<serenity::GuildId>("DISCORD_GUILD_ID", Some(v))?
                    .into_iter()
                    .next()
                    .ok_or(ConfigError::Invalid {
                        name: "DISCORD_GUILD_ID",
                        what: "a Discord server id",
                        value: String::new(),
                    })?,
            ),
        };
        let cooldown = match var("QUESTION_COOLDOWN_SECS").filter(|s| !s.trim().is_empty()) {
            None => DEFAULT_COOLDOWN,
            Some(v) => Duration::from_secs(v.trim().parse().map_err(|_| ConfigError::Invalid {
                name: "QUESTION_COOLDOWN_SECS",
                what: "a whole number of seconds",
                value: v.clone(),
            })?),
        };
        let channel_budget =
            match var("CHANNEL_QUESTIONS_PER_MINUTE").filter(|s| !s.trim().is_empty()) {
                None => DEFAULT_CHANNEL_BUDGET,
                Some(v) => v.trim().parse().map_err(|_| ConfigError::Invalid {
                    name: "CHANNEL_QUESTIONS_PER_MINUTE",
                    what: "a whole number (0 for no limit)",
                    value: v.clone(),
                })?,
            };
        let number = |name: &'static str, default: u64| -> Result<u64, ConfigError> {
            match var(name).filter(|s| !s.trim().is_empty()) {
                None => Ok(default),
                Some(v) => v.trim().parse().map_err(|_| ConfigError::Invalid {
                    name,
                    what: "a whole number",
                    value: v.clone(),
                }),
            }
        };
        let path = |name: &str, default: PathBuf| {
            var(name)
                .filter(|s| !s.trim().is_empty())
                .map_or(default, |v| PathBuf::from(v.trim()))
        };
        // Beside the index by default: state the bot writes, like the index, kept out of git.
        let beside_index = |name: &str| index_dir.with_file_name(name);
        let retention_days = number(
            "FEEDBACK_RETENTION_DAYS",
            u64::from(crate::feedback::DEFAULT_RETENTION_DAYS),
        )?;
        Ok(Config {
            feedback_db: path("FEEDBACK_DB", beside_index("feedback.sqlite3")),
            feedback_key: var("FEEDBACK_KEY").filter(|k| !k.trim().is_empty()),
            retention_days: u32::try_from(retention_days).unwrap_or(u32::MAX),
            history_dir: path("HISTORY_DIR", beside_index("corpus-history")),
            history_keep: number("HISTORY_KEEP", crate::history::DEFAULT_KEEP as u64)?.max(1)
                as usize,
            upload_max_bytes: number("UPLOAD_MAX_KIB", DEFAULT_UPLOAD_MAX_KIB)? * 1024,
            token,
            guild_id,
            api_url: var("DISCORD_API_URL")
                .map(|u| u.trim().trim_end_matches('/').to_string())
                .filter(|u| !u.is_empty()),
            moderator_roles: ids("MODERATOR_ROLE_IDS", var("MODERATOR_ROLE_IDS"))?,
            answer_channels: ids("ANSWER_CHANNEL_IDS", var("ANSWER_CHANNEL_IDS"))?,
            cooldown,
            channel_budget,
            corpus_dir,
            index_dir,
        })
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    pub fn feedback_key(&self) -> Option<&str> {
        self.feedback_key.as_deref()
    }

    /// The gateway intents the bot needs: the privileged MESSAGE_CONTENT only when it reads
    /// whole channels (messages that mention the bot carry their content without it).
    pub fn intents(&self) -> serenity::GatewayIntents {
        let base = serenity::GatewayIntents::GUILDS
            | serenity::GatewayIntents::GUILD_MESSAGES
            | serenity::GatewayIntents::DIRECT_MESSAGES;
        if self.answer_channels.is_empty() {
            base
        } else {
            base | serenity::GatewayIntents::MESSAGE_CONTENT
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str =
        "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789ABCD";

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_vars(
            |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
            PathBuf::from("c"),
            PathBuf::from("i"),
        )
    }

    #[test]
    fn a_missing_token_says_what_to_set() {
        let e = config(&[]).unwrap_err();
        assert!(matches!(e, ConfigError::MissingToken));
        assert!(e.to_string().contains("DISCORD_TOKEN"));
    }

    #[test]
    fn a_malformed_token_is_refused_without_echoing_it() {
        let e = config(&[("DISCORD_TOKEN", "not-a-token")]).unwrap_err();
        assert!(matches!(e, ConfigError::MalformedToken));
        assert!(!e.to_string().contains("not-a-token"));
    }

    #[test]
    fn debug_output_never_shows_the_token() {
        let c = config(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        assert!(!format!("{c:?}").contains(TOKEN));
    }

    #[test]
    fn id_lists_are_parsed_and_bad_ids_named() {
        let c = config(&[("DISCORD_TOKEN", TOKEN), ("MODERATOR_ROLE_IDS", "1, 2,")]).unwrap();
        assert_eq!(
            c.moderator_roles,
            [serenity::RoleId::new(1), serenity::RoleId::new(2)]
        );
        let e = config(&[("DISCORD_TOKEN", TOKEN), ("ANSWER_CHANNEL_IDS", "12,abc")]).unwrap_err();
        assert!(e.to_string().contains("ANSWER_CHANNEL_IDS") && e.to_string().contains("abc"));
    }

    #[test]
    fn message_content_is_asked_for_only_with_answer_channels() {
        let plain = config(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        assert!(!plain
            .intents()
            .contains(serenity::GatewayIntents::MESSAGE_CONTENT));
        let channels = config(&[("DISCORD_TOKEN", TOKEN), ("ANSWER_CHANNEL_IDS", "5")]).unwrap();
        assert!(channels
            .intents()
            .contains(serenity::GatewayIntents::MESSAGE_CONTENT));
    }
}
