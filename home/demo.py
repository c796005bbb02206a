"""Seed the public content (catalogue, guides) and the staff who edit it."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from guides.demo.seed import seed_guides
from permits.constants import StaffGroup
from permits.demo.seed import publish_new_permits, seed_catalogue

WORKFLOW_NAME = "Moderators approval"

# Wagtail page permissions each content group holds on the catalogue and guides.
# Editors draft and submit; only moderators publish (through the workflow).
PAGE_PERMISSIONS = {
    StaffGroup.EDITORS: ["add_page", "change_page"],
    StaffGroup.MODERATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ],
}


@transaction.atomic
def seed_site_content(site):
    home = site.root_page.specific

    catalogue, new_permits = seed_catalogue(home)
    guide_index, guides = seed_guides(home)
    publish_new_permits(new_permits, guides)

    trees = [catalogue, guide_index]
    ensure_editing_permissions(trees)
    ensure_moderation_workflow(trees)


def ensure_editing_permissions(pages):
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        permissions = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        )
        for page in pages:
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )


def ensure_moderation_workflow(pages):
    """Every change to the catalogue and guides goes past a moderator."""
    moderators = Group.objects.get(name=StaffGroup.MODERATORS)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
            task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
