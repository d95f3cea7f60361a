"""JSON payloads as Discord's API v10 sends them: users, members, guilds, messages,
interactions. Only the fields discord.py 2.7 reads are filled in."""

from __future__ import annotations

import itertools
from typing import Any

JSON = dict[str, Any]

TIMESTAMP = "2024-03-01T12:00:00.000000+00:00"
ADMINISTRATOR = 1 << 3
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 31)  # view, send, use app commands

_ids = itertools.count(1_200_000_000_000_000_000)


def snowflake() -> str:
    """A new unique id."""
    return str(next(_ids))


def user(name: str, *, bot: bool = False, user_id: str | None = None) -> JSON:
    return {
        "id": user_id or snowflake(),
        "username": name,
        "global_name": name.title(),
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


def member(u: JSON, *, permissions: int = MEMBER_PERMISSIONS, with_user: bool = True) -> JSON:
    data: JSON = {
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "nick": None,
        "avatar": None,
        "communication_disabled_until": None,
        "premium_since": None,
        "permissions": str(permissions),
    }
    if with_user:
        data["user"] = u
    return data


def text_channel(guild_id: str, name: str, *, channel_id: str | None = None) -> JSON:
    return {
        "id": channel_id or snowflake(),
        "type": 0,
        "guild_id": guild_id,
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def thread(guild_id: str, parent_id: str, owner_id: str, name: str) -> JSON:
    return {
        "id": snowflake(),
        "type": 11,
        "guild_id": guild_id,
        "parent_id": parent_id,
        "owner_id": owner_id,
        "name": name,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "flags": 0,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": TIMESTAMP,
            "locked": False,
        },
    }


def guild(guild_id: str, name: str, channels: list[JSON], members: list[JSON], owner: str) -> JSON:
    return {
        "id": guild_id,
        "name": name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": owner,
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "vanity_url_code": None,
        "features": [],
        "roles": [
            {
                "id": guild_id,
                "name": "@everyone",
                "permissions": str(MEMBER_PERMISSIONS),
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "emojis": [],
        "stickers": [],
        "channels": channels,
        "threads": [],
        "members": members,
        "member_count": len(members),
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "large": False,
        "unavailable": False,
        "joined_at": TIMESTAMP,
    }


def message(
    channel_id: str,
    author: JSON,
    *,
    content: str = "",
    guild_id: str | None = None,
    message_id: str | None = None,
    embeds: list[JSON] | None = None,
    components: list[JSON] | None = None,
    flags: int = 0,
    mentions: list[JSON] | None = None,
    author_member: JSON | None = None,
) -> JSON:
    data: JSON = {
        "id": message_id or snowflake(),
        "channel_id": channel_id,
        "author": author,
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": mentions or [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "type": 0,
        "flags": flags,
    }
    if guild_id is not None:
        data["guild_id"] = guild_id
    if author_member is not None:
        data["member"] = author_member
    return data


def interaction(
    kind: int,
    *,
    application_id: str,
    guild_id: str | None,
    channel: JSON,
    invoker: JSON,
    data: JSON,
    permissions: int = MEMBER_PERMISSIONS,
    msg: JSON | None = None,
) -> JSON:
    """An INTERACTION_CREATE payload: ``kind`` 2 command, 3 component, 4 autocomplete."""
    payload: JSON = {
        "id": snowflake(),
        "application_id": application_id,
        "type": kind,
        "token": "itok-" + snowflake(),
        "version": 1,
        "channel_id": channel["id"],
        "channel": channel,
        "data": data,
        "locale": "en-US",
        "app_permissions": str(MEMBER_PERMISSIONS | (1 << 38)),
        "entitlements": [],
        "authorizing_integration_owners": {"0": guild_id or invoker["id"]},
        "context": 0 if guild_id else 1,
        "attachment_size_limit": 10 * 1024 * 1024,
    }
    if guild_id is not None:
        payload["guild_id"] = guild_id
        payload["guild_locale"] = "en-US"
        payload["member"] = member(invoker, permissions=permissions)
    else:
        payload["user"] = invoker
    if msg is not None:
        payload["message"] = msg
    return payload
