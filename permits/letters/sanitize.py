"""Letter text as plain typographic HTML: paragraphs, emphasis and lists.

Whatever the stored rich text holds (an image, a link, a stylesheet), the letter
keeps only text and these few elements without attributes, so nothing in a
letter's wording can make the renderer fetch anything.
"""

from wagtail.whitelist import Whitelister, allow_without_attributes

ALLOWED = ("p", "br", "b", "strong", "i", "em", "u", "ol", "ul", "li", "h3", "h4")
# Dropped with everything inside them; other unknown elements keep their text.
DROPPED = {"script", "style", "link", "img", "object", "embed", "iframe", "svg"}


class LetterWhitelister(Whitelister):
    element_rules = {
        "[document]": allow_without_attributes,
        **dict.fromkeys(ALLOWED, allow_without_attributes),
    }

    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)


def clean_html(html):
    return LetterWhitelister().clean(html or "")
