import codecs
import multiprocessing
import os
import pwd
import tempfile
from pathlib import Path

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


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(encoding):
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    assert decode_text((bom + "第 1540 (2004) 号决议\r\n").encode(encoding), "x.txt") == "第 1540 (2004) 号决议\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_named(encoding):
    data = "第 1540 (2004) 号决议\n各国应当采取措施。\n".encode(encoding)
    with pytest.raises(UnreadableFile) as refused:
        decode_text(data, "x.txt")
    assert str(refused.value) == "x.txt: 似为无字节顺序标记的 UTF-16 文本，请另存为 UTF-8 (looks like UTF-16 without a byte-order mark; save it as UTF-8)"


def test_a_nul_after_the_first_block_is_refused_with_its_position():
    with pytest.raises(UnreadableFile, match="NUL character at byte 10000"):
        decode_text(b"a" * 10000 + b"\x00b", "x.txt")


def test_a_symlink_loop_is_named(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(UnreadableFile) as refused:
        read_text(loop)
    assert str(refused.value) == f"{loop}: 符号链接循环 (symbolic link loop)"


def test_a_dangling_symlink_is_named(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(UnreadableFile) as refused:
        read_text(link)
    assert str(refused.value) == f"{link}: 符号链接指向不存在的文件 (symbolic link to a missing file)"


def read_as_nobody(path):
    """read_text(path) without root's privileges; "read" or the refusal's message."""
    if os.geteuid() == 0:
        for codec in ("utf-8-sig", "utf-16"):  # loaded now: `nobody` cannot read root's Python
            codecs.lookup(codec)
        nobody = pwd.getpwnam("nobody")
        os.setgroups([])
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)
    try:
        read_text(path)
    except UnreadableFile as refused:
        return str(refused)
    return "read"


def read_without_privileges(path):
    """read_text(path) in a child process that cannot read every file: as root (CI runs as root)
    the child becomes `nobody` first. The child comes from a forkserver, a process with one
    thread: forking this multi-threaded test process itself could deadlock the child."""
    with multiprocessing.get_context("forkserver").Pool(1) as pool:
        return pool.apply(read_as_nobody, (str(path),))


def test_an_unreadable_file_is_refused_without_a_traceback():
    with tempfile.TemporaryDirectory() as folder:
        Path(folder).chmod(0o755)  # a folder anyone may enter: the file's mode alone refuses
        readable, locked = Path(folder) / "readable.txt", Path(folder) / "locked.txt"
        for path, mode in ((readable, 0o644), (locked, 0)):
            path.write_text("1. 内容。", encoding="utf-8")
            path.chmod(mode)
        assert read_without_privileges(readable) == "read"
        assert read_without_privileges(locked) == f"{locked}: 无法读取 (cannot read: Permission denied)"


@pytest.mark.django_db
def test_ingest_imports_utf16_and_names_a_symlink_loop(tmp_path, capsys):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from archive.models import Document

    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("备忘录\r\n\r\n1. 第一段内容，说明情况。\r\n".encode("utf-16"))
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(CommandError, match=r"^1 个文件未导入 \(1 file\(s\) not imported\)$"):
        call_command("ingest", str(tmp_path), "--keep-going")
    assert capsys.readouterr().err.splitlines() == [f"错误 (error): {loop}: 符号链接循环 (symbolic link loop)"]
    assert Document.objects.get().paragraphs.get(anchor="1").text == "第一段内容，说明情况。"
