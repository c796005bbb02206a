"""The staff list of applications with 100,000 applications: median response
time of the first page, a filtered page and a search, each beside the bare
Django view measured on the same server in the same run.

    python -m bench backoffice [--applications 100000] [--rounds 30]

Seeds a throw-away database (SQLite in a temp folder, or a fresh PostgreSQL
database named after DATABASE_URL's with `_bench` added), writes the bulk demo
applications (`seed_demo --applications N`), starts gunicorn with one worker on
a loopback port, signs in as the demo verifier and requests each URL in turn,
one request at a time, taking turns with the bare view.
"""

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

from bench.catalogue import free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
BARE = "/_bench/bare/"
PAGES = [
    ("first page", "/admin/applications/"),
    ("filtered page", "/admin/applications/?status=verifying&category=health"),
    ("overdue, page 3", "/admin/applications/?deadline=overdue&p=3"),
    ("search by name", "/admin/applications/?q=Oktaviani"),
    ("search by number", "/admin/applications/?q=DEMO-2026-004321"),
]
LOGIN_LINE = re.compile(r"^\s+(\w+)\s+(\S+)\s*$")


def demo_logins(output):
    logins, in_block = {}, False
    for line in output.splitlines():
        if line.startswith("Demo logins"):
            in_block = True
        elif in_block:
            match = LOGIN_LINE.match(line)
            if not match:
                break
            logins[match.group(1)] = match.group(2)
    return logins


class Browser:
    """One keep-alive connection with the cookies a signed-in staff member has."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method, path, body=None, headers=None):
        headers = {
            "Host": "localhost",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            **(headers or {}),
        }
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, content

    def sign_in(self, username, password):
        status, page = self.request("GET", "/admin/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urlencode(
            {
                "csrfmiddlewaretoken": token.decode(),
                "username": username,
                "password": password,
            }
        )
        status, _ = self.request(
            "POST",
            "/admin/login/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"http://localhost:{self.port}/admin/login/",
            },
        )
        if status != 302:
            raise SystemExit(f"signing in as {username} failed ({status})")

    def timed(self, path):
        started = time.perf_counter()
        status, content = self.request("GET", path)
        elapsed = time.perf_counter() - started
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        return elapsed, content


def postgres_admin(database_url, *statements):
    import psycopg

    parts = urlsplit(database_url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def bench_database(database_url):
    parts = urlsplit(database_url)
    name = (parts.path.lstrip("/") or "sinopen") + "_bench"
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise SystemExit(f"unexpected database name {name!r}")
    return urlunsplit(parts._replace(path=f"/{name}")), name


def run(command, env, timeout=3600):
    result = subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def measure(port, logins, rounds):
    browser = Browser(port)
    browser.sign_in("verifier", logins["verifier"])
    for _name, path in [("bare", BARE), *PAGES]:
        for _ in range(3):
            browser.timed(path)  # warm up: imports, templates, caches

    figures = []
    for name, path in PAGES:
        bare, page = [], []
        rows = 0
        for _ in range(rounds):
            bare.append(browser.timed(BARE)[0])
            elapsed, content = browser.timed(path)
            page.append(elapsed)
            rows = content.count(b'<td class="title">')
        figures.append(
            (name, path, statistics.median(page), statistics.median(bare), rows)
        )
    return figures


def main():
    parser = argparse.ArgumentParser(prog="python -m bench backoffice")
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    options = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL")
    with tempfile.TemporaryDirectory(prefix="sinopen-bench-") as var_dir:
        env = {
            **os.environ,
            "SINOPEN_VAR_DIR": var_dir,
            "PYTHONPATH": str(ROOT),
            "PAGE_CACHE_TIMEOUT": "0",
        }
        database_name = None
        if database_url:
            env["DATABASE_URL"], database_name = bench_database(database_url)
            postgres_admin(
                database_url,
                f'DROP DATABASE IF EXISTS "{database_name}" WITH (FORCE)',
                f'CREATE DATABASE "{database_name}"',
            )
        # Seeding needs the development settings: demo data never exists in
        # production. The server then runs production-like (bench.settings).
        seed_env = {**env, "DJANGO_SETTINGS_MODULE": "sinopen_site.settings.dev"}
        try:
            run(["migrate", "--no-input"], seed_env)
            if not os.environ.get("REDIS_URL"):
                run(["createcachetable"], seed_env)
            started = time.perf_counter()
            output = run(
                ["seed_demo", "--applications", str(options.applications)], seed_env
            )
            seeded_in = time.perf_counter() - started
            logins = demo_logins(output)

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
                    "1",
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env={**env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
            )
            try:
                wait_for(port)
                figures = measure(port, logins, options.rounds)
            finally:
                server.terminate()
                server.wait(timeout=30)
        finally:
            if database_name:
                postgres_admin(
                    database_url,
                    f'DROP DATABASE IF EXISTS "{database_name}" WITH (FORCE)',
                )

    backend = "PostgreSQL" if database_url else "SQLite"
    print(
        f"{backend}, {options.applications} applications (seeded in "
        f"{seeded_in:.0f} s); gunicorn, 1 sync worker; signed in as the demo "
        f"verifier; median of {options.rounds} requests per URL, taking turns with "
        "the bare view; ratio = median / bare view median."
    )
    for name, path, median, bare, rows in figures:
        print(
            f"  {name:<18} {path:<58} {median * 1000:7.1f} ms  "
            f"{median / bare:6.1f} × bare ({bare * 1000:.1f} ms)  {rows} rows"
        )
