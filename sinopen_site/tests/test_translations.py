import shutil
import subprocess

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation

CATALOGUE = settings.BASE_DIR / "locale" / "id" / "LC_MESSAGES" / "django.po"


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext is not installed")
def test_indonesian_catalogue_is_complete():
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(CATALOGUE)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr, result.stderr
    assert "fuzzy" not in result.stderr, result.stderr


@override_settings(LANGUAGE_CODE="id")
def test_interface_speaks_indonesian_by_default():
    with translation.override("id"):
        assert translation.gettext("Needs correction") != "Needs correction"
