"""Version 1 of the JSON interface (docs/api.md): paged lists, JSON errors, an OpenAPI schema."""
