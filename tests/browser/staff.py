"""Staff steps in the Wagtail admin."""

import re


def log_in_to_admin(page, username, password):
    """Log in through the admin's login form; returns the page on the dashboard."""
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url("**/admin/")
    return page


def log_out_of_admin(page):
    page.context.clear_cookies()


def button_or_link(page, name):
    """A button or a link whose accessible name matches the regex `name`."""
    pattern = re.compile(name, re.I)
    return (
        page.get_by_role("button", name=pattern)
        .or_(page.get_by_role("link", name=pattern))
        .first
    )


def open_application(page, number):
    """From anywhere in the admin: the Applications menu, search, open the file."""
    page.goto("/admin/")
    button_or_link(page, r"^(Permohonan|Applications)$").click()
    search = page.get_by_role("search").get_by_role("textbox").first
    search.fill(number)
    search.press("Enter")
    page.get_by_role("link", name=number).first.click()
    page.get_by_text(number).first.wait_for()
    return page


def take_action(page, name, note=None):
    """Press a workflow button; fill the note when the step asks for one; confirm."""
    button_or_link(page, name).click()
    if note is not None:
        page.get_by_label(re.compile(r"Catatan|Alasan|Note|Reason", re.I)).first.fill(
            note
        )
    confirm = page.get_by_role(
        "button",
        name=re.compile(r"Konfirmasi|Kirim|Simpan|Ya|Confirm|Submit|Save|Yes", re.I),
    )
    if confirm.count():
        confirm.first.click()
    page.wait_for_load_state("networkidle")
