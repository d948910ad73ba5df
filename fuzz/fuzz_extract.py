"""Fuzz harness: extract_text and the file readers must never raise, and every offset must slice the original.

Two targets, chosen by the first input byte:
- text: the bytes become a text (raw Unicode, or a mix of tokens every stage reacts to and the
  pathological runs of tests/robustness/pathological.py) run through `extract_text` in the fast
  mode; no exception, no error record, every claim/flag/entity offset slices the ORIGINAL text.
- file: the bytes become a `.txt`/`.md`/`.html`/`.jsonl` file (with or without a sidecar) read by
  `extractor.ingest.read_file`, which must turn anything it cannot read into an IngestProblem.

With atheris installed (`make fuzz` installs it) this runs under libFuzzer with coverage guidance;
without it, a plain random-input loop mutates the same seeds. Either way it stops after
`--seconds` and saves a failing input under fuzz/artifacts/.

    make fuzz FUZZ_SECONDS=60
    .venv/bin/python fuzz/fuzz_extract.py --seconds 60 --plain      # without atheris
    .venv/bin/python fuzz/fuzz_extract.py --replay fuzz/artifacts/crash-...  # re-run one input
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import pkgutil
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "fuzz" / "artifacts"
sys.path.insert(0, str(ROOT))

TOKENS = [
    "$55.8 billion", "7.8%", "19 percent of total exports7%", "41 trillion yuan", "1,234", "0.5", "5%-6%", "about",
    "more than", "US$", "€", "亿", "万", "basis points", "percentage points", "rose", "fell", "to", "from", "by",
    "**", "3**", "[...]", "。", "，", "（", "）", "in November", "on the 3rd", "last year", "the first quarter",
    "FY2024", "SEOUL, Dec 4, 2023 (Yonhap) --", "Minister", "Wang Wentao", "spokesperson", "said", "will impose",
    "tariffs", "effective from", "China", " ", ".", ",", "\n", "-",
]
SUFFIXES = (".txt", ".md", ".html", ".jsonl")
MAX_CHARS = 20_000  # the file target's article limit: small, so oversize paths are reached too

_settings = None
_tmp = None


def _fast_settings():  # noqa: ANN202
    global _settings
    if _settings is None:
        from extractor import Settings

        _settings = Settings(model="none")
    return _settings


class Input:
    """Draws values from fuzzer bytes (the same interface for atheris and the plain loop)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def rest_bytes(self) -> bytes:
        out, self.pos = self.data[self.pos :], len(self.data)
        return out

    def rest_text(self) -> str:
        return self.rest_bytes().decode("utf-8", errors="replace")


def build_text(inp: Input) -> str:
    """A text from the input: raw Unicode, or tokens and pathological runs chosen by the bytes."""
    from tests.robustness.pathological import PATHOLOGICAL

    mode = inp.byte() % 3
    if mode == 0:
        return inp.rest_text()
    pieces = []
    names = sorted(PATHOLOGICAL)
    while inp.pos < len(inp.data) and len(pieces) < 200:
        b = inp.byte()
        if mode == 2 and b % 16 == 0:
            pieces.append(PATHOLOGICAL[names[inp.byte() % len(names)]](1 + inp.byte() * 4))
        else:
            pieces.append(TOKENS[b % len(TOKENS)])
    return "".join(pieces)


def check_text(text: str, published: date | None) -> None:
    """extract_text must not raise nor fail an article, and every offset must slice the original."""
    from extractor import extract_text

    res = extract_text(text, published=published, settings=_fast_settings())
    if not text.strip():
        return
    assert not res.errors, [e.reason for e in res.errors]
    for record in [*res.claims, *res.flags]:
        ev = record.evidence
        if ev is not None:
            assert text[ev.start : ev.end] == ev.text, (record, ev)
    for entity in res.entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text, (entity, m)


def check_file(inp: Input) -> None:
    """read_file must turn any bytes into articles or problems, never an exception."""
    from extractor.ingest import ArticleInput, IngestProblem, read_file

    global _tmp
    if _tmp is None:
        _tmp = Path(tempfile.mkdtemp(prefix="extractor-fuzz-"))
    suffix = SUFFIXES[inp.byte() % len(SUFFIXES)]
    with_sidecar = inp.byte() % 4 == 0
    data = inp.rest_bytes()
    path = _tmp / f"article{suffix}"
    sidecar = _tmp / "article.meta.json"
    if with_sidecar:
        cut = len(data) // 3
        sidecar.write_bytes(data[:cut])
        data = data[cut:]
    else:
        sidecar.unlink(missing_ok=True)
    path.write_bytes(data)
    for item in read_file(path, _tmp, MAX_CHARS):
        assert isinstance(item, (ArticleInput, IngestProblem))
        if isinstance(item, ArticleInput):
            item.text.encode("utf-8")  # writable as UTF-8
    path.unlink()


def one_input(data: bytes) -> None:
    """The fuzz target: one input through the text or the file target."""
    inp = Input(data)
    target = inp.byte()
    if target % 4 == 0:
        check_file(inp)
        return
    day = inp.byte() | inp.byte() << 8
    published = None if day % 5 == 0 else date(1995, 1, 1) + timedelta(days=day % 20_000)
    check_text(build_text(inp), published)


def seeds() -> list[bytes]:
    """Starting inputs: news sentences, garbled decimals, JSON lines and HTML for each target."""
    texts = [
        "South Korea's exports rose 7.8% to $55.8 billion in November, the ministry said.",
        "Retail sales grew 19 percent of total exports7% in the first quarter, up from 41 trillion yuan.",
        "SEOUL, Dec 4, 2023 (Yonhap) -- Minister Wang Wentao said China will impose tariffs effective from Jan 1.",
        "The ** said on the 3** that imports fell 3.5%-4% to about 1,234 tons。",
    ]
    out = [bytes([1, 7, 0, 0]) + t.encode() for t in texts]
    out += [bytes([2, 1, 1, 2]) + bytes(range(0, 60, 3)), bytes([3, 9, 9, 1]) + bytes([16, 3, 40, 5, 16, 7, 200])]
    out += [bytes([0, 0, 1]) + b'{"id": "x", "text": "Exports rose 5%.", "published": "2023-12-04"}\n{bad\n',
            bytes([0, 2, 1]) + b"<html><body><p>Imports fell 3% in May.</p><script>x=1</script></body></html>",
            bytes([0, 0, 0]) + "\ufeffCaf\u00e9 exports rose 5%.".encode("cp1252", errors="replace")]
    return out


def _save(data: bytes) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"crash-{hashlib.sha1(data).hexdigest()}"
    path.write_bytes(data)
    return path


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A random edit of an input: flip, insert, delete, duplicate or splice bytes."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        at = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2 and buf:
            del buf[at : at + rng.randint(1, 16)]
        elif op == 3 and buf:
            chunk = buf[at : at + rng.randint(1, 64)]
            buf[at:at] = chunk * rng.randint(1, 50)
        else:
            buf[at:at] = rng.choice(TOKENS).encode()
    return bytes(buf[:100_000])


def plain_loop(seconds: float, seed: int) -> int:
    """Random inputs (mutated seeds and fresh random bytes) until time is up; the number run."""
    rng = random.Random(seed)
    pool = seeds()
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:
        data = mutate(rng.choice(pool), rng) if rng.random() < 0.8 else rng.randbytes(rng.randint(0, 2000))
        try:
            one_input(data)
        except Exception:
            print(f"failure after {runs} inputs; input saved to {_save(data)}", file=sys.stderr)
            raise
        runs += 1
        if runs % 50 == 0 and len(pool) < 500:
            pool.append(data)  # keep some variety without coverage feedback
    return runs


def run_atheris(seconds: int, extra: list[str]) -> None:
    """Run under libFuzzer (atheris) with the extractor package instrumented, for `seconds`."""
    import atheris

    with atheris.instrument_imports(include=["extractor"]):
        import extractor

        for module in pkgutil.walk_packages(extractor.__path__, "extractor."):
            if module.name.endswith("__main__"):
                continue
            try:  # every module now, so lazy imports are instrumented too
                importlib.import_module(module.name)
            except ImportError:  # an optional engine whose library is not installed
                continue
    one_input(seeds()[0])  # load the model before the clock starts
    corpus = Path(tempfile.mkdtemp(prefix="extractor-fuzz-corpus-"))
    for i, data in enumerate(seeds()):
        (corpus / f"seed-{i}").write_bytes(data)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], f"-max_total_time={seconds}", f"-artifact_prefix={ARTIFACTS}/", "-max_len=20000",
            "-rss_limit_mb=4096", *extra, str(corpus)]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def main() -> None:
    """Fuzz for a set time (atheris when installed and not --plain), or replay saved inputs."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--plain", action="store_true", help="the random-input loop even when atheris is installed")
    ap.add_argument("--seed", type=int, default=0, help="random seed of the plain loop")
    ap.add_argument("--replay", nargs="*", type=Path, default=None, help="run saved inputs once each")
    args, extra = ap.parse_known_args()
    if args.replay is not None:
        for path in args.replay:
            one_input(path.read_bytes())
            print(f"ok {path}")
        return
    if not args.plain:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed: running the plain random-input loop", file=sys.stderr)
        else:
            run_atheris(args.seconds, extra)
            return
    one_input(seeds()[0])  # load the model before the clock starts
    t0 = time.monotonic()
    runs = plain_loop(args.seconds, args.seed)
    print(f"plain loop: {runs} inputs in {time.monotonic() - t0:.0f} s, no failure")


if __name__ == "__main__":
    main()
