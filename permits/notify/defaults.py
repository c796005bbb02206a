"""The wording each kind of message starts with. Staff change it in the admin
(Notifikasi → Templat pesan); this is stored content, written in Indonesian."""

from ..models.notifications import MessageKind

DEFAULT_TEMPLATES = {
    MessageKind.RECEIVED: (
        "Permohonan {nomor} telah kami terima",
        """Yth. {nama},

Permohonan {layanan} Anda telah kami terima dengan nomor pendaftaran {nomor}. Status: {status}.

Langkah berikutnya: petugas memeriksa kelengkapan berkas Anda. Anda belum perlu melakukan apa pun; kami akan mengabari Anda lewat e-mail ini.

Lihat status, riwayat, dan isian Anda lewat tautan pribadi berikut. Jangan bagikan tautan ini kepada orang lain:
{tautan}

Salinan isian Anda:
{jawaban}""",
    ),
    MessageKind.REVISION_REQUESTED: (
        "Permohonan {nomor}: dokumen perlu diperbaiki",
        """Yth. {nama},

Petugas telah memeriksa permohonan {layanan} nomor {nomor}. Dokumen berikut perlu Anda perbaiki:
{dokumen}

Catatan petugas: {catatan}

Langkah berikutnya: buka tautan di bawah, unggah dokumen yang sudah diperbaiki, lalu tekan "Kirim ulang". Waktu layanan berhenti sampai perbaikan Anda kami terima.
{tautan}""",
    ),
    MessageKind.REMINDER: (
        "Pengingat: permohonan {nomor} menunggu perbaikan dari Anda",
        """Yth. {nama},

Permohonan {layanan} nomor {nomor} masih menunggu perbaikan dokumen dari Anda:
{dokumen}

Catatan petugas: {catatan}

Langkah berikutnya: buka tautan di bawah, unggah dokumen yang sudah diperbaiki, lalu tekan "Kirim ulang". {penutupan}
{tautan}""",
    ),
    MessageKind.APPROVED: (
        "Permohonan {nomor} disetujui",
        """Yth. {nama},

Permohonan {layanan} nomor {nomor} telah disetujui.

Langkah berikutnya: surat izin Anda sedang disiapkan dan ditandatangani secara elektronik. Anda tidak perlu datang ke kantor; kami akan mengirim e-mail lagi begitu surat dapat diunduh.

Status permohonan:
{tautan}""",
    ),
    MessageKind.ISSUED: (
        "Surat izin untuk permohonan {nomor} telah terbit",
        """Yth. {nama},

Surat izin untuk permohonan {layanan} nomor {nomor} telah terbit dan ditandatangani secara elektronik.

Langkah berikutnya: unduh dan simpan surat Anda lewat tautan berikut (bila ukurannya kecil, surat juga terlampir pada e-mail ini):
{tautan_surat}

Keaslian surat dapat diperiksa siapa saja dengan memindai kode QR pada surat.""",
    ),
    MessageKind.REJECTED: (
        "Permohonan {nomor} ditolak",
        """Yth. {nama},

Dengan menyesal kami sampaikan bahwa permohonan {layanan} nomor {nomor} ditolak.

Alasan: {catatan}

Langkah berikutnya: bila keadaan yang menjadi alasan penolakan sudah berubah, Anda dapat mengajukan permohonan baru. Untuk pertanyaan, hubungi kantor kami dan sebutkan nomor permohonan.
{tautan}""",
    ),
    MessageKind.WITHDRAWN: (
        "Permohonan {nomor} ditutup",
        """Yth. {nama},

Permohonan {layanan} nomor {nomor} telah ditarik dan ditutup. {catatan}

Bila Anda masih memerlukan izin ini, silakan ajukan permohonan baru. Bila Anda tidak pernah menarik permohonan ini, segera hubungi kantor kami.
{tautan}""",
    ),
    MessageKind.STAFF_NEW: (
        "Permohonan baru {nomor}: {layanan}",
        """Yth. {petugas},

Permohonan baru masuk antrean verifikasi.

Nomor: {nomor}
Layanan: {layanan}
Jatuh tempo: {jatuh_tempo}

Buka di panel admin:
{tautan}""",
    ),
    MessageKind.STAFF_RESUBMITTED: (
        "Perbaikan dokumen masuk: {nomor}",
        """Yth. {petugas},

Pemohon telah mengirim perbaikan dokumen untuk permohonan {nomor} ({layanan}). Berkas kembali ke antrean verifikasi.

Jatuh tempo: {jatuh_tempo}

Buka di panel admin:
{tautan}""",
    ),
    MessageKind.STAFF_RECOMMENDATION: (
        "Mohon rekomendasi teknis: {nomor}",
        """Yth. {petugas},

Berkas permohonan {nomor} ({layanan}) telah lengkap dan menunggu rekomendasi teknis Anda.

Jatuh tempo: {jatuh_tempo}

Buka di panel admin:
{tautan}""",
    ),
    MessageKind.STAFF_APPROVAL: (
        "Menunggu persetujuan: {nomor}",
        """Yth. {petugas},

Berkas permohonan {nomor} ({layanan}) menunggu keputusan Anda: setujui atau tolak.

Jatuh tempo: {jatuh_tempo}

Buka di panel admin:
{tautan}""",
    ),
    MessageKind.STAFF_DIGEST: (
        "Ringkasan harian: berkas mendekati dan melewati jatuh tempo",
        """Yth. {petugas},

Berkas berikut di antrean Anda mendekati atau sudah melewati jatuh tempo:
{berkas}

Buka di panel admin:
{tautan}""",
    ),
}
