"""Search sits behind one seam (search.engines): the rest of the archive never learns which engine
runs. Read from the source's imports, so a new module that reaches past the seam fails here."""
import ast

from django.conf import settings
from haystack import connections

from search import embedded, engines, generic
from tests.conftest import ROOT

# The project's own code: its top-level files and packages, not its tests, benchmarks or any
# virtual environment or data folder beside them.
NOT_PROJECT = {"tests", "bench"}
ENGINE_LIBRARIES = ("whoosh", "haystack")
# The modules the archive and the server speak to, and their own search-side callers: none of
# them may touch an engine's modules, only the seam.
SEAM_USERS = ["search.engine", "search.indexing", "search.warming", "search.apps", "search.views", "search.feeds", "search.exports"]


def project_files():
    packages = [path for path in ROOT.iterdir() if (path / "__init__.py").is_file() and path.name not in NOT_PROJECT]
    return sorted([*ROOT.glob("*.py"), *(path for package in packages for path in package.rglob("*.py"))])


def project_modules():
    """{dotted name: set of modules it imports} for every Python module of the project."""
    found = {}
    for path in project_files():
        relative = path.relative_to(ROOT)
        if "migrations" in relative.parts:
            continue
        name = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = ".".join([*package[:len(package) - node.level + 1], *([node.module] if node.module else [])]) if node.level else node.module
                imported.add(base)
                imported.update(f"{base}.{alias.name}" for alias in node.names)
        found[name] = imported
    return found


def touches(imported, modules):
    return sorted(name for name in imported if any(name == m or name.startswith(f"{m}.") for m in modules))


def test_no_module_outside_search_imports_an_engine_or_a_module_that_does():
    modules = project_modules()
    engine_side = {name for name, imported in modules.items() if name.startswith("search.") and touches(imported, ENGINE_LIBRARIES)}
    assert {"search.backends", "search.embedded", "search.generic", "search.postgresql", "search.reading", "search.segments", "search.postings"} <= engine_side
    outside = {name: touches(imported, [*ENGINE_LIBRARIES, *engine_side]) for name, imported in modules.items() if name.split(".")[0] != "search"}
    assert {name: found for name, found in outside.items() if found} == {}
    assert {"archive.views", "api.v1", "config.health", "alerts.targets"} <= set(outside)  # the walk reads the callers


def test_the_seams_users_never_import_an_engine():
    modules = project_modules()
    engine_modules = ["whoosh", "search.backends", "search.embedded", "search.generic", "search.postgresql", "search.reading", "search.postings", "search.segments"]
    assert {name: touches(modules[name], engine_modules) for name in SEAM_USERS} == dict.fromkeys(SEAM_USERS, [])


def test_only_the_engines_own_module_names_its_backend_class():
    naming = sorted(str(path.relative_to(ROOT)) for path in project_files() if "ChineseWhooshSearchBackend" in path.read_text(encoding="utf-8"))
    assert naming == ["search/backends.py"]


def test_each_connection_gets_the_engine_its_haystack_engine_names(monkeypatch):
    assert settings.HAYSTACK_CONNECTIONS["default"]["ENGINE"] == "search.backends.ChineseWhooshEngine"
    assert type(engines.of("default")) is embedded.EmbeddedEngine
    monkeypatch.setitem(connections.connections_info, "plain", {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"})
    assert type(engines.of("plain")) is generic.HaystackEngine


def whoosh_private_names():
    """The private attribute names of Whoosh objects the project reads or writes, per module: an
    attribute starting with one underscore on anything but `self`/`cls`, in a module importing whoosh."""
    modules = project_modules()
    found = {}
    for path in project_files():
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if not touches(modules.get(name, ()), ["whoosh"]):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and node.attr != "_meta"  # Django's model options, public API
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                found.setdefault(name, set()).add(node.attr)
    return found


def test_whooshs_private_attributes_are_touched_in_one_module_only():
    found = whoosh_private_names()
    assert set(found) == {"search.whoosh_private"}, found
    assert {"_write_block", "_goto", "_postwriter", "_score"} <= found["search.whoosh_private"]


def test_another_whoosh_is_reported_before_its_private_structures_are_read():
    from search import whoosh_private

    assert whoosh_private.version_problem() == ""  # the pinned one is installed here
    problem = whoosh_private.version_problem((2, 7, 5))
    assert problem.startswith("whoosh 2.7.5 is installed") and "whoosh 2.7.4" in problem
