"""The portal as a person meets it: the real server and the real queue workers.

pytest-django's `live_server` runs in a thread of the test process on the test
database; the browser journey needs what production runs instead, so this module
starts `runserver` and `qcluster` as subprocesses on their own database, media and
private folders under a temporary directory, with e-mail going to a loopback SMTP
server.
"""

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "sinopen_site.settings.dev"
SET_UP = (
    "from django.core.management import call_command; "
    "call_command('migrate', interactive=False, verbosity=0); "
    "call_command('createcachetable'); "
    "call_command('seed_demo')"
)
LOGIN_LINE = re.compile(r"^\s+(\w+)\s+(\S+)\s*$")

# A Redis database of its own, so a browser run never reads another run's queue.
BROWSER_REDIS_DB = os.environ.get("SINOPEN_BROWSER_REDIS_DB", "15")


def browser_database_url(database_url):
    """The given PostgreSQL URL with its database renamed `<name>_browser`."""
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/") or "sinopen"
    return urlunsplit(parts._replace(path=f"/{name}_browser"))


def browser_redis_url(redis_url):
    parts = urlsplit(redis_url)
    return urlunsplit(parts._replace(path=f"/{BROWSER_REDIS_DB}"))


def _postgres_admin(database_url, *statements):
    import psycopg

    parts = urlsplit(database_url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def _database_name(database_url):
    name = urlsplit(database_url).path.lstrip("/")
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise ValueError(f"unexpected database name {name!r}")
    return name


def create_postgres_database(database_url):
    name = _database_name(database_url)
    _postgres_admin(
        database_url,
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
        f'CREATE DATABASE "{name}"',
    )


def drop_postgres_database(database_url):
    name = _database_name(database_url)
    _postgres_admin(database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        client.flushdb()
    finally:
        client.close()


def parse_demo_logins(output):
    """{username: password} from what `seed_demo` prints after its header line."""
    logins = {}
    in_block = False
    for line in output.splitlines():
        if line.startswith("Demo logins"):
            in_block = True
            continue
        if in_block:
            match = LOGIN_LINE.match(line)
            if not match:
                break
            logins[match.group(1)] = match.group(2)
    return logins


class LiveSite:
    """Runs migrate, seed_demo, runserver and qcluster against an isolated setup."""

    def __init__(self, var_dir, port, smtp_host, smtp_port):
        self.var_dir = Path(var_dir)
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.logins = {}
        self.processes = {}
        self.logs = {}
        self.database_url = None
        self.redis_url = None

        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DATABASE_URL", "REDIS_URL"}
            and not key.startswith("PYTEST_")
        }
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            SINOPEN_VAR_DIR=str(self.var_dir),
            SITE_URL=self.url,
            EMAIL_HOST=smtp_host,
            EMAIL_PORT=str(smtp_port),
            EMAIL_USE_TLS="0",
            EMAIL_USE_SSL="0",
            Q_WORKERS="1",
            PYTHONUNBUFFERED="1",
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        if os.environ.get("DATABASE_URL"):
            self.database_url = browser_database_url(os.environ["DATABASE_URL"])
            env["DATABASE_URL"] = self.database_url
        if os.environ.get("REDIS_URL"):
            self.redis_url = browser_redis_url(os.environ["REDIS_URL"])
            env["REDIS_URL"] = self.redis_url
        self.env = env

    # Management commands and background processes

    def manage(self, *args, timeout=300):
        """Run `manage.py <args>` against the live site's database; its stdout."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args, "--no-color"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"manage.py {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result.stdout

    def _spawn(self, name, *args):
        log_path = self.var_dir / f"{name}.log"
        log = open(log_path, "wb")  # noqa: SIM115 (closed in stop())
        self.logs[name] = (log_path, log)
        # A session of its own: the cluster forks workers, and stop() must reach
        # them all through the group of the process started here.
        self.processes[name] = subprocess.Popen(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def log_tail(self, name, size=4000):
        path, _log = self.logs[name]
        return path.read_bytes()[-size:].decode(errors="replace")

    def start(self):
        self.var_dir.mkdir(parents=True, exist_ok=True)
        if self.database_url:
            create_postgres_database(self.database_url)
        if self.redis_url:
            flush_redis(self.redis_url)

        # One process for the three set-up commands: each Django start-up costs
        # seconds on a busy machine. seed_demo's output carries the passwords.
        self.logins = parse_demo_logins(self.manage("shell", "-c", SET_UP))
        if not self.logins:
            raise RuntimeError("seed_demo printed no demo logins")

        self._spawn("server", "runserver", f"127.0.0.1:{self.port}", "--noreload")
        self._spawn("qcluster", "qcluster")
        self.wait_until_ready()
        return self

    def wait_until_ready(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(
                        f"{name} exited with {process.returncode}:\n"
                        f"{self.log_tail(name)}"
                    )
            try:
                with urllib.request.urlopen(self.url + "/", timeout=5) as response:  # noqa: S310 (our own loopback URL)
                    if response.status == 200:
                        return
            except urllib.error.HTTPError as error:
                raise RuntimeError(
                    f"home page answered {error.code}:\n{self.log_tail('server')}"
                ) from error
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(
            f"server not ready in {timeout}s:\n{self.log_tail('server')}"
        )

    def stop(self):
        # SIGTERM first so the cluster stops its workers cleanly; whatever is
        # left after the grace period is killed with its whole process group.
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
        for process in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        for _path, log in self.logs.values():
            log.close()
        self.processes.clear()

        if self.database_url:
            drop_postgres_database(self.database_url)
        if self.redis_url:
            flush_redis(self.redis_url)
