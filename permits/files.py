"""Serving private files (applicants' documents, signed letters).

Nothing in private storage has a URL; views that have checked who asks hand the
file over through here, always with the kind we determined when it was stored,
never the kind its name suggests.
"""

from django.http import FileResponse

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "jpeg": "image/jpeg",
    "png": "image/png",
}


def private_file_response(field_file, download_name, kind, *, inline=False):
    """A response carrying one private file.

    `inline` lets staff preview a PDF or an image in the admin; anything else is an
    attachment. `nosniff` stops a browser from second-guessing the type, and the
    sandbox CSP keeps a crafted PDF or image from running script in our origin.
    """
    response = FileResponse(
        field_file.open("rb"),
        as_attachment=not inline,
        filename=download_name,
        content_type=CONTENT_TYPES.get(kind, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
