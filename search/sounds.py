"""Other spellings of a foreign name typed: `巴希爾` also finds the texts that print `巴席爾`, `佩通坦`
those that print `貝東丹`. The regions' presses transliterate names with their own characters, and
the news names more people and places than any list holds; what each spelling sounds like
(unref.sounds: Unihan's readings, transliteration's blurred distinctions merged) is the same.

Only a word typed alone (a term of its own) that names no concept, not even in part, and whose
every character is a name character, of MIN_LENGTH to MAX_LENGTH characters (two characters sound
like too many other words), at most NAMES a query; an ordinary word of such characters (`国际社会`)
is sought too, and finds only what the archive prints, which for a word is little. The spellings
are strings whose characters sound, one by one, as the typed ones do, built from the character
pairs the index holds (`Engine.held`, asked once a position and only of the pairs that can still
make a spelling; no paragraph read), fewest characters changed first, each confirmed by a count of
the paragraphs printing it (CONFIRMED counts at most). A spelling that names something the archive
knows (`馬拉威`, Taiwan's Malawi, for `馬拉韋`, Marawi) is not another spelling of the name typed.
They are searched as the term's other forms, shown with the others and removable like them; the
query's budget of expansions counts them (search.engine).
"""
from itertools import islice

from unref import sounds

from . import concepts, engines
from . import query as queries
from .analysis import units

MIN_LENGTH, MAX_LENGTH = 3, 8
NAMES = 3  # names of one query sought in other spellings
CONFIRMED = 6  # spellings counted in the archive, the fewest characters changed first


def learn(understood, using="default", without=()):
    """Add to each name typed (the first NAMES of them) the other spellings of it the archive
    prints (`without`: forms the reader removed)."""
    removed = {queries.removable(form) for form in without}
    names = [term for term in understood.terms
             if term.kind == "text" and not term.forms and not term.parts and _name_like(term.value)]
    for term in names[:NAMES]:
        spellings = [spelling for spelling in _printed(term.value, using) if spelling not in removed]
        if spellings:
            term.forms = spellings


def _name_like(value):
    runs = units(value)
    return (len(runs) == 1 and MIN_LENGTH <= len(runs[0]) <= MAX_LENGTH and len(value) == len(runs[0])
            and sounds.sound(value) is not None)


def _printed(value, using):
    """The other spellings of `value` that paragraphs of the archive print, fewest characters
    changed first."""
    engine = engines.of(using)
    pairs = _held_pairs(value, engine)
    if not pairs:
        return []
    found = []
    for spelling in islice(_chains(value, pairs), CONFIRMED):
        if concepts.named(spelling) is None and engine.matching(queries.understand(f'"{spelling}"'), {}):
            found.append(spelling)
    return found


def _held_pairs(value, engine):
    """At each position of `value`, the pairs of characters sounding as its own two do that the
    index holds and that follow a pair held at the position before ([] when a position has none):
    one question to the engine a position, of the pairs that can still make a spelling."""
    pairs, starts = [], set(sounds.sounding_alike(value[0]))
    for second in value[1:]:
        held = engine.held({first + other for first in starts for other in sounds.sounding_alike(second)})
        if not held:
            return []
        pairs.append(held)
        starts = {pair[1] for pair in held}
    return pairs


def _chains(value, pairs):
    """Strings other than `value` whose every neighbouring pair of characters is one of `pairs`
    (the pairs held at each position), those with the fewest characters changed first."""
    def extend(prefix, changes):
        if len(prefix) == len(value):
            if changes == 0:
                yield prefix
            return
        held = pairs[len(prefix) - 1]
        typed = value[len(prefix)]
        for char in sorted({pair[1] for pair in held if pair[0] == prefix[-1]}, key=lambda char: (char != typed, char)):
            if char == typed or changes:
                yield from extend(prefix + char, changes - (char != typed))

    firsts = sorted({pair[0] for pair in pairs[0]}, key=lambda char: (char != value[0], char))
    for changes in range(1, len(value) + 1):
        for first in firsts:
            yield from extend(first, changes - (first != value[0]))
