"""Versions of a document from symbols alone (archive/versions.py), on plain strings."""
from archive.versions import Versions, suffix, versions

HELD = {
    "S/2006/257", "S/2006/257/Corr.1", "S/2006/257/Corr.2", "S/2006/257/Rev.1", "S/2006/257/Rev.2",
    "S/2006/257/Rev.1/Corr.1", "S/2006/257/Add.1", "S/2006/257/Amend.1", "S/2006/2570", "A/74/140",
}


def test_suffixes():
    assert suffix("S/2006/257/Rev.1/Corr.1") == ("S/2006/257/Rev.1", "correction", 1)
    assert suffix("S/2006/257/REV.2") == ("S/2006/257", "revision", 2)
    assert suffix("S/AC.44/2004/(02)/5/Add.10") == ("S/AC.44/2004/(02)/5", "addendum", 10)
    assert suffix("S/RES/1540 (2004)") == ("S/RES/1540 (2004)", "", 0)


def test_the_original_knows_its_corrections_revisions_addenda_and_amendments():
    assert versions("S/2006/257", HELD) == Versions(
        corrected_by=("S/2006/257/Corr.1", "S/2006/257/Corr.2"),
        revised_by=("S/2006/257/Rev.1", "S/2006/257/Rev.2"),
        addenda=("S/2006/257/Add.1",),
        amended_by=("S/2006/257/Amend.1",),
        current="S/2006/257/Rev.2",
    )


def test_a_revision_knows_its_parent_the_later_revision_and_its_own_correction():
    assert versions("S/2006/257/Rev.1", HELD) == Versions(
        parent="S/2006/257", kind="revision", corrected_by=("S/2006/257/Rev.1/Corr.1",),
        revised_by=("S/2006/257/Rev.2",), current="S/2006/257/Rev.2",
    )


def test_the_latest_revision_is_current():
    assert versions("S/2006/257/Rev.2", HELD) == Versions(parent="S/2006/257", kind="revision")
    assert versions("S/2006/257/Rev.2", HELD).current == ""


def test_a_correction_points_to_what_it_corrects():
    assert versions("S/2006/257/Corr.2", HELD) == Versions(parent="S/2006/257", kind="correction")


def test_corrections_are_in_number_order_not_text_order():
    held = {"A/1", "A/1/Corr.10", "A/1/Corr.2"}
    assert versions("A/1", held).corrected_by == ("A/1/Corr.2", "A/1/Corr.10")


def test_a_document_alone_has_no_versions():
    assert not versions("A/74/140", HELD)
    assert not versions("", HELD)
    assert not versions("S/2006/2570", HELD)  # not a version of S/2006/257
