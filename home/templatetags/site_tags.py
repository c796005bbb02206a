from django import template
from django.conf import settings
from django.urls import translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page's address in each language (Indonesian bare, English
    under /en/): plain links, so pages stay cacheable and need no form."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    return [
        {"code": code, "name": name, "url": translate_url(path, code)}
        for code, name in settings.LANGUAGES
    ]


@register.filter
def starts_with(value, prefix):
    return str(value).startswith(str(prefix))
