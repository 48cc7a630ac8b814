from pages import _store as store  # noqa: F401
from pages import _widgets as ui

ui.page_title("meeting")
