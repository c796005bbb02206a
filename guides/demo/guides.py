"""Demo guides for SINOPEN (DPMPTSP Kota Padang).

Plain Python data: each guide is a dict whose "body" is a list of
(block_type, value) tuples matching the guide StreamField blocks:

- ("step", {"title": str, "text": HTML with <p>, <ul>, <li>, <strong>})
- ("tip", {"text": str}) and ("warning", {"text": str})
- ("faq", {"question": str, "answer": HTML with <p>})
- ("permit_link", {"slug": permit slug, "text": call to action})

The text is Indonesian, written for someone reading on a phone.
"""

CARA_MENGAJUKAN_IZIN_PENELITIAN = {
    "slug": "cara-mengajukan-izin-penelitian",
    "keywords": "izin penelitian surat izin riset rekomendasi penelitian skripsi tesis disertasi pengambilan data",
    "title": "Cara mengajukan Surat Keterangan Penelitian",
    "intro": (
        "Panduan langkah demi langkah untuk mahasiswa, dosen, dan peneliti yang akan "
        "mengambil data di Kota Padang."
    ),
    "audience": "Mahasiswa, dosen, peneliti, dan lembaga penelitian",
    "body": [
        (
            "step",
            {
                "title": "Minta surat permohonan dari kampus atau lembaga",
                "text": (
                    "<p>Minta surat pengantar ke bagian akademik fakultas atau "
                    "program studi Anda. Surat ditujukan kepada <strong>Kepala "
                    "DPMPTSP Kota Padang</strong> dan menyebut judul, lokasi, serta "
                    "waktu penelitian.</p>"
                    "<p>Meneliti secara pribadi? Anda boleh membuat surat "
                    "permohonan sendiri dan menandatanganinya.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Siapkan proposal dan dua surat pernyataan",
                "text": (
                    "<ul>"
                    "<li><strong>Proposal</strong>: cukup bagian latar belakang, "
                    "tujuan, metode, lokasi, dan jangka waktu.</li>"
                    "<li><strong>Surat pernyataan mematuhi peraturan</strong>: "
                    "ditandatangani di atas meterai Rp10.000.</li>"
                    "<li><strong>Surat pernyataan keaslian dokumen</strong>: "
                    "pernyataan bahwa semua berkas yang Anda unggah benar.</li>"
                    "</ul>"
                    "<p>Pindai setiap surat menjadi PDF, satu file untuk satu "
                    "dokumen.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Foto KTP dan siapkan pas foto",
                "text": (
                    "<p>Foto KTP peneliti utama sisi depan, lalu pangkas sampai "
                    "hanya kartunya yang terlihat. Siapkan juga pas foto berwarna. "
                    "Keduanya paling besar <strong>2 MB</strong>.</p>"
                    "<p>Foto dari ponsel terlalu besar? Baca panduan "
                    "<strong>Mengecilkan foto dari ponsel</strong>.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Isi formulir permohonan",
                "text": (
                    "<p>Buka halaman Surat Keterangan Penelitian dan tekan tombol "
                    "untuk mengajukan. Isi nama sesuai KTP, NIK, e-mail, nomor "
                    "ponsel, lalu data penelitian: judul, lembaga, lokasi, dan "
                    "tanggal mulai serta selesai.</p>"
                    "<p>Tulis <strong>semua lokasi</strong> pengambilan data, satu "
                    "baris satu lokasi. Tempat yang tidak tertulis di surat bisa "
                    "menolak Anda.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Unggah dokumen dan kirim",
                "text": (
                    "<p>Unggah setiap dokumen pada kolomnya. Periksa sekali lagi, "
                    "lalu kirim. Anda akan menerima e-mail berisi "
                    "<strong>nomor pendaftaran</strong> dan <strong>tautan "
                    "rahasia</strong> untuk memantau permohonan. Simpan e-mail "
                    "itu baik-baik.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Pantau status dan perbaiki bila diminta",
                "text": (
                    "<p>Petugas memeriksa kelengkapan berkas, lalu Kesbangpol Kota "
                    "Padang memberikan rekomendasi. Jika status berubah menjadi "
                    "<strong>Perlu perbaikan</strong>, buka tautan rahasia dan "
                    "ganti dokumen yang diminta.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Unduh surat dan bawa ke lokasi penelitian",
                "text": (
                    "<p>Saat status menjadi <strong>Terbit</strong>, unduh surat "
                    "dalam bentuk PDF. Tunjukkan surat itu kepada pimpinan "
                    "instansi atau tempat penelitian sebelum Anda mulai mengambil "
                    "data.</p>"
                ),
            },
        ),
        (
            "tip",
            {
                "text": (
                    "Ajukan paling lambat dua minggu sebelum turun lapangan. Waktu "
                    "layanannya lima hari kerja, tetapi bisa lebih lama jika ada "
                    "dokumen yang harus diperbaiki."
                ),
            },
        ),
        (
            "warning",
            {
                "text": (
                    "Banyak instansi baru menerima peneliti setelah melihat surat "
                    "ini. Jangan menjadwalkan wawancara atau pengambilan data "
                    "sebelum surat Anda terbit."
                ),
            },
        ),
        (
            "permit_link",
            {
                "slug": "izin-penelitian",
                "text": "Ajukan Surat Keterangan Penelitian sekarang",
            },
        ),
        (
            "faq",
            {
                "question": "Apakah ada biayanya?",
                "answer": (
                    "<p>Tidak. Layanan ini gratis. Jika ada yang meminta bayaran "
                    "atas nama kantor kami, laporkan lewat kanal pengaduan.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Apakah isi penelitian saya akan dinilai?",
                "answer": (
                    "<p>Tidak. Petugas hanya memeriksa kelengkapan dan kejelasan "
                    "dokumen. Mutu dan isi penelitian menjadi urusan kampus atau "
                    "lembaga Anda.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Penelitian saya belum selesai, padahal surat hampir "
                "habis masa berlakunya. Bagaimana?",
                "answer": (
                    "<p>Ajukan <strong>perpanjangan</strong> sebelum masa "
                    "berlakunya habis. Unggah surat yang lama dan jelaskan "
                    "alasannya di surat permohonan.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Lokasi penelitian saya ada di luar Kota Padang. Apakah "
                "bisa lewat SINOPEN?",
                "answer": (
                    "<p>Surat ini hanya untuk lokasi di wilayah Kota Padang. Untuk "
                    "daerah lain, ajukan ke pemerintah daerah tersebut sesuai "
                    "ketentuan yang berlaku.</p>"
                ),
            },
        ),
    ],
}

CARA_MENGAJUKAN_SIP = {
    "slug": "cara-mengajukan-sip",
    "keywords": "izin praktik surat izin praktik SIP dokter perawat bidan apoteker tenaga kesehatan",
    "title": "Cara mengajukan Surat Izin Praktik (SIP)",
    "intro": (
        "Panduan bagi dokter, perawat, bidan, apoteker, dan tenaga kesehatan lain "
        "yang akan berpraktik di Kota Padang."
    ),
    "audience": "Tenaga medis dan tenaga kesehatan",
    "body": [
        (
            "step",
            {
                "title": "Pastikan STR dan tempat praktik sudah jelas",
                "text": (
                    "<p>Anda perlu <strong>STR</strong> yang sah dan "
                    "<strong>tempat praktik</strong> yang pasti. Satu SIP hanya "
                    "berlaku untuk satu tempat praktik.</p>"
                    "<p>Dokter, dokter spesialis, dokter gigi, dan dokter gigi "
                    "spesialis boleh memiliki paling banyak tiga SIP. Untuk profesi "
                    "lain, jumlahnya sesuai ketentuan yang berlaku.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Minta surat dari tempat praktik",
                "text": (
                    "<p>Jika Anda bekerja di rumah sakit, puskesmas, klinik, atau "
                    "apotek, minta <strong>surat keterangan dari pimpinannya</strong> "
                    "yang menyatakan Anda bekerja di sana.</p>"
                    "<p>Jika Anda membuka praktik mandiri, siapkan surat pernyataan "
                    "tempat praktik, <strong>denah ruang</strong>, dan "
                    "<strong>daftar peralatan</strong>.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Siapkan dokumen pribadi",
                "text": (
                    "<ul>"
                    "<li>Foto KTP, dipangkas sampai hanya kartunya terlihat.</li>"
                    "<li>Pas foto 4x6 dengan <strong>latar merah</strong>.</li>"
                    "<li>Surat keterangan sehat yang masih baru.</li>"
                    "<li>Khusus ASN: surat persetujuan atasan.</li>"
                    "<li>Untuk perpanjangan: SIP lama dan bukti kecukupan SKP.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Pilih SIP sesuai profesi dan jenis permohonan",
                "text": (
                    "<p>Buka katalog layanan dan pilih SIP untuk profesi Anda, mis. "
                    "SIP Perawat atau SIP Dokter. Lalu pilih jenis permohonannya:</p>"
                    "<ul>"
                    "<li><strong>Baru</strong>: SIP pertama di tempat ini.</li>"
                    "<li><strong>Perpanjangan</strong>: SIP Anda akan habis masa "
                    "berlakunya.</li>"
                    "<li><strong>Pindah</strong>: Anda pindah tempat praktik.</li>"
                    "<li><strong>Penggantian</strong>: SIP Anda hilang atau "
                    "rusak.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Isi formulir dan unggah dokumen",
                "text": (
                    "<p>Isi nama sesuai KTP, NIK, nomor STR, nama dan alamat tempat "
                    "praktik, serta hari dan jam praktik. Unggah dokumen pada "
                    "kolomnya masing-masing. Dokumen bertanda tidak wajib cukup "
                    "diunggah jika keterangannya sesuai dengan keadaan Anda.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Kirim dan simpan e-mail tanda terima",
                "text": (
                    "<p>Setelah terkirim, Anda menerima <strong>nomor "
                    "pendaftaran</strong> dan <strong>tautan rahasia</strong> lewat "
                    "e-mail. Dari sana Anda bisa melihat status, memperbaiki "
                    "dokumen, dan mengunduh SIP.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Tunggu pemeriksaan, lalu unduh SIP",
                "text": (
                    "<p>Petugas memeriksa berkas, Dinas Kesehatan Kota Padang "
                    "memberikan rekomendasi, lalu SIP ditandatangani secara "
                    "elektronik. Waktu layanannya sembilan hari kerja, tidak "
                    "termasuk waktu saat berkas menunggu perbaikan dari Anda.</p>"
                ),
            },
        ),
        (
            "tip",
            {
                "text": (
                    "SIP berlaku lima tahun. Ajukan perpanjangan jauh sebelum "
                    "tanggal berakhirnya dan pastikan SKP Anda sudah cukup."
                ),
            },
        ),
        (
            "warning",
            {
                "text": (
                    "Jangan mulai berpraktik di tempat baru sebelum SIP untuk "
                    "tempat itu terbit. Berpraktik tanpa SIP melanggar peraturan."
                ),
            },
        ),
        (
            "permit_link",
            {"slug": "sip-perawat", "text": "Ajukan Surat Izin Praktik Perawat"},
        ),
        (
            "permit_link",
            {"slug": "sip-dokter", "text": "Ajukan Surat Izin Praktik Dokter"},
        ),
        (
            "faq",
            {
                "question": "STR saya berlaku seumur hidup. Apakah SIP juga?",
                "answer": (
                    "<p>Tidak. SIP berlaku lima tahun dan harus diperpanjang. Untuk "
                    "perpanjangan Anda perlu STR, tempat praktik, dan SKP yang "
                    "cukup.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Saya bekerja di dua tempat. Perlu berapa SIP?",
                "answer": (
                    "<p>Dua, karena satu SIP untuk satu tempat praktik. Ajukan "
                    "masing-masing sebagai permohonan terpisah dan pastikan "
                    "jadwalnya tidak bertabrakan.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "SIP saya hilang. Apa yang harus saya lakukan?",
                "answer": (
                    "<p>Ajukan permohonan <strong>penggantian</strong> dan unggah "
                    "surat keterangan kehilangan dari kepolisian. Jika SIP-nya "
                    "rusak, unggah SIP yang rusak itu.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Apakah masih perlu rekomendasi organisasi profesi?",
                "answer": (
                    "<p>Kolomnya tersedia tetapi tidak wajib. Unggah jika masih "
                    "diminta sesuai ketentuan yang berlaku; petugas akan memberi "
                    "tahu bila dokumen ini diperlukan.</p>"
                ),
            },
        ),
    ],
}

MENGECILKAN_FOTO_DARI_PONSEL = {
    "slug": "mengecilkan-foto-dari-ponsel",
    "keywords": "ukuran file terlalu besar kompres foto unggah gagal HP ponsel",
    "title": "Mengecilkan foto dari ponsel agar bisa diunggah",
    "intro": (
        "Cara membuat foto KTP, pas foto, dan dokumen dari ponsel cukup kecil dan "
        "jelas untuk diunggah, tanpa aplikasi tambahan."
    ),
    "audience": "Semua pemohon yang mengunggah dokumen dari ponsel",
    "body": [
        (
            "step",
            {
                "title": "Kenali batasnya",
                "text": (
                    "<ul>"
                    "<li>Foto (KTP, pas foto): <strong>JPEG atau PNG, paling besar "
                    "2 MB</strong>.</li>"
                    "<li>Surat dan dokumen lain: biasanya <strong>PDF, paling "
                    "besar 5 MB</strong>.</li>"
                    "</ul>"
                    "<p>Batas untuk tiap dokumen tertulis di bawah kolom "
                    "unggahnya. Foto dari kamera ponsel sekarang sering berukuran "
                    "3 sampai 10 MB, jadi perlu dikecilkan dulu.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Ambil foto yang jelas",
                "text": (
                    "<p>Letakkan dokumen di meja yang rata dengan latar gelap. Foto "
                    "di tempat terang tanpa lampu kilat agar tidak ada pantulan. "
                    "Pegang ponsel sejajar dengan dokumen dan pastikan semua "
                    "tulisan terbaca.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Pangkas fotonya",
                "text": (
                    "<p>Memangkas (crop) membuang bagian yang tidak perlu dan "
                    "sekaligus mengecilkan file.</p>"
                    "<ul>"
                    "<li><strong>Android</strong>: buka foto di Galeri atau Google "
                    "Foto, ketuk <strong>Edit</strong>, pilih "
                    "<strong>Pangkas</strong>, geser sudutnya sampai hanya KTP "
                    "yang terlihat, lalu simpan.</li>"
                    "<li><strong>iPhone</strong>: buka foto di aplikasi Foto, "
                    "ketuk <strong>Edit</strong>, pilih ikon pangkas, atur "
                    "sudutnya, lalu ketuk <strong>Selesai</strong>.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Kecilkan ukuran file jika masih terlalu besar",
                "text": (
                    "<ul>"
                    "<li><strong>Tangkapan layar</strong>: buka foto sampai "
                    "memenuhi layar, lalu ambil tangkapan layar. Hasilnya hampir "
                    "selalu jauh lebih kecil. Pangkas lagi bagian tepinya.</li>"
                    "<li><strong>Android</strong>: sebagian ponsel punya menu "
                    "<strong>Ubah ukuran</strong> di Galeri (biasanya di menu "
                    "titik tiga). Anda juga bisa menurunkan <strong>ukuran "
                    "foto</strong> atau resolusi di pengaturan aplikasi Kamera "
                    "sebelum memotret.</li>"
                    "<li><strong>iPhone</strong>: jika Anda mengirim foto ke e-mail "
                    "sendiri lewat aplikasi Mail, iPhone menawarkan pilihan ukuran "
                    "Kecil, Sedang, atau Besar. Pilih Sedang, lalu simpan foto dari "
                    "e-mail itu.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Pindai surat menjadi PDF",
                "text": (
                    "<p>Untuk surat berlembar-lembar, pindai langsung menjadi satu "
                    "PDF:</p>"
                    "<ul>"
                    "<li><strong>Android</strong>: buka aplikasi Google Drive, "
                    "ketuk tombol <strong>+</strong>, pilih <strong>Pindai</strong>, "
                    "foto setiap halaman, lalu simpan sebagai PDF.</li>"
                    "<li><strong>iPhone</strong>: di aplikasi Catatan, buat catatan "
                    "baru, ketuk ikon kamera, pilih <strong>Pindai "
                    "Dokumen</strong>. Bisa juga dari aplikasi File lewat menu "
                    "titik tiga, <strong>Pindai Dokumen</strong>.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Periksa ukuran file sebelum mengunggah",
                "text": (
                    "<ul>"
                    "<li><strong>Android</strong>: di Galeri atau aplikasi File, "
                    "buka foto lalu pilih <strong>Detail</strong> atau "
                    "<strong>Info</strong>.</li>"
                    "<li><strong>iPhone</strong>: di aplikasi Foto, geser foto ke "
                    "atas atau ketuk tombol <strong>(i)</strong>. Di aplikasi File, "
                    "tekan lama file lalu pilih menu info.</li>"
                    "</ul>"
                    "<p>Jika masih di atas batas, ulangi langkah sebelumnya. Jika "
                    "unggahan ditolak, baca pesan di bawah kolomnya: pesan itu "
                    "menyebut apa yang perlu diubah.</p>"
                ),
            },
        ),
        (
            "tip",
            {
                "text": (
                    "Foto iPhone kadang tersimpan dalam format HEIC. Jika format "
                    "itu ditolak, buka Pengaturan, Kamera, Format, lalu pilih "
                    "Paling Kompatibel agar foto berikutnya tersimpan sebagai JPEG."
                ),
            },
        ),
        (
            "tip",
            {
                "text": (
                    "Setelah mengecilkan foto, perbesar di layar dan pastikan NIK "
                    "serta nama masih terbaca. File kecil tetapi buram akan "
                    "dikembalikan petugas."
                ),
            },
        ),
        (
            "warning",
            {
                "text": (
                    "KTP dan dokumen Anda berisi data pribadi. Hindari situs atau "
                    "aplikasi pengecil foto yang tidak jelas asal-usulnya, dan "
                    "jangan mengirim dokumen Anda kepada orang yang mengaku bisa "
                    "mempercepat izin."
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Foto saya jadi buram setelah dikecilkan. Bagaimana?",
                "answer": (
                    "<p>Foto ulang di tempat yang lebih terang, pangkas dulu "
                    "sampai hanya dokumennya yang terlihat, baru kecilkan. "
                    "Memangkas lebih dulu membuat tulisan tetap tajam.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "PDF hasil pindaian saya lebih dari 5 MB.",
                "answer": (
                    "<p>Buang halaman yang tidak diperlukan, lalu pindai ulang. "
                    "Jika aplikasi pemindai menyediakan pilihan hitam-putih atau "
                    "kualitas lebih rendah, pakai pilihan itu untuk surat yang "
                    "hanya berisi tulisan.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Bolehkah saya memotret layar laptop atau fotokopian?",
                "answer": (
                    "<p>Sebaiknya foto atau pindai dokumen aslinya. Foto dari layar "
                    "atau fotokopi yang kabur sering sulit dibaca dan bisa "
                    "dikembalikan untuk diperbaiki.</p>"
                ),
            },
        ),
    ],
}

MELACAK_PERMOHONAN = {
    "slug": "melacak-permohonan",
    "keywords": "lacak status permohonan cek status nomor pendaftaran",
    "title": "Melacak permohonan Anda",
    "intro": (
        "Cara melihat sampai di mana permohonan Anda, dan arti setiap status yang "
        "muncul."
    ),
    "audience": "Semua pemohon",
    "body": [
        (
            "step",
            {
                "title": "Simpan e-mail tanda terima",
                "text": (
                    "<p>Begitu permohonan terkirim, SINOPEN mengirim e-mail berisi "
                    "<strong>nomor pendaftaran</strong> dan <strong>tautan "
                    "rahasia</strong>. Simpan e-mail itu atau catat nomornya.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Cara tercepat: buka tautan rahasia",
                "text": (
                    "<p>Ketuk tautan di e-mail. Anda langsung masuk ke halaman "
                    "status permohonan tanpa perlu mengetik apa pun.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Tanpa tautan: pakai nomor pendaftaran dan NIK",
                "text": (
                    "<p>Buka halaman <strong>/lacak/</strong> di situs ini, lalu "
                    "masukkan nomor pendaftaran dan NIK yang Anda pakai saat "
                    "mendaftar.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Pahami arti statusnya",
                "text": (
                    "<ul>"
                    "<li><strong>Diterima</strong>: permohonan sudah masuk dan "
                    "menunggu giliran diperiksa.</li>"
                    "<li><strong>Sedang diverifikasi</strong>: petugas sedang "
                    "memeriksa data dan dokumen Anda.</li>"
                    "<li><strong>Perlu perbaikan</strong>: ada dokumen atau data "
                    "yang harus Anda perbaiki. Hitungan waktu layanan berhenti "
                    "sampai Anda mengirim perbaikan.</li>"
                    "<li><strong>Menunggu rekomendasi</strong>: berkas lengkap dan "
                    "sedang diperiksa Dinas Kesehatan atau Kesbangpol.</li>"
                    "<li><strong>Disetujui</strong>: permohonan disetujui; surat "
                    "sedang diberi nomor dan ditandatangani.</li>"
                    "<li><strong>Terbit</strong>: surat sudah ditandatangani dan "
                    "bisa diunduh.</li>"
                    "<li><strong>Ditolak</strong>: permohonan tidak dapat "
                    "dikabulkan. Alasannya tertulis di halaman status.</li>"
                    "<li><strong>Dibatalkan</strong>: permohonan dihentikan, "
                    "misalnya karena Anda menariknya.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Lihat riwayat dan perkiraan selesai",
                "text": (
                    "<p>Di halaman status ada riwayat setiap langkah beserta "
                    "tanggalnya, dan perkiraan tanggal selesai. Perkiraan itu "
                    "dihitung dalam hari kerja, jadi Sabtu, Minggu, dan hari libur "
                    "tidak ikut dihitung.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Unduh surat saat sudah terbit",
                "text": (
                    "<p>Jika status sudah <strong>Terbit</strong>, tombol unduh "
                    "muncul di halaman status. Simpan PDF-nya di ponsel atau "
                    "komputer Anda.</p>"
                ),
            },
        ),
        (
            "tip",
            {
                "text": (
                    "Tidak menemukan e-mail dari SINOPEN? Periksa folder Spam atau "
                    "Promosi, lalu tandai e-mail itu sebagai bukan spam agar "
                    "pemberitahuan berikutnya masuk ke kotak masuk."
                ),
            },
        ),
        (
            "warning",
            {
                "text": (
                    "Siapa pun yang memegang tautan rahasia bisa melihat "
                    "permohonan Anda. Jangan membagikannya di grup atau media "
                    "sosial."
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Saya lupa nomor pendaftaran. Bagaimana?",
                "answer": (
                    "<p>Cari e-mail dari SINOPEN di kotak masuk, termasuk folder "
                    "Spam. Jika tetap tidak ketemu, hubungi kantor kami lewat "
                    "WhatsApp atau datang ke loket dengan membawa KTP.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Statusnya tidak berubah berhari-hari. Apakah berkas "
                "saya terlupa?",
                "answer": (
                    "<p>Lihat perkiraan tanggal selesai di halaman status. Ingat, "
                    "waktu layanan dihitung dalam hari kerja dan berhenti saat "
                    "berkas menunggu perbaikan dari Anda. Jika perkiraan itu sudah "
                    "lewat, hubungi kami dengan menyebut nomor pendaftaran.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Permohonan saya ditolak. Bisakah saya mengajukan lagi?",
                "answer": (
                    "<p>Bisa. Baca alasan penolakan di halaman status, lengkapi "
                    "yang kurang, lalu ajukan permohonan baru.</p>"
                ),
            },
        ),
    ],
}

MEMPERBAIKI_DOKUMEN = {
    "slug": "memperbaiki-dokumen",
    "keywords": "dokumen dikembalikan perbaikan unggah ulang revisi berkas",
    "title": "Memperbaiki dokumen yang dikembalikan",
    "intro": (
        "Apa yang harus dilakukan jika petugas mengembalikan permohonan Anda "
        "dengan status Perlu perbaikan."
    ),
    "audience": "Pemohon yang menerima pemberitahuan perbaikan",
    "body": [
        (
            "step",
            {
                "title": "Perhatikan pemberitahuannya",
                "text": (
                    "<p>Jika ada dokumen yang kurang jelas atau tidak sesuai, "
                    "status berubah menjadi <strong>Perlu perbaikan</strong> dan "
                    "Anda menerima pemberitahuan lewat e-mail.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Buka tautan rahasia",
                "text": (
                    "<p>Ketuk tautan rahasia di e-mail tanda terima atau di e-mail "
                    "pemberitahuan. Bisa juga lewat halaman <strong>/lacak/</strong> "
                    "dengan nomor pendaftaran dan NIK.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Baca catatan petugas",
                "text": (
                    "<p>Halaman status menunjukkan <strong>dokumen mana</strong> "
                    "yang perlu diganti dan <strong>alasannya</strong>, mis. "
                    "'foto KTP buram' atau 'surat keterangan sehat "
                    "sudah terlalu lama'.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Siapkan dokumen penggantinya",
                "text": (
                    "<p>Perbaiki sesuai catatan: foto ulang dengan lebih jelas, "
                    "minta surat yang baru, atau lengkapi tanda tangan dan "
                    "stempel. Perhatikan format dan batas ukuran file.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Unggah hanya dokumen yang diminta",
                "text": (
                    "<p>Anda tidak perlu mengunggah ulang semuanya. Dokumen lain "
                    "yang sudah diterima tetap tersimpan. Dokumen lama yang Anda "
                    "ganti juga tidak terhapus; perbaikan disimpan sebagai versi "
                    "baru.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Kirim kembali",
                "text": (
                    "<p>Setelah semua dokumen yang diminta diganti, kirim kembali "
                    "permohonan Anda. Permohonan masuk lagi ke antrean pemeriksaan "
                    "dan hitungan waktu layanan berjalan lagi.</p>"
                ),
            },
        ),
        (
            "tip",
            {
                "text": (
                    "Selama status Perlu perbaikan, hitungan hari kerja layanan "
                    "berhenti. Makin cepat Anda mengirim perbaikan, makin cepat "
                    "surat Anda terbit."
                ),
            },
        ),
        (
            "warning",
            {
                "text": (
                    "SINOPEN akan mengirim pengingat selama perbaikan belum "
                    "dikirim. Permohonan yang terlalu lama tidak diperbaiki dapat "
                    "dihentikan sesuai ketentuan yang berlaku."
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Apakah saya harus mengunggah ulang semua dokumen?",
                "answer": (
                    "<p>Tidak. Cukup dokumen yang disebut dalam catatan petugas.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Saya tidak paham maksud catatan petugas.",
                "answer": (
                    "<p>Hubungi kantor kami lewat WhatsApp atau datang ke loket "
                    "dengan menyebut nomor pendaftaran. Petugas akan menjelaskan "
                    "apa yang perlu diperbaiki.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Surat yang diminta belum bisa saya dapatkan minggu ini.",
                "answer": (
                    "<p>Tidak apa-apa; hitungan waktu layanan tetap berhenti. "
                    "Kirim perbaikan begitu suratnya ada, dan perhatikan pengingat "
                    "yang kami kirim.</p>"
                ),
            },
        ),
    ],
}

CEK_KEASLIAN_SURAT = {
    "slug": "cek-keaslian-surat",
    "keywords": "verifikasi keaslian surat izin kode QR palsu asli",
    "title": "Cek keaslian surat izin",
    "intro": (
        "Cara memastikan surat dari DPMPTSP Kota Padang asli, tidak diubah, dan "
        "masih berlaku."
    ),
    "audience": (
        "Pemegang surat, fasilitas pelayanan kesehatan, instansi lokasi penelitian, "
        "dan masyarakat umum"
    ),
    "body": [
        (
            "step",
            {
                "title": "Pindai kode QR di surat",
                "text": (
                    "<p>Arahkan kamera ponsel ke kode QR di surat. Ketuk tautan "
                    "yang muncul. Anda akan dibawa ke halaman "
                    "<strong>/verifikasi/</strong> di situs SINOPEN.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Pastikan alamat situsnya resmi",
                "text": (
                    "<p>Lihat alamat di bilah atas peramban. Alamatnya harus sama "
                    "dengan alamat situs resmi DPMPTSP Kota Padang yang tertulis di "
                    "kop surat. Jika QR membawa Anda ke situs lain, jangan "
                    "percaya isinya.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Cocokkan datanya dengan surat",
                "text": (
                    "<p>Halaman verifikasi menampilkan data dari kantor kami: nomor "
                    "surat, nama pemegang, jenis izin, tempat praktik atau judul "
                    "penelitian, serta tanggal terbit dan masa berlaku. Semua harus "
                    "sama persis dengan yang tertulis di surat.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Tanpa QR: ketik nomor surat",
                "text": (
                    "<p>Jika kode QR rusak atau tidak terbaca, buka halaman "
                    "verifikasi dan ketik <strong>nomor surat</strong> persis "
                    "seperti tertulis, termasuk garis miring, mis. "
                    "503/0112/SIPD/DPM-PTSP/2024.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Punya file PDF-nya? Unggah untuk dicocokkan",
                "text": (
                    "<p>Unggah PDF surat di halaman verifikasi. SINOPEN akan "
                    "memeriksa apakah file itu sama persis dengan yang diterbitkan "
                    "kantor kami.</p>"
                    "<p>Hanya file asli yang diunduh dari SINOPEN yang cocok. File "
                    "yang sudah disimpan ulang, dipindai, atau dicetak ke PDF lain "
                    "tidak akan cocok walaupun isinya tampak sama. Untuk file "
                    "seperti itu, pakai kode QR atau nomor surat.</p>"
                ),
            },
        ),
        (
            "step",
            {
                "title": "Pahami hasilnya",
                "text": (
                    "<ul>"
                    "<li><strong>Sah dan berlaku</strong>: surat diterbitkan kantor "
                    "kami dan masih dalam masa berlaku.</li>"
                    "<li><strong>Kedaluwarsa</strong>: surat memang asli, tetapi "
                    "masa berlakunya sudah habis.</li>"
                    "<li><strong>Dicabut</strong>: surat pernah terbit tetapi sudah "
                    "tidak berlaku lagi, mis. karena izin dicabut atau "
                    "diganti.</li>"
                    "<li><strong>Tidak ditemukan</strong>: nomor atau file itu "
                    "tidak ada dalam catatan kami.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "warning",
            {
                "text": (
                    "Fotokopi dan cetakan mudah diubah, dan kode QR bisa saja "
                    "ditempel dari surat lain. Selalu cocokkan nama, nomor, dan "
                    "tanggal di halaman verifikasi dengan surat yang Anda pegang."
                ),
            },
        ),
        (
            "tip",
            {
                "text": (
                    "Fasilitas kesehatan dan instansi lokasi penelitian sebaiknya "
                    "memeriksa setiap surat yang diterima, bukan hanya yang "
                    "terlihat mencurigakan."
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Surat ini tidak ada tanda tangan basah dan stempelnya. "
                "Apakah sah?",
                "answer": (
                    "<p>Ya. Surat ditandatangani dengan tanda tangan elektronik "
                    "tersertifikasi yang sertifikatnya diterbitkan BSrE (Badan "
                    "Siber dan Sandi Negara) dan diakui sesuai ketentuan yang "
                    "berlaku. Keasliannya dicek "
                    "lewat kode QR, bukan lewat stempel.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Bolehkah surat dicetak?",
                "answer": (
                    "<p>Boleh. Cetakan tetap bisa diperiksa lewat kode QR atau "
                    "nomor suratnya. Pastikan kode QR tercetak jelas.</p>"
                ),
            },
        ),
        (
            "faq",
            {
                "question": "Data di halaman verifikasi berbeda dengan surat yang "
                "saya terima. Apa yang harus saya lakukan?",
                "answer": (
                    "<p>Jangan terima surat itu. Laporkan ke kantor kami lewat "
                    "kanal pengaduan dengan menyertakan foto surat dan nomor "
                    "suratnya.</p>"
                ),
            },
        ),
    ],
}


GUIDES = [
    CARA_MENGAJUKAN_IZIN_PENELITIAN,
    CARA_MENGAJUKAN_SIP,
    MENGECILKAN_FOTO_DARI_PONSEL,
    MELACAK_PERMOHONAN,
    MEMPERBAIKI_DOKUMEN,
    CEK_KEASLIAN_SURAT,
]
