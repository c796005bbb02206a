"""Anonymous requests per second for the catalogue, a permit page and a guide page,
each as a ratio to a bare Django view on the same server, in the same run.

    python -m bench catalogue [--rounds 4] [--seconds 2] [--clients 4]
                              [--workers 2]

Seeds a throw-away database (SQLite in a temp folder, or DATABASE_URL), starts
gunicorn on a loopback port, and loads each URL in turn with the same number of
connections (wrk when installed, else Python client processes). It runs twice: with the anonymous page cache (the default) and
without it (PAGE_CACHE_TIMEOUT=0).
"""

import argparse
import http.client
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# wrk (Debian package `wrk`) costs the machine far less than Python clients; the
# benchmark falls back to client processes when it is missing.
WRK = shutil.which("wrk")
BARE = "/_bench/bare/"
PAGES = [
    ("catalogue", "/layanan/"),
    ("permit page", "/layanan/sip-perawat/"),
    ("guide page", "/panduan/cara-mengajukan-sip/"),
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def hammer(port, path, seconds, results):
    """One client process: request `path` for `seconds`, count answers."""
    done = failed = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request("GET", path, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                done += 1
            else:
                failed += 1
        except OSError:
            failed += 1
        finally:
            connection.close()
    results.put((done, failed))


def measure_with_wrk(port, path, seconds, clients):
    result = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{clients}",
            f"-d{max(1, round(seconds))}s",  # wrk takes whole seconds
            "-H",
            "Host: localhost",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rate = failed = 0
    for line in result.stdout.splitlines():
        words = line.split()
        if line.startswith("Requests/sec:"):
            rate = float(words[1])
        elif line.strip().startswith("Non-2xx") or "Socket errors" in line:
            failed += sum(int(w.rstrip(",")) for w in words if w.rstrip(",").isdigit())
    return rate, failed


def measure(port, path, seconds, clients):
    if WRK:
        return measure_with_wrk(port, path, seconds, clients)

    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=hammer, args=(port, path, seconds, results))
        for _ in range(clients)
    ]
    started = time.perf_counter()
    for process in processes:
        process.start()
    totals = [results.get() for _ in processes]
    for process in processes:
        process.join()
    elapsed = time.perf_counter() - started
    done = sum(ok for ok, _ in totals)
    failed = sum(bad for _, bad in totals)
    return done / elapsed, failed


def wait_for(port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the benchmark server did not start")


def run_server(env, workers, options):
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "sinopen_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for(port)
        for _, path in [("bare", BARE), *PAGES]:
            measure(port, path, 1, 1)  # warm up: imports, templates, cache
        # Bare view and page take turns in short slices, so a neighbour's load on
        # a shared machine weighs on both alike; each ratio compares the totals.
        figures = []
        bare_rates = []
        for name, path in PAGES:
            bare_total = page_total = failed = 0
            for _ in range(options.rounds):
                rate, _ = measure(port, BARE, options.seconds, options.clients)
                bare_total += rate
                rate, bad = measure(port, path, options.seconds, options.clients)
                page_total += rate
                failed += bad
            bare_rates.append(bare_total / options.rounds)
            figures.append(
                (
                    name,
                    path,
                    page_total / options.rounds,
                    page_total / bare_total,
                    failed,
                )
            )
        return sum(bare_rates) / len(bare_rates), figures
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(prog="python -m bench catalogue")
    parser.add_argument("--seconds", type=float, default=2.0, help="per slice")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sinopen-bench-") as var_dir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SINOPEN_VAR_DIR": var_dir,
            "PYTHONPATH": str(ROOT),
        }
        manage = [sys.executable, "manage.py"]
        for command in (["migrate", "--no-input"], ["createcachetable"], ["seed_demo"]):
            subprocess.run(
                [*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True
            )

        print(
            f"gunicorn, {options.workers} sync workers; {options.clients} "
            f"{'wrk connections' if WRK else 'client processes'}; {options.rounds} rounds of {options.seconds:g} s per URL, "
            "taking turns with the bare view; figures are requests/s and the ratio "
            "to the bare view measured on the same server."
        )
        for label, timeout in (("page cache on", "600"), ("page cache off", "0")):
            ceiling, figures = run_server(
                {**env, "PAGE_CACHE_TIMEOUT": timeout}, options.workers, options
            )
            print(f"\n[{label}] bare Django view: {ceiling:8.1f} req/s (ceiling)")
            for name, path, rate, ratio, failed in figures:
                note = f"  ({failed} failed)" if failed else ""
                print(
                    f"  {name:<12} {path:<32} {rate:8.1f} req/s  "
                    f"{ratio:5.2f} of ceiling{note}"
                )
