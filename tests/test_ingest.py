"""Ingest: every format, sidecars, encodings, ids, hidden files, duplicates and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extractor.ingest import ArticleInput, IngestProblem, InputError, decode, discover, read_inputs


def collect(*inputs: Path, max_chars: int = 1_000_000) -> tuple[list[ArticleInput], list[IngestProblem]]:
    items = list(read_inputs(list(inputs), max_chars))
    return [i for i in items if isinstance(i, ArticleInput)], [i for i in items if isinstance(i, IngestProblem)]


def test_txt_md_html_jsonl_and_ids(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Exports rose 5% in May.", encoding="utf-8")
    (tmp_path / "two.md").write_text("# Title\n\nImports fell 2%.", encoding="utf-8")
    (tmp_path / "three.html").write_text(
        "<html><head><script>var x = '$5 billion';</script></head><body><nav>Menu</nav>"
        "<article><p>Trade surplus reached $12 billion in the quarter, officials said on Tuesday.</p>"
        "<p>The figure beat forecasts by a wide margin, analysts noted in their reports.</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "x-1", "text": "GDP grew 3%.", "published": "2024-01-02", "title": "T"}) + "\n"
        + json.dumps({"text": "No id here, up 4%."}) + "\n",
        encoding="utf-8",
    )
    arts, problems = collect(tmp_path)
    assert not problems
    ids = {a.article_id: a for a in arts}
    assert set(ids) == {"a/one", "two", "three", "x-1", "feed/2"}
    assert ids["x-1"].published == date(2024, 1, 2) and ids["x-1"].published_from == "jsonl"
    assert ids["x-1"].title == "T"
    assert "Trade surplus reached $12 billion" in ids["three"].text
    assert "var x" not in ids["three"].text
    assert ids["three"].format == "html" and ids["two"].format == "md"


def test_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("Exports rose 5% in May.", encoding="utf-8")
    (tmp_path / "s.meta.json").write_text(json.dumps({"published": "2023-12-04", "source": "GT", "title": "x"}))
    arts, problems = collect(tmp_path)
    assert not problems
    assert arts[0].published == date(2023, 12, 4) and arts[0].published_from == "sidecar"
    assert arts[0].source == "GT"


@pytest.mark.parametrize(
    "meta",
    ['{"published": "2023-13-45"}', "{not json", '["list"]', '{"published": "2023-01-01", "extra": 1}'],
    ids=["bad-date", "bad-json", "not-object", "unknown-field"],
)
def test_broken_sidecar_keeps_article_and_reports(tmp_path: Path, meta: str) -> None:
    (tmp_path / "s.txt").write_text("Exports rose 5% in May.", encoding="utf-8")
    (tmp_path / "s.meta.json").write_text(meta)
    arts, problems = collect(tmp_path)
    assert len(arts) == 1 and arts[0].published is None
    assert len(problems) == 1 and problems[0].stage == "ingest.meta" and not problems[0].fatal
    assert "s.meta.json" in problems[0].path


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Caf\u00e9 exports rose 5% \u2014 the \u201cbest\u201d month, officials said in their statement."),
        ("latin-1", "Les exportations fran\u00e7aises ont augment\u00e9 de 5% selon les donn\u00e9es officielles publi\u00e9es."),
        ("utf-16", "Exports rose 5% in May, the ministry said."),
        ("utf-8-sig", "Exports rose 5% in May, the ministry said."),
    ],
)
def test_non_utf8_files_are_decoded_and_encoding_reported(tmp_path: Path, encoding: str, text: str) -> None:
    (tmp_path / "e.txt").write_bytes(text.encode(encoding))
    arts, problems = collect(tmp_path)
    assert not problems
    assert arts[0].text == text
    assert arts[0].encoding != "utf-8" or encoding == "utf-8"


def test_decode_rejects_binary() -> None:
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_bad_files_become_problems_and_others_survive(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Exports rose 5% in May.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("   \n\t ")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "script.html").write_text("<html><script>alert(1)</script></html>")
    (tmp_path / "lines.jsonl").write_text('{"text": "ok 5%"}\nnot json\n{"id": 3}\n{"text": "fine 6%"}\n')
    arts, problems = collect(tmp_path)
    assert sorted(a.article_id for a in arts) == ["good", "lines/1", "lines/4"]
    reasons = {p.article_id: p.reason for p in problems}
    assert set(reasons) == {"empty", "blank", "bin", "script", "lines/2", "lines/3"}
    assert "empty" in reasons["empty"] and "binary" in reasons["bin"]
    assert "'text'" in reasons["lines/3"]


def test_hidden_and_unsupported_are_skipped_and_symlink_loops_do_not_hang(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("up 5%")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("up 5%")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("up 5%")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    files, problems = discover([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f, _ in files] == ["sub/a.txt"]


def test_missing_input_is_a_run_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        discover([tmp_path / "nope"])


def test_oversize_article_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("up 5%. " * 1000)
    arts, problems = collect(tmp_path, max_chars=100)
    assert not arts and "exceeds" in problems[0].reason


def test_single_file_input_id_is_its_stem(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text("Exports rose 5% in May.")
    arts, _ = collect(f)
    assert arts[0].article_id == "one"
