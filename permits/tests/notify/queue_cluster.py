"""A real django-q2 cluster for the notification tests, in subprocesses.

The test database of pytest-django lives in a transaction (or in memory) that
another process cannot see, so these tests use a database of their own: a SQLite
file, or a PostgreSQL database named after DATABASE_URL's with `_queue` added.
It is migrated once per session into a template and copied for each test.
Redis (REDIS_URL), when set, is shared, but each test's queue has a name of its
own. Applications are made and the cluster runs through `manage.py`, with the
settings in queue_settings.py; the tests read the outcome from the SMTP server
and from the database.
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[3]
SETTINGS = "permits.tests.notify.queue_settings"

PREPARE = """
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from permits.tests import factories
factories.make_permit_page()
factories.staff_member("Verifiers", "queue-verifier")
"""

SUBMIT = """
import json, os
from permits.models import PermitPage
from permits.tests import factories
page = PermitPage.objects.get()
for address in json.loads(os.environ["QUEUE_TEST_ARGS"]):
    factories.submitted(page, email=address)
"""

SEND_AGAIN = """
import json, os
from django_q.tasks import async_task
from permits.notify.outbox import SEND_TASK
ids, times = json.loads(os.environ["QUEUE_TEST_ARGS"])
for _ in range(times):
    for notification_id in ids:
        async_task(SEND_TASK, notification_id)
"""

VERIFIER_EMAIL = "queue-verifier@sinopen.test"


def _database_name(url):
    return urlsplit(url).path.lstrip("/") or "sinopen"


def _with_database(url, name):
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _postgres_admin(url, *statements):
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as db:
        for statement in statements:
            db.execute(statement)


class QueueSite:
    """The database (template and per-test copy) the cluster tests run on."""

    def __init__(self, var_dir):
        self.var_dir = Path(var_dir)
        self.postgres_url = os.environ.get("DATABASE_URL", "")
        self.redis_url = os.environ.get("REDIS_URL", "")
        if self.postgres_url:
            base = _database_name(self.postgres_url)
            self.database = f"{base}_queue"
            self.template = f"{base}_queue_template"
        self.runs = 0

    def _env(self, var_dir, database_url=None):
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
            and not key.startswith("PYTEST_")
        }
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            SINOPEN_VAR_DIR=str(var_dir),
            PYTHONUNBUFFERED="1",
            PYTHONDONTWRITEBYTECODE="1",
            SITE_URL="http://127.0.0.1:9",
            EMAIL_HOST="127.0.0.1",
            EMAIL_USE_TLS="0",
            EMAIL_USE_SSL="0",
            Q_WORKERS="1",
        )
        if database_url:
            env["DATABASE_URL"] = database_url
        if self.redis_url:
            env["REDIS_URL"] = self.redis_url
        return env

    def prepare(self):
        """Migrate the template database and add a permit page and a verifier."""
        template_dir = self.var_dir / "template"
        template_dir.mkdir(parents=True, exist_ok=True)
        url = None
        if self.postgres_url:
            _postgres_admin(
                self.postgres_url,
                f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)',
                f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)',
                f'CREATE DATABASE "{self.template}"',
            )
            url = _with_database(self.postgres_url, self.template)
        manage(self._env(template_dir, url), "shell", "-c", PREPARE, timeout=600)
        return self

    def new_run(self, smtp_port):
        """A fresh copy of the template, and the environment to use it."""
        self.runs += 1
        run_dir = self.var_dir / f"run-{self.runs}"
        run_dir.mkdir()
        url = None
        if self.postgres_url:
            _postgres_admin(
                self.postgres_url,
                f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)',
                f'CREATE DATABASE "{self.database}" TEMPLATE "{self.template}"',
            )
            url = _with_database(self.postgres_url, self.database)
        else:
            shutil.copy(
                self.var_dir / "template" / "db.sqlite3", run_dir / "db.sqlite3"
            )
        env = self._env(run_dir, url)
        env["EMAIL_PORT"] = str(smtp_port)
        env["SINOPEN_QUEUE_NAME"] = f"sinopen-test-{secrets.token_hex(4)}"
        return QueueRun(self, run_dir, env)

    def drop(self):
        if self.postgres_url:
            _postgres_admin(
                self.postgres_url,
                f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)',
                f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)',
            )


def manage(env, *args, timeout=120):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {args[0]} failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result.stdout


class QueueRun:
    """One test's database copy, its qcluster processes and its queue."""

    def __init__(self, site, run_dir, env):
        self.site = site
        self.run_dir = run_dir
        self.env = env
        self.cluster = None
        self.clusters_started = 0
        self.log = None

    # Processes

    def start_cluster(self):
        self.clusters_started += 1
        log_path = self.run_dir / f"qcluster-{self.clusters_started}.log"
        self.log = open(log_path, "wb")  # noqa: SIM115 (closed when the cluster ends)
        # A session of its own, so the whole cluster (sentinel, workers, monitor,
        # pusher) can be signalled at once through its process group.
        self.cluster = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self.cluster

    def kill_cluster(self):
        """SIGKILL to every process of the cluster: a crash, not a shutdown."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.cluster.pid, signal.SIGKILL)
        self.cluster.wait(timeout=10)
        self._close_log()

    def stop_cluster(self):
        if self.cluster is None or self.cluster.poll() is not None:
            self._close_log()
            return
        self.cluster.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.cluster.wait(timeout=15)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.cluster.pid, signal.SIGKILL)
        self.cluster.wait(timeout=10)
        self._close_log()

    def _close_log(self):
        if self.log is not None:
            self.log.close()
            self.log = None

    def cluster_log(self):
        return "\n".join(
            path.read_text(errors="replace")[-3000:]
            for path in sorted(self.run_dir.glob("qcluster-*.log"))
        )

    # Work for the cluster

    def submit(self, addresses):
        """One application per address; their messages are queued on commit."""
        manage(
            {**self.env, "QUEUE_TEST_ARGS": json.dumps(addresses)},
            "shell",
            "-c",
            SUBMIT,
        )

    def enqueue_sends(self, ids, times):
        """Queue the send task of each row `times` times over."""
        manage(
            {**self.env, "QUEUE_TEST_ARGS": json.dumps([ids, times])},
            "shell",
            "-c",
            SEND_AGAIN,
        )

    # Reading the database directly (no Django start-up)

    def notifications(self):
        sql = (
            "SELECT id, recipient, state, attempts, last_error "
            "FROM permits_notification ORDER BY id"
        )
        columns = ("id", "recipient", "state", "attempts", "last_error")
        if self.site.postgres_url:
            import psycopg

            with psycopg.connect(self.env["DATABASE_URL"]) as db:
                found = db.execute(sql).fetchall()
        else:
            with contextlib.closing(
                sqlite3.connect(self.run_dir / "db.sqlite3", timeout=20)
            ) as db:
                found = db.execute(sql).fetchall()
        return [dict(zip(columns, row, strict=True)) for row in found]

    def wait_for_rows(self, condition, timeout=120, what="rows"):
        deadline = time.monotonic() + timeout
        while True:
            rows = self.notifications()
            if rows and condition(rows):
                return rows
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{what} not reached in {timeout}s: {rows!r}\n{self.cluster_log()}"
                )
            if self.cluster is not None and self.cluster.poll() is not None:
                raise AssertionError(f"qcluster exited:\n{self.cluster_log()}")
            time.sleep(0.3)

    def close(self):
        self.stop_cluster()
        if self.site.redis_url:
            import redis

            client = redis.Redis.from_url(self.site.redis_url)
            try:
                name = self.env["SINOPEN_QUEUE_NAME"]
                keys = list(client.scan_iter(f"django_q:{name}:*"))
                if keys:
                    client.delete(*keys)
            finally:
                client.close()
