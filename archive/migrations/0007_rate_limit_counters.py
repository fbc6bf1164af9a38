from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0006_provenance'),
    ]

    operations = [
        migrations.CreateModel(
            name='RateCount',
            fields=[
                ('key', models.CharField(max_length=200, primary_key=True, serialize=False)),
                ('since', models.FloatField()),
                ('expires', models.FloatField(db_index=True)),
                ('count', models.PositiveIntegerField()),
            ],
        ),
    ]
