"""Read: turn a file on disk into text, or refuse it with a message a person can act on."""
from pathlib import Path


class UnreadableFile(Exception):
    """The file cannot become a document; the message says why."""


def read_text(path):
    path = Path(path)
    if not path.exists():
        raise UnreadableFile(f"{path}: 文件不存在 (file not found)")
    if not path.is_file():
        raise UnreadableFile(f"{path}: 不是普通文件 (not a regular file)")
    data = path.read_bytes()
    return decode_text(data, str(path))


def decode_text(data, name="<bytes>"):
    if not data.strip():
        raise UnreadableFile(f"{name}: 文件为空 (empty file)")
    if b"\x00" in data[:8192]:
        raise UnreadableFile(f"{name}: 是二进制文件，不是文本 (binary file, not text)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            f"{name}: 不是 UTF-8 编码，第 {error.start} 字节无法解码 (not UTF-8 at byte {error.start})"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile(f"{name}: 文件为空 (empty file)")
    return text
