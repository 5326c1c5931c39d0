"""Resumable JSON Lines output: rows written in shards, each committed atomically.

A run with ``-o OUT`` (JSON Lines) writes its rows into shard files in the
hidden folder ``.OUT.parts/`` next to ``OUT``, which the corpus walk skips.
A shard holds the rows of a contiguous range of input items (documents,
records or errors, in input order) and is written to a temporary file, flushed
to disk and only then renamed to ``FIRST-END.jsonl`` (items ``FIRST`` to
``END - 1``). When the run ends, the shards are joined into ``OUT`` the same
way (temporary file, then rename) and the folder is removed.

So a run killed at any moment (SIGKILL, a full disk, a power cut) leaves
either no ``OUT`` or a complete one, and a folder of complete shards plus at
most one temporary file. ``corpusparse parse ... -o OUT --resume`` reads the
shard names, skips the items they hold and writes the rest: no row is lost or
written twice. A run interrupted with SIGINT commits the items it finished
before it stops.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from corpusparse.corpus.output import encode_row

__all__ = ["DEFAULT_SHARD_ITEMS", "Checkpoint", "CheckpointMismatch", "parts_dir"]

DEFAULT_SHARD_ITEMS = 1000
"""Input items per shard: a killed run redoes at most this many."""

_MANIFEST = "run.json"
_TEMP_SUFFIX = ".tmp"


class CheckpointMismatch(Exception):
    """``--resume`` found shards of a run with other inputs or options."""


def parts_dir(output: str | os.PathLike[str]) -> Path:
    """The hidden folder that holds the shards of ``output``.

    Examples:
        >>> parts_dir("out/articles.jsonl").as_posix()
        'out/.articles.jsonl.parts'
    """
    path = Path(output)
    return path.parent / f".{path.name}.parts"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _commit(temp: Path, final: Path) -> None:
    """Rename a flushed, synced temporary file into place and sync the folder."""
    os.replace(temp, final)
    _fsync_dir(final.parent)


class _ShardStream:
    """The `corpusparse.corpus.output.Writer` face of one output (main or errors)."""

    encoder = staticmethod(encode_row)

    def __init__(self, checkpoint: Checkpoint, suffix: str) -> None:
        self.checkpoint = checkpoint
        self.suffix = suffix
        self.handle: Any = None
        self.item_end = 0  # bytes written up to the end of the last finished item

    def write(self, row: dict[str, Any]) -> None:
        """Write one row to the open shard."""
        self.write_encoded(encode_row(row))

    def write_encoded(self, encoded: bytes) -> None:
        """Write one encoded row to the open shard."""
        if self.handle is None:
            self.handle = open(self.checkpoint.temp_path(self.suffix), "wb")  # noqa: SIM115
        self.handle.write(encoded)

    def item_done(self) -> None:
        """Mark the end of an item's rows: a seal keeps nothing after it."""
        if self.handle is not None:
            self.item_end = self.handle.tell()

    def close(self) -> None:
        """Nothing to do: `Checkpoint.finish` closes the shards."""

    def seal(self) -> Path | None:
        """Flush and sync the open shard; return its temporary path (if any rows)."""
        if self.handle is None:
            return None
        self.handle.truncate(self.item_end)  # rows of an item cut short by SIGINT
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        self.handle = None
        self.item_end = 0
        return self.checkpoint.temp_path(self.suffix)


class Checkpoint:
    """Sharded, resumable JSON Lines output for one run (see the module docs).

    Args:
        output: The final JSON Lines file.
        key: What identifies the run (inputs and options); ``resume`` refuses
            shards written under another key.
        errors: The final file for error rows, if they go to their own file.
        resume: Keep the shards of an earlier run and continue after them;
            otherwise start afresh (old shards are removed).
        shard_items: Input items per shard.

    Attributes:
        done: Input items whose rows are committed; a resumed run skips them.
        writer: Where the main rows go (a `corpusparse.corpus.output.Writer`).
        error_writer: Where error rows go, when ``errors`` is given.

    Raises:
        CheckpointMismatch: ``resume`` found shards written under another key.
    """

    def __init__(
        self,
        output: str | os.PathLike[str],
        *,
        key: dict[str, Any],
        errors: str | os.PathLike[str] | None = None,
        resume: bool = False,
        shard_items: int = DEFAULT_SHARD_ITEMS,
    ) -> None:
        self.output = Path(output)
        self.errors = Path(errors) if errors is not None else None
        self.folder = parts_dir(output)
        self.shard_items = max(1, shard_items)
        manifest = self.folder / _MANIFEST
        if resume and manifest.exists():
            found = json.loads(manifest.read_text("utf-8"))
            if found != key:
                raise CheckpointMismatch(
                    f"{self.folder} holds a run with other inputs or options: {found}"
                )
            self.done = self._committed()
        else:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir()
            temp = manifest.with_name(_MANIFEST + _TEMP_SUFFIX)
            with open(temp, "w", encoding="utf-8") as handle:
                json.dump(key, handle)
                handle.flush()
                os.fsync(handle.fileno())
            _commit(temp, manifest)
            self.done = 0
        self.first = self.done
        self.pending = 0
        self.writer = _ShardStream(self, ".jsonl")
        self.error_writer = _ShardStream(self, ".errors.jsonl") if errors is not None else None

    def _committed(self) -> int:
        """Items held by the committed shards; stray files of a killed run removed."""
        ranges: list[tuple[int, int]] = []
        for path in self.folder.iterdir():
            name = path.name
            if name.endswith(_TEMP_SUFFIX):
                path.unlink()
            elif name.endswith(".jsonl") and not name.endswith(".errors.jsonl"):
                first, end = name.removesuffix(".jsonl").split("-")
                ranges.append((int(first), int(end)))
        done = 0
        for start, stop in sorted(ranges):
            if start != done:
                break
            done = stop
        for path in self.folder.iterdir():  # shards past a gap, errors without their main
            if path.name != _MANIFEST and int(path.name.split("-", 1)[0]) >= done:
                path.unlink()
        return done

    def temp_path(self, suffix: str) -> Path:
        """Where the open shard of an output is written."""
        return self.folder / f"{self.first:012d}{suffix}{_TEMP_SUFFIX}"

    def _shard_path(self, suffix: str) -> Path:
        return self.folder / f"{self.first:012d}-{self.first + self.pending:012d}{suffix}"

    def item_done(self) -> None:
        """One more input item has all its rows written; commit a full shard."""
        self.pending += 1
        for stream in (self.writer, self.error_writer):
            if stream is not None:
                stream.item_done()
        if self.pending >= self.shard_items:
            self.commit()

    def commit(self) -> None:
        """Commit the rows of the finished items as a shard (errors first, then main)."""
        if self.pending == 0:
            return
        streams = [s for s in (self.error_writer, self.writer) if s is not None]
        for stream in streams:
            temp = stream.seal()
            if temp is None:  # no rows: an empty file marks the range as done
                temp = self.temp_path(stream.suffix)
                with open(temp, "wb") as handle:
                    os.fsync(handle.fileno())
            _commit(temp, self._shard_path(stream.suffix))
        self.done = self.first = self.first + self.pending
        self.pending = 0

    def finish(self) -> None:
        """Commit the last shard, join the shards into the output files, remove the folder."""
        self.commit()
        targets = [(self.output, ".jsonl")]
        if self.errors is not None:
            targets.insert(0, (self.errors, ".errors.jsonl"))
        for target, suffix in targets:
            shards = sorted(
                path
                for path in self.folder.iterdir()
                if path.name.endswith(suffix)
                and (suffix != ".jsonl" or not path.name.endswith(".errors.jsonl"))
            )
            temp = target.with_name(f".{target.name}{_TEMP_SUFFIX}")
            with open(temp, "wb") as out:
                for shard in shards:
                    with open(shard, "rb") as handle:
                        shutil.copyfileobj(handle, out)
                out.flush()
                os.fsync(out.fileno())
            _commit(temp, target)
        shutil.rmtree(self.folder)
