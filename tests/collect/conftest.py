"""Fixtures for the collect tests: UN-shaped PDFs typeset once a session, and the loopback server."""
import pytest

from tests.un_pdf import render_pages

from .un_server import UNServer

CHINESE_TEXT = (
    "安全理事会审议了防止核武器、化学武器和生物武器及其运载工具扩散的问题，"
    "各国向委员会提交了执行第1540(2004)号决议情况的国家报告，委员会审查了这些报告并提出了建议。"
)
ENGLISH_TEXT = (
    "The Security Council considered the proliferation of nuclear, chemical and biological weapons and their "
    "means of delivery, and the reports States submitted to the Committee on their implementation of the resolution."
)
# National reports to the 1540 Committee: their cover does not print the symbol, so the record's is kept.
REPORTS = [f"S/AC.44/2004/(02)/{number}" for number in range(1, 23)]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory):
    """Typeset PDFs by name: one Chinese per national report, one English, and one Chinese that
    prints its own symbol (S/2006/257/Corr.1), one resolution printing S/RES/1540 (2004)."""
    folder = tmp_path_factory.mktemp("un-pdfs")

    def typeset(name, paragraphs, symbol):
        path = folder / f"{name}.pdf"
        render_pages(path, paragraphs, symbol=symbol)
        return path.read_bytes()

    made = {
        symbol: typeset(f"zh-{index}", [("para", str(n), f"{CHINESE_TEXT}（第{index}号报告第{n}段）") for n in range(1, 4)], symbol)
        for index, symbol in enumerate(REPORTS, start=1)
    }
    made["english"] = typeset("en", [("para", str(n), ENGLISH_TEXT) for n in range(1, 13)], "S/AC.44/2004/(02)/1")
    made["S/2006/257/Corr.1"] = typeset("corr", [("para", "1", CHINESE_TEXT)], "S/2006/257/Corr.1")
    made["S/RES/1540 (2004)"] = typeset("res", [("para", str(n), CHINESE_TEXT * 3) for n in range(1, 13)], "S/RES/1540 (2004)")
    return made


@pytest.fixture
def un_server(settings, tmp_path):
    """The loopback server, with the archive's settings pointed at it and its data in tmp_path."""
    with UNServer() as server:
        settings.UN_DIGITAL_LIBRARY_URL = server.url
        settings.UN_DOCUMENTS_URL_PATTERN = f"{server.url}/ods?s={{symbol}}&l={{language}}&t={{type}}"
        settings.UN_COLLECT_PAUSE = 0
        settings.UN_COLLECT_LONGEST_WAIT = 0
        settings.UN_COLLECT_RETRIES = 2
        settings.UN_COLLECT_TIMEOUT = 10
        settings.DATA_DIR = tmp_path / "data"
        yield server
