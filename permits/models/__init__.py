from .applications import Application, ApplicationDocument, ApplicationEvent
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
from .letters import Letter
from .notifications import MessageTemplate, Notification
from .sequences import Sequence

__all__ = [
    "Application",
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
    "Sequence",
    "ServiceClockSettings",
]
