"""Pagefind's service process, with a reader that does not sleep between answers.

``pagefind_service()`` is used as ``async with pagefind_service() as service``: leaving the context
ends the Pagefind process, whatever happened in it.
"""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

__all__ = ["pagefind_service"]


def pagefind_service() -> Any:
    """Pagefind's service, reading its answers as they come.

    The Python API's reader sleeps 0.1 s before reading each answer (pagefind 1.5), so a site of
    600 pages spent a minute waiting and a few seconds indexing. This reader awaits the pipe
    instead; the messages are the API's own (base64 JSON, ended by a comma). When the Pagefind
    process ends early, every question still waiting fails with why, rather than waiting forever.
    """
    from pagefind.service import PagefindService

    class _Service(PagefindService):
        async def launch(self) -> PagefindService:
            # As the API launches it, but with room on the pipe for the whole index in one answer
            # (get_files); the API's 2 MiB is for its own reader, which this one replaces.
            self._backend = await asyncio.create_subprocess_exec(
                self._bin,
                "--service",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                limit=_MAX_ANSWER,
            )
            self._poll_task = self._loop.create_task(self._wait_for_responses())
            return self

        async def _wait_for_responses(self) -> None:
            stdout = self._backend.stdout
            assert stdout is not None
            try:
                while True:
                    message = json.loads(base64.b64decode((await stdout.readuntil(b","))[:-1]))
                    if not isinstance(message, dict):
                        continue
                    payload: Any = message.get("payload") or {}
                    asked = message.get("message_id", _asked(payload))
                    future = self._responses.get(asked) if isinstance(asked, int) else None
                    if future is None or future.done():
                        continue
                    if payload.get("type") == "Error":
                        future.set_exception(RuntimeError(payload.get("message", "Pagefind failed")))
                    else:
                        future.set_result(payload)
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
                if self._backend.returncode is None:
                    self._backend.kill()  # so a later question fails at once instead of waiting
                for future in self._responses.values():
                    if not future.done():
                        future.set_exception(RuntimeError(f"Pagefind stopped answering ({exc})"))

        async def close(self) -> None:
            try:
                if self._backend.returncode is None:
                    # the API's close waits on every answer and raises the first failed one, leaving
                    # Pagefind running; the failure reaches the caller through its own question
                    await super().close()
                else:  # Pagefind has already ended (it stopped answering): nothing to terminate
                    self._poll_task.cancel()
                    await self._backend.wait()
            except Exception:
                self._poll_task.cancel()
                if self._backend.returncode is None:
                    self._backend.kill()
                await self._backend.wait()
            finally:
                # The pipes are closed while the event loop runs, not when the transport is collected.
                self._backend._transport.close()  # type: ignore[attr-defined]

    return _Service()


def _asked(payload: dict[str, Any]) -> int | None:
    """The id of the question an error answers, when Pagefind could not read the question's id."""
    try:
        asked = json.loads(payload.get("original_message") or "null")
    except ValueError:
        return None
    return asked.get("message_id") if isinstance(asked, dict) else None


# The largest answer read from Pagefind: the whole index of a site, base64-encoded.
_MAX_ANSWER = 2**30
