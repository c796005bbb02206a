"""Bad input on the application form: each gets a clear Indonesian message beside
its field, keeps everything else, and stores nothing half-way."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image

from permits.apply.fields import read_nik
from permits.apply.forms import MAX_FILES_PER_DOCUMENT
from permits.models import Application, ApplicationDocument, StagedUpload
from tests.browser.inputs import gps_of

from . import applying, files


@pytest.fixture
def permit(db):
    return applying.public_permit_page()


@pytest.fixture
def research(db):
    """A permit whose questions carry the date rule (start_date, end_date)."""
    return applying.public_permit_page(
        category="research",
        fields=[
            {
                "clean_name": "start_date",
                "label": "Tanggal mulai",
                "field_type": "date",
            },
            {
                "clean_name": "end_date",
                "label": "Tanggal selesai",
                "field_type": "date",
            },
        ],
    )


def stored_files():
    root = Path(settings.PRIVATE_ROOT) / "uploads"
    return sorted(path for path in root.rglob("*") if path.is_file())


def refused(response, *fragments):
    """The form came back (no redirect), with every fragment on it."""
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    assert 'class="error-summary"' in html
    for fragment in fragments:
        assert fragment in html, fragment
    assert Application.objects.count() == 0
    return html


# NIK


def test_nik_of_15_digits_is_refused_and_everything_typed_is_kept(client, permit):
    response, _key = applying.fill_in(
        client, permit, applying.applicant(nik="137102410795000")
    )

    html = refused(response, "NIK terdiri dari 16 angka; yang Anda tulis 15 angka.")
    assert 'value="137102410795000"' in html
    assert 'value="Rahmi Oktaviani"' in html
    assert 'aria-invalid="true" aria-describedby="id_nik_helptext id_nik_error"' in html
    assert 'href="#id_nik"' in html  # the summary links to the field


def test_nik_with_spaces_is_stored_as_16_digits(client, permit):
    applying.apply(client, permit, applying.applicant(nik="1371 0241 0795 0002"))

    assert Application.objects.get().nik == "1371024107950002"


def test_nik_with_a_region_that_does_not_exist_is_refused(client, permit):
    response, _key = applying.fill_in(
        client, permit, applying.applicant(nik="9971024107950002")
    )

    refused(response, "NIK ini tidak valid: kode wilayahnya")


def test_nik_with_letters_is_refused(client, permit):
    response, _key = applying.fill_in(
        client, permit, applying.applicant(nik="13710241079500AB")
    )

    refused(response, "NIK hanya berisi angka.")


@pytest.mark.parametrize("day", ["00", "32", "39", "40", "72", "80", "81", "99"])
def test_nik_birth_day_outside_01_31_and_41_71_is_refused_with_the_rule(
    client, permit, day
):
    nik = f"137102{day}07950002"
    response, _key = applying.fill_in(client, permit, applying.applicant(nik=nik))

    html = refused(
        response,
        "NIK ini tidak valid: angka ke-7 dan ke-8 adalah tanggal lahir, 01 sampai "
        "31 untuk laki-laki dan 41 sampai 71 untuk perempuan",
    )
    assert f'value="{nik}"' in html


@pytest.mark.parametrize("nik", ["1371027102950002", "1371023102950002"])
def test_nik_with_a_birth_date_not_in_the_calendar_is_refused(client, permit, nik):
    response, _key = applying.fill_in(client, permit, applying.applicant(nik=nik))

    refused(response, "tanggal lahir pada angka ke-7 sampai ke-12 tidak ada")


@pytest.mark.parametrize(
    ("day", "birth_date", "sex"),
    [
        ("01", "1 Juli 1995", "Laki-laki"),
        ("31", "31 Juli 1995", "Laki-laki"),
        ("41", "1 Juli 1995", "Perempuan"),
        ("71", "31 Juli 1995", "Perempuan"),
    ],
)
def test_nik_edge_days_are_accepted_with_birth_date_and_sex_shown(
    client, permit, day, birth_date, sex
):
    response, _key = applying.fill_in(
        client, permit, applying.applicant(nik=f"137102{day}07950002")
    )
    assert response.status_code == 303, applying.errors_in(response)

    check = client.get(response["Location"]).content.decode()
    assert birth_date in check
    assert sex in check


def test_birth_date_and_sex_come_from_the_nik():
    woman = read_nik("1371024107950002")
    man = read_nik("1371011203880001")
    young = read_nik("1371015005050004")

    assert (woman.birth_date.isoformat(), woman.female) == ("1995-07-01", True)
    assert (man.birth_date.isoformat(), man.female) == ("1988-03-12", False)
    assert young.birth_date.isoformat() == "2005-05-10"


# names


@pytest.mark.parametrize(
    "name",
    [
        "Sukarni",
        "Raden Ajeng Siti Nurhayati Kusumaningtyas Wulandari Prameswari",
        "Ns. Sukarni, S.Kep.",
    ],
)
def test_valid_names_are_stored_and_shown_exactly_as_typed(client, permit, name):
    receipt, _key = applying.apply(
        client, permit, applying.applicant(full_name=f"  {name} ")
    )
    application = Application.objects.get()

    assert application.full_name == name
    from permits.apply import tokens

    page = client.get(tokens.applicant_path(application))
    assert page.status_code == 200
    assert name.replace(",", ",") in page.content.decode()


def test_name_with_a_script_tag_is_refused(client, permit):
    response, _key = applying.fill_in(
        client, permit, applying.applicant(full_name="Budi<script>alert(1)</script>")
    )

    html = refused(response, "Nama tidak boleh memuat tanda &lt; atau &gt;.")
    assert "<script>alert(1)</script>" not in html
    assert 'value="Budi&lt;script&gt;alert(1)&lt;/script&gt;"' in html


def test_markup_in_free_text_is_stored_as_typed_and_never_runs(client, permit):
    address = 'Jl. Sudirman <script>alert("x")</script> No. 1'
    receipt, key = applying.fill_in(client, permit, applying.applicant(address=address))
    check = client.get(receipt["Location"])
    applying.send(client, permit, key)
    application = Application.objects.get()
    from permits.apply import tokens

    page = client.get(tokens.applicant_path(application))

    assert application.address == address
    for response in (check, page):
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_control_characters_are_removed_from_one_line_answers(client, permit):
    applying.apply(
        client,
        permit,
        applying.applicant(
            full_name="Rahmi\x00 Okta\x1bviani",
            **{"q-practice_place": "Puskesmas\u202e Andalas\x07"},
            address="Jl. Veteran\r\nNo. 5\x0c",
        ),
    )
    application = Application.objects.get()

    assert application.full_name == "Rahmi Oktaviani"
    assert application.answers["practice_place"] == "Puskesmas Andalas"
    assert application.address == "Jl. Veteran\nNo. 5"


# phone and e-mail


@pytest.mark.parametrize(
    "typed",
    ["0812 6655 4321", "+62 812-6655-4321", "6281266554321", "(0812) 6655-4321"],
)
def test_usual_spellings_of_a_mobile_number_are_stored_in_one_form(
    client, permit, typed
):
    applying.apply(client, permit, applying.applicant(phone=typed))

    assert Application.objects.get().phone == "+6281266554321"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0751 123456", "nomor telepon rumah atau kantor"),
        ("08123", "bukan nomor telepon Indonesia"),
        ("+1 650 253 0000", "bukan nomor telepon Indonesia"),
    ],
)
def test_landlines_foreign_and_broken_numbers_are_refused(
    client, permit, typed, message
):
    response, _key = applying.fill_in(client, permit, applying.applicant(phone=typed))

    refused(response, message)


@pytest.mark.parametrize(
    "typed",
    [
        # phonenumbers would store these as +6281222235678 and +6281266123456.
        "0812-ABCD-5678",
        "0812 6612 3456 ext 9",
        "0812 6612 3456 #9",
        "nomor saya",
    ],
)
def test_a_mobile_number_with_letters_or_an_extension_is_refused_and_kept(
    client, permit, typed
):
    response, _key = applying.fill_in(client, permit, applying.applicant(phone=typed))

    html = refused(
        response,
        "Nomor ponsel hanya boleh berisi angka, spasi, tanda hubung, dan + di depan.",
    )
    assert f'value="{typed}"' in html
    assert 'value="Rahmi Oktaviani"' in html


def test_invalid_email_is_refused(client, permit):
    response, _key = applying.fill_in(
        client, permit, applying.applicant(email="rahmi@example")
    )

    refused(response, "Masukkan alamat email dengan format yang benar.")


# dates


def dates(start, end):
    return applying.applicant(
        **{
            "q-practice_place": None,
            "q-start_date": start.isoformat(),
            "q-end_date": end.isoformat(),
        }
    )


def test_research_date_fields_say_their_rule_in_the_help_text(client, db):
    research = applying.public_permit_page(
        category="research",
        fields=[
            {
                "clean_name": "start_date",
                "label": "Tanggal mulai",
                "field_type": "date",
                "help_text": "Beri waktu lima hari kerja.",
            },
            {
                "clean_name": "end_date",
                "label": "Tanggal selesai",
                "field_type": "date",
            },
        ],
    )

    html = client.get(applying.apply_url(research)).content.decode()

    assert (
        'id="id_q-start_date_helptext">Beri waktu lima hari kerja. '
        "Tanggal mulai tidak boleh sebelum hari ini.</p>"
    ) in html
    assert (
        'id="id_q-end_date_helptext">Tanggal selesai harus sesudah tanggal mulai.</p>'
    ) in html


def test_research_start_date_in_the_past_is_refused(client, research):
    response, _key = applying.fill_in(
        client, research, dates(applying.future(-1), applying.future(30))
    )

    refused(response, "Tanggal mulai tidak boleh sebelum hari ini.")


@pytest.mark.parametrize("end_days", [10, 5])
def test_research_end_date_must_come_after_the_start(client, research, end_days):
    response, _key = applying.fill_in(
        client, research, dates(applying.future(10), applying.future(end_days))
    )

    refused(response, "Tanggal selesai harus sesudah tanggal mulai.")


def test_research_dates_in_order_are_stored_as_iso_dates(client, research):
    start, end = applying.future(0), applying.future(90)

    applying.apply(client, research, dates(start, end))

    answers = Application.objects.get().answers
    assert answers == {"start_date": start.isoformat(), "end_date": end.isoformat()}


# uploads


@pytest.mark.parametrize(
    ("slot", "name", "content", "message"),
    [
        ("doc-str", "surat.pdf", files.png_bytes(), "sebenarnya file PNG"),
        ("doc-str", "ijazah.pdf", files.HTML_PAGE, "bukan file PDF, JPEG atau PNG"),
        ("doc-ktp", "ttd.svg", files.SVG_WITH_SCRIPT, "bukan file PDF, JPEG atau PNG"),
        ("doc-ktp", "foto.jpg", files.zip_bytes(), "bukan file PDF, JPEG atau PNG"),
        ("doc-str", "kosong.pdf", b"", "kosong (0 byte): tidak ada isinya"),
        ("doc-str", "terkunci.pdf", files.encrypted_pdf(), "dilindungi kata sandi"),
        (
            "doc-str",
            "terpotong.pdf",
            files.broken_pdf(),
            "tidak dapat dibuka: file itu rusak atau tidak utuh",
        ),
        (
            "doc-str",
            "tanpa-halaman.pdf",
            files.pdf_bytes(pages=0),
            "tidak dapat dibuka: file itu rusak atau tidak utuh",
        ),
        (
            "doc-ktp",
            "rusak.jpg",
            b"\xff\xd8\xff\xe0" + b"\x00" * 64,
            "tidak dapat dibuka: gambarnya rusak atau tidak utuh",
        ),
        (
            "doc-ktp",
            "IMG_0001.HEIC",
            b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64,
            "foto iPhone (HEIC)",
        ),
    ],
)
def test_files_are_judged_by_their_bytes_not_their_name(
    client, permit, slot, name, content, message
):
    before = stored_files()

    response, _key = applying.fill_in(
        client,
        permit,
        uploads=applying.documents(**{slot: files.upload(name, content)}),
    )

    html = refused(response, message)
    assert f'id="id_{slot}_error"' in html
    key = slot.removeprefix("doc-")
    assert not StagedUpload.objects.filter(requirement_key=key).exists()
    other = "str" if key == "ktp" else "ktp"
    assert StagedUpload.objects.filter(requirement_key=other).exists()
    assert len(stored_files()) == len(before) + 1  # only the other slot's file


def test_a_password_protected_pdf_is_refused_with_how_to_remove_the_password(
    client, permit
):
    response, _key = applying.fill_in(
        client,
        permit,
        uploads=applying.documents(
            **{"doc-str": files.upload("terkunci.pdf", files.encrypted_pdf())}
        ),
    )

    refused(
        response,
        "“terkunci.pdf” dilindungi kata sandi, jadi kantor tidak dapat membukanya. "
        "Hapus kata sandinya: buka file itu, pilih “Cetak”, kemudian “Simpan "
        "sebagai PDF” (atau simpan salinannya tanpa kata sandi), lalu unggah file "
        "barunya.",
    )
    assert not StagedUpload.objects.filter(requirement_key="str").exists()


def test_a_25_mb_pdf_against_a_5_mb_limit_gets_a_friendly_page(client, permit):
    private_root = Path(settings.PRIVATE_ROOT)
    before = {path for path in private_root.rglob("*") if path.is_file()}

    response, _key = applying.fill_in(
        client,
        permit,
        uploads=applying.documents(
            **{"doc-str": files.upload("skripsi-lengkap.pdf", files.big_pdf(25))}
        ),
    )

    refused(response, "berukuran 25,0 MB; dokumen ini paling besar 5 MB")
    assert not StagedUpload.objects.filter(requirement_key="str").exists()
    # Nothing of the large file anywhere in private storage: only the KTP is new.
    after = {path for path in private_root.rglob("*") if path.is_file()}
    ktp = StagedUpload.objects.get(requirement_key="ktp")
    assert after - before == {private_root / ktp.file.name}


@pytest.fixture
def several_files(db):
    return applying.public_permit_page(requirements=applying.SEVERAL_FILES)


def test_more_files_than_the_cap_in_one_post_are_refused_naming_the_cap(
    client, several_files
):
    before = stored_files()

    response, _key = applying.fill_in(
        client,
        several_files,
        applying.applicant(full_name="Sukarni"),
        uploads={
            "doc-ktp": files.upload("ktp.pdf", files.small_pdf()),
            "doc-sertifikat": applying.certificates(MAX_FILES_PER_DOCUMENT + 1),
        },
    )

    html = refused(
        response, f"Paling banyak {MAX_FILES_PER_DOCUMENT} file untuk dokumen ini."
    )
    assert 'id="id_doc-sertifikat_error"' in html
    assert 'value="Sukarni"' in html and 'value="1371024107950002"' in html
    kept = StagedUpload.objects.filter(requirement_key="sertifikat")
    assert kept.count() == MAX_FILES_PER_DOCUMENT
    assert f"sertifikat-{MAX_FILES_PER_DOCUMENT + 1}.pdf" not in kept.values_list(
        "original_name", flat=True
    )
    # The KTP and the ten certificates within the cap; nothing for the eleventh.
    assert len(stored_files()) == len(before) + 1 + MAX_FILES_PER_DOCUMENT


def test_a_file_added_to_a_full_several_files_slot_is_refused_and_not_stored(
    client, several_files
):
    full, key = applying.fill_in(
        client,
        several_files,
        uploads={
            "doc-ktp": files.upload("ktp.pdf", files.small_pdf()),
            "doc-sertifikat": applying.certificates(MAX_FILES_PER_DOCUMENT),
        },
    )
    assert full.status_code == 303, applying.errors_in(full)
    before = stored_files()

    response, _key = applying.fill_in(
        client,
        several_files,
        applying.applicant(address="Jl. Belanti Raya No. 3, Padang"),
        uploads={"doc-sertifikat": applying.certificates(1, start=99)},
        key=key,
    )

    html = refused(
        response, f"Paling banyak {MAX_FILES_PER_DOCUMENT} file untuk dokumen ini."
    )
    assert "Jl. Belanti Raya No. 3, Padang" in html
    assert (
        StagedUpload.objects.filter(requirement_key="sertifikat").count()
        == MAX_FILES_PER_DOCUMENT
    )
    assert not StagedUpload.objects.filter(original_name="sertifikat-99.pdf").exists()
    assert stored_files() == before


def test_a_real_phone_photo_named_in_capitals_is_accepted_without_its_location(
    client, permit
):
    photo = files.phone_photo_jpeg()
    assert gps_of(photo)

    applying.apply(
        client,
        permit,
        uploads=applying.documents(
            **{"doc-ktp": files.upload("FOTO.JPG", photo, "image/jpeg")}
        ),
    )

    document = ApplicationDocument.objects.get(requirement_key="ktp")
    stored = document.file.read()
    assert (document.kind, document.original_name) == ("jpeg", "FOTO.JPG")
    assert gps_of(stored) == {}
    with Image.open(io.BytesIO(stored)) as image:
        assert dict(image.getexif()) == {}
        assert image.size == (1200, 1600)
    assert b"samsung" not in stored and b"SM-A155F" not in stored
    assert document.size == len(stored)


def test_a_sideways_photo_is_stored_upright_without_exif(client, permit):
    applying.apply(
        client,
        permit,
        uploads=applying.documents(
            **{"doc-ktp": files.upload("ktp.jpg", files.rotated_photo_jpeg())}
        ),
    )

    stored = ApplicationDocument.objects.get(requirement_key="ktp").file.read()
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (40, 60)
        assert dict(image.getexif()) == {}


def test_png_text_chunks_and_exif_are_removed(client, permit):
    applying.apply(
        client,
        permit,
        uploads=applying.documents(
            **{"doc-ktp": files.upload("ktp.png", files.png_bytes(with_metadata=True))}
        ),
    )

    stored = ApplicationDocument.objects.get(requirement_key="ktp").file.read()
    assert b"lokasi rahasia" not in stored and b"samsung" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG"


@pytest.mark.parametrize(
    ("sent_name", "shown"),
    [
        ("../../settings.pdf", "settings.pdf"),
        ("..\\..\\windows\\settings.pdf", "settings.pdf"),
        ("a" * 136 + ".pdf", "a" * 95 + "….pdf"),
        ("Ijazah 🎓 S1.pdf", "Ijazah 🎓 S1.pdf"),
    ],
)
def test_file_names_are_for_display_only(client, permit, sent_name, shown):
    applying.apply(
        client,
        permit,
        uploads=applying.documents(
            **{"doc-str": files.upload(sent_name, files.small_pdf())}
        ),
    )

    document = ApplicationDocument.objects.get(requirement_key="str")
    assert document.original_name == shown
    assert len(document.original_name) <= 100
    assert "settings" not in document.file.name and "🎓" not in document.file.name
    assert document.file.name.startswith("uploads/") and document.file.name.endswith(
        ".pdf"
    )
    stored = Path(settings.PRIVATE_ROOT) / document.file.name
    assert stored.is_file()
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
