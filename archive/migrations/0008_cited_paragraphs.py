import django.db.models.deletion
from django.db import migrations, models

from unref import named_paragraphs


def name_paragraphs(apps, schema_editor):
    """The rows for references stored before the table existed."""
    Reference = apps.get_model("archive", "Reference")
    CitedParagraph = apps.get_model("archive", "CitedParagraph")
    pinpointed = Reference.objects.filter(type="resolution").exclude(pinpoint="").values_list("id", "pinpoint")
    CitedParagraph.objects.bulk_create(
        (CitedParagraph(reference_id=pk, number=named.number, anchor=named.anchor) for pk, pinpoint in pinpointed.iterator()
         for named in named_paragraphs(pinpoint)),
        batch_size=1000,
    )


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0007_rate_limit_counters'),
    ]

    operations = [
        migrations.CreateModel(
            name='CitedParagraph',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveIntegerField(help_text='The operative paragraph: 3 for 3 (c).')),
                ('anchor', models.CharField(help_text="As the resolution's text anchors it: 3-c.", max_length=120)),
                ('reference', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='cited_paragraphs', to='archive.reference')),
            ],
            options={
                'ordering': ['reference', 'id'],
                'indexes': [models.Index(fields=['anchor'], name='archive_cit_anchor_a80574_idx')],
            },
        ),
        migrations.RunPython(name_paragraphs, migrations.RunPython.noop),
    ]
