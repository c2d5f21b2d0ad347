//! Moderator commands: `/corpus reload` and `/corpus status`, and the moderator check.

use std::time::UNIX_EPOCH;

use super::{notice, Context, Error};
use crate::live::{CorpusDiff, ReloadError};

/// Moderators hold Manage Server or a role from `MODERATOR_ROLE_IDS`. Checked here as well as
/// by Discord's command permissions, which server admins can override.
pub async fn is_moderator(ctx: Context<'_>) -> Result<bool, Error> {
    let Some(member) = ctx.author_member().await else {
        return Ok(false);
    };
    let manages_server = member
        .permissions
        .is_some_and(|p| p.manage_guild() || p.administrator());
    let has_role = member
        .roles
        .iter()
        .any(|r| ctx.data().config.moderator_roles.contains(r));
    Ok(manages_server || has_role)
}

/// Manage the guide the bot answers from (moderators only).
#[poise::command(
    slash_command,
    subcommands("reload", "status"),
    default_member_permissions = "MANAGE_GUILD",
    guild_only
)]
pub async fn corpus(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

fn list(title: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = items.iter().take(10).map(|s| format!("  • {s}")).collect();
    let more = if items.len() > 10 {
        format!("\n  … and {} more", items.len() - 10)
    } else {
        String::new()
    };
    format!("\n{title} ({}):\n{}{more}", items.len(), shown.join("\n"))
}

pub fn describe_diff(diff: &CorpusDiff) -> String {
    if diff.is_empty() {
        return "\nNothing changed.".to_string();
    }
    [
        list("Guides added", &diff.guides_added),
        list("Guides removed", &diff.guides_removed),
        list("Sections added", &diff.sections_added),
        list("Sections removed", &diff.sections_removed),
        list("Sections changed", &diff.sections_changed),
    ]
    .concat()
}

/// Rebuild the index from the corpus directory and switch to it without a restart.
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn reload(ctx: Context<'_>) -> Result<(), Error> {
    let _in_flight = ctx.data().in_flight.enter();
    ctx.defer_ephemeral().await?;
    let live = ctx.data().live.clone();
    let outcome = tokio::task::spawn_blocking(move || live.reload()).await?;
    let text = match outcome {
        Ok(report) => format!(
            "Reloaded: now on version {} ({:.0} ms).{}",
            report.version,
            report.took.as_secs_f64() * 1000.0,
            describe_diff(&report.diff)
        ),
        Err(ReloadError::Invalid(errors)) => {
            let lines: Vec<String> = errors
                .0
                .iter()
                .take(15)
                .map(|e| format!("  • {e}"))
                .collect();
            format!(
                "Not reloaded: the corpus has {} problem(s), so I keep answering from the current version.\n{}",
                errors.0.len(),
                lines.join("\n")
            )
        }
        Err(ReloadError::Busy) => "A reload is already running; try again in a moment.".to_string(),
        Err(e) => {
            tracing::error!("reload failed: {e}");
            "Not reloaded: building the index failed (see the bot's log); the current version keeps answering."
                .to_string()
        }
    };
    let text = crate::text::trim_to_chars(&text, super::render::CONTENT_MAX);
    notice(ctx, text).await;
    Ok(())
}

/// Show the loaded guide version, its size and the last reload.
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn status(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().live.current();
    let manifest = engine.manifest();
    let last = match ctx.data().live.last_reload() {
        Some(at) => {
            let secs = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
            format!("<t:{secs}:R>")
        }
        None => "not since the bot started".to_string(),
    };
    let built = manifest.built_unix_secs;
    let text = format!(
        "Version {} (built <t:{built}:f>): {} guide(s), {} sections, {} passages. Last reload: {last}.",
        manifest.version(),
        manifest.guides.len(),
        manifest.section_count(),
        manifest.passage_count(),
    );
    notice(ctx, text).await;
    Ok(())
}
