"""Replace the archive database with a backup made by `backup_archive`, then tell whoever keeps
copies of its text (the search index, through `archive_replaced`) to rebuild them, so that search
finds exactly what the restored database holds.

The backup is checked before anything is touched, and it replaces the database all at once
(SQLite: one os.replace; PostgreSQL: one transaction), so a failure leaves the old archive.
"""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive import backup
from archive.models import Document, Paragraph
from archive.signals import archive_replaced


class Command(BaseCommand):
    help = "从备份恢复文档库数据库并重建检索索引 (Restore the archive database from a backup and rebuild the search index)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A backup written by backup_archive (SQLite file or pg_dump --format=custom archive).")

    def handle(self, *args, file, **options):
        source = Path(file)
        if not source.is_file():
            raise CommandError(f"{source}: 备份文件不存在 (no such backup file)")
        self.stdout.write(f"检查并恢复 {source} (checking and restoring {source})")
        backup.restore(source)
        documents, paragraphs = Document.objects.count(), Paragraph.objects.count()
        self.stdout.write(f"已恢复：文档 {documents}，段落 {paragraphs} (restored: {documents} documents, {paragraphs} paragraphs)")
        self.stdout.write("重建检索索引 (rebuilding the search index)")
        try:
            done = archive_replaced.send(sender=self.__class__)
        except Exception as error:  # noqa: BLE001 — the database is restored either way; say how to finish
            raise CommandError(
                f"数据库已恢复，但检索索引未能重建，请运行 manage.py build_search_index "
                f"(the database is restored but the search index was not rebuilt: {error}; run manage.py build_search_index)"
            ) from None
        for _, line in done:
            self.stdout.write(line)
