from .applications import Application, ApplicationDocument, ApplicationEvent
from .catalogue import (
    DocumentRequirement,
    PermitFormField,
    PermitIndexPage,
    PermitPage,
    ProcedureStep,
)
from .letters import Letter
from .notifications import Notification
from .sequences import Sequence

__all__ = [
    "Application",
    "ApplicationDocument",
    "ApplicationEvent",
    "DocumentRequirement",
    "Letter",
    "Notification",
    "PermitFormField",
    "PermitIndexPage",
    "PermitPage",
    "ProcedureStep",
    "Sequence",
]
