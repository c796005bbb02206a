from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.RichTextBlock(label=_("text"))
    image = ImageChooserBlock(label=_("image"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class GuideStreamBlock(blocks.StreamBlock):
    step = StepBlock()
