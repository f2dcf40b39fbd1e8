"""The word lists of events/data/arguments.yaml, read field by field."""

from dataclasses import fields
from importlib import resources

import yaml

from triadic.events._arg_phrases import ArgumentWords, argument_words


def _shipped_yaml() -> dict[str, object]:
    text = resources.files("triadic.events").joinpath("data/arguments.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def test_every_yaml_list_is_a_field_and_every_field_a_yaml_list() -> None:
    names = {f.name for f in fields(ArgumentWords)}
    keys = set(_shipped_yaml())
    assert keys - names == set(), "a list in arguments.yaml that no field reads would be ignored"
    assert names - keys == set(), "a field with no list in arguments.yaml would stay empty"


def test_fields_are_read_by_their_type_and_case() -> None:
    words = argument_words()
    assert words.adjunct_preps and all(w == w.lower() for w in words.adjunct_preps)
    # CAMEO role codes keep upper case; codes given as YAML numbers are read as text
    assert words.group_roles and all(r == r.upper() for r in words.group_roles)
    assert words.aid_codes and all(isinstance(c, str) for c in words.aid_codes)
    assert all(k == k.upper() and v == v.upper() for k, v in words.occupiers.items())
    assert all(k == k.lower() and v == v.upper() for k, v in words.state_act_verbs.items())
    # a request verb is among its own forms
    assert all(verb in forms for verb, forms in words.request_verbs.items())
