"""The form language of Quartier: XLSForm in and out, expressions, and interview sessions.

Pure Python: never imports Qt, SQLAlchemy or the app's other packages.
"""

from survey_forms.errors import FormError
from survey_forms.model import Choice, Form, Group, Question, Repeat
from survey_forms.xlsform_reader import read_xlsform

__all__ = ["Choice", "Form", "FormError", "Group", "Question", "Repeat", "read_xlsform"]
