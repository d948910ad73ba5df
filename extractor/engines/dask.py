"""The Dask engine: batches of articles processed on Dask workers, merged back in input order.

`--engine dask` sends each batch of uncached articles to a Dask cluster (`distributed`): the one at
`--scheduler ADDRESS`, or a local cluster of `--workers` processes when no address is given. Each
worker process builds its context (model, knowledge base, rules) once, through the per-process
cache `extractor.pipeline.context_for`, and checks that it runs the same extractor code and model as
the client. The client keeps the cache and writes the files, taking results in input order, so the
output is byte-identical to the local engine's. At most WINDOW batches per worker thread are in
flight (pipeline.WINDOW): memory stays flat however long the input.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from .. import __version__
from ..cache import source_hash
from ..ingest import ArticleInput
from ..pipeline import Context, Packed, context_for, pack, process_batch_in_zone
from ..settings import Settings
from . import EngineError

#: how to install the engine's dependency (the `dask` extra of pyproject.toml)
INSTALL_HINT = "pip install 'extractor[dask]' (the distributed package)"

#: seconds to wait for the scheduler to answer and for a first worker to join it
CONNECT_TIMEOUT = 30


def worker_identity(settings: Settings) -> dict[str, Any]:
    """What must agree between client and worker: tool version, source hash, loaded model."""
    ctx = context_for(settings)
    return {"version": __version__, "source": source_hash(), "model": ctx.model}


def process_on_worker(settings: Settings, inputs: list[ArticleInput]) -> tuple[dict[str, Any], list[Packed]]:
    """Run on a Dask worker: process one batch with this process's cached context."""
    return worker_identity(settings), pack(process_batch_in_zone(inputs, context_for(settings)))


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


class _DaskJob:
    """A batch submitted to the cluster; `result()` checks the worker's identity."""

    def __init__(self, future: Any, expected: dict[str, Any]) -> None:
        self.future = future
        self.expected = expected

    def result(self) -> list[Packed]:
        try:
            identity, computed = self.future.result()
        except Exception as exc:  # noqa: BLE001 - the worker (not an article) failed
            raise EngineError(f"a Dask task failed: {type(exc).__name__}: {exc}") from None
        _check_identity(self.expected, identity, "(task)")
        return computed


class DaskExecutor:
    """The pipeline's executor for `--engine dask` (see extractor.pipeline.make_executor)."""

    def __init__(self, ctx: Context, settings: Settings) -> None:
        self.expected = {"version": __version__, "source": source_hash(), "model": ctx.model}
        self.settings = settings
        self.cluster = _Cluster(settings, self.expected)
        self._submitted = 0

    @property
    def capacity(self) -> int:
        """Worker threads of the cluster (1 until it is connected)."""
        return self.cluster.threads

    def submit(self, inputs: list[ArticleInput]) -> _DaskJob:
        self._submitted += 1
        client = self.cluster.connect()
        future = client.submit(process_on_worker, self.settings, inputs, pure=False, priority=-self._submitted)
        return _DaskJob(future, self.expected)

    def close(self) -> None:
        self.cluster.close()
