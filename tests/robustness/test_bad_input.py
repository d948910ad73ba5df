"""Bad input battery: one `extractor run` over a folder of generated bad files and good articles.

Each case lives in its own sub-folder (so its records are found by the first part of their
article_id). The run must exit 0 without a traceback; every bad case gives exactly the records its
row expects (one error, or a processed article); every good article still comes out with its
claims; every output line validates against its schema.

Unreadable files: the suite may run as root, for whom `chmod 000` does not stop a read. The
`unreadable` case is therefore skipped as root, and three cases that fail to read for root too
stand in for it: a FIFO named like an article (opening it would block forever), a dangling
symlink and a symlink loop.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import check_output_folder, run_cli

GOOD_TEXT = "South Korea's exports rose 7.8% to $55.8 billion in November, the trade ministry said."
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
DEEP_LEVELS = 1100  # deeper than Python's default recursion limit (1000): os.walk in 3.11 recursed
FIFTY_MB = 50 * 1024 * 1024
ONE_MIB = 1024 * 1024


def _write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: deep chains made by this module, removed after each test (pytest's cleanup recurses and fails on them)
DEEP_CREATED: list[Path] = []


def _remove_chain(folder: Path) -> None:
    """Delete a d/d/d/... chain without recursion (shutil.rmtree recurses past Python's limit)."""
    cwd = os.getcwd()
    try:
        os.chdir(folder)
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for name in os.listdir("."):
            os.unlink(name)
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(cwd)


@pytest.fixture(autouse=True)
def _clean_deep_chains():
    yield
    while DEEP_CREATED:
        folder = DEEP_CREATED.pop()
        if folder.is_dir():
            _remove_chain(folder)


def _deep_folders(folder: Path) -> None:
    folder.mkdir(parents=True)
    DEEP_CREATED.append(folder)
    cwd = os.getcwd()
    try:
        os.chdir(folder)
        for _ in range(DEEP_LEVELS):
            os.mkdir("d")
            os.chdir("d")
        Path("article.txt").write_text(GOOD_TEXT, encoding="utf-8")
    finally:
        os.chdir(cwd)


def _symlink_loop(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop: not followed


def _fifo(folder: Path) -> None:
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.txt")


def _dangling(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")


def _unreadable(folder: Path) -> None:
    _write(folder / "secret.txt", GOOD_TEXT)
    (folder / "secret.txt").chmod(0)


def _jsonl_with_bad_lines(folder: Path) -> None:
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD_TEXT}),
        "not json at all",
        json.dumps({"id": 3}),
        json.dumps([1, 2, 3]),
        "[" * 100_000,  # deeper than the JSON parser's recursion limit
        json.dumps({"text": GOOD_TEXT, "published": "2023-02-30"}),
        json.dumps({"text": 5}),
        '{"text": "Exports rose 5% \\ud800 in May."}',  # a lone surrogate cannot be written as UTF-8
        json.dumps({"id": "ok-2", "text": "Imports fell 3%\u2028in June\u0085to $2 billion."}, ensure_ascii=False),
        "",
    ]
    _write(folder / "feed.jsonl", "\n".join(lines) + "\n")


def _huge_jsonl(folder: Path) -> None:
    _write(folder / "big.jsonl", json.dumps({"id": "huge", "text": _repeat_to(GOOD_TEXT + " ", FIFTY_MB)}) + "\n"
           + json.dumps({"id": "after-huge", "text": GOOD_TEXT}) + "\n")


NON_ENGLISH = {
    "zh": "\u97e9\u56fd11\u6708\u51fa\u53e3\u540c\u6bd4\u589e\u957f7.8%\uff0c\u8fbe\u5230558\u4ebf\u7f8e\u5143\u3002",
    "ru": "\u042d\u043a\u0441\u043f\u043e\u0440\u0442 \u0432\u044b\u0440\u043e\u0441 \u043d\u0430 7,8% \u0434\u043e 55,8 \u043c\u043b\u0440\u0434 \u0434\u043e\u043b\u043b\u0430\u0440\u043e\u0432.",
    "ar": "\u0627\u0631\u062a\u0641\u0639\u062a \u0627\u0644\u0635\u0627\u062f\u0631\u0627\u062a \u0628\u0646\u0633\u0628\u0629 7.8% \u0641\u064a \u0646\u0648\u0641\u0645\u0628\u0631.",
    "de": "Die Exporte stiegen im November um 7,8 Prozent auf 55,8 Milliarden Dollar.",
    "ja": "\u8f38\u51fa\u306f\u524d\u5e74\u540c\u6708\u6bd47.8\uff05\u5897\u3048\u305f\u3002",
    "emoji": "Exports \U0001f680 rose 7.8% \u2014 \U0001f1f0\U0001f1f7 to $55.8 billion.",
}


def _non_english(folder: Path) -> None:
    for lang, text in NON_ENGLISH.items():
        _write(folder / f"{lang}.txt", text)


#: case -> (builder of its sub-folder, expected records: "error" (substring in reason), "article",
#: "either" (exactly one of the two), "article+meta" (processed, plus one ingest.meta error), or a
#: dict of article-id suffix -> one of those for multi-article cases)
Expect = str | dict[str, str]
CASES: dict[str, tuple[Callable[[Path], None], Expect]] = {
    "empty": (lambda f: _write(f / "a.txt", ""), "error:empty"),
    "whitespace": (lambda f: _write(f / "a.txt", "  \n\t\u3000 \r\n"), "error:empty"),
    "binary": (lambda f: _write(f / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 64), "error:binary"),
    "invalid_utf8": (lambda f: _write(f / "a.txt", GOOD_TEXT.encode() + b" \xff\xfe\x80\xc3("), "either"),
    "mixed_encodings": (
        lambda f: _write(f / "a.txt", "Caf\u00e9 exports rose 5%. ".encode() + "\u201cRecord\u201d month \u2014 up 7%.".encode("cp1252")),
        "either",
    ),
    "utf16_bom": (lambda f: _write(f / "a.txt", GOOD_TEXT.encode("utf-16")), "article"),
    "utf16_no_bom": (lambda f: _write(f / "a.txt", GOOD_TEXT.encode("utf-16-le")), "either"),
    "nul_in_text": (lambda f: _write(f / "a.txt", GOOD_TEXT.replace(" rose", "\x00 rose")), "either"),
    "article_50mb": (lambda f: _write(f / "a.txt", _repeat_to(GOOD_TEXT + " ", FIFTY_MB)), "error:exceeds"),
    "line_1mib_no_spaces": (lambda f: _write(f / "a.txt", _repeat_to(GOOD_TEXT.replace(" ", ""), ONE_MIB)), "either"),
    "deep_folders": (_deep_folders, "article"),
    "symlink_loop": (_symlink_loop, {"a": "error:symbolic links", "b": "error:symbolic links"}),
    "dangling_symlink": (_dangling, "error:No such file"),
    "fifo": (_fifo, "error:not a regular file"),
    "unreadable": (_unreadable, "error:Permission denied"),
    "folder_named_txt": (lambda f: _write(f / "x.txt" / "inner.txt", GOOD_TEXT), "article"),
    "broken_meta": (lambda f: (_write(f / "a.txt", GOOD_TEXT), _write(f / "a.meta.json", "{not json")), "article+meta"),
    "deep_meta": (lambda f: (_write(f / "a.txt", GOOD_TEXT), _write(f / "a.meta.json", "[" * 100_000)), "article+meta"),
    "meta_not_object": (lambda f: (_write(f / "a.txt", GOOD_TEXT), _write(f / "a.meta.json", '"2023-12-04"')), "article+meta"),
    "meta_is_fifo": (lambda f: (_write(f / "a.txt", GOOD_TEXT), os.mkfifo(f / "a.meta.json")), "article+meta"),
    "jsonl_bad_lines": (
        _jsonl_with_bad_lines,
        {"ok-1": "article", "2": "error:bad jsonl", "3": "error:'text'", "4": "error:not a JSON object",
         "5": "error:nested too deeply", "6": "error:bad jsonl", "7": "error:'text'", "8": "error:surrogate",
         "ok-2": "article"},
    ),
    "jsonl_huge_line": (_huge_jsonl, {"1": "error:longer than", "after-huge": "article"}),
    "html_scripts_no_body": (
        lambda f: _write(f / "a.html", "<html><head><script>var x = '$5 billion up 7%';</script><style>p{}</style></head></html>"),
        "error:no main text",
    ),
    "html_deeply_nested": (lambda f: _write(f / "a.html", "<div>" * 50_000 + GOOD_TEXT + "</div>" * 50_000), "either"),
    "non_english": (_non_english, {lang: "article" for lang in NON_ENGLISH}),
}

GOOD = {
    "a.txt": GOOD_TEXT,
    "b.md": "# Trade\n\nImports fell 3.5% to $12.1 billion in October, customs data showed.",
    "c.html": f"<html><head><script>alert('$9 billion')</script></head><body><article><p>{GOOD_TEXT}</p>"
              "<p>The surplus widened to $3.8 billion, the ministry said in a statement on Friday.</p></article></body></html>",
    "d.jsonl": json.dumps({"id": "good-line", "text": GOOD_TEXT, "published": "2023-12-04"}) + "\n",
}


@pytest.fixture(scope="module")
def battery(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[dict]], str]:
    """Build every case and the good articles, run the CLI once over all of them."""
    root = tmp_path_factory.mktemp("battery")
    inp = root / "in"
    for name, (build, _) in CASES.items():
        build(inp / name)
    for name, text in GOOD.items():
        _write(inp / "good" / name, text)
    proc = run_cli("run", str(inp), "--out", str(root / "out"), "--model", "none", "--workers", "1", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return inp, check_output_folder(root / "out"), proc.stderr


def _records_of(inp: Path, records: dict[str, list[dict]], case: str) -> tuple[list[dict], list[dict]]:
    """The article and error records whose source lies in the case's folder."""
    prefix = f"{inp / case}/"
    articles = [r for r in records["articles"] if r["path"].startswith(prefix)]
    errors = [e for e in records["errors"] if e["path"].startswith(prefix)]
    return articles, errors


def _check(expect: str, articles: list[dict], errors: list[dict], label: str) -> None:
    kind, _, needle = expect.partition(":")
    if kind == "error":
        assert not articles, f"{label}: expected an error, got an article"
        assert len(errors) == 1, f"{label}: expected one error record, got {errors}"
        assert needle in errors[0]["reason"], f"{label}: reason {errors[0]['reason']!r} lacks {needle!r}"
    elif kind == "article":
        assert len(articles) == 1 and not errors, f"{label}: expected one article, got {articles} / {errors}"
    elif kind == "article+meta":
        assert len(articles) == 1, label
        assert len(errors) == 1 and errors[0]["stage"] == "ingest.meta", f"{label}: {errors}"
    else:  # either
        assert len(articles) + len(errors) == 1, f"{label}: expected exactly one record, got {articles} / {errors}"


@pytest.mark.parametrize("case", list(CASES))
def test_each_bad_case_costs_only_itself(case: str, battery: tuple[Path, dict[str, list[dict]], str]) -> None:
    if case == "unreadable" and IS_ROOT:
        pytest.skip("running as root: chmod 000 does not stop reads (fifo, dangling_symlink, symlink_loop cover it)")
    inp, records, _ = battery
    expect = CASES[case][1]
    articles, errors = _records_of(inp, records, case)
    if isinstance(expect, str):
        _check(expect, articles, errors, case)
        return
    assert len(articles) + len(errors) == len(expect), f"{case}: {len(articles)} articles, {len(errors)} errors"
    for suffix, sub in expect.items():
        a = [r for r in articles if r["article_id"].endswith(f"/{suffix}") or r["article_id"] == suffix]
        e = [r for r in errors if r["article_id"].endswith(f"/{suffix}")]
        _check(sub, a, e, f"{case}/{suffix}")


def test_every_good_article_still_comes_out_with_its_claims(battery: tuple[Path, dict[str, list[dict]], str]) -> None:
    inp, records, _ = battery
    good = {r["article_id"]: r for r in _records_of(inp, records, "good")[0]}
    assert set(good) == {"good/a", "good/b", "good/c", "good-line"}
    claims = records["claims"]
    for aid in good:
        values = {c["value"] for c in claims if c["article_id"] == aid}
        assert values, f"{aid} has no claims"
    assert {55.8e9, 7.8} <= {c["value"] for c in claims if c["article_id"] == "good/a"}
    assert "alert" not in good["good/c"]["text"]


def test_evidence_offsets_point_into_each_original_text(battery: tuple[Path, dict[str, list[dict]], str]) -> None:
    _, records, _ = battery
    texts = {a["article_id"]: a["text"] for a in records["articles"]}
    for record in records["claims"] + records["flags"]:
        ev = record.get("evidence")
        if ev and record["article_id"] in texts:
            assert texts[record["article_id"]][ev["start"] : ev["end"]] == ev["text"]


def test_utf16_text_is_decoded_not_mangled(battery: tuple[Path, dict[str, list[dict]], str]) -> None:
    _, records, _ = battery
    (article,) = [a for a in records["articles"] if a["article_id"] == "utf16_bom/a"]
    assert article["text"] == GOOD_TEXT and article["encoding"].startswith("utf")
    assert any(c["value"] == 55.8e9 for c in records["claims"] if c["article_id"] == "utf16_bom/a")


def test_non_english_text_is_kept_verbatim(battery: tuple[Path, dict[str, list[dict]], str]) -> None:
    _, records, _ = battery
    texts = {a["article_id"]: a["text"] for a in records["articles"]}
    for lang, text in NON_ENGLISH.items():
        assert texts[f"non_english/{lang}"] == text


def test_duplicate_article_ids_do_not_replace_each_other(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    _write(inp / "feed.jsonl", json.dumps({"id": "same", "text": GOOD_TEXT}) + "\n"
           + json.dumps({"id": "same", "text": "Imports fell 3% to $2 billion in June."}) + "\n")
    proc = run_cli("run", str(inp), "--out", str(tmp_path / "out"), "--model", "none", "--workers", "1", "--quiet")
    assert proc.returncode == 0, proc.stderr
    records = check_output_folder(tmp_path / "out")
    texts = [a["text"] for a in records["articles"]]
    # the first article is kept once; the second is reported as a duplicate (as read_inputs does)
    assert texts == [GOOD_TEXT]
    assert any("duplicate" in e["reason"] for e in records["errors"])
