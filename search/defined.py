"""Acronyms the archive's own texts define: `俾路支解放軍(BLA)` teaches that `BLA` names 俾路支解放軍,
so a search for BLA also finds the texts that print only the Chinese name, as a known body's
acronym finds its names (`OPCW`, `禁化武组织`). The knowledge files list the bodies, treaties and
terms of the field; the groups, projects and agencies the news names (an armed group, an economic
corridor, a national security service) are defined by the texts themselves, in every archive.

Only an acronym typed in capitals that names no concept (those expand by their listed names), and
only a name the texts print elsewhere too. The name is the Chinese right before the brackets, from
the last word that never stands inside a name (`的`, `了`, `通过`: `欧盟还通过了理事会(CFSP)` names
no council; not `和` or `以`, which do: `中东和平进程`, `以色列国防军`), with at least a character
for each letter of the acronym (`理事会` is no CFSP), and of it the longest end, of SHORTEST to
LONGEST characters, that one more paragraph holds
(`叛乱组织俾路支解放军(BLA)` gives 俾路支解放军, which other paragraphs print alone). The brackets may
hold the English name before the acronym (`(Balochistan Liberation Army, BLA)`), and a bracket a
number follows is a symbol's (`理事会(CFSP)2016/51号决定`), no definition. A name learned so
is searched as another form of the word typed, shown with the others and removable like them.

Bounded whatever the archive: the acronym's first READ paragraphs are read, RUNS runs are tried,
each from its longest end at most TRIES times, one engine count a try.
"""
import re
from collections import Counter

from archive.models import Paragraph
from unref import normalise_for_search
from unref.normalise import CJK

from . import engines
from . import query as queries

# `BLA`, `CPEC`, `ISIS-K`; `JeM`, `LoC` (two capitals or more, the last letter one): not a word (`Balakot`)
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{0,6}[A-Z0-9](?:-[A-Z0-9]{1,4})?")
_CJK_RUN = rf"([{CJK}·]{{2,40}})[」』”》\"]?\s*[(（](?:[^()（）]{{0,80}}?[,，、;；:：]\s*)?"
# What ends the words before a name: particles and verbs of a sentence that no name holds (not 和, 以,
# 指, 对: `中东和平进程`, `以色列国防军`, `特别指定全球恐怖分子`, `对外情报局`).
_BEFORE_NAME = re.compile(r".*(?:的|了|是|在|被|把|让|通过|宣布|表示|认为|指出|包括|属于|成为|作为|针对|根据|经过|可能|已经|正在)")
READ = 40  # paragraphs holding the acronym read for its definitions
RUNS = 2  # runs tried, the commonest first
TRIES = 6  # ends of a run counted
LONGEST, SHORTEST = 12, 3  # characters of a name learned


def learn(understood, using="default", without=()):
    """Add to each capitalised acronym the query names no concept by the names the archive's texts
    define it by (`without`: forms the reader removed)."""
    removed = {queries.removable(form) for form in without}
    for term in understood.terms:
        if term.kind != "text" or term.forms or not _acronym(term.surface):
            continue
        names = [name for name in _defined(term, using) if name not in removed]
        if names:
            term.forms = names


def _acronym(typed):
    return bool(_ACRONYM.fullmatch(typed)) and sum(map(str.isupper, typed)) >= 2


def _defined(term, using):
    engine = engines.of(using)
    alone = queries.Understood(term.surface, terms=[term])
    ids = sorted(engine.matching(alone, {}))[:READ]
    if not ids:
        return []
    # not a symbol's part: `理事会(CFSP)2016/51号决定`
    pattern = re.compile(_CJK_RUN + re.escape(term.surface) + r"\s*[)）](?!\s*[\d/])")
    shortest = max(SHORTEST, sum(map(str.isalpha, term.surface)))
    runs = Counter()
    for text in Paragraph.objects.filter(pk__in=ids).values_list("text", flat=True):
        for match in pattern.finditer(text):
            run = "".join(normalise_for_search(match.group(1))[0].split())
            if start := _BEFORE_NAME.match(run):
                run = run[start.end():]
            if len(run) >= shortest:
                runs[run] += 1
    names = {_printed_elsewhere(run, shortest, engine) for run, _ in runs.most_common(RUNS)} - {None}
    # a name holding another learned one finds nothing more (`组织俾路支解放军`, `俾路支解放军`)
    return sorted(name for name in names if not any(other != name and other in name for other in names))


def _printed_elsewhere(run, shortest, engine):
    """The longest end of `run`, of `shortest` characters or more, that two paragraphs or more
    print (of its TRIES longest ends), or None."""
    for length in range(min(len(run), LONGEST), shortest - 1, -1)[:TRIES]:
        name = run[-length:]
        if len(engine.matching(queries.understand(f'"{name}"'), {})) >= 2:
            return name
    return None
