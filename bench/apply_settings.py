"""Benchmark server settings for `bench apply`: the catalogue benchmark's, with a
bare POST view beside the portal's URLs."""

from bench.settings import *  # noqa: F403 -- extends the benchmark settings by design

ROOT_URLCONF = "bench.apply_urls"
