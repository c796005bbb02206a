"""What an applicant reads about where their file stands and what comes next."""

from django.utils.translation import gettext as _

from ..constants import Status


def what_happens_next(application, *, on_applicant_page=False):
    """One or two sentences for the application's current status."""
    status = application.status
    page = application.permit_page
    if status == Status.SUBMITTED:
        return _(
            "Your application has arrived. An officer will check that the documents "
            "are complete and readable; if something needs fixing, you get an "
            "e-mail."
        )
    if status == Status.VERIFYING:
        return _(
            "An officer is checking your documents. If something needs fixing, you "
            "get an e-mail; otherwise the file moves on by itself."
        )
    if status == Status.REVISION_REQUESTED:
        if on_applicant_page:
            return _(
                "The office needs corrected documents from you. Upload them below and "
                "press “Send again”. The service time is paused until then."
            )
        return _(
            "The office needs corrected documents from you. Open the secret link "
            "from your e-mail to see what to fix and to upload them. The service "
            "time is paused until then."
        )
    if status == Status.AWAITING_RECOMMENDATION:
        if page.recommending_office:
            return _(
                "Your documents are complete. %(office)s is reviewing the application "
                "and will give its recommendation."
            ) % {"office": page.recommending_office}
        return _(
            "Your documents are complete. The application is being reviewed for a "
            "recommendation."
        )
    if status == Status.AWAITING_APPROVAL:
        return _(
            "The application waits for the decision of the head of the office. You "
            "get an e-mail when it is decided."
        )
    if status == Status.APPROVED:
        return _(
            "Approved. The letter is being prepared and signed electronically; you "
            "get an e-mail when you can download it."
        )
    if status == Status.ISSUED:
        if on_applicant_page:
            return _("Your letter has been issued. Download it below.")
        return _(
            "Your letter has been issued. Download it from your application page "
            "(the secret link in your e-mail)."
        )
    if status == Status.REJECTED:
        return _(
            "The application was rejected. The reason is in the e-mail we sent and "
            "on your application page. You may apply again once the reason no "
            "longer applies."
        )
    if status == Status.WITHDRAWN:
        return _(
            "The application was withdrawn and will not be processed. You may apply "
            "again at any time."
        )
    return ""


def history(application):
    """The status changes, oldest first, as (date and time, status label, event)."""
    labels = dict(Status.choices)
    return [
        {
            "at": event.created_at,
            "status": labels.get(event.to_status, ""),
            "event": event,
        }
        for event in application.events.order_by("created_at", "id")
    ]
