"""Role phrases: a role noun or title plus the country that owns it ("Russian officials", "China's foreign
ministry", "a court in Guyana", "South Korea's president", "Foreign Minister Wang Yi")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from triadic.actors._compile import Compiled, longest_first
from triadic.actors._context import context_country
from triadic.actors._coref import PAIR_HEADS, pair_sides
from triadic.actors._domestic import domestic_words
from triadic.actors._entries import RoleDef
from triadic.actors._owners import (
    country_after_name,
    country_mention,
    operating_country,
    own_government,
    past_holder,
    political_person_before,
    sponsor_countries,
)
from triadic.actors._relations import (
    departs_from,
    other_state,
    participle,
    possessive_owner,
    relation_words,
    vessel_before,
)
from triadic.actors._types import Mention
from triadic.actors._work import Work, actor_of, person_surname
from triadic.model import Actor
from triadic.nlp._docs import lower_words, word_set

__all__ = ["compose_roles", "context_country"]

_DETS = frozenset({"the", "a", "an", "some", "several", "two", "three", "many", "other", "both", "all"})
# Determiners of a phrase that names no one in particular ("any government that ...", "no country").
_ANY_DETS = frozenset({"any", "no", "whichever"})
_SKIP_ADJ = frozenset({"senior", "top", "chief", "deputy", "vice", "high-ranking", "ranking", "new", "acting",
                       "first", "current", "incoming", "outgoing", "local", "national", "federal", "central",
                       "regional", "provincial", "military", "foreign", "defense", "defence", "then", "-"})
_COUNTRY_VIAS = frozenset({"name", "adjective", "capital", "seat", "place", "coref"})
_RIGHT_PREPS = frozenset({"of", "in", "from", "at"})
# Bodies that sit in another country: "the embassy in Kabul" is not Afghanistan's (its owner comes from the
# phrase itself, "the U.S. embassy in Kabul", or from the context).
_HOSTED = frozenset({"embassy", "consulate", "consulate-general", "legation"})
_ROLE_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels",
               "OPP": "opposition", "JUD": "judiciary", "LEG": "legislature", "BUS": "business",
               "MED": "media", "CVL": "civilians",
               "EDU": "education", "SPY": "intelligence", "REF": "refugees", "LAB": "labour", "HLH": "health",
               "CRM": "criminals", "INS": "insurgents", "UAF": "armed men", "SEP": "separatists",
               "AGR": "farmers", "NGO": "NGOs", "REL": "clergy", "PTY": "party"}
_NAMED_PLACES = frozenset({"FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Roles of a trade or walk of life, which "former" does not make an elite: a former editor is a journalist.
_TRADE_ROLES = frozenset({"MED", "EDU", "CVL", "HLH", "LAB", "AGR", "REL"})
_NOT_NAMES = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "FAC", "CARDINAL", "ORDINAL"})
_STATE_WORDS = frozenset({"state", "state-run", "state-owned", "state-controlled", "official"})


# Roles of armed non-state bodies: their "leader" or "commander" leads them, not a state.
_ARMED_NONSTATE = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})
# People whose own leaders and spokesmen a title on them names ("opposition leader", "union spokesman").
_PEOPLE_LEADS = frozenset({"OPP", "LAB", "AGR", "EDU", "REL", "MED", "BUS", "HRI", "NGO", "CVL", "REF"})
# Bodies a title "of" them serves ("a leader of the Jalisco cartel", "a senior leader of the opposition",
# "a spokesman of the ruling party"): armed movements, and organised non-state bodies (not a mere crowd).
_LED_BODIES = _ARMED_NONSTATE | frozenset({"OPP", "PTY", "LAB", "AGR", "REL", "HRI", "NGO", "MED", "BUS"})


def _named_body(m: Mention | None) -> bool:
    """A named agency or armed movement with its own code ("UNITA", "the RSF", "SBU"), not a country."""
    return m is not None and m.via == "name" and m.actor.role is not None and not m.members


def _cameo(work: Work, iso3: str) -> str:
    c = work.dictionary.countries.get(iso3)
    return c.cameo if c else iso3


def _armed_site_word(tok: Token, rd: RoleDef) -> bool:
    """Whether an armed role word read as an adjective names the side holding a site ("militant hideouts")."""
    return rd.role in _ARMED_NONSTATE and tok.pos_ == "ADJ" and tok.dep_ in ("amod", "compound") \
        and tok.head.i > tok.i and tok.head.lemma_.lower() in relation_words().armed_sites


def compose_roles(work: Work, compiled: Compiled) -> None:
    """Turn role nouns and titles into country-role mentions, absorbing the country words they modify."""
    doc, d = work.doc, compiled.dictionary
    toks = work.toks  # indexing a list of tokens is far cheaper than indexing the doc
    found = longest_first(compiled.roles, doc)
    found.extend(_presiding(work, compiled, found))
    vessels = relation_words().vessels
    rw_things = relation_words().thing_heads
    rw_ranks = relation_words().rank_heads
    taken = [False] * len(toks)
    roles: list[tuple[int, int, RoleDef]] = []
    for s, e, key in found:
        last = toks[e - 1]
        if any(taken[s:e]) or last.ent_type_ in _NAMED_PLACES \
                or (last.pos_ not in ("NOUN", "PROPN") and not _armed_site_word(last, d.roles[key])):
            continue  # "the Great Hall of the People" names a building, not the people
        if e < len(toks) and toks[e].text == "-" and not last.whitespace_:
            continue  # "rebel-held", "state-run": part of a compound modifier, not a noun
        if (d.roles[key].weapon or last.lemma_.lower() in vessels) and last.dep_ == "compound" \
                and last.head.i >= e:
            continue  # "the drone strike", "ship repairs": a modifier, not a side
        if last.dep_ == "compound" and last.head.i >= e and last.head.lemma_.lower() in rw_things:
            continue  # "its media law", "police reform": what the noun is about, not a side
        if s >= 2 and toks[s - 1].lower_ == "of" and toks[s - 2].lemma_.lower() in rw_ranks:
            taken[s:e] = [True] * (e - s)  # nor is "minister" inside it a side
            continue  # "the level of charge d'affaires", "the post of prime minister": an office, not a side
        if last.ent_type_ == "PERSON" and toks[s].ent_iob_ != "B":
            continue  # inside a person's name ("Lee Jin-man"), not a role noun
        if last.is_title and e + 2 < len(toks) and toks[e].tag_ == "POS" \
                and toks[e + 1].is_title and toks[e + 1].lower_ in ("republic", "democratic"):
            continue  # "the People's Republic of Bangladesh": a state's formal name, not the people
        if e - s == 1 and len(key) <= 3 and last.text.istitle() and last.ent_type_ == "PERSON":
            continue  # "Ngo" in "Ngo Xuan Lich" is a name, not the acronym NGO
        if (s >= 1 and toks[s - 1].lower_ == "both") or \
                (s >= 2 and toks[s - 1].lower_ in ("two", "2") and toks[s - 2].lower_ == "the"):
            continue  # "the two governments", "both governments": a pair that coreference resolves
        m = work.at(e - 1)
        if m is not None and m.start <= s and m.end >= e and m.end - m.start > e - s:
            continue  # the role word is part of a longer name ("the West Bank", "the White House")
        named = m is not None and (m.via not in _COUNTRY_VIAS or m.actor.role is not None
                                   or m.actor.kind != "state")
        if named and not (m is not None and _owned_elsewhere(work, m, s, e, d.roles[key])):
            continue  # already a named actor ("Korean People's Army", "Associated Press")
        for i in range(s, e):
            taken[i] = True
        roles.append((s, e, d.roles[key]))
    # "a leader of the Jalisco cartel": a title followed by "of" is composed after the phrase it belongs to.
    # So is a follower "of" or "to" someone ("supporters of opposition leader X"): that phrase's side.
    followers = relation_words().followers
    later = [r for r in roles if r[1] + 1 < len(toks) and (
        (r[2].title and toks[r[1]].lower_ == "of")
        or (toks[r[1] - 1].lower_ in followers and toks[r[1]].lower_ in ("of", "to")))]
    for s, e, rd in sorted(r for r in roles if r not in later) + sorted(later):
        m = work.at(s)
        if m is not None and m.via in ("role", "title") and m.start < s and m.end >= e:
            continue  # already inside an earlier title's phrase ("Minister of ... and Expatriates of ...")
        _compose_one(work, s, e, rd)


def _compose_one(work: Work, s: int, e: int, rd: RoleDef) -> None:
    doc, d = work.toks, work.dictionary
    sent = work.sent_of(s)
    role = rd.role
    extra_role: str | None = None
    former = False
    left = s
    country: Mention | None = None
    group: Mention | None = None
    unknown_people = False  # a nationality or ethnic word we do not know ("Kurdish fighters", "Druze")
    # Look left over modifiers for the owning country ("Russian officials", "China's foreign ministry").
    i = s - 1
    steps = 0
    rw = relation_words()
    relational = doc[e - 1].lower_ in rw.relational
    vessels_of_context = rw.vessels
    sponsors: set[str] = set()  # countries backing the phrase's people ("US-backed fighters")
    sponsor_at = -1
    joint_owner: tuple[Actor, ...] = ()
    possessed = False
    stance_left = -1  # "pro-European protesters": where the stance prefix starts
    while i >= sent.start and steps < 6:
        tok = doc[i]
        m = work.at(i)
        low = tok.lower_
        if m is not None and m.start - 2 >= sent.start and doc[m.start - 1].text == "-" \
                and doc[m.start - 2].lower_ in rw.stances:
            stance_left = m.start - 2  # the country is what the people are for or against, not theirs
            i, steps = m.start - 3, steps + 1
            continue
        if m is None and low in rw.owner_forms and i >= 2 and doc[i - 1].text == "-":
            owner = work.at(i - 2)  # "a Chinese-owned mine", "a Dubai-based airline": its country's
            if owner is not None and owner.end == i - 1 and owner.actor.country and not owner.members \
                    and owner.actor.kind == "state":
                country, left = owner, owner.start
            break
        if m is None and participle(tok, rw.sponsor_forms):
            own = own_government(work, i)
            if own is not None:
                country, left = own, own.start  # "Syrian government-backed troops" fight for Syria
                break
            sponsor_at = i  # everything before "-backed" is the sponsor, not the owner
            sponsors.update(sponsor_countries(work, i))
            break
        if m is None and low in ("his", "her") and tok.tag_ == "PRP$" and not relational:
            speaker = political_person_before(work, i)
            if speaker is not None:  # "Dagalo said his forces would withdraw": the RSF's
                possessed, left = True, i
                if speaker.actor.kind == "state" and speaker.actor.country:
                    country = speaker
                else:
                    group = speaker
                break
        if m is None and low in rw.possessives and tok.tag_ == "PRP$":
            possessed, left = True, i
            vessel = vessel_before(work, i, rw) if doc[e - 1].lemma_.lower() in rw.aboard else None
            if vessel is not None:
                country = vessel  # "seized a Turkish-flagged ship and arrested its crew": the ship's people
                break
            if relational and low == "its" and doc[e - 1].tag_ == "NN":
                # "Mali broke off ties with Algeria, accusing its neighbour": the one other state named
                other = other_state(work, i, possessive_owner(work, i)[0])
                if other is not None:
                    country = other
                break
            if not relational:  # "its allies" are other states
                owner, actors = possessive_owner(work, i)
                if len(actors) > 1:
                    joint_owner = actors  # "their leaders" after "Russia and China"
                elif owner is not None and owner.actor.kind == "state" and owner.actor.country:
                    country = owner  # "its troops": the state named before
                elif owner is not None and not (owner.via == "role" and owner.actor.country is None
                                                 and owner.actor.role not in _ARMED_NONSTATE):
                    group = owner  # "its fighters" after a movement; never a bare "employees"'s
            break
        pair = _pair_owner(work, i) if m is None and tok.tag_ == "POS" else None
        if pair is not None:
            # "the two countries' leaders", "both sides' negotiators": each side's own body, like "their
            # leaders" after "Russia and China"
            joint_owner, left = pair
            break
        if m is not None and (_named_body(m) or (rd.title and rd.role == "GOV" and m.via == "role"
                                                  and (m.actor.role in _ARMED_NONSTATE
                                                       or (m.actor.role in _LED_BODIES
                                                           and _possessor(doc, m))))):
            # "UNITA leader", "fighters of the RSF", "a Sudanese militia leader": that body's; so is a
            # title a led body owns by a possessive ("the Labour Party's spokesman"), as "a spokesman of
            # the ruling party" is: the party's voice, not a government official
            group = m
            left = m.start
            break
        if country_mention(m) or (m is not None and m.via in ("role", "leader") and m.actor.country
                                   and not m.members and (m.actor.kind == "state"
                                                          or (m.actor.kind == "person" and m.via == "role"))):
            # a country, or a country's body or people used as a modifier ("Syrian government forces",
            # "France's farmers' union")
            country = m
            left = m.start  # type: ignore[union-attr]
            if m is not None and m.via == "role" and m.actor.role in _STATE_ROLES \
                    and doc[e - 1].lower_ in rw.staff:
                role = m.actor.role  # "Syrian intelligence officers", "police officials": that body's people
            elif m is not None and m.via == "role" and m.actor.role in _ARMED_NONSTATE \
                    and role in ("GOV", "MIL") and _modifies(doc, m, e - 1):
                role = m.actor.role  # "a Congolese rebel commander" commands rebels, not Congo's army
            elif m is not None and m.via == "role" and m.actor.role in _PEOPLE_LEADS \
                    and m.actor.role != role and _modifies(doc, m, e - 1):
                if role == "GOV":
                    role = m.actor.role  # "a Peruvian opposition leader" leads the opposition, not Peru
                elif extra_role is None:
                    extra_role = m.actor.role  # "Kenyan opposition supporters": the opposition's people
            break
        if m is not None and m.via in ("igo", "name") and m.actor.kind in ("igo", "group"):
            group = m  # "Taliban militants", "NATO troops", "AUKUS partners": the organisation acts
            left = m.start
            break
        named_body = rw.body_role(low) if m is None and tok.pos_ == "ADJ" else None
        if named_body is not None and doc[e - 1].lower_ in rw.staff:
            role = named_body  # "a military spokesman": the military's, not the government's
        mod = d.modifiers.get(low)
        if mod is not None and tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            mod = None  # "Congress ousted Vice President X": the clause's verb, not a word on the title
        if mod is not None:
            former = former or mod.former
            if mod.role and mod.role != role:
                extra_role = mod.role
            left = i
        elif low in ("'s", "’s", "'", "’") or (low == "s" and i > 0 and doc[i - 1].text in ("'", "’")) \
                or low in _SKIP_ADJ or (tok.pos_ == "ADJ" and m is None) \
                or (m is None and tok.pos_ == "NOUN" and tok.dep_ == "compound") \
                or (m is None and low in ("-", "–") and i > 0 and not doc[i - 1].whitespace_
                    and not tok.whitespace_ and work.at(i - 1) is None) \
                or (m is None and not tok.whitespace_ and i + 1 < e and doc[i + 1].lower_ in ("-", "–")
                    and tok.pos_ in ("NOUN", "ADJ")) \
                or (m is None and tok.dep_ == "amod" and tok.tag_ == "VBG"
                    and not (i > 1 and doc[i - 1].lower_ in ("-", "–") and work.at(i - 2) is not None)):
            # the parts of a hyphenated modifier ("a UN fact-finding mission") and a participle on the noun
            # ("a UN monitoring mission") say which kind, like an adjective; "IS-linked" names a sponsor
            # a portfolio or trade on the noun ("EU agriculture ministers", "a Singapore-based shipping
            # company") says which kind, not whose
            unknown_people = unknown_people or (m is None and tok.ent_type_ == "NORP")
        else:
            # An unknown proper name on the noun ("Druze soldiers"): someone's, but not the context country's.
            unknown_people = m is None and tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME")
            break
        i -= 1
        steps += 1
    if country is None and group is None and not possessed:
        left = s if not (extra_role or former) else left
    if stance_left >= 0:
        left = min(left, stance_left)  # the stance belongs to the phrase, which names no country by it
    if joint_owner:
        _add_owned_jointly(work, left, e, joint_owner, extra_role or role)
        return
    # The whole noun phrase to the left of the head belongs to the mention ("Syrian government forces",
    # "280 child soldiers"); several countries in it make one mention each ("Nigerian and British forces").
    members: list[Mention] = []
    groups: list[Mention] = [group] if group is not None else []
    head = doc[e - 1]
    le = head.left_edge.i
    for k in range(left - 1, le - 1, -1):
        # A dateline or a date before the phrase ("March 28 - North Korean leader") is not part of it.
        infix = doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_  # "rebel-held"
        if (doc[k].is_punct and not infix and doc[k].text not in ("'s", "’s", "'")) \
                or doc[k].ent_type_ in ("DATE", "TIME"):
            le = k + 1
            break
    # "Egyptian and Hezbollah negotiators": the parser may hang the first demonym outside the phrase; a
    # demonym right before "and" cannot stand alone, so it belongs to this head too.
    if le >= left and left - 2 >= sent.start and doc[left - 1].lower_ == "and":
        prev = work.at(left - 2)
        if prev is not None and prev.via == "adjective" and prev.end == left - 1 \
                and doc[prev.end - 1].tag_ not in ("NNS", "NNPS"):
            le = prev.start
    if sponsor_at >= 0 and sent.start <= le < left:
        left = le  # "US-backed fighters" is one mention, coded by the fighters' own identity
    elif sent.start <= le < left and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(le, left)):
        for k in range(le, left):
            m = work.at(k)
            if country_mention(m) and m not in members:
                members.append(m)  # type: ignore[arg-type]
            elif m is not None and m.actor.kind in ("igo", "group") and m.via in ("igo", "name") \
                    and m not in groups:
                groups.append(m)  # "Hamas and Israeli negotiators": an armed group beside a country
            mod = d.modifiers.get(doc[k].lower_)
            if mod is not None:
                former = former or mod.former
                if mod.role and mod.role != role:
                    extra_role = mod.role
        if country is None and group is None and members:
            country = members[-1]
        left = le
    if country is not None and country not in members:
        members.append(country)
    coordinated = any(doc[k].lower_ in ("and", "&", ",", "or") for k in range(left, e))
    if groups and members and not coordinated:
        group, country = groups[0], None  # "Somali al-Shabaab militants": the group's own nationality
    elif groups and members:
        # "Israeli and Hamas negotiators": one mention, a member for each country's body and each group.
        _add_joint(work, left, e, [m.actor.country for m in members if m.actor.country], groups,
                   extra_role or role)
        return
    if group is not None and country is None:
        _add_group(work, left, e, rd, group)
        return
    if rd.weapon and country is None and not possessed:
        return  # "missiles at Kyiv", "two ballistic missiles": a weapon names its side only by a modifier
    end = e
    hosted = doc[e - 1].lemma_.lower() in _HOSTED and doc[e].lower_ in ("in", "at") if e < len(doc) else False
    if country is None and not possessed and e + 1 < len(doc) and doc[e].lower_ in _RIGHT_PREPS \
            and not hosted:
        m = work.at(e + 1)
        # "a leader of the Sinaloa cartel": the body may start after an article that is not part of its name.
        k = e + 2 if m is None and doc[e + 1].lower_ == "the" and e + 2 < len(doc) else e + 1
        body = work.at(k)
        # a legislature's presiding officer is the legislature ("the speaker of the Lebanese parliament")
        led = body is not None and (body.actor.role in _LED_BODIES or body.actor.role == rd.role == "LEG")
        if body is not None and body.start == k and doc[e].lower_ == "of" and (
                _named_body(body) or (rd.title and body.via == "role" and not body.members and led)):
            # "fighters of the RSF"; "a senior leader of the opposition": the title serves that body
            _add_group(work, left, body.end, rd, body)
            return
        if body is not None and body.start == k and body.via == "igo" and not body.members \
                and doc[e].lower_ in ("at", "of", "from") \
                and (doc[e].lower_ != "from" or not departs_from(doc[e - 1], rw)):
            _add_group(work, left, body.end, rd, body)  # "prosecutors at the ICC", "officials of the IMF"
            return
        if body is not None and body.start == k and doc[e].lower_ == "of" \
                and doc[e - 1].tag_ in ("NNS", "NNPS") and len(body.members) > 1 \
                and all(a.country and a.kind == "state" for a in body.members):
            # "the leaders of the Baltic states", "the people of the two Koreas": each member state's own
            # body, as "the leaders of Estonia, Latvia and Lithuania" and "their leaders" after two states
            _add_owned_jointly(work, left, body.end, body.members, extra_role or role)
            return
        # "troops from Chad" are Chad's; "pull troops from Libya" leaves Libya.
        origin_ok = doc[e].lower_ != "from" or not departs_from(doc[e - 1], rw)
        if country_mention(m) and m.start == e + 1 and origin_ok:  # type: ignore[union-attr]
            country = m
            end = m.end  # type: ignore[union-attr]
    if country is None and group is None and not possessed and e + 1 < len(doc) \
            and doc[e].lower_ in ("of", "and") and doc[e - 1].is_title and (
                doc[e + 1].is_title
                # a state's formal name takes "the": "the Ministry of Foreign Affairs of the Republic of
                # Azerbaijan", "the President of the Republic of Kazakhstan"
                or (doc[e + 1].lower_ == "the" and e + 2 < len(doc) and doc[e + 2].is_title)):
        # "the Ministry of Health of Ethiopia", "Minister of Foreign Affairs and Expatriates of ... Jordan"
        country = country_after_name(work, e, sent.end)
        end = country.end if country is not None else end
    if country is None and group is None and not possessed and e + 1 < len(doc) \
            and doc[e].lower_ in ("of", "to") and doc[e - 1].lower_ in rw.followers:
        leader = _leader_inside(work, e)
        if leader is not None and _add_follower(work, left, e, rd, leader, s):
            return
    if country is None and group is None and not possessed and role == "CVL" and e + 1 < len(doc) \
            and doc[e].lower_ == "of":
        # "the family of former Japanese Prime Minister Shinzo Abe", "the relatives of the Thai hostages":
        # someone's people belong to that someone's country, not to the article's
        country = _owner_inside(work, e)
    # A title right before a person's name: "Foreign Minister Wang Yi", "President Moon".
    person_end, person_mention, person_name = _person_after(
        work, end, rd, country.actor.country if country is not None else None)
    if left > sent.start and doc[left - 1].lower_ in _DETS:
        left -= 1
    if country is None and group is None and not possessed and role in _STATE_ROLES and extra_role is None \
            and any(doc[k].lower_ in _ANY_DETS and doc[k].dep_ == "det"
                    for k in range(max(sent.start, left - 1), s)):
        return  # "any government", "no army": whichever state it may be, no actor ("any refugees" still are)
    if person_mention is not None and former:
        # "former President Park Geun-hye": the person's own country, never the context's.
        iso3_p = person_mention.actor.country or (country.actor.country if country is not None else None)
        _add_role(work, left, person_mention.end, iso3_p, role, None, True, person_mention.actor.name)
        return
    if person_mention is not None:
        actor = person_mention.actor
        if country is not None and actor.country not in (None, country.actor.country):
            return  # "Chinese President" before a foreign leader's name: leave both as they are
        work.add(left, person_mention.end, actor, person_mention.via,
                 surname=work.surnames.get(person_mention.start))
        return
    # "state media", "state-run television": the state is the article's current country.
    # the window reaches the phrase's own first word when near ("a state-owned arms manufacturer")
    first = max(sent.start, min(s - 3, max(doc[e - 1].left_edge.i, s - 6)))
    state_owned = not _STATE_WORDS.isdisjoint(lower_words(work.doc)[first:e])  # the doc's words, read once
    if country is None:
        definite = left < s and doc[left].lower_ == "the"
        # "Muslim leaders", "political leaders": a plural title without "the" names no office holders.
        office = rd.office if doc[e - 1].tag_ not in ("NNS", "NNPS") or definite else None
        # Bare "officials", "troops", "police" are the state's own bodies: the nearby country's.
        state_body = role in _STATE_ROLES and extra_role is None and not former and not unknown_people \
            and (office or not rd.office)
        # "opposition supporters": a state's political opposition, so some country's, like "the opposition"
        national = not unknown_people and doc[e - 1].dep_ != "compound" \
            and any(doc[k].lower_ == "opposition" for k in range(left, e))
        # "The US criticised opposition leaders": the opposition is not the country acting on it.
        others = _acting_states(work, doc[e - 1]) if national and not state_body else frozenset()
        if (state_body or national) and context_country(work, s, max_sents=2, exclude=others) is not None:
            definite = True
        if not (definite or office or person_name or state_owned or sponsor_at >= 0):
            if extra_role is None and not former:
                # A bare plural like "protesters" or "troops" keeps its role without a country.
                _add_role(work, left, e, None, role, None, former, None)
                return
        guess = (definite or office or state_owned or sponsor_at >= 0) and not former \
            and not unknown_people
        # A named person whose country the phrase does not say ("President Obuya" whom no table knows) gets
        # none: an earlier country in the article is often someone else's. Nor do relational nouns ("the
        # allies") take the context's country, and a possessive already said whose they are.
        guess = guess and person_name is None and not relational and not possessed
        # "the ship attacked by Houthi rebels", "Iran seized the tanker": a merchant ship sails under its own
        # flag, which the sentence's other country is not.
        guess = guess and not (role == "BUS" and doc[e - 1].lemma_.lower() in vessels_of_context)
        if sponsor_at >= 0 and guess:
            country = operating_country(work, s, e, frozenset(sponsors))
        else:
            country = context_country(work, s, exclude=others) if guess else None
    if sponsor_at >= 0 and role == "MIL" and extra_role is None:
        role = "REB"  # armed men backed by a foreign state, with no state of their own
    iso3 = country.actor.country if country is not None else None
    stop = person_end if person_end > end else end
    name = person_name
    # A ministry is an institution: only person titles take the office holder's name; so does "a leader",
    # which is someone holding that title, not the one office holder.
    if name is None and rd.office and iso3 and not former and doc[e - 1].lemma_.lower() != "ministry" \
            and role == rd.role and extra_role is None and not _indefinite(doc, s, sent.start):
        holder = d.holder(iso3, rd.office, work.ref_date)
        if holder is not None:
            name = holder.name
    joint = tuple(m for m in members if m.actor.country) if len(members) > 1 else ()
    _add_role(work, left, stop, iso3, role, extra_role, former, name, joint=joint)


def _pair_owner(work: Work, i: int) -> tuple[tuple[Actor, ...], int] | None:
    """The two sides a plural possessor ending at the possessive mark ``i`` stands for ("the two
    countries'", "both sides'"): the last two countries named before it (see ``pair_sides``), with where
    the possessor starts; None for any other possessor."""
    doc = work.doc
    k = i - 1
    if k < 1 or doc[k].lower_ not in PAIR_HEADS:
        return None
    if doc[k - 1].lower_ == "both":
        start = k - 1
    elif k >= 2 and doc[k - 1].lower_ in ("two", "2") and doc[k - 2].lower_ == "the":
        start = k - 2
    else:
        return None
    pair = pair_sides(work, start)
    if pair is None:
        return None
    return (pair[0].actor, pair[1].actor), start


def _acting_states(work: Work, head: Token) -> frozenset[str]:
    """Countries of the states (by name or government) that are the subject of the verb ``head`` is an
    argument of, unless that verb is an act of control a state does at home ("Russia jailed opposition
    leaders" keeps RUS)."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.dep_ in ("nsubj", "nsubjpass"):
            return frozenset()  # the phrase is itself a subject
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in domestic_words().control_verbs:
        return frozenset()
    out: set[str] = set()
    for c in verb.children:
        m = work.at(c.i) if c.dep_ in ("nsubj", "nsubjpass") else None
        # A state speaks abroad by its name or government; its army or police deal with its own people.
        if m is not None and m.actor.country and m.actor.kind == "state" and not m.members \
                and m.actor.role in (None, "GOV"):
            out.add(m.actor.country)
    return frozenset(out)


def _owned_elsewhere(work: Work, m: Mention, s: int, e: int, rd: RoleDef) -> bool:
    """"Peru's Congress", "Colombia's Senate": a body the dictionary names for one country ("Congress" is the
    US one) that another country right before it owns, so the phrase is that country's body."""
    if m.via != "name" or m.start != s or m.end != e or m.actor.country is None or m.actor.role != rd.role:
        return False
    doc = work.doc
    k = s - 1
    if k >= 0 and doc[k].lower_ in ("'s", "’s"):
        k -= 1
    owner = work.at(k) if k >= 0 else None
    return owner is not None and country_mention(owner) and owner.end == k + 1 \
        and owner.actor.country != m.actor.country


def _possessor(doc: Sequence[Token], m: Mention) -> bool:
    """The mention ``m`` owns what follows it by a possessive ("the Labour Party's spokesman")."""
    return m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s", "'", "’")


def _modifies(doc: Sequence[Token], m: Mention, head: int) -> bool:
    """Does mention ``m`` hang wholly on the token ``head`` ("opposition" in "opposition leader"), rather than
    reaching it from another phrase ("employee of the U.S." before "consulate")?"""
    return all(t.head.i == head for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end)


def _indefinite(doc: Sequence[Token], s: int, lo: int) -> bool:
    """Does the phrase ending at role noun ``s`` open with "a"/"an" ("a senior leader")?"""
    j = s - 1
    while j >= lo and doc[j].lower_ in _SKIP_ADJ:
        j -= 1
    return j >= lo and doc[j].lower_ in ("a", "an")


def _owner_inside(work: Work, of: int) -> Mention | None:
    """The first mention with a country inside the object of the "of" at ``of``."""
    objs = [c for c in work.doc[of].children if c.dep_ == "pobj"]
    for k in sorted(w.i for o in objs for w in o.subtree):
        m = work.at(k)
        if m is not None and m.actor.country and not m.members:
            return m
    return None


def _presiding(work: Work, compiled: Compiled,
               found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Bare presiding titles that preside here (relations.yaml, presiding_titles): "Speaker Mike Johnson",
    "Knesset speaker", "the speaker of the Lebanese parliament", as the title they stand for."""
    titles = dict(relation_words().presiding_titles)
    if titles.keys().isdisjoint(word_set(work.doc)):
        return []  # (most texts name no speaker: no walk over their tokens)
    lows = lower_words(work.doc)
    d = compiled.dictionary
    covered = {i for s, e, _ in found for i in range(s, e)}
    toks = work.toks
    out: list[tuple[int, int, str]] = []
    for i, low in enumerate(lows):
        key = titles.get(low)
        if key is None or i in covered or key not in d.roles:
            continue
        t = toks[i]
        nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
        before = work.at(t.i - 1) if t.i > 0 else None
        legislature = before is not None and before.end == t.i and before.actor.role == "LEG"
        named = t.text[:1].isupper() and nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"
        of_house = nxt is not None and nxt.lower_ == "of" and any(
            (rd := d.roles.get(w.lemma_.lower())) is not None and rd.role == "LEG"
            for w in toks[t.i + 2: t.i + 6] if w.pos_ in ("NOUN", "PROPN"))
        if legislature or named or of_house:
            out.append((t.i, t.i + 1, key))
    return out


def _leader_inside(work: Work, of: int) -> Mention | None:
    """The named or titled person the object of the "of"/"to" at ``of`` starts with ("opposition leader
    Kizza Besigye", "President Morsi", "Hezbollah leader Hassan Nasrallah"), or None."""
    k = of + 1
    if k < len(work.doc) and work.doc[k].lower_ == "the":
        k += 1
    m = work.at(k)
    if m is None or m.members or m.via not in ("title", "leader", "person"):
        return None
    return m


def _add_follower(work: Work, left: int, e: int, rd: RoleDef, leader: Mention, s: int) -> bool:
    """Supporters, allies or aides of ``leader`` (see relations.yaml, followers): the leader's side.
    A group's leader gives the group; a non-state side (opposition, rebels, a party) gives that side in
    the leader's country, else the scene's; a state office holder's followers are its civilians, and
    only the person's own staff share a state role. False when the leader says no side."""
    rw = relation_words()
    actor = leader.actor
    if actor.kind == "group" and actor.role is None and actor.code:
        _add_group(work, left, e, rd, leader)  # "an aide to Hezbollah leader Hassan Nasrallah"
        return True
    role = actor.role
    if role is None:
        return False
    if role in _STATE_ROLES | {"ELI"} and work.doc[e - 1].lower_ not in rw.person_staff:
        # "supporters of President Morsi" are no part of the Egyptian state, nor those of a former
        # president an elite of their own
        role = "CVL"
    iso3 = actor.country
    if iso3 is None:
        found = context_country(work, s, max_sents=2)
        iso3 = found.actor.country if found is not None else None
    _add_role(work, left, e, iso3, role, None, False, None)
    return True


def _person_kind(work: Work, head: int) -> str | None:
    """'person'/'expert' when the role noun names individual non-state people (reporter, analyst)."""
    tok = work.doc[head]
    pr = work.dictionary.persons.get(tok.lemma_.lower()) or work.dictionary.persons.get(tok.lower_)
    return pr.kind if pr is not None else None


def _person_after(work: Work, end: int, rd: RoleDef,
                  iso3: str | None) -> tuple[int, Mention | None, str | None]:
    """A person named right after a title: (end token, their mention if known, their name)."""
    if not rd.title or end >= len(work.doc):
        return end, None, None
    doc = work.doc
    m = work.at(end)
    if m is not None and m.start == end and m.via in ("leader", "person"):
        return m.end, m, m.actor.name
    # "Bulgaria's foreign minister, Ekaterina Zaharieva": a name set off by a comma right after the title.
    if doc[end].text == "," and end + 1 < len(doc):
        m2 = work.at(end + 1)
        if m2 is not None and m2.start == end + 1 and m2.via in ("leader", "person"):
            return m2.end, m2, m2.actor.name
        ents = [ent for ent in work.ents if ent.start == end + 1 and ent.label_ == "PERSON"]
        if ents and m2 is None and work.free(ents[0].start, ents[0].end):
            return ents[0].end, None, ents[0].text
    # Bare surname after a title: the office holder of that name on the article's date.
    tok = doc[end]
    if tok.pos_ == "PROPN" and m is None and tok.is_title:
        e = work.dictionary.leader_by_surname(tok.text, work.ref_date, iso3, rd.office)
        if e is not None and (end + 1 >= len(doc) or doc[end + 1].pos_ != "PROPN"):
            lm = work.add(end, end + 1, actor_of(e), "leader", surname=e.surname)
            return end + 1, lm, e.name
        past = past_holder(work, tok.text, iso3) if e is None else None
        if past is not None and (end + 1 >= len(doc) or doc[end + 1].pos_ != "PROPN"):
            # "President Ghani" on a day outside his term: the tables still say whose he is.
            lm = work.add(end, end + 1, past, "person", surname=tok.text)
            return end + 1, lm, past.name
        ents = [ent for ent in work.ents if ent.start == end and ent.label_ == "PERSON"]
        stop = ents[0].end if ents else end + 1
        # "President Edgars Rinkevics": the parser may leave an unfamiliar family name untagged.
        while stop < len(doc) and stop < end + 4 and doc[stop].pos_ == "PROPN" and work.at(stop) is None \
                and doc[stop].ent_type_ not in _NOT_NAMES and doc[stop].text[:1].isupper():
            stop += 1
        return stop, None, work.text_of(end, stop)
    return end, None, None


def _add_role(work: Work, start: int, end: int, iso3: str | None, role: str, extra: str | None, former: bool,
              name: str | None, joint: tuple[Mention, ...] = ()) -> None:
    cameo = _cameo(work, iso3) if iso3 else ""
    # a former office holder is one of the elite (ELI); a former editor or student is still what the noun
    # says ("convicted four former editors of a news website": the media)
    if former and (role not in _TRADE_ROLES or extra is not None):
        actor = Actor(code=cameo + "ELI", country=iso3, role="ELI", name=name or work.text_of(start, end),
                      kind="person", affiliation="former official")
        work.add(start, end, actor, "person", surname=person_surname(name))
        return
    first, second = (extra, role) if extra else (role, None)
    if second == "GOV" and first not in _STATE_ROLES:
        second = None  # "opposition leaders", "tribal leaders" lead their people, not a government
    if second in ("CVL", "ELI"):
        # "opposition supporters", "union activists", "opposition politicians": a group's people are that
        # group
        second = None
    if first == "CVL" and second in _ARMED_NONSTATE:
        # "tribal gunmen", "community militants": a people word on armed men only says whose they are;
        # armed men acting are the armed group (UAF, REB), not civilians
        first, second = second, None
    if second == "MIL" and first in _ARMED_NONSTATE:
        second = None  # "rebel commander X", "militia fighters": an armed group's fighters are that group
    if first == "CVL" and second in ("MIL", "COP"):
        # "the Vietnam People's Army", "public security forces": a people's force is the state's own
        first, second = second, None
    code = cameo + first + (second or "")
    c = work.dictionary.countries.get(iso3) if iso3 else None
    label = name or (f"{c.name} {_ROLE_NAMES.get(first, first)}" if c else work.text_of(start, end))
    kind = _person_kind(work, end - 1) or ("state" if iso3 else "group")
    actor = Actor(code=code, country=iso3, role=first, name=label, kind=kind)
    via = "title" if name else "role"
    countries = {m.actor.country: m for m in joint if m.actor.country}
    if len(countries) > 1:
        # "Nigerian and British armed forces": one mention per country, each the country's body.
        parts = [(m.start, m.end, Actor(code=_cameo(work, c) + first + (second or ""), country=c, role=first,
                                        name=f"{_country_name(work, c)} {_ROLE_NAMES.get(first, first)}",
                                        kind=kind))
                 for c, m in countries.items()]
        _add_split(work, start, end, parts, via)
        return
    work.add(start, end, actor, via, surname=person_surname(name) if name else None)


def _country_name(work: Work, iso3: str) -> str:
    c = work.dictionary.countries.get(iso3)
    return c.name if c else iso3


def _add_joint(work: Work, start: int, end: int, countries: list[str], groups: list[Mention],
               role: str) -> None:
    """A phrase naming countries and organisations together ("Israeli and Hamas negotiators"), split
    into one mention per side."""
    kind = _person_kind(work, end - 1) or "state"
    parts: list[tuple[int, Actor]] = []
    for m in groups:
        parts.append((m.start, m.actor))
    for iso3 in dict.fromkeys(countries):
        pos = next((k for k in range(start, end) if (c := work.at(k)) is not None and c.actor.country == iso3
                    and c.actor.kind == "state"), start)
        label = f"{_country_name(work, iso3)} {_ROLE_NAMES.get(role, role)}"
        parts.append((pos, Actor(code=_cameo(work, iso3) + role, country=iso3, role=role, name=label,
                                 kind=kind)))
    spans: list[tuple[int, int, Actor]] = []
    for pos, actor in parts:
        here = work.at(pos)
        spans.append((pos, here.end if here is not None and here.start == pos else pos + 1, actor))
    _add_split(work, start, end, spans, "role")


def _add_split(work: Work, start: int, end: int, parts: list[tuple[int, int, Actor]], via: str) -> None:
    """One mention per side of a coordinated phrase ("Indian and Pakistani troops"): each modifier is a
    mention of its own, and the last one runs on to the head noun and lists every side as ``members``
    (so "they" can refer back to all of them). The event coder reads each modifier as a side."""
    parts = sorted(parts, key=lambda p: p[0])
    together = tuple(a for _, _, a in parts)
    for k, (s, e, actor) in enumerate(parts):
        if k == len(parts) - 1:
            work.add(s, end, actor, via, members=together)
        else:
            work.add(start if k == 0 else s, e, actor, via)


def _add_group(work: Work, left: int, end: int, rd: RoleDef, group: Mention) -> None:
    """A role phrase owned by a named body or armed group; a title takes the person named after it."""
    actor = group.actor
    # "his forces" after a titled person: the person's body, not the person.
    via = "role" if group.via in ("title", "leader", "person", "coref") else group.via
    if rd.title:
        stop, pm, name = _person_after(work, end, rd, None)
        if pm is None and name:
            # A person who acts for the body: "he" and "his forces" point back to them.
            actor, via, end = replace(actor, name=name), "title", stop
    work.add(left, end, actor, via, members=group.members, surname=person_surname(actor.name)
             if via == "title" else None)


def _add_owned_jointly(work: Work, left: int, end: int, owners: tuple[Actor, ...], role: str) -> None:
    """"their leaders" after "Russia and China": one mention listing each owner's body as a member."""
    kind = _person_kind(work, end - 1) or "state"
    parts: list[Actor] = []
    for a in owners:
        if a.country and a.kind == "state":
            label = f"{_country_name(work, a.country)} {_ROLE_NAMES.get(role, role)}"
            parts.append(Actor(code=_cameo(work, a.country) + role, country=a.country, role=role, name=label,
                               kind=kind))
        else:
            parts.append(a)
    work.add(left, end, parts[0], "role", members=tuple(parts))
