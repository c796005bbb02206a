"""Staff steps in the Wagtail admin."""


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
