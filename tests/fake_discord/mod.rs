//! A fake Discord on loopback: the REST API over HTTP/1.1 and the gateway over a websocket,
//! speaking the frames in `shared/discord/gateway/` and answering like `shared/discord/rest/`.
//!
//! Every JSON body the bot sends is checked against the request schema of its operation in
//! Discord's published `openapi.json`, so the fake cannot accept what Discord would reject.

#![allow(dead_code)]

pub mod bot;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::Message;

pub const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.fake-token-for-tests-0123456789abcdefgh";
pub const APPLICATION_ID: &str = "1100000000000000001";
pub const GUILD_ID: &str = "1200000000000000001";
pub const CHANNEL_ID: &str = "1300000000000000001";
pub const MODERATOR_ROLE_ID: &str = "1800000000000000001";
/// Permissions of an ordinary member (no Manage Server), and of one with Manage Server.
pub const MEMBER_PERMISSIONS: &str = "2248473465835073";
pub const MANAGER_PERMISSIONS: &str = "2248473465835105";

fn shared() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [manifest.join("../shared"), manifest.join("shared")];
    candidates
        .into_iter()
        .find(|p| p.join("discord/openapi.json").is_file())
        .expect("shared/discord/openapi.json beside the repository")
}

pub fn fixture(path: &str) -> Value {
    let text =
        std::fs::read_to_string(shared().join("discord").join(path)).expect("fixture exists");
    serde_json::from_str(&text).expect("fixture is JSON")
}

/// One REST request the bot made.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub authorization: Option<String>,
    pub body: Option<Value>,
    /// The status the fake answered with.
    pub status: u16,
}

/// Request-body schemas of the operations the bot uses, from Discord's OpenAPI description.
struct Schemas {
    validators: Vec<(String, String, jsonschema::Validator)>,
}

impl Schemas {
    fn load() -> Schemas {
        let mut openapi = fixture("openapi.json");
        // Discord's two publications disagree on one field: openapi.json (a "preview") types
        // `default_member_permissions` as an integer, while docs/application-commands.mdx says
        // it is "a bitwise OR-ed set of permissions, serialized as a string" (e.g. "0"), which
        // is what serenity sends. Accept both forms for that field alone.
        for request in [
            "ApplicationCommandUpdateRequest",
            "ApplicationCommandCreateRequest",
        ] {
            let field = &mut openapi["components"]["schemas"][request]["properties"]
                ["default_member_permissions"];
            if field.is_object() {
                *field =
                    json!({"anyOf": [field.clone(), {"type": "string", "pattern": "^[0-9]+$"}]});
            }
        }
        let operations = [
            (
                "PUT",
                "/applications/{application_id}/guilds/{guild_id}/commands",
            ),
            ("PUT", "/applications/{application_id}/commands"),
            (
                "POST",
                "/interactions/{interaction_id}/{interaction_token}/callback",
            ),
            ("POST", "/webhooks/{webhook_id}/{webhook_token}"),
            (
                "PATCH",
                "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
            ),
            ("POST", "/channels/{channel_id}/messages"),
        ];
        let validators = operations
            .iter()
            .map(|(method, template)| {
                let pointer = format!(
                    "#/paths/{}/{}/requestBody/content/application~1json/schema",
                    template
                        .replace('~', "~0")
                        .replace('/', "~1")
                        .replace('{', "%7B")
                        .replace('}', "%7D"),
                    method.to_lowercase()
                );
                // The whole description as the root, so its "#/components/..." references resolve.
                let mut root = openapi.clone();
                root["$ref"] = Value::String(pointer);
                let validator = jsonschema::draft202012::new(&root)
                    .unwrap_or_else(|e| panic!("schema for {method} {template}: {e}"));
                (method.to_string(), template.to_string(), validator)
            })
            .collect();
        Schemas { validators }
    }

    fn matches(template: &str, path: &str) -> bool {
        let t: Vec<&str> = template.trim_matches('/').split('/').collect();
        let p: Vec<&str> = path.trim_matches('/').split('/').collect();
        t.len() == p.len() && t.iter().zip(&p).all(|(t, p)| t.starts_with('{') || t == p)
    }

    /// The schema errors of a body, or `None` when no schema covers the operation.
    fn check(&self, method: &str, path: &str, body: &Value) -> Option<Vec<String>> {
        let (_, _, validator) = self
            .validators
            .iter()
            .find(|(m, t, _)| m == method && Self::matches(t, path))?;
        Some(
            validator
                .iter_errors(body)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect(),
        )
    }
}

struct State {
    requests: Mutex<Vec<Request>>,
    schema_violations: Mutex<Vec<String>>,
    changed: Notify,
    gateway: Mutex<Option<mpsc::UnboundedSender<Message>>>,
    /// How many times the bot identified (op 2) and resumed (op 6).
    identifies: AtomicU64,
    resumes: AtomicU64,
    /// Injected failures: (path fragment, status, how many more times).
    failures: Mutex<Vec<(String, u16, usize)>>,
    reject_identify: std::sync::atomic::AtomicBool,
    /// Injected slowness: (path fragment, how long to hold the response, how many more times).
    delays: Mutex<Vec<(String, Duration, usize)>>,
    /// Files served as Discord's CDN serves attachments, by name.
    files: Mutex<std::collections::HashMap<String, Vec<u8>>>,
    sent_by_bot: Mutex<Vec<Value>>,
    sequence: AtomicU64,
    gateway_port: u16,
    schemas: Schemas,
}

pub struct FakeDiscord {
    state: Arc<State>,
    pub rest_url: String,
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        let rest = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let gateway = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let state = Arc::new(State {
            requests: Mutex::new(Vec::new()),
            schema_violations: Mutex::new(Vec::new()),
            changed: Notify::new(),
            gateway: Mutex::new(None),
            identifies: AtomicU64::new(0),
            resumes: AtomicU64::new(0),
            failures: Mutex::new(Vec::new()),
            reject_identify: std::sync::atomic::AtomicBool::new(false),
            delays: Mutex::new(Vec::new()),
            files: Mutex::new(std::collections::HashMap::new()),
            sent_by_bot: Mutex::new(Vec::new()),
            sequence: AtomicU64::new(1),
            gateway_port: gateway.local_addr().unwrap().port(),
            schemas: Schemas::load(),
        });
        let rest_url = format!("http://{}", rest.local_addr().unwrap());
        let s = state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = rest.accept().await {
                tokio::spawn(serve_rest(stream, s.clone()));
            }
        });
        let s = state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = gateway.accept().await {
                tokio::spawn(serve_gateway(stream, s.clone()));
            }
        });
        FakeDiscord { state, rest_url }
    }

    pub fn requests(&self) -> Vec<Request> {
        self.state.requests.lock().unwrap().clone()
    }

    /// Bodies that failed Discord's published schema: a test asserts this stays empty.
    pub fn schema_violations(&self) -> Vec<String> {
        self.state.schema_violations.lock().unwrap().clone()
    }

    /// Waits until a request matching `pred` arrives, or fails saying what it waited for.
    pub async fn wait_for(&self, what: &str, pred: impl Fn(&Request) -> bool) -> Request {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let notified = self.state.changed.notified();
            if let Some(r) = self.requests().into_iter().find(|r| pred(r)) {
                return r;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let seen: Vec<String> = self
                    .requests()
                    .iter()
                    .map(|r| format!("{} {}", r.method, r.path))
                    .collect();
                panic!("timed out waiting for {what}; the bot sent: {seen:?}");
            }
        }
    }

    /// Waits until the bot has identified on the gateway and READY was sent.
    pub async fn wait_until_ready(&self) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let notified = self.state.changed.notified();
            if self.state.gateway.lock().unwrap().is_some() {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("timed out waiting for the bot to identify on the gateway");
            }
        }
    }

    /// Sends a dispatch (op 0) to the connected bot.
    pub fn dispatch(&self, event: &str, d: Value) {
        let s = self.state.sequence.fetch_add(1, Ordering::SeqCst) + 1;
        self.send_raw(json!({"op": 0, "s": s, "t": event, "d": d}));
    }

    /// The schema errors Discord's description finds in `body` for `method path`.
    pub fn schema_errors(&self, method: &str, path: &str, body: &Value) -> Vec<String> {
        self.state
            .schemas
            .check(method, path, body)
            .expect("an operation the fake checks")
    }

    /// Sends a raw gateway frame (Reconnect, Invalid Session, …) to the connected bot.
    pub fn send_raw(&self, frame: Value) {
        let sender = self
            .state
            .gateway
            .lock()
            .unwrap()
            .clone()
            .expect("the bot is connected");
        sender
            .send(Message::Text(frame.to_string()))
            .expect("gateway connection open");
    }

    /// Closes the bot's gateway connection, as a network drop would.
    pub fn drop_connection(&self) {
        if let Some(sender) = self.state.gateway.lock().unwrap().take() {
            let _ = sender.send(Message::Close(None));
        }
    }

    /// The next `times` requests whose path contains `fragment` fail with `status` (429 comes
    /// with Discord's `retry_after`).
    pub fn fail_next(&self, fragment: &str, status: u16, times: usize) {
        self.state
            .failures
            .lock()
            .unwrap()
            .push((fragment.to_string(), status, times));
    }

    /// The next `times` requests whose path contains `fragment` are recorded at once but
    /// answered only after `hold`, like a slow network.
    pub fn delay_next(&self, fragment: &str, hold: Duration, times: usize) {
        self.state
            .delays
            .lock()
            .unwrap()
            .push((fragment.to_string(), hold, times));
    }

    /// Serves `bytes` as an attachment and returns its URL.
    pub fn host_file(&self, name: &str, bytes: &[u8]) -> String {
        self.state
            .files
            .lock()
            .unwrap()
            .insert(name.to_string(), bytes.to_vec());
        format!("{}/attachments/{name}", self.rest_url)
    }

    /// Answers the next Identify by closing with 4004 (authentication failed), as Discord
    /// does for a bad token.
    pub fn reject_identify(&self) {
        self.state.reject_identify.store(true, Ordering::SeqCst);
    }

    /// Sessions so far: (identifies, resumes).
    pub fn sessions(&self) -> (u64, u64) {
        (
            self.state.identifies.load(Ordering::SeqCst),
            self.state.resumes.load(Ordering::SeqCst),
        )
    }

    /// Waits until the bot has started more than `before` sessions (identify or resume).
    pub async fn wait_for_new_session(&self, before: u64) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let notified = self.state.changed.notified();
            let (identifies, resumes) = self.sessions();
            if identifies + resumes > before && self.state.gateway.lock().unwrap().is_some() {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("timed out waiting for the bot to reconnect (identify or resume) after {before} sessions");
            }
        }
    }

    /// What the bot sent over the gateway (Identify, heartbeats).
    pub fn gateway_frames_from_bot(&self) -> Vec<Value> {
        self.state.sent_by_bot.lock().unwrap().clone()
    }
}

/// An INTERACTION_CREATE `d` for a slash command in the test guild.
pub fn command_interaction(
    id: u64,
    name: &str,
    options: Value,
    permissions: &str,
    roles: &[&str],
) -> Value {
    let mut d = fixture("gateway/recv_op00_interaction_create_command_guild.json")["d"].clone();
    d["id"] = json!(id.to_string());
    d["token"] = json!(format!("interaction-token-{id}"));
    d["member"]["permissions"] = json!(permissions);
    d["member"]["roles"] = json!(roles);
    d["data"] = json!({"id": "1600000000000000001", "name": name, "type": 1, "guild_id": GUILD_ID, "options": options});
    d
}

/// An INTERACTION_CREATE `d` for autocomplete of `/faq question:<partial>`.
pub fn autocomplete_interaction(id: u64, partial: &str) -> Value {
    let mut d = fixture("gateway/recv_op00_interaction_create_autocomplete.json")["d"].clone();
    d["id"] = json!(id.to_string());
    d["token"] = json!(format!("interaction-token-{id}"));
    d["data"]["options"] =
        json!([{"name": "question", "type": 3, "value": partial, "focused": true}]);
    d
}

/// An INTERACTION_CREATE `d` for a press of button `custom_id` under the bot's message
/// `message_id`, by user `user_id`.
pub fn button_press(
    id: u64,
    custom_id: &str,
    message_id: &str,
    user_id: &str,
    permissions: &str,
    roles: &[&str],
) -> Value {
    let mut d = command_interaction(id, "unused", json!([]), permissions, roles);
    d["type"] = json!(3);
    d["data"] = json!({"custom_id": custom_id, "component_type": 2});
    d["member"]["user"]["id"] = json!(user_id);
    let mut message = fixture("gateway/recv_op00_message_create.json")["d"].clone();
    message["id"] = json!(message_id);
    message["channel_id"] = json!(CHANNEL_ID);
    message["author"] = json!({"id": APPLICATION_ID, "username": "faq-bot", "discriminator": "0", "avatar": null, "bot": true});
    d["message"] = message;
    d
}

/// An INTERACTION_CREATE `d` for `/corpus upload file:<attachment>`.
pub fn upload_interaction(
    id: u64,
    file_name: &str,
    size: u64,
    url: &str,
    permissions: &str,
    roles: &[&str],
) -> Value {
    let attachment_id = "1900000000000000001";
    let options = json!([{"name": "upload", "type": 1, "options": [
        {"name": "file", "type": 11, "value": attachment_id}
    ]}]);
    let mut d = command_interaction(id, "corpus", options, permissions, roles);
    d["data"]["resolved"] = json!({"attachments": {attachment_id: {
        "id": attachment_id,
        "filename": file_name,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": "text/markdown; charset=utf-8"
    }}});
    d
}

/// A MESSAGE_CREATE `d` from alice in the test channel.
pub fn message(id: u64, content: &str, mentions_bot: bool) -> Value {
    let mut d = fixture("gateway/recv_op00_message_create.json")["d"].clone();
    d["id"] = json!(id.to_string());
    d["content"] = json!(content);
    d["channel_id"] = json!(CHANNEL_ID);
    d["mentions"] = if mentions_bot {
        json!([{"id": APPLICATION_ID, "username": "faq-bot", "discriminator": "0", "avatar": null, "bot": true}])
    } else {
        json!([])
    };
    d
}

async fn serve_gateway(stream: TcpStream, state: Arc<State>) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<Message>();
    tokio::spawn(async move {
        while let Some(message) = rx.recv().await {
            let closing = matches!(message, Message::Close(_));
            if sink.send(message).await.is_err() || closing {
                let _ = sink.close().await;
                break;
            }
        }
    });
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 2000}, "s": null, "t": null});
    let _ = tx.send(Message::Text(hello.to_string()));
    while let Some(Ok(message)) = source.next().await {
        let Message::Text(text) = message else {
            continue;
        };
        let Ok(frame) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        state.sent_by_bot.lock().unwrap().push(frame.clone());
        match frame["op"].as_u64() {
            Some(1) => {
                let _ = tx.send(Message::Text(
                    json!({"op": 11, "d": null, "s": null, "t": null}).to_string(),
                ));
            }
            Some(6) => {
                let s = state.sequence.fetch_add(1, Ordering::SeqCst) + 1;
                let mut resumed = fixture("gateway/recv_op00_resumed.json");
                resumed["s"] = json!(s);
                let _ = tx.send(Message::Text(resumed.to_string()));
                *state.gateway.lock().unwrap() = Some(tx.clone());
                state.resumes.fetch_add(1, Ordering::SeqCst);
                state.changed.notify_waiters();
            }
            Some(2) if state.reject_identify.load(Ordering::SeqCst) => {
                use tokio_tungstenite::tungstenite::protocol::{
                    frame::coding::CloseCode, CloseFrame,
                };
                let frame = CloseFrame {
                    code: CloseCode::from(4004),
                    reason: "Authentication failed.".into(),
                };
                let _ = tx.send(Message::Close(Some(frame)));
            }
            Some(2) => {
                state.identifies.fetch_add(1, Ordering::SeqCst);
                let mut ready = fixture("gateway/recv_op00_ready.json");
                ready["s"] = json!(1);
                ready["d"]["guilds"] = json!([{"id": GUILD_ID, "unavailable": true}]);
                ready["d"]["resume_gateway_url"] =
                    json!(format!("ws://127.0.0.1:{}", state.gateway_port));
                let _ = tx.send(Message::Text(ready.to_string()));
                *state.gateway.lock().unwrap() = Some(tx.clone());
                state.changed.notify_waiters();
            }
            _ => {}
        }
    }
}

async fn serve_rest(stream: TcpStream, state: Arc<State>) {
    let mut reader = BufReader::new(stream);
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).await.unwrap_or(0) == 0 {
            return;
        }
        let mut parts = request_line.split_whitespace();
        let (method, target) = (
            parts.next().unwrap_or("").to_string(),
            parts.next().unwrap_or("").to_string(),
        );
        let mut content_length = 0usize;
        let mut authorization = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).await.unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                match name.to_ascii_lowercase().as_str() {
                    "content-length" => content_length = value.trim().parse().unwrap_or(0),
                    "authorization" => authorization = Some(value.trim().to_string()),
                    _ => {}
                }
            }
        }
        let mut body = vec![0; content_length];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let path = target
            .split('?')
            .next()
            .unwrap_or("")
            .trim_start_matches("/api/v10")
            .to_string();
        let body: Option<Value> = serde_json::from_slice(&body).ok();
        // Attachments come from the CDN: raw bytes, no token needed.
        if let Some(name) = path.strip_prefix("/attachments/") {
            let file = state.files.lock().unwrap().get(name).cloned();
            let status = if file.is_some() { 200 } else { 404 };
            state.requests.lock().unwrap().push(Request {
                method,
                path: path.clone(),
                authorization,
                body: None,
                status,
            });
            state.changed.notify_waiters();
            let bytes = file.unwrap_or_default();
            let head = format!(
                "HTTP/1.1 {status} {}\r\ncontent-type: text/markdown\r\ncontent-length: {}\r\n\r\n",
                if status == 200 { "OK" } else { "Not Found" },
                bytes.len()
            );
            let stream = reader.get_mut();
            if stream.write_all(head.as_bytes()).await.is_err()
                || stream.write_all(&bytes).await.is_err()
            {
                return;
            }
            continue;
        }
        if let Some(b) = &body {
            if let Some(errors) = state.schemas.check(&method, &path, b) {
                for e in errors {
                    state
                        .schema_violations
                        .lock()
                        .unwrap()
                        .push(format!("{method} {path}: {e}"));
                }
            }
        }
        let (status, response) = route(&state, &method, &path, authorization.as_deref());
        let hold = injected_delay(&state, &path);
        state.requests.lock().unwrap().push(Request {
            method,
            path,
            authorization,
            body,
            status,
        });
        state.changed.notify_waiters();
        if let Some(hold) = hold {
            tokio::time::sleep(hold).await;
        }
        let reason = match status {
            200 => "OK",
            204 => "No Content",
            401 => "Unauthorized",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            403 => "Forbidden",
            _ => "Not Found",
        };
        let payload = response.map(|v| v.to_string()).unwrap_or_default();
        let head = format!(
            "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            payload.len()
        );
        let stream = reader.get_mut();
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(payload.as_bytes()).await.is_err()
        {
            return;
        }
    }
}

/// Takes one use of the first injected fault whose fragment `path` contains.
fn take_injected<T: Copy>(faults: &Mutex<Vec<(String, T, usize)>>, path: &str) -> Option<T> {
    let mut faults = faults.lock().unwrap();
    let fault = faults
        .iter_mut()
        .find(|(fragment, _, times)| *times > 0 && path.contains(fragment.as_str()))?;
    fault.2 -= 1;
    Some(fault.1)
}

fn injected_delay(state: &State, path: &str) -> Option<Duration> {
    take_injected(&state.delays, path)
}

fn injected_failure(state: &State, path: &str) -> Option<(u16, Option<Value>)> {
    let status = take_injected(&state.failures, path)?;
    let body = match status {
        429 => {
            json!({"message": "You are being rate limited.", "retry_after": 0.05, "global": false})
        }
        _ => json!({"message": "500: Internal Server Error", "code": 0}),
    };
    Some((status, Some(body)))
}

fn route(
    state: &State,
    method: &str,
    path: &str,
    authorization: Option<&str>,
) -> (u16, Option<Value>) {
    if let Some(failure) = injected_failure(state, path) {
        return failure;
    }
    if authorization != Some(&format!("Bot {TOKEN}")) {
        return (
            401,
            Some(json!({"message": "401: Unauthorized", "code": 0})),
        );
    }
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let gateway_url = format!("ws://127.0.0.1:{}", state.gateway_port);
    match (method, segments.as_slice()) {
        ("GET", ["gateway"]) => (200, Some(json!({"url": gateway_url}))),
        ("GET", ["gateway", "bot"]) => {
            let mut v = fixture("rest/get_gateway_bot.json");
            v["url"] = json!(gateway_url);
            (200, Some(v))
        }
        ("GET", ["users", "@me"]) => (200, Some(fixture("rest/get_users_me.json"))),
        ("GET", ["oauth2", "applications", "@me"]) => {
            (200, Some(fixture("rest/get_oauth2_applications_me.json")))
        }
        ("PUT", ["applications", _, "guilds", guild, "commands"]) if *guild != GUILD_ID => (
            403,
            Some(json!({"message": "Missing Access", "code": 50001})),
        ),
        ("PUT", ["applications", _, "guilds", _, "commands"])
        | ("PUT", ["applications", _, "commands"]) => (
            200,
            Some(fixture("rest/commands_bulk_overwrite_response.json")),
        ),
        ("POST", ["interactions", _, _, "callback"]) => (204, None),
        ("POST", ["webhooks", _, _]) | ("PATCH", ["webhooks", _, _, "messages", _]) => {
            (200, Some(fixture("rest/message_response.json")))
        }
        ("POST", ["channels", _, "messages"]) => (200, Some(fixture("rest/message_response.json"))),
        ("PUT", ["channels", _, "messages", _, "reactions", _, "@me"]) => (204, None),
        ("DELETE", ["channels", _, "messages", _]) => (204, None),
        _ => (404, Some(json!({"message": "404: Not Found", "code": 0}))),
    }
}
