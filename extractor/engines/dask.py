"""The Dask engine: batches of articles processed on Dask workers, merged back in input order.

`--engine dask` sends each batch of uncached articles to a Dask cluster (`distributed`): the one at
`--scheduler ADDRESS`, or a local cluster of `--workers` processes when no address is given. Each
worker process builds its context (model, knowledge base, rules) once, through the per-process
cache `extractor.pipeline.context_for`, and checks that it runs the same extractor code and model as
the client. The client keeps the cache and writes the files, taking results in input order, so the
output is byte-identical to the local engine's. At most WINDOW batches per worker thread are in
flight: memory stays flat however long the input.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .. import __version__
from ..cache import source_hash
from ..ingest import ArticleInput
from ..pipeline import Context, Result, context_for, process_batch
from ..settings import Settings
from . import EngineError

#: how to install the engine's dependency (the `dask` extra of pyproject.toml)
INSTALL_HINT = "pip install 'extractor[dask]' (the distributed package)"

#: batches in flight per worker thread (the local engine's pipeline.WINDOW, for the same reason)
WINDOW = 2

#: seconds to wait for the scheduler to answer and for a first worker to join it
CONNECT_TIMEOUT = 30


def worker_identity(settings: Settings) -> dict[str, Any]:
    """What must agree between client and worker: tool version, source hash, loaded model."""
    ctx = context_for(settings)
    return {"version": __version__, "source": source_hash(), "model": ctx.model}


def process_on_worker(settings: Settings, inputs: list[ArticleInput]) -> tuple[dict[str, Any], list[Result]]:
    """Run on a Dask worker: process one batch with this process's cached context."""
    return worker_identity(settings), process_batch(inputs, context_for(settings))


def _check_identity(expected: dict[str, Any], got: dict[str, Any], where: str) -> None:
    if got != expected:
        raise EngineError(
            f"Dask worker {where} runs extractor {got['version']} (source {got['source'][:12]}, model "
            f"{got['model']}) but this client runs {expected['version']} (source {expected['source'][:12]}, "
            f"model {expected['model']}): install the same extractor version and model on every worker"
        )


@contextlib.contextmanager
def dask_client(settings: Settings) -> Iterator[Any]:
    """A `distributed.Client` for the configured scheduler, or for a local cluster it starts and stops."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError(f"--engine dask needs the distributed package: {INSTALL_HINT}") from None
    if settings.scheduler:
        try:
            client = Client(settings.scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {settings.scheduler}: {exc}") from None
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            client.close()
            raise EngineError(f"the Dask scheduler at {settings.scheduler} has no workers ({exc})") from None
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(
        n_workers=settings.resolved_workers(),
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # a free port: never collides with another cluster
    )
    try:
        with Client(cluster, set_as_default=False) as client:
            yield client
    finally:
        cluster.close()


class _Cluster:
    """The Dask client, connected on first use (a run whose articles are all cached starts no cluster)."""

    def __init__(self, settings: Settings, expected: dict[str, Any]) -> None:
        self.settings = settings
        self.expected = expected
        self.client: Any = None
        self.threads = 1
        self._stack = contextlib.ExitStack()

    def connect(self) -> Any:
        """The client: connected, every worker's context loaded and checked."""
        if self.client is not None:
            return self.client
        client = self._stack.enter_context(dask_client(self.settings))
        try:
            identities = client.run(worker_identity, self.settings)  # loads the model on every worker at once
        except Exception as exc:  # noqa: BLE001 - a worker that cannot build its context
            raise EngineError(f"a Dask worker could not load the model or knowledge base: {type(exc).__name__}: {exc}") from None
        for address, identity in sorted(identities.items()):
            _check_identity(self.expected, identity, address)
        self.threads = max(1, sum(client.nthreads().values()))
        self.client = client
        return client

    def close(self) -> None:
        self._stack.close()


def dask_results_in_order(
    batches: Iterable[list[ArticleInput]], cache: Any, ctx: Context, settings: Settings
) -> Iterator[tuple[list[ArticleInput], list[Result]]]:
    """Each batch with one result per article, in input order; uncached articles computed on Dask workers."""
    expected = {"version": __version__, "source": source_hash(), "model": ctx.model}
    cluster = _Cluster(settings, expected)
    pending: deque[tuple[list[ArticleInput], list[Result | None], Any]] = deque()

    def finish(entry: tuple[list[ArticleInput], list[Result | None], Any]) -> tuple[list[ArticleInput], list[Result]]:
        batch, known, future = entry
        computed: list[Result] = []
        if future is not None:
            try:
                identity, computed = future.result()
            except Exception as exc:  # noqa: BLE001 - the worker (not an article) failed
                raise EngineError(f"a Dask task failed: {type(exc).__name__}: {exc}") from None
            _check_identity(expected, identity, "(task)")
        missing = [inp for inp, r in zip(batch, known) if r is None]
        cache.put_all(missing, computed)
        fresh = iter(computed)
        return batch, [r if r is not None else next(fresh) for r in known]

    try:
        for n, batch in enumerate(batches):
            known = [cache.get(inp) for inp in batch]
            missing = [inp for inp, r in zip(batch, known) if r is None]
            future = None
            if missing:
                future = cluster.connect().submit(process_on_worker, settings, missing, pure=False, priority=-n)
            pending.append((batch, known, future))
            while len(pending) > WINDOW * cluster.threads:
                yield finish(pending.popleft())
        while pending:
            yield finish(pending.popleft())
    finally:
        cluster.close()
