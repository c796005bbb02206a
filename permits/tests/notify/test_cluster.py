"""Exactly once through a real django-q2 cluster (subprocesses on a database of
their own, the ORM broker or Redis as configured): the mail server away for a
while, a worker killed with SIGKILL in the middle of a send, the same task
queued many times over."""

import time
from collections import Counter

import pytest

from tests.smtp import free_port

from .helpers import ControlledSink
from .queue_cluster import VERIFIER_EMAIL, QueueSite

pytestmark = pytest.mark.smtp


@pytest.fixture(scope="module")
def queue_site(tmp_path_factory):
    site = QueueSite(tmp_path_factory.mktemp("queue-site")).prepare()
    yield site
    site.drop()


@pytest.fixture
def sink():
    sink = ControlledSink()
    yield sink
    sink.released.set()
    sink.stop()


@pytest.fixture
def queue_run(queue_site, sink):
    runs = []

    def start(port):
        run = queue_site.new_run(port)
        runs.append(run)
        return run

    yield start
    for run in runs:
        run.close()


def all_sent(rows):
    return all(row["state"] == "sent" for row in rows)


def assert_each_delivered_once(sink, rows):
    """Every row reached the server exactly once, and nothing else did."""
    time.sleep(2)  # a duplicate would arrive about now
    ids = Counter(str(message["Message-ID"]) for message in sink.messages)
    assert len(ids) == len(rows)
    assert set(ids.values()) == {1}, ids
    for row in rows:
        assert sink.count_for(row["recipient"]) == sum(
            1 for other in rows if other["recipient"] == row["recipient"]
        )


def test_while_the_mail_server_is_away_messages_wait_and_go_out_once_on_its_return(
    queue_run, sink
):
    port = free_port()  # nobody listens there yet: connection refused
    run = queue_run(port)
    run.start_cluster()
    applicants = [f"away{n}@example.com" for n in range(3)]
    run.submit(applicants)

    rows = run.wait_for_rows(
        lambda rows: (
            len(rows) == 6
            and all(row["state"] == "pending" and row["attempts"] >= 1 for row in rows)
        ),
        what="every message tried once and waiting",
    )
    assert all("ConnectionRefusedError" in row["last_error"] for row in rows)
    time.sleep(2)

    sink.start(port)  # the server is back
    for address in applicants:
        sink.wait_for_message(to=address, timeout=120)
    rows = run.wait_for_rows(all_sent, what="every message sent")

    assert_each_delivered_once(sink, rows)
    assert sink.count_for(VERIFIER_EMAIL) == 3


def test_a_message_whose_worker_is_killed_mid_send_goes_out_once_after_restart(
    queue_run, sink
):
    sink.hold_next = True  # the first message stalls in DATA
    sink.start()
    run = queue_run(sink.port)
    run.start_cluster()
    run.submit(["killed@example.com"])

    assert sink.holding.wait(60), run.cluster_log()
    held = [row for row in run.notifications() if row["state"] == "sending"]
    assert len(held) == 1
    run.kill_cluster()
    sink.released.set()  # the dropped connection's message is never taken
    assert sink.messages == []

    run.start_cluster()
    rows = run.wait_for_rows(all_sent, what="every message sent after restart")

    assert_each_delivered_once(sink, rows)
    assert sink.count_for("killed@example.com") == 1
    assert sink.count_for(VERIFIER_EMAIL) == 1
    again = next(row for row in rows if row["id"] == held[0]["id"])
    assert again["attempts"] == 2


def test_a_send_task_queued_many_times_sends_its_message_once(queue_run, sink):
    sink.start()
    run = queue_run(sink.port)
    run.env["Q_WORKERS"] = "2"
    run.submit(["many@example.com"])  # queued, no cluster running yet
    ids = [row["id"] for row in run.notifications()]
    run.enqueue_sends(ids, times=4)

    run.start_cluster()
    rows = run.wait_for_rows(all_sent, what="every message sent")

    assert_each_delivered_once(sink, rows)
    assert [row["attempts"] for row in rows] == [1, 1]
