"""The form language of Quartier: XLSForm in and out, expressions, and interview sessions.

Pure Python: never imports Qt, SQLAlchemy or the app's other packages. See ``model`` for
language codes, ``session`` for how answers are addressed and stored.
"""

from survey_forms.builtin import BUILTIN_IDS, load_builtin
from survey_forms.errors import FormError
from survey_forms.model import Choice, Form, Group, Question, Repeat
from survey_forms.session import FormSession
from survey_forms.xlsform_reader import read_xlsform
from survey_forms.xlsform_writer import write_xlsform

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
