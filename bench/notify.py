"""Notifications: how fast a django-q2 cluster drains queued messages to a local
SMTP server, beside the same cluster moving trivial tasks on the same broker
(the ceiling), and whether a running cluster slows the submit request.

    python -m bench notify [--messages 1000] [--rounds 2] [--submits 200]
                           [--brokers orm,redis]

Works on a throw-away database: SQLite in a temp folder, or with DATABASE_URL a
PostgreSQL database named after it with `_bench` added. The Redis broker needs
REDIS_URL (skipped without it); every run uses a queue name of its own. For each
broker, in turns (ceiling, messages, ceiling, messages ...):

- ceiling: N trivial tasks queued (each sends one UDP datagram to the
  benchmark, so it can be timed), then a cluster started; tasks per second from
  the first datagram to arrive to the last;
- messages: N outbox rows queued as the outbox queues them, then a cluster
  started; messages per second from the first message to reach the SMTP server
  to the last;
- submit: the median of the public form's final "send" (`ajukan/kirim/`, which
  stores the application and writes its outbox rows), each after filling the
  form with two small PDFs, through gunicorn, without a cluster and then with
  one running (busy with the messages those sends queued), each beside the
  median of a bare Django view taking turns with it.
"""

import argparse
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from aiosmtpd.controller import Controller

from bench import apply

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "bench.notify_settings"
BARE_PATH = "/_bench/bare/"

ENQUEUE_NOOP = """
import os
from django_q.brokers import get_broker
from django_q.tasks import async_task
broker = get_broker()
port = int(os.environ["BENCH_UDP_PORT"])
for _ in range(int(os.environ["BENCH_COUNT"])):
    async_task("bench.notify.noop", port, broker=broker, save=False)
"""

ENQUEUE_ROWS = """
import json, os
from permits.notify.outbox import enqueue
enqueue(json.loads(os.environ["BENCH_IDS"]))
"""


def noop(port):
    """The trivial task of the ceiling: tells the benchmark it ran."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.sendto(b".", ("127.0.0.1", port))


class Arrivals:
    """When each message (or datagram) arrived, in this process's clock."""

    def __init__(self):
        self.times = []
        self.lock = threading.Lock()

    def add(self):
        with self.lock:
            self.times.append(time.monotonic())

    @property
    def count(self):
        with self.lock:
            return len(self.times)

    def rate_since(self, start):
        """Per second from the first arrival after `start` to the last."""
        with self.lock:
            times = self.times[start:]
        span = times[-1] - times[0]
        return (len(times) - 1) / span if span > 0 else float("inf")


class DatagramCounter(Arrivals):
    def start(self):
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        threading.Thread(target=self._listen, daemon=True).start()
        return self

    def _listen(self):
        while True:
            self.socket.recv(16)
            self.add()


class CountingSink(Arrivals):
    """An SMTP server that only counts what it receives, and when."""

    def __init__(self):
        super().__init__()
        self.message_ids = set()
        self.controller = None
        self.port = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd hook name)
        for line in envelope.content.split(b"\n", 40)[:40]:
            if line.lower().startswith(b"message-id:"):
                with self.lock:
                    self.message_ids.add(line.strip())
                break
        self.add()
        return "250 OK"

    def start(self):
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Processes


def manage(env, *args, extra=None):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**env, **(extra or {})},
        check=True,
        capture_output=True,
    )


def start(env, *args):
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.2)


# Measurements


def drain_ceiling(env, count, datagrams):
    first = datagrams.count
    manage(
        env,
        "shell",
        "-c",
        ENQUEUE_NOOP,
        extra={"BENCH_COUNT": str(count), "BENCH_UDP_PORT": str(datagrams.port)},
    )
    cluster = start(env, "manage.py", "qcluster")
    try:
        wait_until(lambda: datagrams.count - first >= count, 600, "the trivial tasks")
    finally:
        stop(cluster)
    return datagrams.rate_since(first)


def queued_messages(count, run):
    """`count` outbox rows copied from a real receipt, each to its own address."""
    from datetime import timedelta

    from django.utils import timezone

    from permits.models import Notification
    from permits.models.notifications import MessageKind

    model = Notification.objects.filter(kind=MessageKind.RECEIVED).first()
    later = timezone.now() + timedelta(hours=1)  # the re-queue schedule keeps off
    rows = Notification.objects.bulk_create(
        Notification(
            application=model.application,
            event=model.event,
            kind=model.kind,
            recipient=f"bench-{run}-{n}@example.com",
            subject=model.subject,
            body_text=model.body_text,
            body_html=model.body_html,
            next_attempt_at=later,
        )
        for n in range(count)
    )
    return [row.pk for row in rows]


def drain_messages(env, count, sink, run):
    from permits.models import Notification

    ids = queued_messages(count, run)
    first = sink.count
    manage(env, "shell", "-c", ENQUEUE_ROWS, extra={"BENCH_IDS": json.dumps(ids)})
    cluster = start(env, "manage.py", "qcluster")
    try:
        wait_until(lambda: sink.count - first >= count, 900, "the messages")
        wait_until(
            lambda: (
                Notification.objects.filter(pk__in=ids, state="sent").count() == count
            ),
            60,
            "every message marked sent",
        )
    finally:
        stop(cluster)
    return sink.rate_since(first)


def request_ms(port, method, path):
    connection = HTTPConnection("127.0.0.1", port, timeout=30)
    started = time.perf_counter()
    try:
        connection.request(method, path, headers={"Host": "localhost"})
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    elapsed = (time.perf_counter() - started) * 1000
    expected = 201 if method == "POST" else 200
    if response.status != expected:
        raise SystemExit(f"{method} {path} answered {response.status}")
    return elapsed


def send_ms(port, documents):
    """Fill the form as a visitor does; the milliseconds of the final send."""
    browser = apply.Browser(port)
    form_url = f"/layanan/{apply.SLUG}/ajukan/"
    _response, page, _elapsed = browser.request("GET", form_url)
    key = apply.FORM_KEY.search(page).group(1).decode()
    csrf = apply.CSRF.search(page).group(1).decode()
    body, content_type = apply.multipart(
        {
            "csrfmiddlewaretoken": csrf,
            "form_key": key,
            "full_name": "Pemohon Uji Beban",
            "nik": "1371024107950002",
            "email": f"bench-{secrets.token_hex(6)}@example.com",
            "phone": "0812 6655 4321",
            "address": "Jl. Perintis Kemerdekaan No. 77, Padang",
            "q-title": "Kualitas pelayanan perizinan",
        },
        {
            "doc-surat": ("surat.pdf", documents[0]),
            "doc-proposal": ("proposal.pdf", documents[1]),
        },
    )
    response, _content, _elapsed = browser.request("POST", form_url, body, content_type)
    if response.status != 303:
        raise SystemExit(f"the form post answered {response.status}")
    send_body, send_type = apply.multipart(
        {"csrfmiddlewaretoken": csrf, "form_key": key}, {}
    )
    response, _content, elapsed = browser.request(
        "POST", form_url + "kirim/", send_body, send_type
    )
    if response.status != 303:
        raise SystemExit(f"the send answered {response.status}")
    return elapsed * 1000


def submit_medians(port, count, documents):
    """Median ms of the send and of the bare view, taking turns."""
    bare, submit = [], []
    for _ in range(count):
        bare.append(request_ms(port, "GET", BARE_PATH))
        submit.append(send_ms(port, documents))
    return statistics.median(submit), statistics.median(bare)


def measure_submits(env, count, workers):
    documents = [apply.real_pdf(0.05, "Surat"), apply.real_pdf(0.05, "Proposal")]
    port = free_port()
    server = start(
        env,
        "-m",
        "gunicorn",
        "sinopen_site.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
    )
    try:
        wait_until(lambda: _answers(port), 60, "gunicorn")
        for _ in range(10):  # warm up both views in every worker
            request_ms(port, "GET", BARE_PATH)
            send_ms(port, documents)
        without = submit_medians(port, count, documents)
        cluster = start(env, "manage.py", "qcluster")
        try:
            time.sleep(3)  # started and busy with the messages queued so far
            with_cluster = submit_medians(port, count, documents)
        finally:
            stop(cluster)
    finally:
        stop(server)
    return without, with_cluster


def _answers(port):
    try:
        request_ms(port, "GET", BARE_PATH)
    except (OSError, SystemExit):
        return False
    return True


# Set-up


def forget_queue(redis_url, name):
    """Whatever the last cluster left queued in Redis goes with the run."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(f"django_q:{name}:*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def database_url():
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        return ""
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'sinopen'}_bench"
    return urlunsplit(parts._replace(path=f"/{name}"))


def postgres(url, statement):
    import psycopg

    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(statement)


def prepare(var_dir, bench_url):
    """Migrate and seed the bench database in this process (ORM settings)."""
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    os.environ["SINOPEN_VAR_DIR"] = var_dir
    os.environ.pop("REDIS_URL", None)
    if bench_url:
        name = urlsplit(bench_url).path.lstrip("/")
        postgres(bench_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        postgres(bench_url, f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = bench_url
    else:
        os.environ.pop("DATABASE_URL", None)

    import django

    django.setup()
    from django.core.management import call_command
    from django_q.models import OrmQ

    from permits.models import Notification, PermitPage
    from permits.tests import factories

    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable")
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    exec(apply.SET_UP_PAGE)  # noqa: S102 -- the benchmark's own fixed set-up code
    page = PermitPage.objects.get(slug=apply.SLUG)
    factories.staff_member("Verifiers", "bench-verifier")
    factories.submitted(page)  # the receipt the queued messages copy
    # Nothing of the set-up is sent: only what each measurement queues.
    Notification.objects.update(state="sent")
    OrmQ.objects.all().delete()


def broker_env(broker, var_dir, bench_url, smtp_port, redis_url):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        SINOPEN_VAR_DIR=var_dir,
        PYTHONPATH=str(ROOT),
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_USE_TLS="0",
        EMAIL_USE_SSL="0",
        BENCH_QUEUE_NAME=f"sinopen-bench-{secrets.token_hex(4)}",
    )
    if bench_url:
        env["DATABASE_URL"] = bench_url
    if broker == "redis":
        env["REDIS_URL"] = redis_url
    return env


def main():
    parser = argparse.ArgumentParser(prog="python -m bench notify")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--submits", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--brokers", default="orm,redis")
    options = parser.parse_args()

    redis_url = os.environ.get("REDIS_URL", "")
    brokers = [name.strip() for name in options.brokers.split(",") if name.strip()]
    if "redis" in brokers and not redis_url:
        print("REDIS_URL is not set: the Redis broker is skipped.")
        brokers.remove("redis")
    bench_url = database_url()

    with tempfile.TemporaryDirectory(prefix="sinopen-bench-") as var_dir:
        prepare(var_dir, bench_url)
        sink = CountingSink().start()
        datagrams = DatagramCounter().start()
        database = "PostgreSQL" if bench_url else "SQLite (WAL)"
        print(
            f"{options.messages} messages per drain, {options.rounds} rounds taking "
            f"turns with the ceiling (the same cluster moving {options.messages} "
            f"trivial tasks); django-q2 with Q_WORKERS="
            f"{os.environ.get('Q_WORKERS', '2')}; database {database}."
        )
        try:
            for broker in brokers:
                env = broker_env(broker, var_dir, bench_url, sink.port, redis_url)
                ceilings, rates = [], []
                for run in range(options.rounds):
                    ceilings.append(drain_ceiling(env, options.messages, datagrams))
                    rates.append(
                        drain_messages(env, options.messages, sink, f"{broker}{run}")
                    )
                ceiling = statistics.mean(ceilings)
                rate = statistics.mean(rates)
                (submit_a, bare_a), (submit_b, bare_b) = measure_submits(
                    env, options.submits, options.workers
                )
                if broker == "redis":
                    forget_queue(redis_url, env["BENCH_QUEUE_NAME"])
                print(f"\n[{broker} broker]")
                print(f"  trivial tasks (ceiling)      {ceiling:8.1f} tasks/s")
                print(
                    f"  messages to SMTP             {rate:8.1f} messages/s  "
                    f"{rate / ceiling:5.2f} of ceiling"
                )
                print(
                    f"  submit median, no cluster    {submit_a:8.1f} ms  "
                    f"(bare view {bare_a:.1f} ms, {submit_a / bare_a:.1f}×)"
                )
                print(
                    f"  submit median, cluster busy  {submit_b:8.1f} ms  "
                    f"(bare view {bare_b:.1f} ms, {submit_b / bare_b:.1f}×)"
                )
            if len(sink.message_ids) != sink.count:
                print(
                    f"\nduplicates at the SMTP server: {sink.count - len(sink.message_ids)}"
                )
        finally:
            sink.stop()
            if bench_url:
                from django.db import connections

                connections.close_all()
                name = urlsplit(bench_url).path.lstrip("/")
                postgres(bench_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
