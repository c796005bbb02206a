"""Demo catalogue for SINOPEN (DPMPTSP Kota Padang).

Plain Python data: one dict per permit type, loaded into the Wagtail catalogue by
the demo seeding. Staff edit everything here in the admin afterwards; nothing in
this module is a rule the code relies on.

The citizen-facing text is Indonesian. Where a local detail is not known it says
"sesuai ketentuan yang berlaku" instead of inventing a rule (see
shared/domain/FACTS.md).

Small helper functions build the dicts so that the shared documents and fields are
written once, but every profession gets its own wording, documents and questions.
"""

PDF = ["pdf"]
PDF_OR_IMAGE = ["pdf", "jpeg", "png"]
IMAGE = ["jpeg", "png"]

FEE = "Rp0 (tidak dipungut biaya)"

OFFICE = "DPMPTSP Kota Padang"
HEALTH_OFFICE = "Dinas Kesehatan Kota Padang"
KESBANGPOL = "Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kota Padang"

# A SIP is valid for five years (UU 17/2023, PP 28/2024).
SIP_VALIDITY_MONTHS = 60
# The validity of a research letter differs by region (FACTS.md: from three months
# to a year). Twelve months is only the demo default; staff set it per permit type.
RESEARCH_VALIDITY_MONTHS = 12

# Published example of the SIP procedure: 0 + 1 + 3 + 2 + 2 + 1 working days.
SIP_SERVICE_DAYS = 9
RESEARCH_SERVICE_DAYS = 5

SIP_TRANSACTION_KINDS = ["new", "renewal", "move", "replacement"]
RESEARCH_TRANSACTION_KINDS = ["new", "extension"]

COMPLAINTS = (
    "Jika ada yang kurang berkenan dengan layanan kami, sampaikan pengaduan, saran, "
    "atau masukan lewat salah satu cara berikut: website SP4N-LAPOR! "
    "(www.lapor.go.id), WhatsApp kantor DPMPTSP Kota Padang yang nomornya ada di "
    "bagian bawah halaman ini, atau datang langsung ke loket pengaduan di kantor "
    "kami pada jam layanan. Sebutkan nomor pendaftaran Anda bila ada, supaya berkas "
    "Anda cepat kami temukan. Setiap pengaduan kami catat dan tanggapi sesuai "
    "ketentuan yang berlaku."
)

SIP_LEGAL_BASIS = [
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan "
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Wali Kota Padang tentang pelimpahan kewenangan perizinan, sesuai "
    "ketentuan yang berlaku",
]

# Whether Permendagri 3/2018 still applies is uncertain (FACTS.md): it stays as
# editable content with the usual caveat.
RESEARCH_LEGAL_BASIS = [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2018 tentang Penerbitan Surat "
    "Keterangan Penelitian, sesuai ketentuan yang berlaku",
    "Peraturan Wali Kota Padang tentang pelimpahan kewenangan perizinan, sesuai "
    "ketentuan yang berlaku",
]

PRACTICE_AT_FACILITY = "Di fasilitas pelayanan kesehatan"
PRACTICE_OWN = "Praktik mandiri"
MIDWIFE_OWN_PRACTICE = "Tempat Praktik Mandiri Bidan (TPMB)"


# ---------------------------------------------------------------------------
# Small builders
# ---------------------------------------------------------------------------


def _doc(
    key,
    label,
    help_text,
    *,
    required=True,
    required_when="",
    kinds=None,
    max_mb=5,
    multiple=False,
):
    return {
        "key": key,
        "label": label,
        "help": help_text,
        "required": required and not required_when,
        "required_when": required_when,
        "kinds": list(kinds or PDF),
        "max_mb": max_mb,
        "multiple": multiple,
    }


def _field(key, label, field_type, *, required=True, choices=(), help_text=""):
    return {
        "key": key,
        "label": label,
        "type": field_type,
        "required": required,
        "choices": list(choices),
        "help": help_text,
    }


def _step(title, description, working_days):
    return {"title": title, "description": description, "working_days": working_days}


# --- documents shared by the SIPs, each with room for the profession's wording ---


def _ktp():
    return _doc(
        "ktp",
        "KTP elektronik",
        "Foto atau pindaian KTP Anda sisi depan. Pastikan semua tulisan terbaca dan "
        "pangkas fotonya sampai hanya kartunya yang terlihat. JPEG, PNG, atau PDF, "
        "paling besar 2 MB.",
        kinds=PDF_OR_IMAGE,
        max_mb=2,
    )


def _str_doc(label, help_text):
    return _doc("str", label, help_text, kinds=PDF_OR_IMAGE, max_mb=5)


def _photo():
    return _doc(
        "pas_foto",
        "Pas foto 4x6 latar merah",
        "Foto terbaru, wajah menghadap ke depan, berpakaian rapi, latar belakang "
        "merah. Bisa hasil pindaian pas foto cetak atau foto digital dari studio. "
        "JPEG atau PNG, paling besar 2 MB.",
        kinds=IMAGE,
        max_mb=2,
    )


def _health_certificate(who):
    return _doc(
        "surat_sehat",
        "Surat keterangan sehat",
        "Surat keterangan sehat fisik dan mental dari " + who + ". Masa berlaku "
        "surat mengikuti ketentuan yang berlaku, jadi pakailah surat yang baru. "
        "PDF, paling besar 5 MB.",
    )


def _asn_approval(where):
    return _doc(
        "persetujuan_atasan",
        "Surat persetujuan atasan (khusus ASN)",
        "Untuk ASN (PNS atau PPPK), terutama jika Anda akan berpraktik di "
        + where
        + ": surat persetujuan dari atasan langsung atau pimpinan instansi Anda, "
        "sesuai ketentuan yang berlaku. Bukan ASN? Lewati saja.",
        required=False,
    )


def _own_practice(choice):
    return "Jenis praktik: " + choice


def _floor_plan(place, own_practice=PRACTICE_OWN):
    return _doc(
        "denah_ruang",
        "Denah ruang praktik",
        "Perlu jika Anda memilih praktik mandiri. Gambar sederhana " + place + ", "
        "lengkap dengan ukuran dan letaknya. Boleh digambar tangan lalu dipindai. "
        "Jika Anda berpraktik di fasilitas pelayanan kesehatan, lewati saja.",
        required_when=_own_practice(own_practice),
    )


def _equipment(items, own_practice=PRACTICE_OWN):
    return _doc(
        "daftar_peralatan",
        "Daftar peralatan praktik",
        "Perlu jika Anda memilih praktik mandiri. Tuliskan " + items + " beserta "
        "jumlahnya, lalu tanda tangani. Jika Anda berpraktik di fasilitas pelayanan "
        "kesehatan, lewati saja.",
        required_when=_own_practice(own_practice),
    )


def _organisation_letter(organisation):
    return _doc(
        "rekomendasi_organisasi_profesi",
        "Surat rekomendasi organisasi profesi",
        "Rekomendasi atau surat keterangan dari organisasi profesi (mis. "
        + organisation
        + "). Unggah jika masih diminta sesuai ketentuan yang berlaku. Petugas akan "
        "memberi tahu bila dokumen ini diperlukan.",
        required=False,
    )


def _previous_sip(abbreviation):
    return _doc(
        "sip_lama",
        abbreviation + " lama",
        "Untuk perpanjangan, pindah tempat praktik, atau penggantian karena rusak: "
        "pindaian " + abbreviation + " yang sekarang Anda miliki. Untuk permohonan "
        "baru, lewati saja.",
        required_when="Jenis permohonan: Perpanjangan; Pindah tempat praktik",
    )


def _credit_points(source):
    return _doc(
        "bukti_skp",
        "Bukti kecukupan SKP",
        "Khusus perpanjangan: bukti bahwa satuan kredit profesi (SKP) Anda sudah "
        "cukup, mis. " + source + ". Jumlah SKP yang dibutuhkan sesuai ketentuan "
        "yang berlaku.",
        required=False,
        kinds=PDF_OR_IMAGE,
    )


def _revocation_letter(abbreviation):
    return _doc(
        "surat_pencabutan",
        "Surat pencabutan " + abbreviation + " dari daerah asal",
        "Hanya jika Anda pindah dari kabupaten atau kota lain ke Kota Padang: surat "
        "pencabutan izin praktik dari daerah asal (cabut pindah).",
        required=False,
    )


def _loss_report():
    return _doc(
        "surat_kehilangan",
        "Surat keterangan kehilangan",
        "Hanya untuk penggantian izin yang hilang: surat keterangan kehilangan dari "
        "kepolisian. Jika izin Anda rusak, unggah saja izin yang rusak itu pada "
        "kolom izin lama.",
        required=False,
    )


def _other_sips(profession):
    return _doc(
        "sip_lain",
        "SIP yang sudah Anda miliki di tempat lain",
        "Untuk SIP ke-2 atau ke-3: pindaian SIP " + profession + " yang sudah "
        "Anda miliki di tempat praktik lain, satu file per SIP. Seorang "
        + profession
        + " boleh memiliki paling banyak tiga SIP. Untuk SIP ke-1, lewati saja.",
        required=False,
        multiple=True,
    )


# --- form questions shared by the SIPs ---


def _str_number(help_text):
    return _field("str_number", "Nomor STR", "singleline", help_text=help_text)


def _place_name(label, help_text):
    return _field("practice_place_name", label, "singleline", help_text=help_text)


def _place_address(help_text=""):
    return _field(
        "practice_place_address",
        "Alamat tempat praktik",
        "multiline",
        help_text=help_text
        or "Tulis alamat lengkap: jalan, nomor, kelurahan, dan kecamatan di Kota "
        "Padang.",
    )


def _practice_type(help_text):
    return _field(
        "practice_type",
        "Jenis praktik",
        "radio",
        choices=[PRACTICE_AT_FACILITY, PRACTICE_OWN],
        help_text=help_text,
    )


def _sip_sequence():
    return _field(
        "sip_sequence",
        "SIP ke berapa?",
        "dropdown",
        choices=["SIP ke-1", "SIP ke-2", "SIP ke-3"],
        help_text="Hitung semua SIP yang masih berlaku, termasuk yang diterbitkan "
        "daerah lain. SIP untuk tempat praktik ini ikut dihitung.",
    )


def _schedule(help_text):
    return _field(
        "schedule",
        "Hari dan jam praktik",
        "multiline",
        help_text=help_text,
    )


def _specialty(example):
    return _field(
        "specialty",
        "Bidang spesialisasi",
        "singleline",
        help_text="Tulis sesuai STR Anda, mis. " + example + ".",
    )


# --- procedure and letter of a SIP ---


def _sip_steps(check_note):
    return [
        _step(
            "Daftar dan unggah berkas",
            "Isi formulir di SINOPEN dan unggah dokumennya. Setelah terkirim, Anda "
            "menerima nomor pendaftaran dan tautan rahasia lewat e-mail untuk "
            "memantau permohonan.",
            0,
        ),
        _step(
            "Pemeriksaan berkas oleh petugas loket",
            "Petugas memeriksa kelengkapan dan kejelasan dokumen. Jika ada yang "
            "perlu diperbaiki, berkas dikembalikan dengan catatan, dan hitungan hari "
            "kerja berhenti sampai Anda mengirim perbaikan.",
            1,
        ),
        _step(
            "Pemeriksaan dan rekomendasi Dinas Kesehatan",
            "Dinas Kesehatan Kota Padang memeriksa " + check_note + ", lalu "
            "memberikan rekomendasi.",
            3,
        ),
        _step(
            "Pemberian nomor surat izin",
            "Setelah rekomendasi keluar dan permohonan disetujui, surat izin Anda "
            "diberi nomor resmi.",
            2,
        ),
        _step(
            "Tanda tangan elektronik",
            "Kepala DPMPTSP Kota Padang menandatangani surat izin dengan tanda "
            "tangan elektronik (TTE) yang tersertifikasi.",
            2,
        ),
        _step(
            "Pemeriksaan akhir dan penerbitan",
            "Petugas memeriksa surat yang sudah ditandatangani. Anda mendapat "
            "pemberitahuan dan bisa mengunduh surat izin dari halaman status "
            "permohonan.",
            1,
        ),
    ]


def _sip_letter(profession_title, practice_phrase, extra_duties=()):
    duties = [
        "menjalankan " + practice_phrase + " sesuai standar profesi, standar "
        "pelayanan, dan standar prosedur operasional;",
        "berpraktik hanya di tempat yang tercantum dalam surat izin ini;",
        "menjaga rahasia kesehatan setiap pasien atau klien;",
        *extra_duties,
        "mengajukan perpanjangan sebelum masa berlaku surat izin ini berakhir, "
        "termasuk memenuhi kecukupan SKP, sesuai ketentuan yang berlaku;",
        "memberi tahu {office_name} bila berhenti berpraktik atau pindah tempat "
        "praktik.",
    ]
    return (
        "<p>Berdasarkan permohonan yang bersangkutan dan rekomendasi Dinas "
        "Kesehatan Kota Padang, Kepala {office_name} memberikan Surat Izin Praktik "
        + profession_title
        + " kepada:</p>"
        "<p>Nama: <strong>{holder_name}</strong></p>"
        "<p>NIK: {nik_masked}</p>"
        "<p>Alamat: {holder_address}</p>"
        "<p>Nomor STR: {str_number}</p>"
        "<p>untuk menjalankan "
        + practice_phrase
        + " di <strong>{practice_place_name}</strong>, {practice_place_address}, "
        "{city}.</p>"
        "<p>Surat izin ini berlaku untuk satu tempat praktik sampai dengan tanggal "
        "<strong>{valid_until}</strong>, selama STR yang bersangkutan masih "
        "berlaku.</p>"
        "<p>Pemegang surat izin ini wajib:</p>"
        "<ol>" + "".join("<li>" + duty + "</li>" for duty in duties) + "</ol>"
        "<p>Surat izin ini dapat dicabut apabila pemegangnya melanggar ketentuan "
        "peraturan perundang-undangan.</p>"
    )


def _sip_copies(organisation):
    return [
        "Kepala Dinas Kesehatan Kota Padang",
        "Ketua organisasi profesi (" + organisation + ") Kota Padang",
        "Pimpinan fasilitas pelayanan kesehatan tempat praktik",
        "Yang bersangkutan",
    ]


def _sip(
    *,
    slug,
    title,
    abbreviation,
    letter_title,
    summary,
    who_can_apply,
    check_note,
    requirements,
    fields,
    letter_body,
    organisation,
    search_keywords,
    popular=False,
    max_active_permits=None,
):
    return {
        "slug": slug,
        "title": title,
        "category": "health",
        "abbreviation": abbreviation,
        "summary": summary,
        "who_can_apply": who_can_apply,
        "product": title,
        "fee": FEE,
        "steps": _sip_steps(check_note),
        "service_days": SIP_SERVICE_DAYS,
        "requirements": requirements,
        "fields": fields,
        "transaction_kinds": list(SIP_TRANSACTION_KINDS),
        "legal_basis": list(SIP_LEGAL_BASIS),
        "complaints": COMPLAINTS,
        "validity_months": SIP_VALIDITY_MONTHS,
        "needs_recommendation": True,
        "recommending_office": HEALTH_OFFICE,
        "max_active_permits": max_active_permits,
        "letter_title": letter_title,
        "archive_code": "503",
        "letter_body": letter_body,
        "copies": _sip_copies(organisation),
        "search_keywords": search_keywords,
        "popular": popular,
    }


OWN_PRACTICE_CAVEAT = (
    "Pilih praktik mandiri hanya jika profesi Anda boleh berpraktik mandiri sesuai "
    "ketentuan yang berlaku. Untuk praktik mandiri, siapkan juga denah ruang dan "
    "daftar peralatan."
)

STR_HELP = (
    "Nomor STR tertera pada STR Anda. STR diterbitkan oleh Konsil Kesehatan "
    "Indonesia (KKI); STR lama yang masih sah tetap dapat dipakai sesuai ketentuan "
    "yang berlaku."
)

SCHEDULE_HELP = (
    "Satu baris untuk tiap hari atau kelompok hari, mis. 'Senin–Jumat 08.00–14.00'."
)

SKP_SOURCE = (
    "tangkapan layar atau cetakan dari akun SKP Anda di platform Kementerian Kesehatan"
)


# ---------------------------------------------------------------------------
# Research permit
# ---------------------------------------------------------------------------

RESEARCH_PERMIT = {
    "slug": "izin-penelitian",
    "title": "Surat Keterangan Penelitian",
    "category": "research",
    "abbreviation": "SKP",
    "summary": (
        "Surat dari Pemerintah Kota Padang yang menerangkan bahwa Anda akan "
        "meneliti di wilayah Kota Padang. Biasanya diminta oleh kantor, sekolah, "
        "puskesmas, atau instansi lain yang menjadi lokasi penelitian."
    ),
    "who_can_apply": (
        "Mahasiswa (D3 sampai S3), dosen, peneliti, dan lembaga atau organisasi yang "
        "akan mengumpulkan data di Kota Padang, misalnya untuk skripsi, tesis, "
        "disertasi, atau penelitian lembaga. Permohonan boleh diajukan oleh peneliti "
        "sendiri atau atas nama perguruan tinggi atau lembaga. Peneliti warga "
        "negara asing mengikuti ketentuan izin penelitian asing yang berlaku."
    ),
    "product": "Surat Keterangan Penelitian",
    "fee": FEE,
    "steps": [
        _step(
            "Daftar dan unggah berkas",
            "Isi formulir di SINOPEN dan unggah dokumennya. Anda menerima nomor "
            "pendaftaran dan tautan rahasia lewat e-mail untuk memantau permohonan.",
            0,
        ),
        _step(
            "Pemeriksaan berkas",
            "Petugas DPMPTSP memeriksa kelengkapan dan kejelasan dokumen. Isi dan "
            "mutu penelitian Anda tidak dinilai. Jika ada yang perlu diperbaiki, "
            "hitungan hari kerja berhenti sampai Anda mengirim perbaikan.",
            1,
        ),
        _step(
            "Rekomendasi Kesbangpol",
            "Badan Kesatuan Bangsa dan Politik Kota Padang menelaah permohonan dan "
            "memberikan rekomendasi.",
            2,
        ),
        _step(
            "Persetujuan dan tanda tangan elektronik",
            "Kepala DPMPTSP Kota Padang menyetujui dan menandatangani surat dengan "
            "tanda tangan elektronik (TTE) yang tersertifikasi.",
            1,
        ),
        _step(
            "Pemeriksaan akhir dan penerbitan",
            "Petugas memeriksa surat yang sudah ditandatangani. Anda mendapat "
            "pemberitahuan dan bisa mengunduh surat dari halaman status permohonan.",
            1,
        ),
    ],
    "service_days": RESEARCH_SERVICE_DAYS,
    "requirements": [
        _doc(
            "surat_permohonan",
            "Surat permohonan dari perguruan tinggi atau lembaga",
            "Surat pengantar resmi dari fakultas, program studi, atau pimpinan "
            "lembaga, ditujukan kepada Kepala DPMPTSP Kota Padang, lengkap dengan "
            "nomor surat, tanda tangan, dan stempel. Jika Anda meneliti secara "
            "pribadi, pakai surat permohonan yang Anda tanda tangani sendiri. PDF, "
            "paling besar 5 MB.",
        ),
        _doc(
            "proposal",
            "Proposal penelitian",
            "Cukup bagian yang memuat latar belakang, tujuan, metode, lokasi, dan "
            "jangka waktu penelitian. Tidak perlu mengunggah seluruh skripsi atau "
            "laporan. PDF, paling besar 5 MB.",
        ),
        _doc(
            "pernyataan_taat_aturan",
            "Surat pernyataan mematuhi peraturan (bermeterai)",
            "Pernyataan bahwa Anda akan menaati peraturan perundang-undangan dan tata "
            "tertib di lokasi penelitian, serta tidak memakai penelitian untuk "
            "kepentingan lain. Tanda tangani di atas meterai Rp10.000 (tempel atau "
            "elektronik), lalu pindai menjadi PDF.",
        ),
        _doc(
            "pernyataan_keaslian",
            "Surat pernyataan keaslian dokumen",
            "Pernyataan bertanda tangan bahwa semua dokumen yang Anda unggah asli "
            "dan benar. PDF, paling besar 5 MB.",
        ),
        _doc(
            "ktp_peneliti",
            "KTP peneliti utama",
            "Foto atau pindaian KTP peneliti utama sisi depan, terbaca jelas dan "
            "dipangkas sampai hanya kartunya yang terlihat. JPEG, PNG, atau PDF, "
            "paling besar 2 MB.",
            kinds=PDF_OR_IMAGE,
            max_mb=2,
        ),
        _doc(
            "pas_foto",
            "Pas foto peneliti utama",
            "Pas foto berwarna terbaru dengan wajah terlihat jelas. Foto dari ponsel "
            "boleh, asal latarnya polos dan terang. JPEG atau PNG, paling besar "
            "2 MB.",
            kinds=IMAGE,
            max_mb=2,
        ),
        _doc(
            "akta_organisasi",
            "Akta pendirian organisasi",
            "Hanya jika pemohonnya organisasi atau lembaga non-perguruan tinggi: akta "
            "pendirian beserta pengesahannya. Peneliti perorangan dan mahasiswa "
            "lewati saja.",
            required=False,
        ),
        _doc(
            "surat_penelitian_sebelumnya",
            "Surat Keterangan Penelitian sebelumnya",
            "Hanya untuk perpanjangan: surat keterangan penelitian yang sudah Anda "
            "miliki, ditambah penjelasan singkat mengapa waktunya perlu diperpanjang "
            "di surat permohonan.",
            required=False,
        ),
    ],
    "fields": [
        _field(
            "research_title",
            "Judul penelitian",
            "singleline",
            help_text="Tulis sama persis dengan judul di proposal.",
        ),
        _field(
            "institution",
            "Perguruan tinggi atau lembaga",
            "singleline",
            help_text="Mis. 'Universitas Andalas, Fakultas Kedokteran'. Peneliti "
            "mandiri: tulis 'Perorangan'.",
        ),
        _field(
            "occupation",
            "Pekerjaan atau status peneliti",
            "dropdown",
            choices=[
                "Mahasiswa D3/D4",
                "Mahasiswa S1",
                "Mahasiswa S2",
                "Mahasiswa S3",
                "Dosen",
                "Peneliti",
                "Lainnya",
            ],
        ),
        _field(
            "purpose",
            "Keperluan penelitian",
            "dropdown",
            choices=[
                "Skripsi atau tugas akhir",
                "Tesis",
                "Disertasi",
                "Penelitian dosen",
                "Penelitian lembaga atau instansi",
                "Lainnya",
            ],
        ),
        _field(
            "location",
            "Lokasi penelitian",
            "multiline",
            help_text="Sebutkan semua tempat pengambilan data, mis. nama instansi, "
            "sekolah, puskesmas, atau kelurahan di Kota Padang. Satu baris satu "
            "lokasi.",
        ),
        _field(
            "start_date",
            "Tanggal mulai",
            "date",
            help_text="Beri waktu paling sedikit lima hari kerja sejak pengajuan.",
        ),
        _field(
            "end_date",
            "Tanggal selesai",
            "date",
            help_text="Perkiraan tanggal pengambilan data selesai.",
        ),
        _field(
            "members",
            "Anggota tim peneliti",
            "multiline",
            required=False,
            help_text="Jika meneliti bersama orang lain, tulis nama dan NIM atau NIP "
            "mereka, satu orang per baris. Jika sendiri, kosongkan.",
        ),
        _field(
            "supervisor",
            "Dosen pembimbing atau penanggung jawab",
            "singleline",
            required=False,
            help_text="Untuk mahasiswa: nama dosen pembimbing lengkap dengan gelar.",
        ),
    ],
    "transaction_kinds": list(RESEARCH_TRANSACTION_KINDS),
    "legal_basis": list(RESEARCH_LEGAL_BASIS),
    "complaints": COMPLAINTS,
    "validity_months": RESEARCH_VALIDITY_MONTHS,
    "needs_recommendation": True,
    "recommending_office": KESBANGPOL,
    "max_active_permits": None,
    "letter_title": "SURAT KETERANGAN PENELITIAN",
    "archive_code": "070",
    "letter_body": (
        "<p>Berdasarkan surat permohonan dari {institution} dan rekomendasi Badan "
        "Kesatuan Bangsa dan Politik Kota Padang, Kepala {office_name} menerangkan "
        "bahwa:</p>"
        "<p>Nama: <strong>{holder_name}</strong></p>"
        "<p>NIK: {nik_masked}</p>"
        "<p>Alamat: {holder_address}</p>"
        "<p>Lembaga: {institution}</p>"
        "<p>akan melaksanakan penelitian berjudul <strong><em>{research_title}</em>"
        "</strong> di {location}, {city}, mulai tanggal {start_date} sampai dengan "
        "{end_date}.</p>"
        "<p>Peneliti wajib:</p>"
        "<ol>"
        "<li>melapor kepada pimpinan instansi atau tempat penelitian dengan "
        "menunjukkan surat ini sebelum penelitian dimulai;</li>"
        "<li>meneliti hanya sesuai judul, lokasi, dan waktu yang tertulis di "
        "atas;</li>"
        "<li>menaati peraturan perundang-undangan serta tata tertib dan adat "
        "istiadat setempat;</li>"
        "<li>tidak menggunakan penelitian untuk kepentingan politik atau kegiatan "
        "lain di luar tujuan penelitian;</li>"
        "<li>menyampaikan laporan hasil penelitian kepada {office_name} setelah "
        "penelitian selesai, sesuai ketentuan yang berlaku.</li>"
        "</ol>"
        "<p>Surat keterangan ini berlaku sampai dengan tanggal "
        "<strong>{valid_until}</strong> dan tidak berlaku lagi bila ketentuan di "
        "atas dilanggar.</p>"
    ),
    "copies": [
        "Wali Kota Padang (sebagai laporan)",
        "Kepala Badan Kesbangpol Kota Padang",
        "Pimpinan perguruan tinggi/lembaga pemohon",
        "Yang bersangkutan",
    ],
    "search_keywords": (
        "izin penelitian surat izin riset rekomendasi penelitian skripsi tesis "
        "disertasi mahasiswa dosen pengambilan data kesbangpol survei"
    ),
    "popular": True,
}


# ---------------------------------------------------------------------------
# Practice permits (SIP): doctors and dentists (at most three SIPs each)
# ---------------------------------------------------------------------------

DOCTOR_SCHEDULE_HELP = (
    SCHEDULE_HELP + " Jika Anda punya SIP lain, pastikan jadwalnya tidak bertabrakan."
)

SIP_DOKTER = _sip(
    slug="sip-dokter",
    title="Surat Izin Praktik Dokter (SIPD)",
    abbreviation="SIPD",
    letter_title="SURAT IZIN PRAKTIK DOKTER",
    summary=(
        "Izin bagi dokter untuk berpraktik di satu tempat di Kota Padang. Setiap "
        "tempat praktik perlu SIP sendiri, paling banyak tiga tempat."
    ),
    who_can_apply=(
        "Dokter yang memiliki STR dokter dan akan berpraktik di Kota Padang, baik di "
        "rumah sakit, puskesmas, klinik, maupun praktik mandiri. Seorang dokter "
        "boleh memiliki paling banyak tiga SIP untuk tiga tempat praktik."
    ),
    check_note=(
        "STR, tempat praktik, dan jumlah SIP yang sudah Anda miliki (paling banyak "
        "tiga); untuk praktik mandiri bisa disertai peninjauan tempat bila "
        "diperlukan"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR dokter",
            "Pindaian STR dokter yang diterbitkan Konsil Kesehatan Indonesia (dulu "
            "Konsil Kedokteran Indonesia). Boleh cetakan STR elektronik. PDF, JPEG, "
            "atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari direktur rumah sakit, kepala puskesmas, atau penanggung "
            "jawab klinik yang menyatakan Anda berpraktik di sana. Untuk praktik "
            "mandiri, ganti dengan surat pernyataan tempat praktik yang Anda tanda "
            "tangani sendiri.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang praktik dokter: ruang periksa, ruang tunggu, dan toilet"),
        _equipment("peralatan medis dan obat gawat darurat yang tersedia"),
        _organisation_letter("IDI"),
        _other_sips("dokter"),
        _previous_sip("SIPD"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPD"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _sip_sequence(),
        _practice_type(
            "Praktik di rumah sakit, puskesmas, atau klinik: pilih fasilitas "
            "pelayanan kesehatan. Praktik pribadi di rumah atau ruko: pilih praktik "
            "mandiri."
        ),
        _place_name(
            "Nama tempat praktik",
            "Mis. 'RSUD dr. Rasidin Padang' atau 'Praktik dr. Andi'.",
        ),
        _place_address(),
        _schedule(DOCTOR_SCHEDULE_HELP),
        _field(
            "other_practice_places",
            "Tempat praktik lain yang sudah ber-SIP",
            "multiline",
            required=False,
            help_text="Untuk SIP ke-2 atau ke-3: nama dan alamat tempat praktik "
            "lain beserta jadwalnya. Untuk SIP ke-1, kosongkan.",
        ),
    ],
    letter_body=_sip_letter(
        "Dokter",
        "praktik kedokteran sebagai dokter",
        ("membuat rekam medis untuk setiap pasien;",),
    ),
    organisation="IDI",
    search_keywords=(
        "SIP dokter SIPD dokter umum izin praktik dokter praktik mandiri klinik "
        "rumah sakit IDI STR KKI"
    ),
    popular=True,
    max_active_permits=3,
)

SIP_DOKTER_SPESIALIS = _sip(
    slug="sip-dokter-spesialis",
    title="Surat Izin Praktik Dokter Spesialis (SIPDS)",
    abbreviation="SIPDS",
    letter_title="SURAT IZIN PRAKTIK DOKTER SPESIALIS",
    summary=(
        "Izin praktik bagi dokter spesialis dan subspesialis di satu tempat praktik "
        "di Kota Padang, paling banyak tiga tempat."
    ),
    who_can_apply=(
        "Dokter spesialis atau subspesialis yang memiliki STR dokter spesialis dan "
        "akan berpraktik di Kota Padang, di rumah sakit, klinik utama, atau praktik "
        "mandiri. Seorang dokter spesialis boleh memiliki paling banyak tiga SIP."
    ),
    check_note=(
        "STR spesialis, kesesuaian bidang spesialisasi dengan tempat praktik, dan "
        "jumlah SIP yang sudah Anda miliki (paling banyak tiga)"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR dokter spesialis",
            "Pindaian STR dokter spesialis atau subspesialis dari Konsil Kesehatan "
            "Indonesia. Bidang spesialisasinya harus sama dengan yang Anda isi di "
            "formulir. PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari direktur rumah sakit atau penanggung jawab klinik utama "
            "yang menyatakan Anda berpraktik sebagai dokter spesialis di sana. "
            "Untuk praktik mandiri, ganti dengan surat pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar rumah sakit atau instansi tempat Anda bertugas"),
        _floor_plan(
            "ruang praktik spesialis, ruang tunggu, dan ruang tindakan bila ada"
        ),
        _equipment("peralatan medis yang sesuai bidang spesialisasi Anda"),
        _organisation_letter("IDI dan perhimpunan dokter spesialis terkait"),
        _other_sips("dokter spesialis"),
        _previous_sip("SIPDS"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPDS"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _specialty("'Spesialis Anak (Sp.A)' atau 'Spesialis Penyakit Dalam (Sp.PD)'"),
        _sip_sequence(),
        _practice_type(
            "Praktik di rumah sakit atau klinik utama: pilih fasilitas pelayanan "
            "kesehatan. Praktik pribadi: pilih praktik mandiri."
        ),
        _place_name(
            "Nama tempat praktik",
            "Nama rumah sakit, klinik, atau praktik mandiri Anda.",
        ),
        _place_address(),
        _schedule(DOCTOR_SCHEDULE_HELP),
        _field(
            "other_practice_places",
            "Tempat praktik lain yang sudah ber-SIP",
            "multiline",
            required=False,
            help_text="Untuk SIP ke-2 atau ke-3: nama, alamat, dan jadwal di "
            "tempat praktik lain. Untuk SIP ke-1, kosongkan.",
        ),
    ],
    letter_body=_sip_letter(
        "Dokter Spesialis",
        "praktik kedokteran sebagai dokter spesialis",
        ("membuat rekam medis untuk setiap pasien;",),
    ),
    organisation="IDI",
    search_keywords=(
        "SIP dokter spesialis subspesialis Sp.A Sp.PD Sp.OG Sp.B izin praktik "
        "spesialis rumah sakit STR spesialis"
    ),
    max_active_permits=3,
)

SIP_DOKTER_GIGI = _sip(
    slug="sip-dokter-gigi",
    title="Surat Izin Praktik Dokter Gigi (SIPDG)",
    abbreviation="SIPDG",
    letter_title="SURAT IZIN PRAKTIK DOKTER GIGI",
    summary=(
        "Izin bagi dokter gigi untuk berpraktik di satu tempat di Kota Padang, "
        "paling banyak tiga tempat."
    ),
    who_can_apply=(
        "Dokter gigi yang memiliki STR dokter gigi dan akan berpraktik di Kota "
        "Padang, di puskesmas, rumah sakit, klinik, atau praktik mandiri dokter "
        "gigi. Seorang dokter gigi boleh memiliki paling banyak tiga SIP."
    ),
    check_note=(
        "STR, tempat praktik, kelengkapan ruang dan alat untuk praktik mandiri, "
        "serta jumlah SIP yang sudah Anda miliki (paling banyak tiga)"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR dokter gigi",
            "Pindaian STR dokter gigi dari Konsil Kesehatan Indonesia (dulu Konsil "
            "Kedokteran Indonesia). PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari kepala puskesmas, direktur rumah sakit, atau penanggung "
            "jawab klinik tempat Anda berpraktik. Untuk praktik mandiri, ganti "
            "dengan surat pernyataan tempat praktik yang Anda tanda tangani.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang praktik dokter gigi, letak dental unit, dan ruang tunggu"),
        _equipment("dental unit, alat sterilisasi, dan peralatan kedokteran gigi"),
        _organisation_letter("PDGI"),
        _other_sips("dokter gigi"),
        _previous_sip("SIPDG"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPDG"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _sip_sequence(),
        _practice_type(
            "Praktik di puskesmas, rumah sakit, atau klinik: pilih fasilitas "
            "pelayanan kesehatan. Praktik dokter gigi pribadi: pilih praktik "
            "mandiri."
        ),
        _place_name(
            "Nama tempat praktik",
            "Mis. 'Puskesmas Andalas' atau 'Praktik drg. Sari'.",
        ),
        _place_address(),
        _schedule(DOCTOR_SCHEDULE_HELP),
        _field(
            "other_practice_places",
            "Tempat praktik lain yang sudah ber-SIP",
            "multiline",
            required=False,
            help_text="Untuk SIP ke-2 atau ke-3: nama, alamat, dan jadwal di "
            "tempat praktik lain. Untuk SIP ke-1, kosongkan.",
        ),
    ],
    letter_body=_sip_letter(
        "Dokter Gigi",
        "praktik kedokteran gigi sebagai dokter gigi",
        ("membuat rekam medis untuk setiap pasien;",),
    ),
    organisation="PDGI",
    search_keywords=(
        "SIP dokter gigi SIPDG drg izin praktik dokter gigi praktik mandiri PDGI "
        "klinik gigi"
    ),
    popular=True,
    max_active_permits=3,
)

SIP_DOKTER_GIGI_SPESIALIS = _sip(
    slug="sip-dokter-gigi-spesialis",
    title="Surat Izin Praktik Dokter Gigi Spesialis (SIPDGS)",
    abbreviation="SIPDGS",
    letter_title="SURAT IZIN PRAKTIK DOKTER GIGI SPESIALIS",
    summary=(
        "Izin praktik bagi dokter gigi spesialis di satu tempat praktik di Kota "
        "Padang, paling banyak tiga tempat."
    ),
    who_can_apply=(
        "Dokter gigi spesialis yang memiliki STR dokter gigi spesialis dan akan "
        "berpraktik di Kota Padang, di rumah sakit, klinik, atau praktik mandiri. "
        "Seorang dokter gigi spesialis boleh memiliki paling banyak tiga SIP."
    ),
    check_note=(
        "STR spesialis, kesesuaian bidang spesialisasi dengan tempat praktik, dan "
        "jumlah SIP yang sudah Anda miliki (paling banyak tiga)"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR dokter gigi spesialis",
            "Pindaian STR dokter gigi spesialis dari Konsil Kesehatan Indonesia. "
            "Bidang spesialisasinya harus sama dengan yang Anda isi di formulir. "
            "PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari direktur rumah sakit atau penanggung jawab klinik yang "
            "menyatakan Anda berpraktik sebagai dokter gigi spesialis di sana. Untuk "
            "praktik mandiri, ganti dengan surat pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar rumah sakit atau instansi tempat Anda bertugas"),
        _floor_plan("ruang praktik, letak dental unit, dan ruang tunggu"),
        _equipment("dental unit dan peralatan khusus bidang spesialisasi Anda"),
        _organisation_letter("PDGI dan ikatan dokter gigi spesialis terkait"),
        _other_sips("dokter gigi spesialis"),
        _previous_sip("SIPDGS"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPDGS"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _specialty("'Ortodonsia (Sp.Ort)' atau 'Konservasi Gigi (Sp.KG)'"),
        _sip_sequence(),
        _practice_type(
            "Praktik di rumah sakit atau klinik: pilih fasilitas pelayanan "
            "kesehatan. Praktik pribadi: pilih praktik mandiri."
        ),
        _place_name(
            "Nama tempat praktik",
            "Nama rumah sakit, klinik, atau praktik mandiri Anda.",
        ),
        _place_address(),
        _schedule(DOCTOR_SCHEDULE_HELP),
        _field(
            "other_practice_places",
            "Tempat praktik lain yang sudah ber-SIP",
            "multiline",
            required=False,
            help_text="Untuk SIP ke-2 atau ke-3: nama, alamat, dan jadwal di "
            "tempat praktik lain. Untuk SIP ke-1, kosongkan.",
        ),
    ],
    letter_body=_sip_letter(
        "Dokter Gigi Spesialis",
        "praktik kedokteran gigi sebagai dokter gigi spesialis",
        ("membuat rekam medis untuk setiap pasien;",),
    ),
    organisation="PDGI",
    search_keywords=(
        "SIP dokter gigi spesialis drg Sp.Ort Sp.KG Sp.Pros ortodonti bedah mulut "
        "izin praktik spesialis gigi"
    ),
    max_active_permits=3,
)


# ---------------------------------------------------------------------------
# Nurses, midwives and pharmacy
# ---------------------------------------------------------------------------

SIP_PERAWAT = _sip(
    slug="sip-perawat",
    title="Surat Izin Praktik Perawat (SIPP)",
    abbreviation="SIPP",
    letter_title="SURAT IZIN PRAKTIK PERAWAT",
    summary=(
        "Izin bagi perawat untuk berpraktik di satu tempat di Kota Padang, di "
        "fasilitas pelayanan kesehatan atau praktik mandiri perawat."
    ),
    who_can_apply=(
        "Perawat vokasi, ners, dan ners spesialis yang memiliki STR perawat dan "
        "bekerja atau akan bekerja di rumah sakit, puskesmas, klinik, atau praktik "
        "mandiri di Kota Padang. Praktik mandiri perawat mengikuti syarat pendidikan "
        "sesuai ketentuan yang berlaku."
    ),
    check_note=(
        "STR, surat keterangan dari tempat praktik, dan, untuk praktik mandiri, "
        "kesiapan tempat praktik sesuai ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR perawat",
            "Pindaian STR perawat Anda. STR yang terbit sejak UU 17/2023 berlaku "
            "seumur hidup; STR lama yang masih sah juga bisa dipakai. PDF, JPEG, "
            "atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari direktur rumah sakit, kepala puskesmas, atau pimpinan klinik "
            "yang menyatakan Anda bekerja sebagai perawat di sana. Untuk praktik "
            "mandiri, ganti dengan surat pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP, puskesmas, atau rumah sakit"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("tempat praktik mandiri perawat: ruang tindakan dan ruang tunggu"),
        _equipment("peralatan keperawatan dan alat pelindung diri yang tersedia"),
        _organisation_letter("PPNI"),
        _previous_sip("SIPP"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPP"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _field(
            "nurse_qualification",
            "Jenjang perawat",
            "dropdown",
            choices=[
                "Perawat vokasi (D3 Keperawatan)",
                "Ners",
                "Ners spesialis",
            ],
            help_text="Pilih sesuai STR Anda.",
        ),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Mis. 'RSUP Dr. M. Djamil' atau 'Puskesmas Lubuk Buaya'.",
        ),
        _place_address(),
        _field(
            "work_unit",
            "Ruangan atau unit kerja",
            "singleline",
            required=False,
            help_text="Mis. 'IGD' atau 'Rawat Inap Anak'. Kosongkan untuk praktik "
            "mandiri.",
        ),
        _schedule(
            SCHEDULE_HELP + " Jika bekerja bergilir (sif), tulis 'Sesuai jadwal dinas "
            "ruangan'."
        ),
    ],
    letter_body=_sip_letter(
        "Perawat",
        "praktik keperawatan",
        ("mendokumentasikan asuhan keperawatan yang diberikan;",),
    ),
    organisation="PPNI",
    search_keywords=(
        "nakes perawat ners SIPP izin praktik perawat STR perawat PPNI praktik "
        "mandiri perawat surat izin kerja perawat SIKP"
    ),
    popular=True,
)

SIP_BIDAN = _sip(
    slug="sip-bidan",
    title="Surat Izin Praktik Bidan (SIPB)",
    abbreviation="SIPB",
    letter_title="SURAT IZIN PRAKTIK BIDAN",
    summary=(
        "Izin bagi bidan untuk berpraktik di satu tempat di Kota Padang, termasuk "
        "Tempat Praktik Mandiri Bidan (TPMB)."
    ),
    who_can_apply=(
        "Bidan vokasi dan bidan profesi yang memiliki STR bidan dan akan berpraktik "
        "di puskesmas, rumah sakit, klinik, atau Tempat Praktik Mandiri Bidan di "
        "Kota Padang. Syarat pendidikan untuk praktik mandiri mengikuti ketentuan "
        "yang berlaku."
    ),
    check_note=(
        "STR, tempat praktik, dan, untuk Tempat Praktik Mandiri Bidan, kesiapan "
        "ruang dan peralatan sesuai ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR bidan",
            "Pindaian STR bidan Anda yang masih sah. PDF, JPEG, atau PNG, paling "
            "besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari pimpinan puskesmas, rumah sakit, atau klinik tempat Anda "
            "bekerja. Untuk Tempat Praktik Mandiri Bidan, ganti dengan surat "
            "pernyataan tempat praktik yang Anda tanda tangani.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP, puskesmas, atau rumah sakit"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan(
            "TPMB: ruang periksa, ruang bersalin bila ada, dan ruang tunggu",
            MIDWIFE_OWN_PRACTICE,
        ),
        _equipment(
            "peralatan kebidanan dan alat pelindung diri yang tersedia",
            MIDWIFE_OWN_PRACTICE,
        ),
        _organisation_letter("IBI"),
        _previous_sip("SIPB"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPB"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _field(
            "midwife_qualification",
            "Jenjang bidan",
            "dropdown",
            choices=["Bidan vokasi (D3 Kebidanan)", "Bidan profesi"],
            help_text="Pilih sesuai STR Anda.",
        ),
        _field(
            "practice_type",
            "Jenis praktik",
            "radio",
            choices=[PRACTICE_AT_FACILITY, MIDWIFE_OWN_PRACTICE],
            help_text="Pilih TPMB hanya jika Anda membuka praktik sendiri. Siapkan "
            "juga denah ruang dan daftar peralatan.",
        ),
        _place_name(
            "Nama tempat praktik",
            "Mis. 'Puskesmas Pauh' atau 'TPMB Bidan Rina'.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Bidan",
        "praktik kebidanan",
        ("mencatat setiap pelayanan kebidanan yang diberikan;",),
    ),
    organisation="IBI",
    search_keywords=(
        "bidan SIPB izin praktik bidan TPMB praktik mandiri bidan BPM IBI STR bidan "
        "kebidanan"
    ),
    popular=True,
)

PHARMACY_FACILITIES = [
    "Apotek",
    "Instalasi farmasi rumah sakit",
    "Puskesmas",
    "Klinik",
    "Toko obat",
    "Pedagang besar farmasi",
    "Industri farmasi",
    "Lainnya",
]

SIP_APOTEKER = _sip(
    slug="sip-apoteker",
    title="Surat Izin Praktik Apoteker (SIPA)",
    abbreviation="SIPA",
    letter_title="SURAT IZIN PRAKTIK APOTEKER",
    summary=(
        "Izin bagi apoteker untuk melakukan pekerjaan kefarmasian di satu sarana di "
        "Kota Padang, seperti apotek, instalasi farmasi rumah sakit, atau "
        "puskesmas."
    ),
    who_can_apply=(
        "Apoteker yang memiliki STR apoteker dan akan bekerja sebagai apoteker "
        "penanggung jawab atau apoteker pendamping di apotek, rumah sakit, "
        "puskesmas, klinik, atau sarana kefarmasian lain di Kota Padang. Batas "
        "jumlah SIPA yang boleh dimiliki sesuai ketentuan yang berlaku."
    ),
    check_note=(
        "STR, data sarana kefarmasian, dan peran Anda di sana (penanggung jawab "
        "atau pendamping)"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR apoteker",
            "Pindaian STR apoteker (STRA) Anda. PDF, JPEG, atau PNG, paling besar "
            "5 MB.",
        ),
        _doc(
            "surat_sarana",
            "Surat keterangan dari pimpinan sarana kefarmasian",
            "Surat dari pemilik atau pimpinan apotek, rumah sakit, puskesmas, atau "
            "sarana lain yang menyatakan Anda bekerja di sana sebagai apoteker "
            "penanggung jawab atau apoteker pendamping.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("apotek atau sarana di luar instansi tempat Anda bertugas"),
        _organisation_letter("IAI"),
        _previous_sip("SIPA"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPA"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _field(
            "pharmacist_role",
            "Peran di sarana",
            "radio",
            choices=["Apoteker penanggung jawab", "Apoteker pendamping"],
        ),
        _field(
            "facility_kind",
            "Jenis sarana kefarmasian",
            "dropdown",
            choices=PHARMACY_FACILITIES,
        ),
        _place_name(
            "Nama sarana kefarmasian",
            "Mis. 'Apotek Mulia Farma' atau 'Instalasi Farmasi RSUD dr. Rasidin'.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Apoteker",
        "pekerjaan kefarmasian sebagai apoteker",
        ("menyimpan dan menyerahkan obat sesuai ketentuan yang berlaku;",),
    ),
    organisation="IAI",
    search_keywords=(
        "apoteker SIPA izin praktik apoteker apotek STRA IAI farmasi apoteker "
        "penanggung jawab APJ apoteker pendamping"
    ),
    popular=True,
)

SIP_TTK = _sip(
    slug="sip-tenaga-teknis-kefarmasian",
    title="Surat Izin Praktik Tenaga Teknis Kefarmasian (SIPTTK)",
    abbreviation="SIPTTK",
    letter_title="SURAT IZIN PRAKTIK TENAGA TEKNIS KEFARMASIAN",
    summary=(
        "Izin bagi tenaga teknis kefarmasian (asisten apoteker, analis farmasi) "
        "untuk bekerja di satu sarana kefarmasian di Kota Padang."
    ),
    who_can_apply=(
        "Lulusan D3 farmasi, sarjana farmasi, atau analis farmasi yang memiliki STR "
        "tenaga teknis kefarmasian dan bekerja di apotek, instalasi farmasi, "
        "puskesmas, klinik, toko obat, atau sarana kefarmasian lain di Kota Padang."
    ),
    check_note=(
        "STR, data sarana kefarmasian, dan surat dari apoteker penanggung jawab "
        "atau pimpinan sarana"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR tenaga teknis kefarmasian",
            "Pindaian STR tenaga teknis kefarmasian (STRTTK) Anda. PDF, JPEG, atau "
            "PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_apoteker_penanggung_jawab",
            "Surat keterangan dari apoteker penanggung jawab atau pimpinan sarana",
            "Surat yang menyatakan Anda bekerja di sarana tersebut, ditandatangani "
            "apoteker penanggung jawab atau pimpinan sarana. Jika Anda sendiri "
            "penanggung jawab toko obat, pakai surat dari pemilik toko obat.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("sarana di luar instansi tempat Anda bertugas"),
        _organisation_letter("PAFI"),
        _previous_sip("SIPTTK"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPTTK"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _field(
            "facility_kind",
            "Jenis sarana kefarmasian",
            "dropdown",
            choices=PHARMACY_FACILITIES,
        ),
        _place_name(
            "Nama sarana kefarmasian",
            "Mis. 'Apotek Sehat Sentosa' atau 'Toko Obat Berkah'.",
        ),
        _place_address(),
        _field(
            "supervising_pharmacist",
            "Nama apoteker penanggung jawab",
            "singleline",
            required=False,
            help_text="Nama apoteker yang menjadi atasan Anda di sarana ini. "
            "Kosongkan bila Anda sendiri penanggung jawab toko obat.",
        ),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Tenaga Teknis Kefarmasian",
        "pekerjaan kefarmasian sebagai tenaga teknis kefarmasian",
        (
            "bekerja di bawah pengawasan apoteker penanggung jawab, sesuai "
            "ketentuan yang berlaku;",
        ),
    ),
    organisation="PAFI",
    search_keywords=(
        "TTK SIPTTK tenaga teknis kefarmasian asisten apoteker AA analis farmasi "
        "D3 farmasi STRTTK PAFI toko obat"
    ),
)


# ---------------------------------------------------------------------------
# Physical therapy professions (keterapian fisik)
# ---------------------------------------------------------------------------

SIP_FISIOTERAPIS = _sip(
    slug="sip-fisioterapis",
    title="Surat Izin Praktik Fisioterapis (SIPF)",
    abbreviation="SIPF",
    letter_title="SURAT IZIN PRAKTIK FISIOTERAPIS",
    summary=(
        "Izin bagi fisioterapis untuk berpraktik di satu tempat di Kota Padang, di "
        "fasilitas pelayanan kesehatan atau praktik mandiri fisioterapi."
    ),
    who_can_apply=(
        "Fisioterapis yang memiliki STR fisioterapis dan akan berpraktik di rumah "
        "sakit, klinik, puskesmas, atau praktik mandiri fisioterapi di Kota Padang."
    ),
    check_note=(
        "STR, tempat praktik, dan, untuk praktik mandiri, kesiapan ruang dan alat "
        "fisioterapi sesuai ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR fisioterapis",
            "Pindaian STR fisioterapis Anda yang masih sah. PDF, JPEG, atau PNG, "
            "paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari pimpinan rumah sakit, klinik, atau puskesmas tempat Anda "
            "bekerja. Untuk praktik mandiri fisioterapi, ganti dengan surat "
            "pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang terapi, ruang latihan, dan ruang tunggu"),
        _equipment("alat fisioterapi (mis. alat elektroterapi dan alat latihan)"),
        _organisation_letter("IFI"),
        _previous_sip("SIPF"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPF"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Nama rumah sakit, klinik, atau praktik fisioterapi Anda.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter("Fisioterapis", "praktik fisioterapi"),
    organisation="IFI",
    search_keywords=(
        "fisioterapi fisioterapis SIPF izin praktik fisioterapi terapi fisik "
        "rehabilitasi medik IFI"
    ),
)

SIP_OKUPASI_TERAPIS = _sip(
    slug="sip-okupasi-terapis",
    title="Surat Izin Praktik Okupasi Terapis (SIPOT)",
    abbreviation="SIPOT",
    letter_title="SURAT IZIN PRAKTIK OKUPASI TERAPIS",
    summary=(
        "Izin bagi okupasi terapis untuk berpraktik di satu tempat di Kota Padang, "
        "mis. di unit rehabilitasi medik, klinik tumbuh kembang, atau praktik "
        "mandiri."
    ),
    who_can_apply=(
        "Okupasi terapis yang memiliki STR okupasi terapis dan akan berpraktik di "
        "rumah sakit, klinik, pusat tumbuh kembang, atau praktik mandiri di Kota "
        "Padang."
    ),
    check_note=(
        "STR, tempat praktik, dan, untuk praktik mandiri, kesiapan ruang terapi "
        "sesuai ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR okupasi terapis",
            "Pindaian STR okupasi terapis Anda. PDF, JPEG, atau PNG, paling besar "
            "5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari pimpinan rumah sakit, klinik, atau pusat tumbuh kembang "
            "tempat Anda bekerja. Untuk praktik mandiri, ganti dengan surat "
            "pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang terapi okupasi dan ruang tunggu"),
        _equipment("alat dan media terapi okupasi"),
        _organisation_letter("IOTI"),
        _previous_sip("SIPOT"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPOT"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Nama rumah sakit, klinik, atau pusat terapi tempat Anda berpraktik.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter("Okupasi Terapis", "praktik okupasi terapi"),
    organisation="IOTI",
    search_keywords=(
        "okupasi terapi OT okupasi terapis SIPOT terapi anak tumbuh kembang "
        "rehabilitasi izin praktik"
    ),
)

SIP_TERAPIS_WICARA = _sip(
    slug="sip-terapis-wicara",
    title="Surat Izin Praktik Terapis Wicara (SIPTW)",
    abbreviation="SIPTW",
    letter_title="SURAT IZIN PRAKTIK TERAPIS WICARA",
    summary=(
        "Izin bagi terapis wicara untuk berpraktik di satu tempat di Kota Padang, "
        "di fasilitas pelayanan kesehatan atau praktik mandiri."
    ),
    who_can_apply=(
        "Terapis wicara yang memiliki STR terapis wicara dan akan berpraktik di "
        "rumah sakit, klinik, pusat tumbuh kembang, atau praktik mandiri di Kota "
        "Padang."
    ),
    check_note=(
        "STR, tempat praktik, dan, untuk praktik mandiri, kesiapan ruang terapi "
        "sesuai ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR terapis wicara",
            "Pindaian STR terapis wicara Anda. PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari pimpinan rumah sakit, klinik, atau pusat terapi tempat Anda "
            "bekerja. Untuk praktik mandiri, ganti dengan surat pernyataan tempat "
            "praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang terapi wicara yang tenang dan ruang tunggu"),
        _equipment("alat dan media terapi wicara"),
        _organisation_letter("IKATWI"),
        _previous_sip("SIPTW"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPTW"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Nama rumah sakit, klinik, atau pusat terapi tempat Anda berpraktik.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter("Terapis Wicara", "praktik terapi wicara"),
    organisation="IKATWI",
    search_keywords=(
        "terapi wicara terapis wicara SIPTW speech therapy terlambat bicara tumbuh "
        "kembang anak izin praktik"
    ),
)

SIP_AKUPUNKTUR_TERAPIS = _sip(
    slug="sip-akupunktur-terapis",
    title="Surat Izin Praktik Akupunktur Terapis (SIPAT)",
    abbreviation="SIPAT",
    letter_title="SURAT IZIN PRAKTIK AKUPUNKTUR TERAPIS",
    summary=(
        "Izin bagi akupunktur terapis lulusan pendidikan akupunktur untuk "
        "berpraktik di satu tempat di Kota Padang."
    ),
    who_can_apply=(
        "Akupunktur terapis yang memiliki STR akupunktur terapis dan akan "
        "berpraktik di fasilitas pelayanan kesehatan atau praktik mandiri di Kota "
        "Padang. Penyehat tradisional tanpa STR tidak mengajukan izin ini."
    ),
    check_note=(
        "STR, tempat praktik, dan, untuk praktik mandiri, kesiapan ruang dan alat "
        "akupunktur yang steril sesuai ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR akupunktur terapis",
            "Pindaian STR akupunktur terapis Anda. PDF, JPEG, atau PNG, paling besar "
            "5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari pimpinan fasilitas pelayanan kesehatan tempat Anda bekerja. "
            "Untuk praktik mandiri, ganti dengan surat pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang tindakan akupunktur dan ruang tunggu"),
        _equipment("jarum dan alat akupunktur, serta alat sterilisasi"),
        _organisation_letter("organisasi profesi akupunktur terapis"),
        _previous_sip("SIPAT"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPAT"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Nama klinik, rumah sakit, atau praktik akupunktur Anda.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Akupunktur Terapis",
        "praktik akupunktur",
        ("memakai jarum steril dan sekali pakai sesuai ketentuan yang berlaku;",),
    ),
    organisation="organisasi profesi akupunktur terapis",
    search_keywords=(
        "akupunktur akupunktur terapis SIPAT tusuk jarum pengobatan tradisional "
        "izin praktik akupunktur"
    ),
)


# ---------------------------------------------------------------------------
# Professions that work inside a health facility
# ---------------------------------------------------------------------------

SIP_PEREKAM_MEDIS = _sip(
    slug="sip-perekam-medis",
    title="Surat Izin Praktik Perekam Medis dan Informasi Kesehatan (SIPPMIK)",
    abbreviation="SIPPMIK",
    letter_title="SURAT IZIN PRAKTIK PEREKAM MEDIS DAN INFORMASI KESEHATAN",
    summary=(
        "Izin bagi perekam medis dan informasi kesehatan untuk bekerja di unit "
        "rekam medis satu fasilitas pelayanan kesehatan di Kota Padang."
    ),
    who_can_apply=(
        "Perekam medis dan informasi kesehatan yang memiliki STR dan bekerja di "
        "unit rekam medis rumah sakit, puskesmas, atau klinik di Kota Padang."
    ),
    check_note="STR dan surat keterangan dari fasilitas pelayanan kesehatan",
    requirements=[
        _ktp(),
        _str_doc(
            "STR perekam medis dan informasi kesehatan",
            "Pindaian STR perekam medis dan informasi kesehatan Anda. PDF, JPEG, "
            "atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari direktur rumah sakit, kepala puskesmas, atau pimpinan klinik "
            "yang menyatakan Anda bekerja di unit rekam medis di sana.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("fasilitas di luar instansi tempat Anda bertugas"),
        _organisation_letter("PORMIKI"),
        _previous_sip("SIPPMIK"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPPMIK"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _place_name(
            "Nama fasilitas pelayanan kesehatan",
            "Nama rumah sakit, puskesmas, atau klinik tempat Anda bekerja.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Perekam Medis dan Informasi Kesehatan",
        "praktik perekam medis dan informasi kesehatan",
        ("menjaga keamanan dan kerahasiaan isi rekam medis;",),
    ),
    organisation="PORMIKI",
    search_keywords=(
        "perekam medis rekam medis RMIK PMIK SIPPMIK SIKPMIK informasi kesehatan "
        "izin praktik PORMIKI"
    ),
)

SIP_REFRAKSIONIS = _sip(
    slug="sip-refraksionis-optisien",
    title="Surat Izin Praktik Refraksionis Optisien / Optometris (SIPRO)",
    abbreviation="SIPRO",
    letter_title="SURAT IZIN PRAKTIK REFRAKSIONIS OPTISIEN / OPTOMETRIS",
    summary=(
        "Izin bagi refraksionis optisien dan optometris untuk berpraktik di satu "
        "tempat di Kota Padang, mis. di optik, klinik mata, atau rumah sakit."
    ),
    who_can_apply=(
        "Refraksionis optisien atau optometris yang memiliki STR dan bekerja di "
        "optik, klinik mata, atau rumah sakit di Kota Padang."
    ),
    check_note=(
        "STR, tempat praktik, dan kesiapan ruang pemeriksaan refraksi sesuai "
        "ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR refraksionis optisien / optometris",
            "Pindaian STR Anda sebagai refraksionis optisien atau optometris. PDF, "
            "JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan optik atau fasilitas kesehatan",
            "Surat dari pemilik atau pimpinan optik, klinik mata, atau rumah sakit "
            "yang menyatakan Anda bekerja di sana. Jika Anda sendiri pemilik optik, "
            "pakai surat pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang pemeriksaan refraksi dan ruang penjualan kacamata"),
        _equipment("alat pemeriksaan refraksi (mis. trial lens set dan optotip)"),
        _organisation_letter("IROPIN"),
        _previous_sip("SIPRO"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPRO"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _field(
            "qualification",
            "Kualifikasi",
            "radio",
            choices=["Refraksionis optisien", "Optometris"],
            help_text="Pilih sesuai STR Anda.",
        ),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Mis. 'Optik Mata Sehat' atau 'Klinik Mata Padang'.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Refraksionis Optisien / Optometris",
        "praktik refraksi optisi dan optometri",
    ),
    organisation="IROPIN",
    search_keywords=(
        "refraksionis optisien optometris RO optik kacamata periksa mata SIPRO "
        "IROPIN izin praktik"
    ),
)

SIP_TEKNISI_GIGI = _sip(
    slug="sip-teknisi-gigi",
    title="Surat Izin Praktik Teknisi Gigi (SIPTG)",
    abbreviation="SIPTG",
    letter_title="SURAT IZIN PRAKTIK TEKNISI GIGI",
    summary=(
        "Izin bagi teknisi gigi untuk bekerja di satu laboratorium teknik gigi atau "
        "fasilitas pelayanan kesehatan di Kota Padang."
    ),
    who_can_apply=(
        "Teknisi gigi yang memiliki STR teknisi gigi dan bekerja membuat gigi "
        "tiruan atau alat kedokteran gigi di laboratorium teknik gigi, rumah sakit, "
        "atau klinik di Kota Padang. Tukang gigi tidak mengajukan izin ini."
    ),
    check_note=(
        "STR dan surat keterangan dari laboratorium teknik gigi atau fasilitas "
        "tempat Anda bekerja"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR teknisi gigi",
            "Pindaian STR teknisi gigi Anda. PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan laboratorium teknik gigi atau fasilitas",
            "Surat dari pimpinan laboratorium teknik gigi, rumah sakit, atau klinik "
            "yang menyatakan Anda bekerja di sana sebagai teknisi gigi.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _organisation_letter("organisasi profesi teknisi gigi"),
        _previous_sip("SIPTG"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPTG"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _place_name(
            "Nama laboratorium atau fasilitas",
            "Nama laboratorium teknik gigi, rumah sakit, atau klinik tempat Anda "
            "bekerja.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Teknisi Gigi",
        "praktik teknik gigi",
        ("membuat gigi tiruan dan alat kedokteran gigi atas permintaan dokter gigi;",),
    ),
    organisation="organisasi profesi teknisi gigi",
    search_keywords=(
        "teknisi gigi SIPTG laboratorium gigi gigi tiruan gigi palsu dental "
        "technician izin praktik"
    ),
)

SIP_PENATA_ANESTESI = _sip(
    slug="sip-penata-anestesi",
    title="Surat Izin Praktik Penata Anestesi (SIPPA)",
    abbreviation="SIPPA",
    letter_title="SURAT IZIN PRAKTIK PENATA ANESTESI",
    summary=(
        "Izin bagi penata anestesi untuk bekerja di satu rumah sakit atau fasilitas "
        "pelayanan kesehatan di Kota Padang."
    ),
    who_can_apply=(
        "Penata anestesi yang memiliki STR penata anestesi dan bekerja di kamar "
        "operasi atau layanan anestesi rumah sakit atau fasilitas pelayanan "
        "kesehatan lain di Kota Padang."
    ),
    check_note="STR dan surat keterangan dari rumah sakit atau fasilitas tempat kerja",
    requirements=[
        _ktp(),
        _str_doc(
            "STR penata anestesi",
            "Pindaian STR penata anestesi Anda. PDF, JPEG, atau PNG, paling besar "
            "5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan rumah sakit atau fasilitas",
            "Surat dari direktur rumah sakit atau pimpinan fasilitas yang menyatakan "
            "Anda bekerja sebagai penata anestesi di sana.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("rumah sakit di luar instansi tempat Anda bertugas"),
        _organisation_letter("IPAI"),
        _previous_sip("SIPPA"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPPA"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _place_name(
            "Nama rumah sakit atau fasilitas",
            "Mis. 'RSUP Dr. M. Djamil Padang'.",
        ),
        _place_address(),
        _schedule(
            SCHEDULE_HELP + " Jika bekerja bergilir, tulis 'Sesuai jadwal dinas "
            "kamar operasi'."
        ),
    ],
    letter_body=_sip_letter(
        "Penata Anestesi",
        "praktik penata anestesi",
        ("bekerja dalam tim pelayanan anestesi sesuai ketentuan yang berlaku;",),
    ),
    organisation="IPAI",
    search_keywords=(
        "penata anestesi perawat anestesi SIPPA kamar operasi OK bius IPAI izin praktik"
    ),
)

SIP_TERAPIS_GIGI_MULUT = _sip(
    slug="sip-terapis-gigi-mulut",
    title="Surat Izin Praktik Terapis Gigi dan Mulut (SIPTGM)",
    abbreviation="SIPTGM",
    letter_title="SURAT IZIN PRAKTIK TERAPIS GIGI DAN MULUT",
    summary=(
        "Izin bagi terapis gigi dan mulut (dulu perawat gigi) untuk berpraktik di "
        "satu tempat di Kota Padang."
    ),
    who_can_apply=(
        "Terapis gigi dan mulut yang memiliki STR dan bekerja di puskesmas, rumah "
        "sakit, atau klinik gigi di Kota Padang, atau berpraktik mandiri bila "
        "diperbolehkan sesuai ketentuan yang berlaku."
    ),
    check_note=(
        "STR, tempat praktik, dan, untuk praktik mandiri, kesiapan ruang dan alat "
        "sesuai ketentuan yang berlaku"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR terapis gigi dan mulut",
            "Pindaian STR terapis gigi dan mulut Anda. STR perawat gigi lama yang "
            "masih sah juga bisa dipakai sesuai ketentuan yang berlaku.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari kepala puskesmas, pimpinan klinik, atau direktur rumah sakit "
            "tempat Anda bekerja. Untuk praktik mandiri, ganti dengan surat "
            "pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang praktik, letak dental unit, dan ruang tunggu"),
        _equipment("dental unit, alat sterilisasi, dan peralatan asuhan gigi"),
        _organisation_letter("organisasi profesi terapis gigi dan mulut"),
        _previous_sip("SIPTGM"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPTGM"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Mis. 'Puskesmas Belimbing' atau nama klinik gigi tempat Anda bekerja.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter("Terapis Gigi dan Mulut", "praktik terapis gigi dan mulut"),
    organisation="organisasi profesi terapis gigi dan mulut",
    search_keywords=(
        "terapis gigi dan mulut TGM perawat gigi SIPTGM SIPPG kesehatan gigi izin "
        "praktik"
    ),
)

SIP_RADIOGRAFER = _sip(
    slug="sip-radiografer",
    title="Surat Izin Praktik Radiografer (SIPR)",
    abbreviation="SIPR",
    letter_title="SURAT IZIN PRAKTIK RADIOGRAFER",
    summary=(
        "Izin bagi radiografer untuk bekerja di unit radiologi satu fasilitas "
        "pelayanan kesehatan di Kota Padang."
    ),
    who_can_apply=(
        "Radiografer yang memiliki STR radiografer dan bekerja di instalasi "
        "radiologi rumah sakit, klinik, laboratorium, atau puskesmas di Kota Padang."
    ),
    check_note=(
        "STR dan surat keterangan dari fasilitas yang memiliki layanan radiologi"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR radiografer",
            "Pindaian STR radiografer Anda. PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari pimpinan rumah sakit, klinik, atau laboratorium yang "
            "menyatakan Anda bekerja sebagai radiografer di unit radiologinya.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("fasilitas di luar instansi tempat Anda bertugas"),
        _organisation_letter("PARI"),
        _previous_sip("SIPR"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPR"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _place_name(
            "Nama fasilitas pelayanan kesehatan",
            "Nama rumah sakit, klinik, atau laboratorium tempat Anda bekerja.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Radiografer",
        "praktik radiografi",
        ("mematuhi ketentuan keselamatan radiasi yang berlaku;",),
    ),
    organisation="PARI",
    search_keywords=(
        "radiografer radiologi rontgen SIPR SIKR CT scan MRI PARI izin praktik "
        "radiografi"
    ),
)

SIP_ELEKTROMEDIS = _sip(
    slug="sip-elektromedis",
    title="Surat Izin Praktik Elektromedis (SIPE)",
    abbreviation="SIPE",
    letter_title="SURAT IZIN PRAKTIK ELEKTROMEDIS",
    summary=(
        "Izin bagi tenaga elektromedis yang merawat dan memeriksa alat kesehatan "
        "di satu fasilitas pelayanan kesehatan di Kota Padang."
    ),
    who_can_apply=(
        "Elektromedis yang memiliki STR elektromedis dan bekerja di rumah sakit, "
        "klinik, atau fasilitas pelayanan kesehatan lain di Kota Padang."
    ),
    check_note="STR dan surat keterangan dari fasilitas pelayanan kesehatan",
    requirements=[
        _ktp(),
        _str_doc(
            "STR elektromedis",
            "Pindaian STR elektromedis Anda. PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari pimpinan rumah sakit atau fasilitas yang menyatakan Anda "
            "bekerja sebagai elektromedis di sana, mis. di instalasi pemeliharaan "
            "sarana.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("fasilitas di luar instansi tempat Anda bertugas"),
        _organisation_letter("IKATEMI"),
        _previous_sip("SIPE"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPE"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _place_name(
            "Nama fasilitas pelayanan kesehatan",
            "Nama rumah sakit atau fasilitas tempat Anda bekerja.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Elektromedis",
        "praktik elektromedis",
        ("mencatat setiap pemeliharaan dan perbaikan alat kesehatan;",),
    ),
    organisation="IKATEMI",
    search_keywords=(
        "elektromedis teknisi alat kesehatan alkes SIPE kalibrasi IPSRS IKATEMI "
        "izin praktik"
    ),
)

SIP_ATLM = _sip(
    slug="sip-atlm",
    title="Surat Izin Praktik Ahli Teknologi Laboratorium Medik (SIPATLM)",
    abbreviation="SIPATLM",
    letter_title="SURAT IZIN PRAKTIK AHLI TEKNOLOGI LABORATORIUM MEDIK",
    summary=(
        "Izin bagi ahli teknologi laboratorium medik (ATLM, dulu analis kesehatan) "
        "untuk bekerja di satu laboratorium atau fasilitas kesehatan di Kota "
        "Padang."
    ),
    who_can_apply=(
        "ATLM yang memiliki STR dan bekerja di laboratorium klinik, laboratorium "
        "rumah sakit, puskesmas, atau unit transfusi darah di Kota Padang."
    ),
    check_note="STR dan surat keterangan dari laboratorium atau fasilitas tempat kerja",
    requirements=[
        _ktp(),
        _str_doc(
            "STR ahli teknologi laboratorium medik",
            "Pindaian STR ATLM Anda. STR analis kesehatan lama yang masih sah juga "
            "bisa dipakai sesuai ketentuan yang berlaku.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan laboratorium atau fasilitas",
            "Surat dari penanggung jawab laboratorium, kepala puskesmas, atau "
            "direktur rumah sakit yang menyatakan Anda bekerja di laboratoriumnya.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("laboratorium di luar instansi tempat Anda bertugas"),
        _organisation_letter("PATELKI"),
        _previous_sip("SIPATLM"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPATLM"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _place_name(
            "Nama laboratorium atau fasilitas",
            "Mis. 'Laboratorium Klinik Sehat Bersama' atau 'Puskesmas Nanggalo'.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Ahli Teknologi Laboratorium Medik",
        "praktik teknologi laboratorium medik",
        ("mengikuti pemantapan mutu laboratorium sesuai ketentuan yang berlaku;",),
    ),
    organisation="PATELKI",
    search_keywords=(
        "ATLM analis kesehatan analis laboratorium laboratorium medik lab klinik "
        "SIPATLM SIK ATLM PATELKI izin praktik"
    ),
)

SIP_FISIKAWAN_MEDIK = _sip(
    slug="sip-fisikawan-medik",
    title="Surat Izin Praktik Fisikawan Medik (SIPFM)",
    abbreviation="SIPFM",
    letter_title="SURAT IZIN PRAKTIK FISIKAWAN MEDIK",
    summary=(
        "Izin bagi fisikawan medik untuk bekerja di satu fasilitas pelayanan "
        "kesehatan di Kota Padang, mis. di layanan radioterapi atau radiologi."
    ),
    who_can_apply=(
        "Fisikawan medik yang memiliki STR fisikawan medik dan bekerja di rumah "
        "sakit atau fasilitas dengan layanan radiologi, radioterapi, atau kedokteran "
        "nuklir di Kota Padang."
    ),
    check_note="STR dan surat keterangan dari fasilitas pelayanan kesehatan",
    requirements=[
        _ktp(),
        _str_doc(
            "STR fisikawan medik",
            "Pindaian STR fisikawan medik Anda. PDF, JPEG, atau PNG, paling besar "
            "5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
            "Surat dari direktur rumah sakit atau pimpinan fasilitas yang menyatakan "
            "Anda bekerja sebagai fisikawan medik di sana.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("fasilitas di luar instansi tempat Anda bertugas"),
        _organisation_letter("organisasi profesi fisikawan medik"),
        _previous_sip("SIPFM"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPFM"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _place_name(
            "Nama fasilitas pelayanan kesehatan",
            "Nama rumah sakit atau fasilitas tempat Anda bekerja.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Fisikawan Medik",
        "praktik fisika medik",
        ("mematuhi ketentuan keselamatan radiasi yang berlaku;",),
    ),
    organisation="organisasi profesi fisikawan medik",
    search_keywords=(
        "fisikawan medik fisika medis radioterapi kedokteran nuklir proteksi "
        "radiasi SIPFM izin praktik"
    ),
)


# ---------------------------------------------------------------------------
# Nutrition, environmental health and clinical psychology
# ---------------------------------------------------------------------------

SIP_TENAGA_GIZI = _sip(
    slug="sip-nutrisionis",
    title="Surat Izin Praktik Tenaga Gizi (SIPTGz)",
    abbreviation="SIPTGz",
    letter_title="SURAT IZIN PRAKTIK TENAGA GIZI",
    summary=(
        "Izin bagi nutrisionis dan dietisien untuk berpraktik di satu tempat di "
        "Kota Padang, mis. di rumah sakit, puskesmas, atau klinik."
    ),
    who_can_apply=(
        "Nutrisionis atau dietisien yang memiliki STR tenaga gizi dan bekerja di "
        "rumah sakit, puskesmas, klinik, atau berpraktik mandiri di Kota Padang. "
        "Praktik mandiri mengikuti ketentuan yang berlaku."
    ),
    check_note=(
        "STR, kualifikasi (nutrisionis atau dietisien), dan tempat praktik Anda"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR nutrisionis / dietisien",
            "Pindaian STR Anda sebagai nutrisionis atau dietisien. PDF, JPEG, atau "
            "PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari pimpinan rumah sakit, puskesmas, atau klinik tempat Anda "
            "bekerja, mis. dari kepala instalasi gizi. Untuk praktik mandiri, ganti "
            "dengan surat pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang konsultasi gizi dan ruang tunggu"),
        _equipment("alat ukur antropometri dan media konseling gizi"),
        _organisation_letter("PERSAGI"),
        _previous_sip("SIPTGz"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPTGz"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _field(
            "qualification",
            "Kualifikasi",
            "radio",
            choices=["Nutrisionis", "Dietisien"],
            help_text="Pilih sesuai STR Anda.",
        ),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat praktik",
            "Mis. 'Instalasi Gizi RSUD dr. Rasidin' atau 'Puskesmas Air Dingin'.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter("Tenaga Gizi", "praktik gizi"),
    organisation="PERSAGI",
    search_keywords=(
        "ahli gizi nutrisionis dietisien tenaga gizi SIPTGz SIPTGZ konsultasi gizi "
        "PERSAGI izin praktik"
    ),
)

SIP_TENAGA_SANITASI = _sip(
    slug="sip-tenaga-sanitasi",
    title="Surat Izin Praktik Tenaga Sanitasi Lingkungan (SIPTS)",
    abbreviation="SIPTS",
    letter_title="SURAT IZIN PRAKTIK TENAGA SANITASI LINGKUNGAN",
    summary=(
        "Izin bagi tenaga sanitasi lingkungan (sanitarian) untuk bekerja di satu "
        "fasilitas pelayanan kesehatan di Kota Padang."
    ),
    who_can_apply=(
        "Tenaga sanitasi lingkungan yang memiliki STR dan bekerja di puskesmas, "
        "rumah sakit, atau klinik di Kota Padang. Pekerjaan di luar fasilitas "
        "pelayanan kesehatan mengikuti ketentuan yang berlaku."
    ),
    check_note="STR dan surat keterangan dari tempat kerja Anda",
    requirements=[
        _ktp(),
        _str_doc(
            "STR tenaga sanitasi lingkungan",
            "Pindaian STR Anda sebagai tenaga sanitasi lingkungan (sanitarian). "
            "PDF, JPEG, atau PNG, paling besar 5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat kerja",
            "Surat dari kepala puskesmas, direktur rumah sakit, atau pimpinan "
            "klinik yang menyatakan Anda bekerja sebagai tenaga sanitasi lingkungan "
            "di sana.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _organisation_letter("HAKLI"),
        _previous_sip("SIPTS"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPTS"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _practice_type(OWN_PRACTICE_CAVEAT),
        _place_name(
            "Nama tempat kerja",
            "Mis. 'Puskesmas Kuranji' atau 'RSUD dr. Rasidin Padang'.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Tenaga Sanitasi Lingkungan",
        "praktik sanitasi lingkungan",
    ),
    organisation="HAKLI",
    search_keywords=(
        "sanitarian kesehatan lingkungan kesling tenaga sanitasi SIPTS SIKTS HAKLI "
        "izin praktik"
    ),
)

SIP_PSIKOLOG_KLINIS = _sip(
    slug="sip-psikolog-klinis",
    title="Surat Izin Praktik Psikolog Klinis (SIPPK)",
    abbreviation="SIPPK",
    letter_title="SURAT IZIN PRAKTIK PSIKOLOG KLINIS",
    summary=(
        "Izin bagi psikolog klinis untuk memberikan layanan psikologi klinis di "
        "satu tempat di Kota Padang, di fasilitas kesehatan atau praktik mandiri."
    ),
    who_can_apply=(
        "Psikolog klinis yang memiliki STR psikolog klinis dan akan berpraktik di "
        "rumah sakit, puskesmas, klinik, atau praktik mandiri di Kota Padang. "
        "Psikolog di bidang lain (mis. pendidikan atau industri) tidak mengajukan "
        "izin ini."
    ),
    check_note=(
        "STR psikolog klinis, tempat praktik, dan, untuk praktik mandiri, ruang "
        "konseling yang menjaga privasi klien"
    ),
    requirements=[
        _ktp(),
        _str_doc(
            "STR psikolog klinis",
            "Pindaian STR psikolog klinis Anda. PDF, JPEG, atau PNG, paling besar "
            "5 MB.",
        ),
        _doc(
            "surat_tempat_praktik",
            "Surat keterangan tempat praktik",
            "Surat dari pimpinan rumah sakit, puskesmas, atau klinik tempat Anda "
            "berpraktik. Untuk praktik mandiri atau biro layanan psikologi, ganti "
            "dengan surat pernyataan tempat praktik.",
        ),
        _photo(),
        _health_certificate("dokter yang memiliki SIP"),
        _asn_approval("luar instansi tempat Anda bertugas"),
        _floor_plan("ruang konseling atau ruang asesmen dan ruang tunggu"),
        _equipment("alat tes psikologi dan perlengkapan ruang konseling"),
        _organisation_letter("HIMPSI atau IPK Indonesia"),
        _previous_sip("SIPPK"),
        _credit_points(SKP_SOURCE),
        _revocation_letter("SIPPK"),
        _loss_report(),
    ],
    fields=[
        _str_number(STR_HELP),
        _practice_type(
            "Praktik di rumah sakit, puskesmas, atau klinik: pilih fasilitas "
            "pelayanan kesehatan. Praktik pribadi: pilih praktik mandiri, lalu "
            "siapkan denah ruang dan daftar peralatan."
        ),
        _place_name(
            "Nama tempat praktik",
            "Nama rumah sakit, puskesmas, klinik, atau praktik psikologi Anda.",
        ),
        _place_address(),
        _schedule(SCHEDULE_HELP),
    ],
    letter_body=_sip_letter(
        "Psikolog Klinis",
        "praktik psikologi klinis",
        ("menjaga kerahasiaan hasil asesmen dan catatan konseling klien;",),
    ),
    organisation="HIMPSI",
    search_keywords=(
        "psikolog klinis psikolog SIPPK konseling kesehatan jiwa HIMPSI IPK izin "
        "praktik psikolog"
    ),
)


PERMITS = [
    RESEARCH_PERMIT,
    SIP_DOKTER,
    SIP_DOKTER_SPESIALIS,
    SIP_DOKTER_GIGI,
    SIP_DOKTER_GIGI_SPESIALIS,
    SIP_PERAWAT,
    SIP_BIDAN,
    SIP_APOTEKER,
    SIP_TTK,
    SIP_FISIOTERAPIS,
    SIP_OKUPASI_TERAPIS,
    SIP_TERAPIS_WICARA,
    SIP_AKUPUNKTUR_TERAPIS,
    SIP_PEREKAM_MEDIS,
    SIP_REFRAKSIONIS,
    SIP_TEKNISI_GIGI,
    SIP_PENATA_ANESTESI,
    SIP_TERAPIS_GIGI_MULUT,
    SIP_RADIOGRAFER,
    SIP_ELEKTROMEDIS,
    SIP_ATLM,
    SIP_FISIKAWAN_MEDIK,
    SIP_TENAGA_GIZI,
    SIP_TENAGA_SANITASI,
    SIP_PSIKOLOG_KLINIS,
]
