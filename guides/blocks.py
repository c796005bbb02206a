"""The blocks of a guide. Each one tells the editor what it is for (icon, help,
preview), so nobody needs a manual to write a guide."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

STEP_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=STEP_TEXT_FEATURES)
    image = ImageChooserBlock(
        label=_("image"),
        required=False,
        help_text=_("Optional: a screenshot or photo that shows this step."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "guides/blocks/step.html"
        help_text = _("One thing the reader does. Steps are numbered in order.")
        preview_value = {
            "title": "Unggah foto KTP",
            "text": "<p>Foto KTP Anda sisi depan, lalu pangkas sampai hanya "
            "kartunya yang terlihat.</p>",
        }
        description = _("A numbered step: a short title, the text and an image.")


class TipBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "help"
        label = _("Tip")
        template = "guides/blocks/tip.html"
        help_text = _("Something that saves the reader time. Keep it short.")
        preview_value = {"text": "Ajukan paling lambat dua minggu sebelumnya."}
        description = _("A highlighted hint beside the steps.")


class WarningBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "warning"
        label = _("Warning")
        template = "guides/blocks/warning.html"
        help_text = _("A mistake that makes an application fail. Say how to avoid it.")
        preview_value = {"text": "Jangan unggah foto KTP yang buram."}
        description = _("A highlighted warning the reader must not miss.")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("answer"), features=STEP_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "guides/blocks/question.html"
        help_text = _("A question applicants often ask, in their own words.")
        preview_value = {
            "question": "Apakah layanan ini berbayar?",
            "answer": "<p>Tidak. Layanan ini tidak dipungut biaya.</p>",
        }
        description = _("A question that opens to show its answer.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("video link"),
        help_text=_("Address of the video, e.g. on YouTube."),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        help_text=_("What the video shows, for those who cannot play it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "guides/blocks/video.html"
        help_text = _("A short tutorial video. Add a caption for weak connections.")
        description = _("An embedded video with a caption.")


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "download"
        label = _("Download")
        template = "guides/blocks/download.html"
        help_text = _("A file the reader downloads, e.g. a blank statement form.")
        description = _("A download link to a document.")


class PermitLinkBlock(blocks.StructBlock):
    permit = blocks.PageChooserBlock(
        label=_("permit page"), page_type="permits.PermitPage"
    )
    text = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("A call to action, e.g. 'Ajukan Surat Izin Praktik Perawat'."),
    )

    class Meta:
        icon = "link"
        label = _("Link to a permit")
        template = "guides/blocks/permit_link.html"
        help_text = _("Sends the reader to the permit page to apply.")
        description = _("A button that opens a permit page.")


class GuideStreamBlock(blocks.StreamBlock):
    step = StepBlock()
    tip = TipBlock()
    warning = WarningBlock()
    faq = QuestionBlock()
    video = VideoBlock()
    download = DownloadBlock()
    permit_link = PermitLinkBlock()
