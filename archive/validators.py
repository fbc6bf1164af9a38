"""The sidecar's rules for values an editor types in the admin: a symbol typed there becomes a
URL just as one in a sidecar does."""
from django.core.exceptions import ValidationError

from .pipeline.sidecar import problem


def _validate(name, value):
    if value and (found := problem(name, value)):
        raise ValidationError(found)


def validate_symbol(value):
    _validate("symbol", value)


def validate_title(value):
    _validate("title", value)


def validate_organ(value):
    _validate("organ", value)
