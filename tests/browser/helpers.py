"""What every browser test step uses: screenshots, the accessibility check, layout."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Every run saves its screenshots under var/ (ignored by git); `make screenshots`
# points this at docs/screenshots to refresh the README's gallery.
SCREENSHOT_DIR = Path(
    os.environ.get("SINOPEN_SCREENSHOT_DIR") or ROOT / "var" / "screenshots"
)
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# The README gallery, in journey order. A step's number is its place here, so a
# skipped step never renumbers the others and every run overwrites the same files.
SCREENSHOTS = (
    "home",
    "search",
    "guide",
    "permit",
    "form",
    "form-check",
    "receipt",
    "email-link",
    "admin-dashboard",
    "admin-application",
    "admin-return",
    "applicant-returned",
    "applicant-resubmitted",
    "admin-forward",
    "reviewer-recommend",
    "approver-approve",
    "applicant-letter",
    "verification-valid",
    "verification-genuine",
    "verification-not-genuine",
    "sip-form",
    "sip-approved",
    "sip-rejected",
    "tracking",
    "catalogue",
)

# Impacts axe rates serious or worse: these fail a page.
BLOCKING_IMPACTS = {"serious", "critical"}


def screenshot_path(name):
    number = SCREENSHOTS.index(name) + 1
    return SCREENSHOT_DIR / f"{number:02d}-{name}.png"


def shot(page, name, full_page=False):
    """Save the page as <SCREENSHOT_DIR>/<nn>-<name>.png (nn fixed by SCREENSHOTS)."""
    if name not in SCREENSHOTS:
        raise ValueError(f"{name!r} is not in SCREENSHOTS; add it there first")
    path = screenshot_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=full_page, animations="disabled")
    return path


def axe_violations(page, impacts=BLOCKING_IMPACTS):
    """Run axe-core in the page; the violations whose impact is in `impacts`."""
    if not AXE_JS.exists():
        raise AssertionError(
            f"{AXE_JS.relative_to(ROOT)} is missing: run `npm ci --no-audit --no-fund`"
        )
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_JS))
    results = page.evaluate(
        """async () => {
            const results = await axe.run(document, {resultTypes: ["violations"]});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(" ")),
            }));
        }"""
    )
    return [violation for violation in results if violation["impact"] in impacts]


def assert_no_serious_axe_violations(page):
    violations = axe_violations(page)
    if violations:
        lines = [f"axe found serious or critical problems on {page.url}:"]
        for violation in violations:
            lines.append(
                f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            )
            lines.extend(f"    at {target}" for target in violation["targets"][:10])
        raise AssertionError("\n".join(lines))


def assert_no_horizontal_scroll(page):
    widths = page.evaluate(
        "() => [document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert widths[0] <= widths[1], (
        f"{page.url} scrolls sideways: content {widths[0]}px wide, "
        f"viewport {widths[1]}px"
    )
