import io
import logging

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Site

from home.tests.seeding import seeded_db, seeded_module  # noqa: F401 -- fixtures
from permits.constants import StaffGroup
from permits.tests import factories
from sinopen_site.demo import emblem_png
from sinopen_site.models import OfficeSettings


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_render_errors():
    """A letter whose rendering logs an error (a missing font, an image that did
    not load, broken CSS) fails the test, though WeasyPrint carries on."""
    collector = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    yield collector
    logger.removeHandler(collector)
    messages = [record.getMessage() for record in collector.records]
    assert not messages, f"WeasyPrint logged errors: {messages}"


@pytest.fixture
def office(db):
    """The office settings of the default site, with a logo and a head of office."""
    site = Site.objects.get(is_default_site=True)
    office = OfficeSettings.for_site(site)
    logo = get_image_model()(title="Lambang Kota Padang")
    logo.file = ImageFile(io.BytesIO(emblem_png()), name="lambang.png")
    logo.save()
    office.logo = logo
    office.address = "Jl. Jenderal Sudirman No. 1, Padang"
    office.phone = "(0751) 000000"
    office.email = "dpmptsp@padang.go.id"
    office.head_name = "Dr. Ir. Andi Pratama, M.Si."
    office.head_rank = "Pembina Utama Muda (IV/c)"
    office.head_nip = "197001011995031001"
    office.save()
    return office


LETTER_TEMPLATE = (
    "<p>Kepala {office_name} memberikan Surat Izin Praktik Perawat kepada:</p>"
    "<p>Nama: <b>{holder_name}</b></p>"
    "<p>NIK: {nik_masked}</p>"
    "<p>Alamat: {holder_address}</p>"
    "<p>untuk berpraktik di <b>{practice_place}</b>, {city}.</p>"
    "<p>Surat izin ini berlaku sampai dengan tanggal <b>{valid_until}</b>.</p>"
)


@pytest.fixture
def letter_page(db, office):
    """A practice permit with its letter settings, like the demo's SIPP."""
    page = factories.make_permit_page(title="Surat Izin Praktik Perawat")
    page.letter_title = "SURAT IZIN PRAKTIK PERAWAT"
    page.letter_unit_code = "SIPP/DPMPTSP"
    page.letter_template = LETTER_TEMPLATE
    page.letter_copies = "Kepala Dinas Kesehatan Kota Padang\nYang bersangkutan"
    page.legal_basis = (
        "<ul><li>Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan</li></ul>"
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def approver(db):
    return factories.staff_member(StaffGroup.APPROVERS)
