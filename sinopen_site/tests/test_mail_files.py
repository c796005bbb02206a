"""Without SMTP, each e-mail the demo sends is a file of its own in `var/mail/`."""

from django.core import mail
from django.core.mail.backends import filebased


def test_two_connections_in_one_second_with_the_same_id_write_two_files(
    settings, tmp_path, monkeypatch
):
    settings.EMAIL_BACKEND = "sinopen_site.mail.MessageFileBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    # What happens when a freed connection's memory is reused by the next one.
    monkeypatch.setattr(filebased, "id", lambda obj: 4242, raising=False)

    for to in ("satu@example.com", "dua@example.com"):
        mail.EmailMessage("Subjek", "Isi", "kantor@example.com", [to]).send()

    files = sorted(tmp_path.iterdir())
    assert len(files) == 2
    assert ["satu@example.com" in f.read_text() for f in files].count(True) == 1
    assert ["dua@example.com" in f.read_text() for f in files].count(True) == 1
