"""Sending an application with two 1 MB documents: median response time, as a
ratio to the same server answering a bare POST of the same size.

    python -m bench apply [--rounds 20] [--workers 2] [--megabytes 1]

Seeds a throw-away database (SQLite in a temp folder, or DATABASE_URL), adds a
permit page with two PDF documents, starts gunicorn on a loopback port and, in
turns, posts the filled form with two real PDFs (checked, hashed and stored by
the portal), the final "send", and the same bodies to a bare view that only lets
Django take them apart.
"""

import argparse
import http.client
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from http.cookies import SimpleCookie

from bench.catalogue import ROOT, free_port, wait_for

BARE = "/_bench/bare-post/"
SLUG = "izin-uji-kinerja"
SET_UP_PAGE = f"""
from permits.models import DocumentRequirement, PermitFormField, PermitIndexPage, PermitPage, ProcedureStep
index = PermitIndexPage.objects.first()
if not PermitPage.objects.filter(slug="{SLUG}").exists():
    page = PermitPage(title="Izin uji kinerja", slug="{SLUG}", category="health",
        abbreviation="UJI", summary="Uji.", product="Surat uji", service_days=1,
        transaction_kinds=["new"])
    page.steps = [ProcedureStep(title="Periksa", working_days=1)]
    page.requirements = [
        DocumentRequirement(sort_order=0, key="surat", label="Surat", accepted_kinds=["pdf"]),
        DocumentRequirement(sort_order=1, key="proposal", label="Proposal", accepted_kinds=["pdf"]),
    ]
    page.form_fields = [PermitFormField(clean_name="title", label="Judul", field_type="singleline")]
    index.add_child(instance=page)
    page.save_revision().publish()
"""
FORM_KEY = re.compile(rb'name="form_key" value="([^"]+)"')
CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def real_pdf(megabytes, label):
    """A valid one-page PDF padded to about `megabytes` MB."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = DecodedStreamObject()
    padding = b"% " + os.urandom(int(megabytes * 1024 * 1024) // 2).hex().encode()
    stream.set_data(f"BT /F1 12 Tf 72 770 Td ({label}) Tj ET\n".encode() + padding)
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            f"{value}\r\n".encode()
        )
    for name, (filename, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/pdf\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Browser:
    """One visitor: keeps cookies, times requests."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, body=None, content_type=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": "localhost"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if content_type:
            headers["Content-Type"] = content_type
        started = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        elapsed = time.perf_counter() - started
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response, content, elapsed


def one_round(port, documents):
    """One application: returns (upload post, send post, bare big, bare small)."""
    browser = Browser(port)
    form_url = f"/layanan/{SLUG}/ajukan/"
    _response, page, _elapsed = browser.request("GET", form_url)
    key = FORM_KEY.search(page).group(1).decode()
    csrf = CSRF.search(page).group(1).decode()
    fields = {
        "csrfmiddlewaretoken": csrf,
        "form_key": key,
        "full_name": "Rahmi Oktaviani",
        "nik": "1371024107950002",
        "email": "rahmi@example.com",
        "phone": "0812 6655 4321",
        "address": "Jl. Perintis Kemerdekaan No. 77, Padang",
        "q-title": "Kualitas pelayanan perizinan",
    }
    body, content_type = multipart(
        fields,
        {
            "doc-surat": ("surat.pdf", documents[0]),
            "doc-proposal": ("proposal.pdf", documents[1]),
        },
    )
    bare = Browser(port)

    _r, _c, bare_big = bare.request("POST", BARE, body, content_type)
    response, _c, upload = browser.request("POST", form_url, body, content_type)
    if response.status != 303:
        raise SystemExit(f"the form post answered {response.status}")

    browser.request("GET", form_url + "periksa/")
    send_body, send_type = multipart({"csrfmiddlewaretoken": csrf, "form_key": key}, {})
    _r, _c, bare_small = bare.request("POST", BARE, send_body, send_type)
    response, _c, send = browser.request(
        "POST", form_url + "kirim/", send_body, send_type
    )
    if response.status != 303:
        raise SystemExit(f"the send post answered {response.status}")
    return upload, send, bare_big, bare_small


def main():
    parser = argparse.ArgumentParser(prog="python -m bench apply")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--megabytes", type=float, default=1.0)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sinopen-bench-") as var_dir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.apply_settings",
            "SINOPEN_VAR_DIR": var_dir,
            "PYTHONPATH": str(ROOT),
            "APPLY_RATE_LIMIT_FORM": "100000/h",
            "APPLY_RATE_LIMIT_SUBMIT": "100000/h",
        }
        manage = [sys.executable, "manage.py"]
        for command in (
            ["migrate", "--no-input"],
            ["createcachetable"],
            ["seed_demo"],
            ["shell", "-c", SET_UP_PAGE],
        ):
            subprocess.run(
                [*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True
            )

        documents = [
            real_pdf(options.megabytes, "Surat"),
            real_pdf(options.megabytes, "Proposal"),
        ]
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
                str(options.workers),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            wait_for(port)
            one_round(port, documents)  # warm up: imports, templates, connections
            rounds = [one_round(port, documents) for _ in range(options.rounds)]
        finally:
            server.terminate()
            server.wait(timeout=30)

    upload, send, bare_big, bare_small = (
        statistics.median(column) * 1000 for column in zip(*rounds, strict=True)
    )
    size = sum(len(document) for document in documents) / 1024 / 1024
    print(
        f"gunicorn, {options.workers} sync workers; {options.rounds} applications, "
        "each request taking turns with a bare POST of the same body; medians."
    )
    print(f"  bare POST, {size:.1f} MB multipart (ceiling) {bare_big:8.1f} ms")
    print(
        f"  form with two {options.megabytes:g} MB PDFs          {upload:8.1f} ms  "
        f"{upload / bare_big:5.2f} × ceiling"
    )
    print(f"  bare POST, small (ceiling)           {bare_small:8.1f} ms")
    print(
        f"  send (application stored)            {send:8.1f} ms  "
        f"{send / bare_small:5.2f} × ceiling"
    )
