"""The whole archive as files anyone can download and load back (`export_corpus`, `import_corpus`).

Read in this order: `records` (what one row of each kind holds, the schema both files share; a JSONL line says which in its `record` field),
`writing` (the dated JSONL and SQLite files, their manifest, all replaced atomically),
`loading` (an export back into an empty archive, in one transaction), `files` (what the site
serves), `views` (the page and the downloads). Fields are described in docs/bulk.md, which is
served beside the files as README.md.
"""
