from home.tests.seeding import page_cache, seeded_db, seeded_module  # noqa: F401 -- fixtures
