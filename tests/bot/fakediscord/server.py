"""The fake Discord: REST API v10 and a gateway websocket on 127.0.0.1.

It records every request and every gateway frame the bot sends, keeps the messages
the bot posts (so tests can click their buttons), answers logins, command syncs,
interaction callbacks, webhooks and channel messages, and can dispatch gateway events
or drop the connection to make the bot resume.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.bot.fakediscord import payloads
from tests.bot.fakediscord.payloads import JSON

API = "/api/v10"
EPHEMERAL = 1 << 6
LOADING = 1 << 7


@dataclass
class Recorded:
    """One request the bot made."""

    method: str
    path: str  # after /api/v10, e.g. /interactions/1/tok/callback
    query: dict[str, str]
    body: Any
    headers: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def json(self) -> JSON:
        return self.body if isinstance(self.body, dict) else {}

    @property
    def message(self) -> JSON:
        """The message fields sent: an interaction callback's ``data``, else the body."""
        if self.path.endswith("/callback"):
            return self.json.get("data") or {}
        return self.json

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


Handler = Callable[[Recorded, re.Match[str]], Awaitable[web.Response]]


def _json(body: Any, status: int = 200) -> web.Response:
    # Exactly "application/json": discord.py does not parse "...; charset=utf-8".
    return web.Response(
        body=json.dumps(body).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def _not_found() -> web.Response:
    return _json({"message": "404: Not Found", "code": 0}, status=404)


class FakeDiscord:
    """A fake Discord for one bot: one guild with #general and #random, an owner."""

    def __init__(self, token: str = "fake-token-never-printed") -> None:
        self.token = token
        self.bot_user = payloads.user("whosaid", bot=True)
        self.application_id: str = self.bot_user["id"]
        self.owner = payloads.user("owner")
        self.guild_id = payloads.snowflake()
        self.channels = {
            name: payloads.text_channel(self.guild_id, name) for name in ("general", "random")
        }
        self.requests: list[Recorded] = []
        self.gateway_frames: list[JSON] = []
        self.messages: dict[str, JSON] = {}
        self.commands: list[JSON] = []
        self.guild_commands: dict[str, list[JSON]] = {}
        self.connections = 0
        self.forbid_threads = False  # answer thread creation with 403, as without permission
        self.session_id: str | None = None
        self._originals: dict[str, str] = {}  # interaction token -> original message id
        self.expired: set[str] = set()  # interaction tokens past Discord's 15 minutes
        self._interactions: dict[str, JSON] = {}  # token -> interaction payload
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = [
            ("GET", re.compile(r"/users/@me"), self._me),
            ("GET", re.compile(r"/oauth2/applications/@me"), self._application),
            ("PUT", re.compile(r"/applications/(\d+)/commands"), self._sync_global),
            ("PUT", re.compile(r"/applications/(\d+)/guilds/(\d+)/commands"), self._sync_guild),
            ("POST", re.compile(r"/interactions/(\d+)/([^/]+)/callback"), self._callback),
            ("POST", re.compile(r"/webhooks/(\d+)/([^/]+)"), self._followup),
            ("PATCH", re.compile(r"/webhooks/(\d+)/([^/]+)/messages/([^/]+)"), self._edit_webhook),
            ("GET", re.compile(r"/webhooks/(\d+)/([^/]+)/messages/([^/]+)"), self._get_webhook),
            ("POST", re.compile(r"/channels/(\d+)/messages"), self._channel_message),
            ("PATCH", re.compile(r"/channels/(\d+)/messages/(\d+)"), self._edit_channel_message),
            ("POST", re.compile(r"/channels/(\d+)/messages/(\d+)/threads"), self._thread),
            ("POST", re.compile(r"/channels/(\d+)/typing"), self._typing),
        ]

    # --- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, ready: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until ``ready()`` is truthy and return its value."""

        async def waiting() -> Any:
            async with self._changed:
                while not (value := ready()):
                    await self._changed.wait()
                return value

        return await asyncio.wait_for(waiting(), timeout)

    async def wait_request(
        self, match: Callable[[Recorded], bool], *, since: int = 0, timeout: float = 10.0
    ) -> Recorded:
        """The first recorded request from index ``since`` on that ``match``es."""

        def found() -> Recorded | None:
            return next((r for r in self.requests[since:] if match(r)), None)

        return await self.wait_until(found, timeout)

    # --- REST --------------------------------------------------------------------------
    async def _rest(self, request: web.Request) -> web.Response:
        path = request.path[len(API) :]
        body: Any = None
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
            elif request.content_type.startswith("multipart/"):
                form = await request.post()
                raw = form.get("payload_json")
                body = json.loads(raw) if isinstance(raw, str) else None
            else:
                body = await request.text()
        rec = Recorded(request.method, path, dict(request.query), body, dict(request.headers))
        self.requests.append(rec)
        try:
            for method, pattern, handler in self._routes:
                if request.method == method and (m := pattern.fullmatch(path)):
                    return await handler(rec, m)
            return _not_found()
        finally:
            await self._notify()

    async def _me(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        if rec.headers.get("Authorization") != f"Bot {self.token}":
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return _json(self.bot_user)

    async def _application(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        return _json(
            {
                "id": self.application_id,
                "name": "whosaid",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.owner,
                "verify_key": "0" * 64,
                "flags": 0,
                "team": None,
                "summary": "",
            }
        )

    def _registered(self, commands: list[JSON], guild_id: str | None) -> list[JSON]:
        out = []
        for cmd in commands:
            full = {
                "id": payloads.snowflake(),
                "application_id": self.application_id,
                "version": payloads.snowflake(),
                "type": 1,
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                **cmd,
                "description": cmd.get("description", ""),
            }
            if guild_id is not None:
                full["guild_id"] = guild_id
            out.append(full)
        return out

    async def _sync_global(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        self.commands = self._registered(rec.body or [], None)
        return _json(self.commands)

    async def _sync_guild(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        registered = self._registered(rec.body or [], m.group(2))
        self.guild_commands[m.group(2)] = registered
        return _json(registered)

    def _bot_message(self, channel_id: str, fields: JSON, message_id: str | None = None) -> JSON:
        msg = payloads.message(
            channel_id,
            self.bot_user,
            guild_id=self.guild_id,
            message_id=message_id,
            content=fields.get("content") or "",
            embeds=fields.get("embeds") or [],
            components=fields.get("components") or [],
            flags=fields.get("flags") or 0,
        )
        self.messages[msg["id"]] = msg
        return msg

    def _update(self, message_id: str, fields: JSON) -> JSON:
        msg = self.messages[message_id]
        for key in ("content", "embeds", "components", "flags"):
            if key in fields and fields[key] is not None:
                msg[key] = fields[key]
        if "flags" not in fields:
            msg["flags"] = msg.get("flags", 0) & ~LOADING
        msg["edited_timestamp"] = payloads.TIMESTAMP
        return msg

    async def _callback(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        token = m.group(2)
        inter = self._interactions.get(token)
        if inter is None:
            return _json({"message": "Unknown interaction", "code": 10062}, status=404)
        kind = rec.json.get("type")
        data = rec.json.get("data") or {}
        flags = data.get("flags") or 0
        result: JSON = {
            "interaction": {
                "id": m.group(1),
                "type": inter["type"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            }
        }
        msg: JSON | None = None
        if kind in (4, 5):
            fields = dict(data)
            if kind == 5:
                fields["flags"] = flags | LOADING
            msg = self._bot_message(inter["channel_id"], fields)
            self._originals[token] = msg["id"]
        elif kind in (6, 7) and "message" in inter:
            target = inter["message"]["id"]
            self.messages.setdefault(target, inter["message"])
            msg = self._update(target, data) if kind == 7 else self.messages[target]
        if msg is not None:
            result["interaction"]["response_message_id"] = msg["id"]
            result["resource"] = {"type": kind, "message": msg}
        return _json(result)

    async def _followup(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        token = m.group(2)
        inter = self._interactions.get(token)
        if inter is None:
            return _not_found()
        original = self._originals.get(token)
        if original is not None and self.messages[original]["flags"] & LOADING:
            msg = self._update(original, rec.json)  # the first follow-up ends the "thinking"
        else:
            msg = self._bot_message(inter["channel_id"], rec.json)
        return _json(msg)

    def _webhook_target(self, token: str, ref: str) -> str | None:
        return self._originals.get(token) if ref == "@original" else ref

    async def _edit_webhook(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        if m.group(2) in self.expired:
            return _json({"message": "Invalid Webhook Token", "code": 50027}, status=401)
        target = self._webhook_target(m.group(2), m.group(3))
        if target is None or target not in self.messages:
            return _not_found()
        return _json(self._update(target, rec.json))

    async def _get_webhook(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        target = self._webhook_target(m.group(2), m.group(3))
        if target is None or target not in self.messages:
            return _not_found()
        return _json(self.messages[target])

    async def _channel_message(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        return _json(self._bot_message(m.group(1), rec.json))

    async def _edit_channel_message(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        if m.group(2) not in self.messages:
            return _not_found()
        return _json(self._update(m.group(2), rec.json))

    async def _thread(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        if self.forbid_threads:
            return _json({"message": "Missing Permissions", "code": 50013}, status=403)
        data = payloads.thread(
            self.guild_id, m.group(1), self.bot_user["id"], rec.json.get("name", "thread")
        )
        self.channels[data["id"]] = data
        return _json(data)

    async def _typing(self, rec: Recorded, m: re.Match[str]) -> web.Response:
        return web.Response(status=204)

    # --- gateway -------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.connections += 1
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        try:
            async for frame in ws:
                if frame.type is not WSMsgType.TEXT:
                    continue
                data = json.loads(frame.data)
                self.gateway_frames.append(data)
                await self._on_frame(ws, data)
                await self._notify()
        finally:
            if self._ws is ws:
                self._ws = None
            await self._notify()
        return ws

    async def _on_frame(self, ws: web.WebSocketResponse, data: JSON) -> None:
        op = data.get("op")
        if op == 1:
            await ws.send_str(json.dumps({"op": 11}))
        elif op == 2:
            self.session_id = "session-" + payloads.snowflake()
            self._seq = 0
            self._ws = ws
            await self._send(
                "READY",
                {
                    "v": 10,
                    "user": self.bot_user,
                    "guilds": [{"id": self.guild_id, "unavailable": True}],
                    "session_id": self.session_id,
                    "resume_gateway_url": self.gateway_url,
                    "application": {"id": self.application_id, "flags": 0},
                    "private_channels": [],
                    "relationships": [],
                },
            )
            await self._send("GUILD_CREATE", self.guild_payload())
        elif op == 6:
            if data["d"].get("session_id") != self.session_id:
                await ws.send_str(json.dumps({"op": 9, "d": False}))
                return
            self._ws = ws
            await self._send("RESUMED", {})

    def guild_payload(self) -> JSON:
        bot_member = payloads.member(self.bot_user)
        owner_member = payloads.member(self.owner, permissions=payloads.ADMINISTRATOR)
        return payloads.guild(
            self.guild_id,
            "Newsroom",
            [c for c in self.channels.values() if c["type"] == 0],
            [bot_member, owner_member],
            self.owner["id"],
        )

    async def _send(self, event: str, data: JSON) -> None:
        ws = self._ws
        assert ws is not None, "no gateway connection"
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    async def connected(self, timeout: float = 10.0) -> None:
        """Wait until the bot has identified or resumed on a live connection."""
        await self.wait_until(lambda: self._ws is not None and not self._ws.closed, timeout)

    async def dispatch(self, event: str, data: JSON) -> None:
        """Send a gateway event to the bot (waiting for it to be connected)."""
        await self.connected()
        await self._send(event, data)

    async def drop(self, code: int = 4000) -> None:
        """Close the gateway connection as Discord does when it goes away."""
        ws, self._ws = self._ws, None
        assert ws is not None, "no gateway connection"
        await ws.close(code=code, message=b"dropped by the test")

    def ops(self, op: int) -> list[JSON]:
        """The gateway frames the bot sent with this opcode."""
        return [f for f in self.gateway_frames if f.get("op") == op]

    # --- driving the bot -------------------------------------------------------------------
    def channel(self, name: str) -> JSON:
        return self.channels[name]

    def _command_id(self, name: str) -> str:
        for cmd in self.commands:
            if cmd["name"] == name:
                return str(cmd["id"])
        return payloads.snowflake()

    async def interact(
        self,
        kind: int,
        data: JSON,
        *,
        user: JSON,
        channel: str = "general",
        permissions: int = payloads.MEMBER_PERMISSIONS,
        msg: JSON | None = None,
        in_guild: bool = True,
    ) -> JSON:
        """Dispatch an INTERACTION_CREATE and return its payload."""
        chan = self.channels[channel] if in_guild else {"id": payloads.snowflake(), "type": 1}
        inter = payloads.interaction(
            kind,
            application_id=self.application_id,
            guild_id=self.guild_id if in_guild else None,
            channel=chan,
            invoker=user,
            data=data,
            permissions=permissions,
            msg=msg,
        )
        self._interactions[inter["token"]] = inter
        await self.dispatch("INTERACTION_CREATE", inter)
        return inter

    async def slash(
        self,
        name: str,
        options: dict[str, str] | None = None,
        *,
        user: JSON,
        subcommand: str | None = None,
        **kwargs: Any,
    ) -> JSON:
        """Run ``/name [subcommand] option:value...`` as ``user``."""
        opts: list[JSON] = [{"name": k, "type": 3, "value": v} for k, v in (options or {}).items()]
        if subcommand is not None:
            opts = [{"name": subcommand, "type": 1, "options": opts}]
        data = {"id": self._command_id(name), "name": name, "type": 1, "options": opts}
        return await self.interact(2, data, user=user, **kwargs)

    async def autocomplete(
        self, name: str, options: dict[str, str], focused: str, *, user: JSON
    ) -> JSON:
        opts = [
            {"name": k, "type": 3, "value": v, **({"focused": True} if k == focused else {})}
            for k, v in options.items()
        ]
        data = {"id": self._command_id(name), "name": name, "type": 1, "options": opts}
        return await self.interact(4, data, user=user)

    async def message_menu(self, name: str, target: JSON, *, user: JSON) -> JSON:
        """Use a message context menu on ``target``."""
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": 3,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
        }
        return await self.interact(2, data, user=user)

    def buttons(self, message_id: str) -> list[JSON]:
        """The buttons of a stored message."""
        rows = self.messages[message_id].get("components") or []
        return [c for row in rows for c in row.get("components", [])]

    async def click(self, message_id: str, label: str, *, user: JSON) -> JSON:
        """Press the button labelled ``label`` on a message the bot sent."""
        button = next(b for b in self.buttons(message_id) if b.get("label") == label)
        data = {"custom_id": button["custom_id"], "component_type": 2}
        msg = json.loads(json.dumps(self.messages[message_id]))
        return await self.interact(3, data, user=user, msg=msg)

    async def post(self, content: str, *, user: JSON, channel: str = "general") -> JSON:
        """A user posts a message (MESSAGE_CREATE); ``<@bot>`` in it mentions the bot."""
        mentioned = (
            [{**self.bot_user, "member": payloads.member(self.bot_user, with_user=False)}]
            if f"<@{self.bot_user['id']}>" in content
            else []
        )
        msg = payloads.message(
            self.channels[channel]["id"],
            user,
            content=content,
            guild_id=self.guild_id,
            mentions=mentioned,
            author_member=payloads.member(user, with_user=False),
        )
        await self.dispatch("MESSAGE_CREATE", msg)
        return msg

    # --- reading what the bot did ------------------------------------------------------------
    def for_interaction(self, inter: JSON) -> list[Recorded]:
        """Requests answering an interaction (callback, follow-ups, edits)."""
        token = inter["token"]
        return [r for r in self.requests if f"/{token}/" in r.path or r.path.endswith(f"/{token}")]

    async def response(self, inter: JSON, *, timeout: float = 10.0) -> Recorded:
        """The interaction callback for ``inter``."""
        return await self.wait_request(
            lambda r: r.path == f"/interactions/{inter['id']}/{inter['token']}/callback",
            timeout=timeout,
        )

    async def answer(self, inter: JSON, *, timeout: float = 30.0) -> Recorded:
        """The first request that shows the user something: a callback carrying a
        message, a follow-up, or an edit of the original response."""

        def shows(r: Recorded) -> bool:
            if inter["token"] not in r.path:
                return False
            if r.path.endswith("/callback"):
                return r.json.get("type") in (4, 7, 8)
            return r.method in ("POST", "PATCH")

        return await self.wait_request(shows, timeout=timeout)

    def original(self, inter: JSON) -> JSON:
        """The message that is the interaction's original response."""
        return self.messages[self._originals[inter["token"]]]

    def requests_to(self, methods: Iterable[str], pattern: str) -> list[Recorded]:
        rx = re.compile(pattern)
        return [r for r in self.requests if r.method in methods and rx.fullmatch(r.path)]
