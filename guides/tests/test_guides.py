import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from guides.blocks import STEP_TEXT_FEATURES, GuideStreamBlock
from guides.demo.guides import GUIDES
from guides.models import GuidePage
from home.tests.seeding import approve_current_task, edit_form_data, post_edit
from permits.models import PermitPage

VIDEO_URL = "https://www.youtube.com/watch?v=sinopen-demo"


def staff(username):
    return get_user_model().objects.get(username=username)


def test_guide_index_lists_every_guide(seeded_db, client):
    response = client.get("/panduan/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="id"' in html
    for data in GUIDES:
        assert escape(data["title"]) in html


@pytest.mark.parametrize("data", GUIDES, ids=[data["slug"] for data in GUIDES])
def test_each_guide_shows_its_steps_questions_and_permit_links(seeded_db, client, data):
    response = client.get(f"/panduan/{data['slug']}/")

    assert response.status_code == 200
    html = response.content.decode()
    for block_type, value in data["body"]:
        if block_type == "step":
            assert escape(value["title"]) in html
        elif block_type == "faq":
            assert escape(value["question"]) in html
        elif block_type == "permit_link":
            assert f'href="/layanan/{value["slug"]}/"' in html


def test_the_six_required_guides_exist(seeded_db):
    slugs = set(GuidePage.objects.live().values_list("slug", flat=True))

    assert slugs >= {
        "cara-mengajukan-izin-penelitian",
        "cara-mengajukan-sip",
        "mengecilkan-foto-dari-ponsel",
        "melacak-permohonan",
        "memperbaiki-dokumen",
        "cek-keaslian-surat",
    }


def test_every_block_describes_itself_to_the_editor():
    for name, block in GuideStreamBlock().child_blocks.items():
        assert block.meta.icon != "placeholder", name
        assert block.meta.help_text, name
        assert block.get_description(), name


def test_blocks_with_a_preview_render_it_in_the_admin(seeded_db, client):
    client.force_login(staff("editor"))
    stream = GuidePage._meta.get_field("body").stream_block
    previewable = [b for b in stream.child_blocks.values() if b.is_previewable]

    assert {b.name for b in previewable} >= {"step", "tip", "warning", "faq"}
    for block in previewable:
        response = client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 200, block.name
        assert "site.css" in response.content.decode()


def test_every_block_type_renders_on_the_public_page(seeded_db, client):
    Embed.objects.create(
        url=VIDEO_URL,
        max_width=None,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe title="Video panduan" src="https://www.youtube.com/embed/x">'
        "</iframe>",
    )
    document = get_document_model().objects.first()
    nurse = PermitPage.objects.get(slug="sip-perawat")
    guide = GuidePage.objects.get(slug="melacak-permohonan")
    blocks = [
        ("step", {"title": "Buka SINOPEN", "text": "<p>Buka situsnya.</p>"}),
        ("tip", {"text": "Simpan e-mail Anda."}),
        ("warning", {"text": "Jangan bagikan tautan rahasia."}),
        ("faq", {"question": "Lupa nomor?", "answer": "<p>Cek e-mail.</p>"}),
        ("video", {"video": VIDEO_URL, "caption": "Video cara melacak"}),
        ("download", {"document": document.pk, "label": "Unduh formulir"}),
        ("permit_link", {"permit": nurse.pk, "text": "Ajukan SIP Perawat"}),
    ]
    guide.body = json.dumps([{"type": t, "value": v} for t, v in blocks])
    guide.save_revision().publish()

    html = client.get(guide.url).content.decode()

    assert "Buka SINOPEN" in html
    assert "Simpan e-mail Anda." in html and "Jangan bagikan" in html
    assert "<details" in html and "Lupa nomor?" in html
    assert 'title="Video panduan"' in html and "Video cara melacak" in html
    assert f'href="{document.url}"' in html and "Unduh formulir" in html
    assert 'href="/layanan/sip-perawat/"' in html


def stream_form_data(page):
    """The guide's body as the StreamField widget would post it."""
    items = []
    for child in page.body:
        value = child.value
        if child.block_type == "step":
            image = value["image"]
            data = {
                "title": value["title"],
                "text": rich_text(value["text"].source, features=STEP_TEXT_FEATURES),
                "image": image.pk if image else "",
            }
        elif child.block_type == "faq":
            data = {
                "question": value["question"],
                "answer": rich_text(
                    value["answer"].source, features=STEP_TEXT_FEATURES
                ),
            }
        elif child.block_type == "permit_link":
            data = {"permit": value["permit"].pk, "text": value["text"]}
        else:
            data = {"text": value["text"]}
        items.append((child.block_type, data))
    return items


def test_editor_changes_a_guide_step_moderator_approves_and_the_guide_shows_it(
    seeded_db, client
):
    guide = GuidePage.objects.get(slug="cara-mengajukan-sip")
    client.force_login(staff("editor"))
    data = edit_form_data(client, guide)
    items = stream_form_data(guide)
    assert items[0][0] == "step"
    items[0][1]["title"] = "Siapkan STR dan surat dari tempat praktik"
    for name, value in nested_form_data({"body": streamfield(items)}).items():
        data[name] = value  # replaces; QueryDict.update would append

    response = post_edit(client, guide, data, "action-submit")
    assert response.status_code == 302
    assert "Siapkan STR dan surat" not in client.get(guide.url).content.decode()

    client.force_login(staff("moderator"))
    approve_current_task(client, guide)
    client.logout()

    html = client.get(guide.url).content.decode()
    assert "Siapkan STR dan surat dari tempat praktik" in html
    for block_type, value in stream_form_data(GuidePage.objects.get(pk=guide.pk)):
        if block_type == "faq":
            assert escape(value["question"]) in html


def test_step_images_are_renditions_at_the_sizes_shown(seeded_db, client):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Tangkapan layar", file=get_test_image_file(size=(1600, 1200))
    )
    guide = GuidePage.objects.get(slug="melacak-permohonan")
    guide.body = json.dumps(
        [
            {
                "type": "step",
                "value": {"title": "Lihat", "text": "<p>Lihat.</p>", "image": image.pk},
            }
        ]
    )
    guide.save_revision().publish()

    html = client.get(guide.url).content.decode()

    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'loading="lazy"' in img and "alt=" in img
    assert re.search(r"srcset=\"[^\"]+ 360w, [^\"]+ 720w\"", img)
    assert "original_images" not in img
    assert {r.width for r in image.renditions.all()} == {360, 720}
