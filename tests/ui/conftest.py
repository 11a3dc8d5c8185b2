from tests.ui.board_fixtures import board  # noqa: F401  (fixture)
