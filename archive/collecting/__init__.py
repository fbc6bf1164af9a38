"""Collecting documents from the UN's own systems: find (sources), fetch politely (http),
check and import with provenance (store), one symbol after another (collector)."""
