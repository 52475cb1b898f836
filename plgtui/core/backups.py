"""The backups beside a journey: where they are, and which to keep so history stays spread
over time."""

from __future__ import annotations

import time
from pathlib import Path

KEEP_BACKUPS = 20  # the most recent ones, whatever their age
DAILY_DAYS = 30  # then the last backup of each day for a month


def backup_folder(path: Path) -> Path:
    return path.with_name(f"{path.stem}.backups")


def list_backups(path: Path) -> list[Path]:
    """Backups of `path`, newest first (their names sort by the time they were made)."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{path.stem}-*.json"), reverse=True)


def new_backup(path: Path, now: float) -> Path:
    """Where a backup made `now` goes (its folder made): named by the time, so names sort as
    the backups were made; two made in the same moment (both sides of a merge) apart."""
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    micro = int(now * 1e6) % 1_000_000
    target = folder / f"{path.stem}-{stamp}-{micro:06d}.json"
    while target.exists() and micro < 999_999:
        micro += 1
        target = folder / f"{path.stem}-{stamp}-{micro:06d}.json"
    return target


def backup_time(backup: Path) -> float | None:
    """When a backup was made, from its name (`journey-20261130-101500-123456.json`)."""
    parts = backup.stem.rsplit("-", 3)
    try:
        return time.mktime(time.strptime(f"{parts[-3]}-{parts[-2]}", "%Y%m%d-%H%M%S"))
    except (ValueError, IndexError):
        return None


def backups_to_drop(backups: list[Path], now: float) -> list[Path]:
    """Which backups to let go, so that history stays spread over time: the newest 20, then
    the last of each day for a month, then the last of each week before that. Twenty quick
    restarts no longer push out everything older. `backups` newest first."""
    keep: set[Path] = set(backups[:KEEP_BACKUPS])
    seen: set[tuple[int, int]] = set()

    def bucket(made: float) -> tuple[int, int]:
        day = time.localtime(made)
        if now - made <= DAILY_DAYS * 86400:
            return day.tm_year, day.tm_yday
        year, week = time.strftime("%G %V", day).split()
        return int(year), 1000 + int(week)

    for backup in backups:
        made = backup_time(backup)
        if made is None:
            continue  # not named by plgtui: leave it alone
        if backup not in keep and bucket(made) in seen:
            continue
        if bucket(made) not in seen:  # newest first: the first one met is the last of its day
            seen.add(bucket(made))
            keep.add(backup)
    return [b for b in backups if b not in keep and backup_time(b) is not None]
