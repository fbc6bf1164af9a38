"""Time the PDF import against the text import of the same documents, and compare PDF libraries.

Each sample document is parsed from its text file, typeset as a UN PDF (tests/un_pdf.py, the
same layout the tests use) and parsed again from the PDF; the figures are the median of a few
runs per document, after one warm-up parse (jieba and OpenCC load once per process).

    .venv/bin/python bench/pdf.py [--runs 5] [--libraries]

--libraries also reads the same PDFs' text layers with pypdfium2 and, when installed,
pdfminer.six (pages per second, characters read) and checks both on text drawn one glyph per
string in a non-embedded CID font (reportlab's STSong-Light), where readers differ.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium

from archive.pipeline import parse_file
from tests.un_pdf import render_document
from unref.normalise import is_cjk


def median_seconds(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_speed(folder, runs):
    parse_file(ROOT / "fixtures" / "documents" / "000_34e8a822261838fa.txt")  # warm-up
    rows, pages_total, pdf_total, text_total = [], 0, 0.0, 0.0
    pdfs = []
    for source in sorted((ROOT / "fixtures" / "documents").glob("*.txt")):
        pdf = folder / source.with_suffix(".pdf").name
        render_document(parse_file(source), pdf)
        pdfs.append(pdf)
        pages = len(pdfium.PdfDocument(pdf))
        pdf_seconds = median_seconds(lambda: parse_file(pdf), runs)
        text_seconds = median_seconds(lambda: parse_file(source), runs)
        rows.append((source.stem, pages, pdf_seconds, text_seconds))
        pages_total, pdf_total, text_total = pages_total + pages, pdf_total + pdf_seconds, text_total + text_seconds
    print(f"{'document':24} {'pages':>5} {'PDF ms':>8} {'text ms':>8} {'pages/s':>8} {'PDF/text':>8}")
    for name, pages, pdf_seconds, text_seconds in rows:
        print(f"{name:24} {pages:5} {pdf_seconds * 1000:8.1f} {text_seconds * 1000:8.1f} {pages / pdf_seconds:8.1f} {pdf_seconds / text_seconds:8.1f}")
    print(f"{'all':24} {pages_total:5} {pdf_total * 1000:8.1f} {text_total * 1000:8.1f} {pages_total / pdf_total:8.1f} {pdf_total / text_total:8.1f}")
    return pdfs


def pdfium_text(path):
    document = pdfium.PdfDocument(path)
    return "".join(document[index].get_textpage().get_text_range() for index in range(len(document)))


def pdfminer_text(path):
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(path), laparams=LAParams())


def compare_libraries(pdfs, folder, runs):
    readers = {"pypdfium2": pdfium_text}
    try:
        import pdfminer  # noqa: F401

        readers["pdfminer.six"] = pdfminer_text
    except ImportError:
        print("pdfminer.six not installed: compared with pypdfium2 only")
    pages = sum(len(pdfium.PdfDocument(pdf)) for pdf in pdfs)
    han = lambda text: sum(map(is_cjk, text))  # noqa: E731
    print(f"\ntext layer only, {len(pdfs)} PDFs, {pages} pages (embedded TrueType CJK font):")
    for name, read in readers.items():
        seconds = sum(median_seconds(lambda: read(pdf), runs) for pdf in pdfs)
        print(f"  {name:13} {pages / seconds:8.1f} pages/s  {sum(han(read(pdf)) for pdf in pdfs):7} Han characters")
    sample = "安全理事会第1540(2004)号决议。克劳德·埃列尔 • 罗曼"
    glyphs = folder / "glyphs.pdf"
    _draw_glyph_by_glyph(glyphs, sample)
    print(f"one string per glyph, non-embedded CID font (STSong-Light), {len(sample.replace(' ', ''))} glyphs:")
    for name, read in readers.items():
        text = "".join(read(glyphs).split())
        lost = [ch for ch in sample.replace(" ", "") if ch not in text]
        print(f"  {name:13} read {len(text):3}, lost {len(lost)}: {''.join(lost)}")


def _draw_glyph_by_glyph(path, text):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path))
    x = 72
    for ch in text:
        page.setFont("STSong-Light", 12)
        page.drawString(x, 700, ch)
        x += pdfmetrics.stringWidth(ch, "STSong-Light", 12)
    page.showPage()
    page.save()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--libraries", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdfs = import_speed(Path(folder), options.runs)
        if options.libraries:
            compare_libraries(pdfs, Path(folder), options.runs)


if __name__ == "__main__":
    main()
