"""Write a consistent backup of the archive database while the site keeps running.

The search index is left out on purpose: `restore_archive` rebuilds it from the database.
"""
from pathlib import Path

from django.core.management.base import BaseCommand

from archive import backup


class Command(BaseCommand):
    help = "备份文档库数据库 (Back up the archive database: SQLite online backup, or pg_dump for PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The backup file to write; an existing one is replaced only once the new backup is complete.")

    def handle(self, *args, file, **options):
        target = Path(file)
        self.stdout.write(f"备份数据库到 {target} (backing up the database to {target})")
        documents, paragraphs = backup.back_up(target)
        self.stdout.write(
            f"已备份：文档 {documents}，段落 {paragraphs}，{target.stat().st_size} 字节 "
            f"(backed up: {documents} documents, {paragraphs} paragraphs, {target.stat().st_size} bytes)"
        )
