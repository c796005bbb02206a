from .applications import Application, ApplicationDocument, ApplicationEvent
from .backoffice import ReturnReason, StaffGroupScope
from .calendar import CalendarException, ServiceClockSettings
from .catalogue import (
    DocumentRequirement,
    PermitBlankForm,
    PermitFormField,
    PermitIndexPage,
    PermitPage,
    PermitRelatedGuide,
    ProcedureStep,
)
from .drafts import ApplicationDraft, StagedUpload
from .letters import Letter
from .notifications import MessageTemplate, Notification
from .sequences import Sequence

__all__ = [
    "Application",
    "ApplicationDraft",
    "ApplicationDocument",
    "ApplicationEvent",
    "CalendarException",
    "DocumentRequirement",
    "Letter",
    "MessageTemplate",
    "Notification",
    "PermitBlankForm",
    "PermitFormField",
    "PermitIndexPage",
    "PermitPage",
    "PermitRelatedGuide",
    "ProcedureStep",
    "ReturnReason",
    "Sequence",
    "StagedUpload",
    "ServiceClockSettings",
    "StaffGroupScope",
]
