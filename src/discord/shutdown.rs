//! Stopping cleanly: wait for SIGTERM or Ctrl-C, close the gateway, and let the answers already
//! being written finish before the process exits.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

/// Counts the replies being worked on, so shutdown can wait for them.
#[derive(Default)]
pub struct InFlight {
    count: AtomicUsize,
    idle: Notify,
}

/// One reply in progress; dropping it (however the reply ends) marks it done.
pub struct InFlightGuard(Arc<InFlight>);

impl InFlight {
    pub fn enter(self: &Arc<Self>) -> InFlightGuard {
        self.count.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self.clone())
    }

    pub fn count(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }

    /// Waits until no reply is in progress, or `limit` passes; returns how many were left.
    pub async fn wait_idle(&self, limit: Duration) -> usize {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let idle = self.idle.notified();
            if self.count() == 0 {
                return 0;
            }
            if tokio::time::timeout_at(deadline, idle).await.is_err() {
                return self.count();
            }
        }
    }
}

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

/// Resolves on SIGTERM or Ctrl-C.
pub async fn signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waiting_for_idle_ends_when_the_last_reply_finishes() {
        let in_flight = Arc::new(InFlight::default());
        let guard = in_flight.enter();
        let waiter = {
            let in_flight = in_flight.clone();
            tokio::spawn(async move { in_flight.wait_idle(Duration::from_secs(30)).await })
        };
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!waiter.is_finished());
        drop(guard);
        assert_eq!(waiter.await.unwrap(), 0);
    }

    #[tokio::test]
    async fn waiting_for_idle_gives_up_after_the_limit() {
        let in_flight = Arc::new(InFlight::default());
        let _stuck = in_flight.enter();
        assert_eq!(in_flight.wait_idle(Duration::from_millis(10)).await, 1);
    }
}
