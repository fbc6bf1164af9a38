"""Read: turn a file on disk into text, or refuse it with a message a person can act on."""
import codecs
import errno
import os
from pathlib import Path


class UnreadableFile(Exception):
    """The file cannot become a document; the message says why (one line per problem)."""


# Longest first: a UTF-32 little-endian mark begins with the UTF-16 one.
BYTE_ORDER_MARKS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def read_bytes(path):
    """The file's bytes; a missing file, a broken or looping link, a folder or a permission
    problem each say so."""
    path = Path(path)
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnreadableFile(f"{path}: 符号链接循环 (symbolic link loop)") from None
        if path.is_symlink():
            raise UnreadableFile(f"{path}: 符号链接指向不存在的文件 (symbolic link to a missing file)") from None
        if error.errno == errno.ENOENT:
            raise UnreadableFile(f"{path}: 文件不存在 (file not found)") from None
        raise UnreadableFile(f"{path}: 无法读取 (cannot read: {error.strerror})") from None
    if not path.is_file():
        raise UnreadableFile(f"{path}: 不是普通文件 (not a regular file)")
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"{path}: 无法读取 (cannot read: {error.strerror})") from None


def read_text(path):
    return decode_text(read_bytes(path), str(path))


def decode_text(data, name="<bytes>"):
    if not data.strip():
        raise UnreadableFile(f"{name}: 文件为空 (empty file)")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile(f"{name}: 文件为空 (empty file)")
    return text


def _decode(data, name):
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableFile(f"{name}: 不是有效的 {encoding.upper()} 文本 (invalid {encoding.upper()} at byte {error.start})") from None
            if (position := text.find("\x00")) >= 0:
                raise UnreadableFile(f"{name}: 第 {position} 个字符是 NUL (NUL character at character {position})")
            return text
    head = data[:8192]
    if b"\x00" in head:
        if _looks_like_utf16(head):
            raise UnreadableFile(f"{name}: 似为无字节顺序标记的 UTF-16 文本，请另存为 UTF-8 (looks like UTF-16 without a byte-order mark; save it as UTF-8)")
        raise UnreadableFile(f"{name}: 是二进制文件，不是文本 (binary file, not text)")
    if (position := data.find(b"\x00")) >= 0:
        raise UnreadableFile(f"{name}: 第 {position} 字节是 NUL 字符 (NUL character at byte {position})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            f"{name}: 不是 UTF-8 编码，第 {error.start} 字节无法解码 (not UTF-8 at byte {error.start})"
        ) from None


def _looks_like_utf16(head):
    """Text in UTF-16 has its NUL bytes (the high byte of ASCII characters) on one side only."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return len(head) % 2 == 0 and min(even, odd) == 0 and max(even, odd) >= 4
