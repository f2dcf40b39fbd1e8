"""The actor resolver: dictionary terms, role phrases, people and coreference over one parsed article."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from triadic.actors._acronyms import defined_acronyms
from triadic.actors._apposed import named_by_apposition
from triadic.actors._base import match_terms
from triadic.actors._branches import local_branches
from triadic.actors._captives import captives_of_states
from triadic.actors._compile import Compiled, compiled_for
from triadic.actors._compose import compose_roles
from triadic.actors._coref import resolve_coref
from triadic.actors._dateline import dateline_mention
from triadic.actors._dictionary import Dictionary
from triadic.actors._domestic import home_people
from triadic.actors._federal import federal_governments
from triadic.actors._group_heads import heads_of_unnamed_bodies
from triadic.actors._manned import manned_sites
from triadic.actors._nationals import joined_nationalities
from triadic.actors._orgs import find_orgs, override_kinds
from triadic.actors._party_tags import us_party_tags
from triadic.actors._people import find_people
from triadic.actors._peoples import armed_bands, counted_peoples, regional_forces, regional_peoples
from triadic.actors._places import drop_settings
from triadic.actors._possessed import owned_bodies
from triadic.actors._relations import absorb_sponsors, drop_unowned_relations, hyphen_authors, led_forces
from triadic.actors._reporters import reported_bodies
from triadic.actors._rulers import ruled_countries
from triadic.actors._shared_of import shared_of_country, shared_role_of_countries
from triadic.actors._staff import staff_of_bodies
from triadic.actors._targets import capitals_as_targets
from triadic.actors._types import MentionIndex
from triadic.actors._vessels import crews_vessels, merchant_crews, state_vessels
from triadic.actors._work import Work
from triadic.errors import PipelineError

if TYPE_CHECKING:
    from triadic.config import Settings

__all__ = ["ActorResolver"]


class ActorResolver:
    """Finds every actor mention in a parsed article. Build once, call :meth:`resolve` per article."""

    def __init__(self, nlp: Language, user_files: Iterable[Path] = ()) -> None:
        self.nlp = nlp
        self.user_files = tuple(Path(p) for p in user_files)
        self._compiled: Compiled = compiled_for(nlp, self.user_files)

    @classmethod
    def from_settings(cls, settings: Settings, nlp: Language) -> ActorResolver:
        """Resolver over the shipped dictionaries plus ``settings.actors`` user files."""
        return cls(nlp, settings.actors)

    @property
    def dictionary(self) -> Dictionary:
        return self._compiled.dictionary

    def resolve(self, doc: Doc, ref_date: date | None = None, dateline: str | None = None) -> MentionIndex:
        """All actor mentions of ``doc`` (the whole article), read as of ``ref_date``.

        Args:
            dateline: the wire dateline cut from the article ("KABUL, Afghanistan (AP)"); its country owns
                bare "police", "the government" when the text names no country before them.
        """
        if isinstance(ref_date, datetime):
            ref_date = ref_date.date()  # a datetime does not compare with the dictionaries' dates
        if len(doc) and not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            raise PipelineError("actor resolution needs sentence boundaries and a dependency parse; run the "
                                "full pipeline (triadic.nlp.load_pipeline()) on the text first", code="E039")
        work = Work(doc=doc, ref_date=ref_date, dictionary=self._compiled.dictionary,
                    common_words=self._compiled.common_words)
        work.dateline = dateline_mention(self._compiled.dictionary, dateline, ref_date)
        match_terms(work, self._compiled)
        override_kinds(work)
        owned_bodies(work)
        led_forces(work)
        compose_roles(work, self._compiled)
        regional_peoples(work)
        regional_forces(work)
        armed_bands(work)
        counted_peoples(work)
        absorb_sponsors(work)
        hyphen_authors(work)
        find_people(work)
        find_orgs(work)
        capitals_as_targets(work)
        named_by_apposition(work)
        defined_acronyms(work)
        us_party_tags(work)
        joined_nationalities(work)
        shared_of_country(work)
        shared_role_of_countries(work)
        ruled_countries(work)
        staff_of_bodies(work)
        local_branches(work)
        reported_bodies(work)
        home_people(work)
        state_vessels(work)
        crews_vessels(work)
        manned_sites(work)
        merchant_crews(work)
        captives_of_states(work)
        federal_governments(work)
        heads_of_unnamed_bodies(work)
        drop_settings(work)
        resolve_coref(work)
        drop_unowned_relations(work)
        return MentionIndex(work.live())
