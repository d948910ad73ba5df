"""Limits: the maximum article size is enforced per article, and an oversize file is refused unread."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from extractor import Settings, run

from .helpers import REPO, check_output_folder, cli_command

MAX = 200
SENTENCE = "Exports rose 5.2% to $12.5 billion in May. "


def _text_of(chars: int, unit: str = SENTENCE) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def _run(inp: Path, out: Path, max_chars: int) -> dict[str, list[dict]]:
    run([inp], out, Settings(model="none", workers=1, max_chars=max_chars))
    return check_output_folder(out)


def test_max_chars_is_a_per_article_limit_in_characters(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "under.txt").write_text(_text_of(MAX - 1), encoding="utf-8")
    (inp / "at.txt").write_text(_text_of(MAX), encoding="utf-8")
    (inp / "over.txt").write_text(_text_of(MAX + 1), encoding="utf-8")
    # 3 bytes a character: more bytes than MAX, but not more characters
    (inp / "cjk.txt").write_text(_text_of(MAX, "\u51fa\u53e3\u589e\u957f5%\u3002"), encoding="utf-8")
    lines = [json.dumps({"id": "line-ok", "text": _text_of(MAX)}), json.dumps({"id": "line-over", "text": _text_of(MAX + 1)})]
    (inp / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = _run(inp, tmp_path / "out", MAX)
    assert sorted(a["article_id"] for a in records["articles"]) == ["at", "cjk", "line-ok", "under"]
    errors = {e["article_id"]: e["reason"] for e in records["errors"]}
    assert set(errors) == {"over", "feed/2"}
    assert all("exceeds" in reason for reason in errors.values())


def test_cli_max_chars_option_records_the_oversize_article(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "small.txt").write_text(_text_of(100), encoding="utf-8")
    (inp / "big.txt").write_text(_text_of(5000), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(cli_command("run", str(inp), "--out", str(out), "--max-chars", "1000", "--model", "none",
                                      "--workers", "1", "--quiet"), capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr
    records = check_output_folder(out)
    assert [a["article_id"] for a in records["articles"]] == ["small"]
    assert [(e["article_id"], "exceeds" in e["reason"]) for e in records["errors"]] == [("big", True)]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["settings"]["max_chars"] == 1000


def test_large_jsonl_is_streamed_line_by_line(tmp_path: Path) -> None:
    """A .jsonl larger than 4 x max_chars is read a line at a time; each line is judged on its own."""
    max_chars = 1000
    inp = tmp_path / "in"
    inp.mkdir()
    huge = json.dumps({"id": "huge", "text": _text_of(1_100_000)})  # beyond the per-line byte bound
    lines = [json.dumps({"id": "a", "text": _text_of(500)}), huge, "{broken",
             json.dumps({"id": "over", "text": _text_of(max_chars + 1)}), json.dumps({"id": "b", "text": _text_of(900)})]
    (inp / "feed.jsonl").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    records = _run(inp, tmp_path / "out", max_chars)
    assert [a["article_id"] for a in records["articles"]] == ["a", "b"]
    errors = {e["article_id"]: e["reason"] for e in records["errors"]}
    assert set(errors) == {"feed/2", "feed/3", "feed/4"}
    assert "longer than" in errors["feed/2"] and "exceeds" in errors["feed/4"]


def _peak_rss_kb(args: list[str]) -> tuple[int, int]:
    """Exit code and peak resident memory (KiB) of one CLI run in a child process."""
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4 (POSIX)")
def test_a_50mb_article_is_refused_without_being_read(tmp_path: Path) -> None:
    """The run over a 50 MB article peaks at about the memory of a run over a small one.

    Reading it would cost at least 100 MB (the bytes and the decoded text); the bound allows noise.
    """
    small, big = tmp_path / "small", tmp_path / "big"
    for folder in (small, big):
        folder.mkdir()
        (folder / "good.txt").write_text(_text_of(300), encoding="utf-8")
    (small / "other.txt").write_text(_text_of(300), encoding="utf-8")
    (big / "other.txt").write_text(_text_of(50 * 1024 * 1024), encoding="utf-8")
    peaks = {}
    for name, folder in (("small", small), ("big", big)):
        code, peaks[name] = _peak_rss_kb(cli_command("run", str(folder), "--out", str(tmp_path / f"out-{name}"),
                                                     "--model", "none", "--workers", "1", "--quiet"))
        assert code == 0
    records = check_output_folder(tmp_path / "out-big")
    assert [(e["article_id"], "exceeds" in e["reason"]) for e in records["errors"]] == [("other", True)]
    assert peaks["big"] - peaks["small"] < 40 * 1024, peaks
