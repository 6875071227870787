"""The form language of Quartier: XLSForm in and out, expressions, and interview sessions.

Pure Python: never imports Qt, SQLAlchemy or the app's other packages. See ``model`` for
language codes, ``session`` for how answers are addressed and stored.
"""

from typing import TYPE_CHECKING, Any

from survey_forms.builtin import BUILTIN_IDS, load_builtin
from survey_forms.errors import FormError
from survey_forms.model import Choice, Form, Group, Question, Repeat
from survey_forms.session import FormSession

if TYPE_CHECKING:
    from survey_forms.xlsform_reader import read_xlsform
    from survey_forms.xlsform_writer import write_xlsform


def __getattr__(name: str) -> Any:
    """The XLSForm reader and writer load pyxform and openpyxl (over a second): only when a
    spreadsheet is read or written, never just to fill in an interview."""
    if name == "read_xlsform":
        from survey_forms.xlsform_reader import read_xlsform

        return read_xlsform
    if name == "write_xlsform":
        from survey_forms.xlsform_writer import write_xlsform

        return write_xlsform
    raise AttributeError(name)


__all__ = [
    "BUILTIN_IDS",
    "Choice",
    "Form",
    "FormError",
    "FormSession",
    "Group",
    "Question",
    "Repeat",
    "load_builtin",
    "read_xlsform",
    "write_xlsform",
]
