"""Turn the demo guide data into Wagtail pages. Idempotent: a guide whose slug
exists is left as it is."""

import json
import logging

from guides.models import GuideIndexPage, GuidePage
from permits.models import PermitPage

from .guides import GUIDES

logger = logging.getLogger("sinopen.guides")


def ensure_guide_index(home):
    index = GuideIndexPage.objects.child_of(home).first()
    if index is None:
        index = GuideIndexPage(
            title="Panduan",
            slug="panduan",
            intro="<p>Panduan singkat untuk setiap langkah: menyiapkan dokumen, "
            "mengajukan, memantau, sampai memeriksa keaslian surat.</p>",
            search_description="Panduan mengajukan izin penelitian dan izin praktik "
            "tenaga kesehatan di Kota Padang.",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def raw_body(blocks, permit_ids):
    """The data's (type, value) pairs as StreamField raw JSON."""
    stream = []
    for block_type, value in blocks:
        if block_type == "permit_link":
            permit_id = permit_ids.get(value["slug"])
            if permit_id is None:
                continue
            value = {"permit": permit_id, "text": value.get("text", "")}
        stream.append({"type": block_type, "value": dict(value)})
    return json.dumps(stream)


def seed_guides(home):
    """Create the guide index and the missing guides.

    Returns the index and every guide under it by slug."""
    index = ensure_guide_index(home)
    guides = {guide.slug: guide for guide in GuidePage.objects.child_of(index)}
    permit_ids = dict(PermitPage.objects.values_list("slug", "pk"))

    created = 0
    for data in GUIDES:
        if data["slug"] in guides:
            continue
        guide = GuidePage(
            title=data["title"],
            slug=data["slug"],
            intro=data.get("intro", ""),
            audience=data.get("audience", ""),
            keywords=data.get("keywords", ""),
            body=raw_body(data["body"], permit_ids),
            search_description=data.get("intro", "")[:255],
        )
        index.add_child(instance=guide)
        guide.save_revision().publish()
        guides[guide.slug] = guide
        created += 1
    if created:
        logger.info("guides_seeded", extra={"guide_pages": created})
    return index, guides
