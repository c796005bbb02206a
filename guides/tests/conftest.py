from home.tests.seeding import seeded_db, seeded_module  # noqa: F401 -- fixtures
