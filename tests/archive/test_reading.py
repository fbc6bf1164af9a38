import pytest

from archive.pipeline.reading import UnreadableFile, decode_text, read_text


def test_missing_file_is_refused_with_its_name(tmp_path):
    with pytest.raises(UnreadableFile, match="file not found"):
        read_text(tmp_path / "nope.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\n \t\n"])
def test_empty_file_is_refused(data):
    with pytest.raises(UnreadableFile, match="empty file"):
        decode_text(data, "x.txt")


def test_binary_file_is_refused():
    with pytest.raises(UnreadableFile, match="binary file"):
        decode_text(b"%PDF-1.7\x00\x00\x01binary", "x.pdf")


def test_non_utf8_file_is_refused_with_the_byte_position():
    gbk = "1540 (2004)号决议".encode("gbk")
    with pytest.raises(UnreadableFile, match="not UTF-8 at byte 11"):
        decode_text(gbk, "x.txt")


def test_bom_and_windows_line_ends_are_accepted():
    assert decode_text("\ufeff第一行\r\n第二行\r".encode("utf-8")) == "第一行\n第二行\n"
