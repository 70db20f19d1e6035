"""The versioned JSON API at /api/v1/ (Django REST framework, schema by drf-spectacular): the same
roles, workflow functions and audit trail as the web pages, reached with a per-user token."""
