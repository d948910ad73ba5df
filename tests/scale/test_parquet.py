"""`--format parquet`: one Parquet file per JSONL file, row for row, with a fixed schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.output import JSONL_FILES
from extractor.parquet import columns, write_parquet

pq = pytest.importorskip("pyarrow.parquet")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def parquet_out(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parquet-out")
    result = CliRunner().invoke(cli, ["run", str(small_corpus), "--out", str(out), "--model", "none", "--format", "parquet", "-j", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("name", JSONL_FILES)
def test_parquet_rows_equal_jsonl_rows(parquet_out: Path, name: str) -> None:
    records = read_jsonl(parquet_out / f"{name}.jsonl")
    table = pq.read_table(parquet_out / f"{name}.parquet")
    assert table.schema.names == list(columns(name))
    rows = table.to_pylist()
    assert len(rows) == len(records)
    cols = columns(name)
    for record, row in zip(records, rows):
        for col, kind in cols.items():
            value = row[col]
            if kind is None and value is not None:
                value = json.loads(value)  # nested fields are their JSON text
            elif value is not None and hasattr(value, "isoformat"):
                value = value.isoformat()
            assert value == record.get(col), (name, col)


def test_claims_have_rows_and_typed_columns(parquet_out: Path) -> None:
    table = pq.read_table(parquet_out / "claims.parquet")
    assert table.num_rows > 5
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("effective").type) == "date32[day]"
    assert str(table.schema.field("evidence").type) == "string"
    ev = json.loads(table.column("evidence")[0].as_py())
    assert set(ev) == {"text", "start", "end"}


def test_empty_file_keeps_its_schema(tmp_path: Path) -> None:
    for name in JSONL_FILES:
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    paths = write_parquet(tmp_path)
    assert [p.name for p in paths] == [f"{n}.parquet" for n in JSONL_FILES]
    table = pq.read_table(tmp_path / "errors.parquet")
    assert table.num_rows == 0 and table.schema.names == ["schema_version", "article_id", "path", "stage", "reason"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_chunks_of_rows_make_one_table(tmp_path: Path, monkeypatch) -> None:
    import extractor.parquet as parquet

    monkeypatch.setattr(parquet, "CHUNK_ROWS", 2)
    errors = [{"schema_version": "1.0", "article_id": f"a{i}", "path": f"a{i}.txt", "stage": "ingest", "reason": "r"} for i in range(5)]
    (tmp_path / "errors.jsonl").write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
    write_parquet(tmp_path, ("errors",))
    assert pq.read_table(tmp_path / "errors.parquet").to_pylist() == errors


def test_unknown_field_is_refused(tmp_path: Path) -> None:
    (tmp_path / "errors.jsonl").write_text(json.dumps({"article_id": "a", "bogus": 1}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bogus"):
        write_parquet(tmp_path, ("errors",))
    assert not (tmp_path / "errors.parquet").exists()


def test_missing_pyarrow_is_a_one_line_error_before_the_run(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(small_corpus), "--out", str(out), "--model", "none", "--format", "parquet"])
    assert result.exit_code == 2
    assert "--format parquet needs pyarrow" in result.output and "extractor[parquet]" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()  # nothing ran
