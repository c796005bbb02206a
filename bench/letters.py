"""A warm worker rendering and signing letters: speed against WeasyPrint alone, and
memory over many letters.

    python -m bench letters [--rounds 40] [--letters 500]

Seeds a throw-away database (SQLite in a temp folder, or DATABASE_URL) with the
demo catalogue, approves applications for the nurse's practice permit, then runs
worker processes:

- speed: the letter task's work for one letter — gather what the letter needs
  from the database, write the HTML, draw the QR code, WeasyPrint, sign — taking
  turns with WeasyPrint alone turning the same HTML into a PDF (the ceiling);
  medians of each, and their ratio.
- memory: the queue task itself (`issue_letter`: render, sign, store, mark
  issued) for `--letters` letters one after another, with the worker's resident
  memory after each, in workers replaced after as many tasks as django-q2's
  `recycle` says (as the cluster does); the peak per 100 letters.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERMIT = "sip-perawat"
ANSWERS = {
    "str_number": "1371-STR-2025-0042",
    "practice_type": "Di fasilitas pelayanan kesehatan",
    "practice_place_name": "Puskesmas Andalas",
    "practice_place_address": "Jl. Andalas No. 1, Kecamatan Padang Timur",
    "schedule": "Senin–Jumat 08.00–14.00",
}


def rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def setup_django():
    import django

    django.setup()


def give_the_office_a_logo():
    import io

    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model
    from wagtail.models import Site

    from sinopen_site.demo import emblem_png
    from sinopen_site.models import OfficeSettings

    office = OfficeSettings.for_site(Site.objects.get(is_default_site=True))
    logo = get_image_model()(title="Lambang")
    logo.file = ImageFile(io.BytesIO(emblem_png()), name="lambang.png")
    logo.save()
    office.logo = logo
    office.head_name = "Dr. Ir. Andi Pratama, M.Si."
    office.save()


def prepare(count):
    """`count` approved applications, each with its numbered, unsigned letter."""
    setup_django()
    from django.contrib.auth import get_user_model

    from permits import workflow
    from permits.apply.submit import create_application
    from permits.letters import numbering
    from permits.models import Letter, PermitPage

    # The benchmark runs the task itself, in its own workers.
    numbering.enqueue_issue = lambda letter_id: None
    give_the_office_a_logo()
    page = PermitPage.objects.get(slug=PERMIT)
    staff = get_user_model().objects.create_superuser(
        "bench", "bench@sinopen.localhost", "bench-password-1234"
    )
    for n in range(count):
        application, _, _ = create_application(
            page,
            full_name="Rahmi Oktaviani",
            nik="1371024107950002",
            email=f"pemohon{n}@example.com",
            phone="+6281266554321",
            address="Jl. Perintis Kemerdekaan No. 77, Kelurahan Sawahan, "
            "Kecamatan Padang Timur, Kota Padang",
            answers=ANSWERS,
        )
        for action in ("accept", "forward", "recommend", "approve"):
            workflow.perform(application, action, actor=staff)
    print(json.dumps(list(Letter.objects.order_by("pk").values_list("pk", flat=True))))


def speed(letter_id, rounds):
    setup_django()
    from permits.letters import document, render, signing, tasks
    from permits.models import Letter

    letter = Letter.objects.select_related("application__permit_page").get(pk=letter_id)
    letter_document = document.for_letter(letter)
    html = render.letter_html(letter_document)
    images = letter_document.images
    pdf = render.html_to_pdf(html, images)
    for _ in range(5):  # warm: imports, fonts, templates, the signer's key
        tasks.render_and_sign(letter)
        render.html_to_pdf(html, images)

    whole, alone, sign = [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        tasks.render_and_sign(letter)
        whole.append(time.perf_counter() - started)

        started = time.perf_counter()
        render.html_to_pdf(html, images)
        alone.append(time.perf_counter() - started)

        started = time.perf_counter()
        signing.get_signer().sign(pdf)
        sign.append(time.perf_counter() - started)
    print(
        json.dumps(
            {
                "whole": statistics.median(whole),
                "alone": statistics.median(alone),
                "sign": statistics.median(sign),
                "pages": render_pages(pdf),
            }
        )
    )


def render_pages(pdf):
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def memory(letter_ids):
    setup_django()
    from permits.letters import tasks

    samples = []
    started = time.perf_counter()
    for letter_id in letter_ids:
        tasks.issue_letter(letter_id)
        samples.append(rss_kib())
    elapsed = time.perf_counter() - started
    print(json.dumps({"rss": samples, "seconds": elapsed}))


def recycle_setting():
    setup_django()
    from django.conf import settings

    print(json.dumps(settings.Q_CLUSTER.get("recycle") or 0))


def child(env, *args):
    result = subprocess.run(
        [sys.executable, "-m", "bench.letters", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(prog="python -m bench letters")
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--letters", type=int, default=500)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sinopen-bench-") as var_dir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SINOPEN_VAR_DIR": var_dir,
            "LETTER_SIGNING_CERTIFICATE": str(Path(var_dir) / "office.p12"),
            "PYTHONPATH": str(ROOT),
        }
        manage = [sys.executable, "manage.py"]
        for command in (
            ["migrate", "--no-input"],
            ["createcachetable"],
            ["seed_demo"],
            ["make_signing_certificate"],
        ):
            subprocess.run(
                [*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True
            )
        letter_ids = child(env, "--prepare", str(options.letters + 1))

        figures = child(env, "--speed", str(letter_ids[0]), str(options.rounds))
        ratio = figures["whole"] / figures["alone"]
        print(
            f"One letter ({figures['pages']} page, letterhead with a logo, QR code), "
            f"warm worker, median of {options.rounds} turns each:"
        )
        print(
            f"  WeasyPrint alone, same HTML (ceiling) {figures['alone'] * 1000:7.1f} ms"
        )
        print(
            f"  render and sign (the task's work)     {figures['whole'] * 1000:7.1f} ms"
            f"  {ratio:5.2f} of ceiling (target < 1.3; < 250 ms)"
        )
        print(
            f"    of which signing (pyHanko, PAdES)   {figures['sign'] * 1000:7.1f} ms"
        )

        recycle = child(env, "--recycle") or len(letter_ids)
        rss, seconds = [], 0.0
        remaining = letter_ids[1:]
        while remaining:
            chunk, remaining = remaining[:recycle], remaining[recycle:]
            used = child(env, "--memory", *map(str, chunk))
            rss += used["rss"]
            seconds += used["seconds"]
        print(
            f"\nMemory of a worker running the letter task {len(rss)} times "
            f"({seconds / len(rss) * 1000:.0f} ms a letter, storing and issuing "
            f"included), a new worker process every {recycle} tasks as django-q2's "
            "recycle says; peak RSS per 100 letters:"
        )
        windows = [rss[start : start + 100] for start in range(0, len(rss), 100)]
        for number, window in enumerate(windows):
            print(
                f"  letters {number * 100 + 1:>3}–{number * 100 + len(window):<3}"
                f" {max(window) / 1024:7.1f} MiB"
            )
        first, last = max(windows[0]), max(windows[-1])
        print(f"  last 100 against first 100: {(last - first) / 1024:+.1f} MiB")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in {
        "--prepare",
        "--speed",
        "--memory",
        "--recycle",
    }:
        mode, *values = sys.argv[1:]
        if mode == "--recycle":
            recycle_setting()
        elif mode == "--prepare":
            prepare(int(values[0]))
        elif mode == "--speed":
            speed(int(values[0]), int(values[1]))
        else:
            memory([int(value) for value in values])
    else:
        main()
