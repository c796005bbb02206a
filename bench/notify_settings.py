"""Settings of the notification benchmark: the benchmark servers' settings, and
every task result kept so the benchmark can time them."""

import os

from bench.settings import *  # noqa: F403 -- extends the bench settings by design
from bench.settings import Q_CLUSTER

Q_CLUSTER = {
    **Q_CLUSTER,
    "name": os.environ.get("BENCH_QUEUE_NAME", "sinopen-bench"),
    "save_limit": 0,
}
