"""The metadata sidecar (`NAME.json` beside `NAME.txt`), checked before anything is written.

Every value is a string (null or "" means not given) that fits its database column on every
backend, holds no control, NUL or direction-changing character, and has the shape of what it
names: a UN document symbol, a real date written YYYY-MM-DD, a language code, a known type.
"""
import datetime
import decimal
import json
import re
import unicodedata

from unref import is_valid_symbol

from . import limits
from .reading import UnreadableFile

MAX_BYTES = 64 * 1024
MAX_DEPTH = 20  # a sidecar is one object of strings: anything this deep is not one
# Field → longest value, in the order problems are reported.
LENGTHS = {
    "key": limits.KEY,
    "symbol": limits.SYMBOL,
    "language": limits.LANGUAGE,
    "title": limits.TITLE,
    "date": len("YYYY-MM-DD"),
    "organ": limits.ORGAN,
    "doc_type": limits.DOC_TYPE,
    "original_language": limits.ORIGINAL_LANGUAGE,
    "comment": 10_000,
}
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?")  # en, zh, zh-Hans
# Control characters (NUL among them), invisible format characters that change how the text
# around them reads (direction overrides such as U+202E, zero-width marks), lone surrogates,
# private use, line and paragraph separators.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
JSON_TYPES = {bool: "a boolean", decimal.Decimal: "a number", float: "a number", list: "an array", dict: "an object"}
DATE_PROBLEM = "日期须为 YYYY-MM-DD 格式的真实日期 (date must be a real date written YYYY-MM-DD)"


class _RepeatedField(ValueError):
    pass


def read_sidecar(data, path):
    """{field: value} from a sidecar's bytes (the date as a date); every problem, one line each."""
    if not data:
        return {}
    sidecar = _parse(data, path)
    problems = []
    if unknown := set(sidecar) - set(LENGTHS):
        problems.append(f"未知字段 {sorted(unknown)} (unknown sidecar fields)")
    values = {}
    for name in LENGTHS:
        if sidecar.get(name) in (None, ""):
            continue
        if found := problem(name, sidecar[name]):
            problems.append(found)
        else:
            values[name] = sidecar[name]
    if problems:
        raise UnreadableFile("\n".join(f"{path}: {line}" for line in problems))
    values.pop("comment", None)
    if "date" in values:
        values["date"] = datetime.date.fromisoformat(values["date"])
    return values


def _parse(data, path):
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"{path}: 元数据文件超过 64 KB (sidecar larger than 64 KB)")
    try:
        # Integers as decimals: Python refuses to make an int of more than 4,300 digits, and a
        # number is refused as a value anyway ("must be a string"), whatever its size.
        sidecar = json.loads(data.decode("utf-8-sig"), object_pairs_hook=_refuse_repeats, parse_int=decimal.Decimal)
    except RecursionError:
        sidecar = None
    except _RepeatedField as error:
        raise UnreadableFile(f"{path}: 字段 {error} 出现两次 (field given twice: {error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableFile(f"{path}: 元数据文件不是有效的 UTF-8 JSON (invalid sidecar: {error})") from None
    if sidecar is None or _depth(sidecar) > MAX_DEPTH:
        raise UnreadableFile(f"{path}: 元数据文件嵌套过深 (sidecar nested too deeply)")
    if not isinstance(sidecar, dict):
        raise UnreadableFile(f"{path}: 元数据文件必须是 JSON 对象 (sidecar must be a JSON object)")
    return sidecar


def _depth(value):
    """How deeply lists and objects nest, counted without recursion: whether the parser itself
    runs out of stack on deep input differs between Python versions (3.12 parses 1,000 levels)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (list, dict)):
            deepest = max(deepest, depth)
            stack.extend((item, depth + 1) for item in (value.values() if isinstance(value, dict) else value))
    return deepest


def _refuse_repeats(pairs):
    seen = set()
    for name, _ in pairs:
        if name in seen:
            raise _RepeatedField(name)
        seen.add(name)
    return dict(pairs)


def problem(name, value):
    """What is wrong with one value of the field `name` (None when nothing is)."""
    if not isinstance(value, str):
        return f"{name} 须为字符串 ({name} must be a string, not {JSON_TYPES[type(value)]})"
    if len(value) > LENGTHS[name]:
        return f"{name} 超过 {LENGTHS[name]} 个字符 ({name} longer than {LENGTHS[name]} characters)"
    for position, character in enumerate(value, start=1):
        if unicodedata.category(character) in REFUSED_CATEGORIES:
            code = f"U+{ord(character):04X}"
            return f"{name} 第 {position} 个字符 {code} 不允许 ({name}: character {code} at position {position} is not allowed)"
    return SHAPES.get(name, _any)(name, value)


def _any(name, value):
    return None


def _key(name, value):
    if not any(character.isalnum() for character in value):
        return "key 须含字母或数字 (key must contain letters or digits)"


def _symbol(name, value):
    if not is_valid_symbol(value):
        return "symbol 不是联合国文号 (symbol is not a UN document symbol such as S/2010/52 or S/RES/1540 (2004))"


def _date(name, value):
    """Exactly YYYY-MM-DD and a day of the calendar: not 20990101, 2099-W01-1 or 2010-02-30."""
    if DATE.fullmatch(value):
        try:
            datetime.date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return DATE_PROBLEM


def _one_of(choices):
    listed = ", ".join(choices)

    def check(name, value):
        if value not in choices:
            return f"{name} 须为 {listed} 之一 ({name} must be one of {listed})"

    return check


def _language_code(name, value):
    if not LANGUAGE_CODE.fullmatch(value):
        return f"{name} 须为语文代码，如 en、fr、zh ({name} must be a language code such as en, fr, zh)"


SHAPES = {
    "key": _key,
    "symbol": _symbol,
    "date": _date,
    "language": _one_of(limits.LANGUAGES),
    "doc_type": _one_of(limits.DOC_TYPES),
    "original_language": _language_code,
}
