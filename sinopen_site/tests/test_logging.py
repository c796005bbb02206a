"""Request logs never show an applicant's secret link, a receipt's form key or
what staff searched for: anyone reading the log could open those pages."""

import io
import logging
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.servers.basehttp import WSGIRequestHandler
from gunicorn.config import Config
from gunicorn.glogging import Logger as GunicornLogger

from sinopen_site.logging import EventFormatter

SECRET_PATHS = [
    ("/permohonan/abc.def/", "/permohonan/…/"),
    ("/en/permohonan/abc.def/surat/", "/en/permohonan/…/surat/"),
    ("/permohonan/abc.def/dokumen/12/", "/permohonan/…/dokumen/12/"),
    ("/permohonan/abc.def/tarik/", "/permohonan/…/tarik/"),
    (
        "/layanan/izin-penelitian/ajukan/terkirim/k3y_-x/",
        "/layanan/izin-penelitian/ajukan/terkirim/…/",
    ),
    ("/admin/applications/?q=1371015505900002", "/admin/applications/?…"),
    ("/admin/applications/?q=Siti&status=submitted", "/admin/applications/?…"),
]


def runserver_line(path):
    """What `manage.py runserver` logs for a GET of `path`, through LOGGING."""
    handler = next(h for h in logging.getLogger("django.server").handlers if h.stream)
    output = io.StringIO()
    previous = handler.setStream(output)
    try:
        request_handler = WSGIRequestHandler.__new__(WSGIRequestHandler)
        request_handler.request = None
        request_handler.requestline = f"GET {path} HTTP/1.1"
        request_handler.log_request(200, 123)
    finally:
        handler.setStream(previous)
    return output.getvalue()


@pytest.mark.parametrize(("path", "logged"), SECRET_PATHS)
def test_runserver_logs_secret_links_and_searches_redacted(path, logged):
    line = runserver_line(path)

    assert f'"GET {logged} HTTP/1.1" 200 123' in line
    assert "abc.def" not in line and "k3y_-x" not in line
    assert "1371015505900002" not in line and "Siti" not in line


def test_runserver_logs_a_public_page_as_it_is():
    assert '"GET /layanan/sip-perawat/ HTTP/1.1" 200 123' in runserver_line(
        "/layanan/sip-perawat/"
    )


def test_a_wrong_secret_link_is_logged_as_not_found_without_its_token(
    db, client, caplog
):
    client.get("/permohonan/abc.def/?ref=Siti")

    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.getMessage() == "Not Found: /permohonan/…/"
    line = EventFormatter().format(record)
    assert "/permohonan/…/?…" in line
    assert "abc.def" not in line and "Siti" not in line


def test_gunicorn_access_log_hides_secret_links_and_searches(tmp_path):
    import sinopen_site.wsgi  # noqa: F401 -- what gunicorn loads

    log_file = tmp_path / "access.log"
    config = Config()
    config.set("accesslog", str(log_file))
    gunicorn_log = GunicornLogger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/admin/applications/?q=1371015505900002",
        "PATH_INFO": "/admin/applications/",
        "QUERY_STRING": "q=1371015505900002",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": "https://sinopen.example/permohonan/abc.def/",
    }
    response = SimpleNamespace(status="200 OK", sent=123, headers=[])
    try:
        gunicorn_log.access(response, SimpleNamespace(headers=[]), environ, timedelta())
    finally:
        for logger in (gunicorn_log.access_log, gunicorn_log.error_log):
            for handler in logger.handlers[:]:
                logger.removeHandler(handler)
                handler.close()

    line = log_file.read_text()
    assert '"GET /admin/applications/?… HTTP/1.1" 200 123' in line
    assert '"https://sinopen.example/permohonan/…/"' in line
    assert "1371015505900002" not in line and "abc.def" not in line
