"""Digital Library MARCXML and ODS addresses, on plain strings."""
import datetime

import pytest

from archive.collecting.sources import (
    BadRecord,
    archive_symbol,
    ods_url,
    parse_search,
    same_symbol,
    search_url,
    symbol_query,
)
from archive.collecting.store import _whole_date

RECORD = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Search-Engine-Total-Number-Of-Results: 137 -->
<collection xmlns="http://www.loc.gov/MARC21/slim">
<record>
  <controlfield tag="001">520326</controlfield>
  <datafield tag="191" ind1=" " ind2=" "><subfield code="a">S/RES/1540(2004)</subfield><subfield code="b">S/</subfield></datafield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Resolution 1540 (2004) /</subfield><subfield code="c">adopted by the Security Council</subfield></datafield>
  <datafield tag="269" ind1=" " ind2=" "><subfield code="a">2004-04-28</subfield></datafield>
  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://digitallibrary.un.org/record/520326/files/S_RES_1540%282004%29-AR.pdf</subfield><subfield code="y">Arabic</subfield></datafield>
  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://digitallibrary.un.org/record/520326/files/S_RES_1540%282004%29-ZH.doc</subfield></datafield>
  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://digitallibrary.un.org/record/520326/files/S_RES_1540%282004%29-ZH.pdf</subfield></datafield>
  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://digitallibrary.un.org/record/520326/files/S_RES_1540%282004%29-EN.docx</subfield><subfield code="y">English</subfield></datafield>
</record>
</collection>"""


def test_a_record_gives_its_symbol_title_date_and_files_by_language():
    total, [record] = parse_search(RECORD)
    assert total == 137
    assert (record.record_id, record.symbol, record.title, record.date) == (
        "520326", "S/RES/1540(2004)", "Resolution 1540 (2004) / adopted by the Security Council", "2004-04-28"
    )
    assert record.file("zh").url.endswith("S_RES_1540%282004%29-ZH.pdf")  # the PDF, not the old .doc
    assert record.file("en").kind == "docx"  # Word where no PDF is listed
    assert record.file("fr") is None
    assert record.languages() == ["ar", "en", "zh"]


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"<html><body>busy</body></html>", "回答不是 MARCXML 检索结果 (not a MARCXML search result: <html>)"),
        (b"not xml", "回答不是 XML (not XML: syntax error: line 1, column 0)"),
        (
            b'<!DOCTYPE x [<!ENTITY a "aaaa">]><collection/>',
            "回答不是 MARCXML 检索结果 (not a MARCXML search result: a web page or a document type declaration)",
        ),
        (  # a declaration after a long comment
            b"<!--" + b"x" * 3000 + b'--><!DOCTYPE collection SYSTEM "http://169.254.169.254/x.dtd"><collection/>',
            "回答不是 MARCXML 检索结果 (not a MARCXML search result: a web page or a document type declaration)",
        ),
        (  # UTF-16, which a byte search does not read
            '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "aaaa">]><collection>&a;</collection>'.encode("utf-16"),
            "回答不是 MARCXML 检索结果 (not a MARCXML search result: a web page or a document type declaration)",
        ),
    ],
)
def test_anything_but_marcxml_is_refused(data, problem):
    with pytest.raises(BadRecord) as refused:
        parse_search(data)
    assert str(refused.value) == problem


def test_a_meeting_record_filed_under_791_keeps_its_symbol():
    _, [record] = parse_search(
        b'<collection xmlns="http://www.loc.gov/MARC21/slim"><record><controlfield tag="001">1</controlfield>'
        b'<datafield tag="791" ind1=" " ind2=" "><subfield code="a">S/PV.4950</subfield></datafield></record></collection>'
    )
    assert record.symbols == ("S/PV.4950",)


def test_an_empty_result_has_no_records():
    assert parse_search(b'<collection xmlns="http://www.loc.gov/MARC21/slim"/>') == (None, [])


def test_addresses(settings):
    settings.UN_DIGITAL_LIBRARY_URL = "https://digitallibrary.un.org"
    settings.UN_DOCUMENTS_URL_PATTERN = "https://documents.un.org/api/symbol/access?s={symbol}&l={language}&t={type}"
    settings.UN_COLLECT_PAGE_SIZE = 50
    assert search_url(symbol_query("S/RES/1540 (2004)")) == (
        "https://digitallibrary.un.org/search?p=documentsymbol%3A%22S%2FRES%2F1540%282004%29%22&of=xm&jrec=1&rg=50&ln=en"
    )
    assert ods_url("S/RES/1540 (2004)", "zh") == "https://documents.un.org/api/symbol/access?s=S/RES/1540(2004)&l=zh&t=pdf"


@pytest.mark.parametrize(
    "given, written",
    [
        ("S/RES/1540(2004)", "S/RES/1540 (2004)"),
        ("S/RES/1540  (2004)", "S/RES/1540 (2004)"),
        (" S/AC.44/2004/(02)/5 ", "S/AC.44/2004/(02)/5"),
        ("A/74/140", "A/74/140"),
    ],
)
def test_symbols_are_written_as_the_archive_writes_them(given, written):
    assert archive_symbol(given) == written


def test_the_same_symbol_however_spaced_or_capitalised():
    assert same_symbol("S/RES/1540(2004)", "S/RES/1540 (2004)")
    assert same_symbol("S/2006/257/CORR.1", "S/2006/257/Corr.1")
    assert not same_symbol("S/2006/257", "S/2006/257/Corr.1")


@pytest.mark.parametrize("value, date", [("2004-04-28", datetime.date(2004, 4, 28)), ("2004", None), ("2010-02-30", None), ("", None), (None, None)])
def test_a_record_date_is_kept_only_when_whole_and_real(value, date):
    assert _whole_date(value) == date
